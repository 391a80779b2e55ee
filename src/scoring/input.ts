/**
 * Input validation for scoring: one zod schema is the reference; a hand-written check accepts only what
 * the schema accepts (a property test holds it to that) so valid rows skip zod on the hot path, and
 * anything it rejects goes through zod for precise, bilingual issues.
 */
import * as z from "zod";
import { MkdError, parseWith } from "../core/errors.js";
import type { ScoreMonthInput } from "./types.js";

const finite = z.number();
const rating = z.enum(["above", "as_expected", "below"]);

/**
 * One agreed indicator. Unknown keys inside an indicator or a realisation are ignored (e-Kinerja exports carry
 * extra columns); unknown top-level keys are refused, since a misspelt option (`behavior`) would silently
 * change the result.
 */
export const indicatorSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1).optional(),
  target: z.union([finite, z.object({ min: finite, max: finite })]),
  unit: z.string().min(1),
  weight: z.number().positive(),
  direction: z.enum(["higher_is_better", "lower_is_better"]),
  aspect: z.enum(["quantity", "quality", "time", "cost"]),
});

/** One realisation. */
export const realisationSchema = z.object({
  value: z.number().min(0),
  unit: z.string().min(1).optional(),
  note: z.string().optional(),
});

/** The input of `scoreMonth` (semantic checks such as weights and units come after). */
export const scoreMonthInputSchema = z.strictObject({
  employee: z.union([z.string().min(1), z.looseObject({ id: z.string().min(1) })]),
  month: z.string(),
  targets: z.array(indicatorSchema).min(1),
  realisations: z.record(z.string(), realisationSchema).optional(),
  behaviour: rating.optional(),
  report: z.strictObject({ submitted: z.boolean() }).optional(),
  missingRealisations: z.enum(["score_zero", "exclude"]).optional(),
  jurisdiction: z.string().min(1).optional(),
  policy: z.custom<object>((v) => typeof v === "object" && v !== null).optional(),
  documents: z.array(z.unknown()).optional(),
});

function isNum(v: unknown): v is number {
  return typeof v === "number" && v - v === 0; // finite: NaN - NaN and Infinity - Infinity are NaN
}
function isStr(v: unknown): v is string {
  return typeof v === "string" && v.length > 0;
}
/**
 * A plain object (literal, JSON.parse, Object.create(null)). Its for-in keys are then exactly its own
 * enumerable keys, so counting them with for-in needs no hasOwnProperty call.
 */
function plain(v: unknown): v is Record<string, unknown> {
  if (typeof v !== "object" || v === null) return false;
  const p = Object.getPrototypeOf(v);
  return p === Object.prototype || p === null;
}
function keyCount(o: object): number {
  let n = 0;
  for (const _ in o) n++;
  return n;
}

/** zod's object test: any non-null, non-array object. */
function obj(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function fastIndicator(x: unknown): boolean {
  if (!obj(x) || !isStr(x.id) || !isStr(x.unit)) return false;
  const w = x.weight;
  if (!isNum(w) || !(w > 0)) return false;
  const d = x.direction;
  if (d !== "higher_is_better" && d !== "lower_is_better") return false;
  const a = x.aspect;
  if (a !== "quantity" && a !== "quality" && a !== "time" && a !== "cost") return false;
  const t = x.target;
  if (!isNum(t) && !(obj(t) && isNum(t.min) && isNum(t.max))) return false;
  const name = x.name;
  return name === undefined || isStr(name);
}

function fastRealisation(x: unknown): boolean {
  if (!obj(x)) return false;
  const v = x.value;
  if (!isNum(v) || v < 0) return false;
  const unit = x.unit;
  if (unit !== undefined && !isStr(unit)) return false;
  const note = x.note;
  return note === undefined || typeof note === "string";
}

/**
 * True only for inputs {@link scoreMonthInputSchema} accepts unchanged. False means "ask zod", not "invalid":
 * it is allowed to be stricter than the schema (explicit `undefined` values, exotic prototypes).
 */
export function fastCheckScoreMonthInput(x: unknown): x is ScoreMonthInput {
  if (!plain(x)) return false;
  // Known keys with a defined value; any other key (or an explicit undefined) makes the counts differ.
  let n = 3;
  const e = x.employee;
  if (!isStr(e) && !(obj(e) && isStr(e.id))) return false;
  if (typeof x.month !== "string") return false;
  const targets = x.targets;
  if (!Array.isArray(targets) || targets.length === 0) return false;
  for (let i = 0; i < targets.length; i++) if (!fastIndicator(targets[i])) return false;
  const r = x.realisations;
  if (r !== undefined) {
    if (!plain(r)) return false;
    for (const k in r) if (!fastRealisation(r[k])) return false;
    n++;
  }
  const b = x.behaviour;
  if (b !== undefined) {
    if (b !== "above" && b !== "as_expected" && b !== "below") return false;
    n++;
  }
  const rep = x.report;
  if (rep !== undefined) {
    if (!(plain(rep) && typeof rep.submitted === "boolean" && keyCount(rep) === 1)) return false;
    n++;
  }
  const m = x.missingRealisations;
  if (m !== undefined) {
    if (m !== "score_zero" && m !== "exclude") return false;
    n++;
  }
  if (x.jurisdiction !== undefined) {
    if (!isStr(x.jurisdiction)) return false;
    n++;
  }
  if (x.policy !== undefined) {
    if (typeof x.policy !== "object" || x.policy === null) return false;
    n++;
  }
  if (x.documents !== undefined) {
    if (!Array.isArray(x.documents)) return false;
    n++;
  }
  return keyCount(x) === n;
}

/** Validates the structure of a `scoreMonth` input: the fast check, or zod with its issues. */
export function parseScoreMonthInput(x: unknown): ScoreMonthInput {
  if (fastCheckScoreMonthInput(x)) return x;
  return parseWith(scoreMonthInputSchema, x, "scoring_invalid_input") as ScoreMonthInput;
}

/** History entry schema: any object with these fields (a MonthScore passes as is). */
export const historyMonthSchema = z.looseObject({
  month: z.string(),
  composite: z.number().nullable(),
  reportSubmitted: z.boolean(),
  employee: z.string().min(1).optional(),
});

/** The history array. */
export const historySchema = z.array(historyMonthSchema);

export { MkdError };
