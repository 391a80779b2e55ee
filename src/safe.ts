/**
 * The `safe*` variant of every main function: the same call, but the answer is a {@link SafeResult}
 * (`{ success: true, data }` or `{ success: false, error }` with the {@link MkdError}) instead of a throw,
 * as zod's `safeParse` does. Each one is the thrown-error version wrapped once by `toSafeResult`, so the
 * two can never disagree. `safeCheckEligibility` lives beside `checkEligibility`.
 */
import { toSafeResult, type SafeResult } from "./core/errors.js";
import type { IsoDate } from "./core/dates.js";
import {
  preparePolicy,
  resolvePolicy,
  type PreparedPolicy,
  type ResolvedPolicy,
  type ResolvePolicyOptions,
} from "./policy/resolve.js";
import { checkSchedule, generateSchedule } from "./schedule/index.js";
import type { Schedule, ScheduleInput, ScheduleResult } from "./schedule/index.js";
import { evaluateEarlyWarning, scoreMonth } from "./scoring/index.js";
import type {
  EarlyWarningOptions,
  EarlyWarningResult,
  HistoryMonth,
  MonthScore,
  ScoreMonthInput,
} from "./scoring/index.js";

/**
 * {@link resolvePolicy} that never throws.
 *
 * @example
 * ```ts
 * const r = safeResolvePolicy("atlantis", "2026-01-05");
 * if (!r.success) r.error.code; // "unknown_jurisdiction"
 * ```
 */
export function safeResolvePolicy(
  jurisdictionOrDocument: string | unknown,
  asOf: IsoDate,
  options?: ResolvePolicyOptions,
): SafeResult<ResolvedPolicy> {
  return toSafeResult(() => resolvePolicy(jurisdictionOrDocument, asOf, options));
}

/**
 * {@link preparePolicy} that never throws: an invalid document is an `error` (`invalid_policy`, every issue with
 * its path).
 *
 * @example
 * ```ts
 * const r = safePreparePolicy({ schemaVersion: 1 });
 * if (!r.success) r.error.issues.length; // every problem of the document
 * ```
 */
export function safePreparePolicy(
  jurisdictionOrDocument: string | unknown,
  options?: ResolvePolicyOptions,
): SafeResult<PreparedPolicy> {
  return toSafeResult(() => preparePolicy(jurisdictionOrDocument, options));
}

/**
 * {@link generateSchedule} that never throws. An infeasible unit is still a successful answer
 * (`data.status === "infeasible"` with its conflicts); only invalid input is an `error`.
 *
 * @example
 * ```ts
 * const r = safeGenerateSchedule({ unit: { id: "u", kind: "general" }, members: [], period: "2026-12", jurisdiction: "jabar" });
 * if (!r.success) console.log(r.error.issues.map((i) => i.path.join(".")));
 * ```
 */
export function safeGenerateSchedule(input: ScheduleInput): SafeResult<ScheduleResult> {
  return toSafeResult(() => generateSchedule(input));
}

/**
 * {@link checkSchedule} that never throws.
 *
 * @example
 * ```ts
 * const r = safeCheckSchedule(result, input);
 * if (r.success) r.data.ok; // true when every hard constraint holds
 * ```
 */
export function safeCheckSchedule(
  schedule: Schedule | ScheduleResult,
  input: ScheduleInput,
): SafeResult<ReturnType<typeof checkSchedule>> {
  return toSafeResult(() => checkSchedule(schedule, input));
}

/**
 * {@link scoreMonth} that never throws.
 *
 * @example
 * ```ts
 * const r = safeScoreMonth({ employee: "e1", month: "2026-03", jurisdiction: "jabar", targets: [], realisations: {} });
 * if (!r.success) r.error.code; // "scoring_invalid_input"
 * ```
 */
export function safeScoreMonth(input: ScoreMonthInput): SafeResult<MonthScore> {
  return toSafeResult(() => scoreMonth(input));
}

/**
 * {@link evaluateEarlyWarning} that never throws.
 *
 * @example
 * ```ts
 * const r = safeEvaluateEarlyWarning([{ month: "2026-02", composite: 90, reportSubmitted: true }], { jurisdiction: "jabar" });
 * if (r.success) r.data.level; // "yellow"
 * ```
 */
export function safeEvaluateEarlyWarning(
  history: readonly HistoryMonth[] | readonly unknown[],
  options: EarlyWarningOptions,
): SafeResult<EarlyWarningResult> {
  return toSafeResult(() => evaluateEarlyWarning(history, options));
}
