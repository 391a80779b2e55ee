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

/** One agreed indicator. */
export const indicatorSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1).optional(),
  target: z.union([finite, z.strictObject({ min: finite, max: finite })]),
  unit: z.string().min(1),
  weight: z.number().positive(),
  direction: z.enum(["higher_is_better", "lower_is_better"]),
  aspect: z.enum(["quantity", "quality", "time", "cost"]),
});

/** One realisation. */
export const realisationSchema = z.strictObject({
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

const TOP_KEYS = new Set(["employee", "month", "targets", "realisations", "behaviour", "report", "missingRealisations", "jurisdiction", "policy", "documents"]);

function isNum(v: unknown): v is number {
  return typeof v === "number" && Number.isFinite(v);
}
function isStr(v: unknown): v is string {
  return typeof v === "string" && v.length > 0;
}
function keyCount(o: object): number {
  let n = 0;
  for (const k in o) if (Object.prototype.hasOwnProperty.call(o, k)) n++;
  return n;
}
function plain(v: unknown): v is Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const p = Object.getPrototypeOf(v);
  return p === Object.prototype || p === null;
}

function fastIndicator(x: unknown): boolean {
  if (!plain(x)) return false;
  let n = 6;
  if (!isStr(x.id) || !isStr(x.unit) || !isNum(x.weight) || !(x.weight > 0)) return false;
  const d = x.direction;
  if (d !== "higher_is_better" && d !== "lower_is_better") return false;
  const a = x.aspect;
  if (a !== "quantity" && a !== "quality" && a !== "time" && a !== "cost") return false;
  const t = x.target;
  if (!isNum(t)) {
    if (!plain(t) || !isNum(t.min) || !isNum(t.max) || keyCount(t) !== 2) return false;
  }
  if (x.name !== undefined) {
    if (!isStr(x.name)) return false;
    n++;
  } else if ("name" in x) return false;
  return keyCount(x) === n;
}

function fastRealisation(x: unknown): boolean {
  if (!plain(x) || !isNum(x.value) || x.value < 0) return false;
  let n = 1;
  if (x.unit !== undefined) {
    if (!isStr(x.unit)) return false;
    n++;
  } else if ("unit" in x) return false;
  if (x.note !== undefined) {
    if (typeof x.note !== "string") return false;
    n++;
  } else if ("note" in x) return false;
  return keyCount(x) === n;
}

/**
 * True only for inputs {@link scoreMonthInputSchema} accepts unchanged. False means "ask zod", not "invalid":
 * it is allowed to be stricter than the schema (explicit `undefined` values, exotic prototypes).
 */
export function fastCheckScoreMonthInput(x: unknown): x is ScoreMonthInput {
  if (!plain(x)) return false;
  for (const k in x) {
    if (!TOP_KEYS.has(k) || x[k] === undefined) return false;
  }
  const e = x.employee;
  if (!isStr(e) && !(plain(e) && isStr(e.id))) return false;
  if (typeof x.month !== "string") return false;
  const targets = x.targets;
  if (!Array.isArray(targets) || targets.length === 0) return false;
  for (let i = 0; i < targets.length; i++) if (!fastIndicator(targets[i])) return false;
  const r = x.realisations;
  if (r !== undefined) {
    if (!plain(r)) return false;
    for (const k in r) if (!fastRealisation(r[k])) return false;
  }
  const b = x.behaviour;
  if (b !== undefined && b !== "above" && b !== "as_expected" && b !== "below") return false;
  const rep = x.report;
  if (rep !== undefined && !(plain(rep) && typeof rep.submitted === "boolean" && keyCount(rep) === 1)) return false;
  const m = x.missingRealisations;
  if (m !== undefined && m !== "score_zero" && m !== "exclude") return false;
  if (x.jurisdiction !== undefined && !isStr(x.jurisdiction)) return false;
  if (x.policy !== undefined && (typeof x.policy !== "object" || x.policy === null)) return false;
  if (x.documents !== undefined && !Array.isArray(x.documents)) return false;
  return true;
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
