/**
 * Input validation for scoring: one zod schema declares the shape. Valid rows skip zod's parse (a copy of
 * every object) through a yes/no test compiled from that same schema; anything it refuses goes through zod
 * for precise, bilingual issues.
 */
import * as z from "zod/mini";
import { compileAccepts } from "../core/accepts.js";
import { parseWith } from "../core/errors.js";
import { scoringMessages } from "../i18n/messages/scoring.js";
import type { ScoreMonthInput } from "./types.js";

const finite = z.number();
const rating = z.enum(["above", "as_expected", "below"]);

/**
 * One agreed indicator. Unknown keys inside an indicator or a realisation are ignored (e-Kinerja exports carry
 * extra columns); unknown top-level keys are refused, since a misspelt option (`behavior`) would silently
 * change the result.
 */
export const indicatorSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.optional(z.string().check(z.minLength(1))),
  target: z.union([finite, z.object({ min: finite, max: finite })]),
  unit: z.string().check(z.minLength(1)),
  weight: z.number().check(z.positive()),
  direction: z.enum(["higher_is_better", "lower_is_better"]),
  aspect: z.enum(["quantity", "quality", "time", "cost"]),
});

/** One realisation. */
export const realisationSchema = z.object({
  value: z.number().check(z.gte(0)),
  unit: z.optional(z.string().check(z.minLength(1))),
  note: z.optional(z.string()),
});

/** The input of `scoreMonth` (semantic checks such as weights and units come after). */
export const scoreMonthInputSchema = z.strictObject({
  employee: z.union([z.string().check(z.minLength(1)), z.looseObject({ id: z.string().check(z.minLength(1)) })]),
  month: z.string(),
  targets: z.array(indicatorSchema).check(z.minLength(1)),
  realisations: z.optional(z.record(z.string(), realisationSchema)),
  behaviour: z.optional(rating),
  report: z.optional(z.strictObject({ submitted: z.boolean() })),
  missingRealisations: z.optional(z.enum(["score_zero", "exclude"])),
  jurisdiction: z.optional(z.string().check(z.minLength(1))),
  policy: z.optional(z.custom<object>((v) => typeof v === "object" && v !== null)),
});

/**
 * True only for values {@link scoreMonthInputSchema} accepts and would output unchanged (plain objects, no
 * key zod would strip), built from the schema itself at load (core/accepts.ts): such a row is scored as it
 * is, anything else goes through zod. A property test holds it to zod's answers.
 */
export const acceptsScoreMonthInput = compileAccepts(scoreMonthInputSchema);

/**
 * {@link acceptsScoreMonthInput} without the indicators and the realisations' values, which the scoring pass
 * tests one by one with {@link acceptsIndicator} and {@link acceptsRealisation} as it reads them (so a row
 * is walked once); it asks {@link acceptsScoreMonthInput} about the whole row before it reports anything.
 */
export const acceptsScoreMonthRow = compileAccepts(scoreMonthInputSchema, {
  deferred: [indicatorSchema, realisationSchema],
});

/** One indicator: true only when {@link indicatorSchema} accepts it as it is (compiled from the schema). */
export const acceptsIndicator = compileAccepts(indicatorSchema);

/** One realisation: true only when {@link realisationSchema} accepts it as it is (compiled from the schema). */
export const acceptsRealisation = compileAccepts(realisationSchema);

/**
 * Validates the structure of a `scoreMonth` input with zod (the reference): the parsed copy, or
 * MkdError `scoring_invalid_input` with every issue. Valid rows that {@link acceptsScoreMonthInput} passes
 * do not come here.
 */
export function parseScoreMonthInput(x: unknown): ScoreMonthInput {
  return parseWith(scoreMonthInputSchema, x, "scoring_invalid_input", [], scoringMessages) as ScoreMonthInput;
}

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
