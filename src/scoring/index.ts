/**
 * Monthly scoring and the early warning system (issue 5).
 */
export { scoreMonth } from "./score-month.js";
export { scoreMonthBatch, type ScoreMonthBatchOptions } from "./batch.js";
export { evaluateEarlyWarning, type EarlyWarningOptions } from "./early-warning.js";
export { round2, EXPRESSIONS as SCORING_FORMULAS } from "./formulas.js";
export { scoreMonthInputJsonSchema } from "./input.js";
export type * from "./types.js";
