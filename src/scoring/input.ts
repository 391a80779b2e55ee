/**
 * Input validation for scoring: one zod schema is the reference; hand-written checks (used by the fused
 * fast path in score-month.ts) accept only what the schema accepts, so valid rows skip zod on the hot path,
 * and anything they reject goes through zod for precise, bilingual issues.
 */
import * as z from "zod";
import { MkdError, parseWith } from "../core/errors.js";
import type { Indicator, Realisation, ScoreMonthInput } from "./types.js";

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

/** A finite number, as `z.number()` accepts. */
export function isNum(v: unknown): v is number {
  return typeof v === "number" && v - v === 0; // finite: NaN - NaN and Infinity - Infinity are NaN
}
/** A non-empty string, as `z.string().min(1)` accepts. */
export function isStr(v: unknown): v is string {
  return typeof v === "string" && v.length > 0;
}
/**
 * A plain object (literal, JSON.parse, Object.create(null)). Its for-in keys are then exactly its own
 * enumerable keys, so counting them with for-in needs no hasOwnProperty call.
 */
export function plain(v: unknown): v is Record<string, unknown> {
  if (typeof v !== "object" || v === null) return false;
  const p = Object.getPrototypeOf(v);
  return p === Object.prototype || p === null;
}
/** Number of for-in keys (own enumerable keys of a {@link plain} object). */
export function keyCount(o: object): number {
  let n = 0;
  for (const _ in o) n++;
  return n;
}

/** zod's object test: any non-null, non-array object. */
export function obj(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * True only for indicators {@link indicatorSchema} accepts and outputs unchanged: a range target must be a
 * plain `{ min, max }` with no other key, since zod would strip the extra key and the result shows the target.
 */
export function fastIndicator(x: unknown): x is Indicator {
  if (!obj(x) || !isStr(x.id) || !isStr(x.unit)) return false;
  const w = x.weight;
  if (!isNum(w) || !(w > 0)) return false;
  const d = x.direction;
  if (d !== "higher_is_better" && d !== "lower_is_better") return false;
  const a = x.aspect;
  if (a !== "quantity" && a !== "quality" && a !== "time" && a !== "cost") return false;
  const t = x.target;
  if (!isNum(t) && !(plain(t) && isNum(t.min) && isNum(t.max) && keyCount(t) === 2)) return false;
  const name = x.name;
  return name === undefined || isStr(name);
}

/** True only for realisations {@link realisationSchema} accepts. */
export function fastRealisation(x: unknown): x is Realisation {
  if (!obj(x)) return false;
  const v = x.value;
  if (!isNum(v) || v < 0) return false;
  const unit = x.unit;
  if (unit !== undefined && !isStr(unit)) return false;
  const note = x.note;
  return note === undefined || typeof note === "string";
}

/**
 * Validates the structure of a `scoreMonth` input with zod (the reference): the parsed copy, or
 * MkdError `scoring_invalid_input` with every issue. The hot path does not come here for valid rows; see
 * `fastScore` in score-month.ts, which accepts only what this accepts (a property test holds it to that).
 */
export function parseScoreMonthInput(x: unknown): ScoreMonthInput {
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

/**
 * The scoreMonth input as JSON Schema (draft 2020-12), for backends in other languages and for editors.
 * Published as `schemas/score-month-input.schema.json`.
 *
 * @example
 * ```ts
 * const schema = scoreMonthInputJsonSchema();
 * (schema.required as string[]).includes("targets"); // true
 * ```
 */
export function scoreMonthInputJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(scoreMonthInputSchema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
}
