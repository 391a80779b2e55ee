/**
 * The early warning system: a level per month over a consecutive history, and the recommended
 * flexible-day quota for the month after.
 *
 * Monthly evaluation with an early warning is Jabar's own (launch, 2023-06-19); its thresholds and the
 * level-to-quota table are not published, so they are policy parameters tagged `assumption`
 * (`scoring.earlyWarning`, `eligibility.trackRecordQuota`).
 */
import * as z from "zod/mini";
import { isIsoMonth, monthsBetween, nextMonth, type IsoMonth } from "../core/dates.js";
import { issue, MkdError, fromZodIssues, type Issue } from "../core/errors.js";
import { historyMonthSchema, type TrackRecordLevel } from "../core/track-record.js";
import { bilingual, type MessageParams } from "../i18n/define.js";
import { scoringMessages } from "../i18n/messages/scoring.js";
import { withShared } from "../i18n/shared.js";
import { contextFor, policySourceIssue, type PolicySourceLike, type ScoringContext } from "./context.js";
import { EXPRESSIONS } from "./formulas.js";
import type {
  EarlyWarningMonth,
  EarlyWarningReason,
  EarlyWarningResult,
  HistoryMonth,
  Recommendation,
  RecommendedAction,
  ScoringFinding,
  ScoringPolicySource,
} from "./types.js";

/** Scoring's messages (rendered when read) and the shared ones its errors reuse. */
const SCORING = withShared(scoringMessages);

/** The history array. */
const historySchema = z.array(historyMonthSchema);

function reason(code: EarlyWarningReason["code"], params: MessageParams): EarlyWarningReason {
  return { code, params, message: bilingual(SCORING, code, params) };
}

function validateHistory(history: unknown, source: PolicySourceLike): HistoryMonth[] {
  const parsed = historySchema.safeParse(history, { reportInput: true });
  if (!parsed.success) {
    const issues = fromZodIssues(parsed.error.issues, ["history"], scoringMessages);
    throw new MkdError("scoring_invalid_history", { count: issues.length }, issues, scoringMessages);
  }
  const months = parsed.data as HistoryMonth[];
  const issues: Issue[] = [];
  const srcIssue = policySourceIssue(source, ["options"]);
  if (srcIssue) issues.push(srcIssue);
  if (months.length === 0) issues.push(issue("scoring_history_empty", ["history"], {}, scoringMessages));
  const seen = new Set<string>();
  let firstEmployee: string | undefined;
  for (let i = 0; i < months.length; i++) {
    const m = months[i]!;
    if (!isIsoMonth(m.month)) {
      issues.push(issue("invalid_month", ["history", i, "month"], { value: m.month }));
      continue;
    }
    if (seen.has(m.month))
      issues.push(
        issue("scoring_history_repeated_month", ["history", i, "month"], { month: m.month }, scoringMessages),
      );
    else if (i > 0 && isIsoMonth(months[i - 1]!.month)) {
      const previous = months[i - 1]!.month;
      const gap = monthsBetween(previous, m.month);
      if (gap < 0)
        issues.push(
          issue("scoring_history_out_of_order", ["history", i, "month"], { month: m.month, previous }, scoringMessages),
        );
      else if (gap > 1)
        issues.push(
          issue("scoring_history_gap", ["history", i, "month"], { month: m.month, previous }, scoringMessages),
        );
    }
    seen.add(m.month);
    if (m.reportSubmitted && m.composite === null)
      issues.push(issue("scoring_history_composite_required", ["history", i, "composite"], {}, scoringMessages));
    if (!m.reportSubmitted && m.composite !== null)
      issues.push(issue("scoring_history_report_contradiction", ["history", i, "composite"], {}, scoringMessages));
    if (m.employee !== undefined) {
      if (firstEmployee === undefined) firstEmployee = m.employee;
      else if (m.employee !== firstEmployee) {
        issues.push(
          issue(
            "scoring_history_mixed_employees",
            ["history", i, "employee"],
            {
              first: firstEmployee,
              other: m.employee,
            },
            scoringMessages,
          ),
        );
      }
    }
  }
  if (issues.length > 0)
    throw new MkdError("scoring_invalid_history", { count: issues.length }, issues, scoringMessages);
  return months;
}

/** The quota recommendation for `forMonth`, after a month evaluated at `level` under `current`. */
function recommend(
  level: TrackRecordLevel,
  forMonth: IsoMonth,
  current: ScoringContext,
  source: PolicySourceLike,
  findings: ScoringFinding[],
): Recommendation {
  let ctx = current;
  let fallback = false;
  try {
    ctx = contextFor(source, forMonth);
  } catch (error) {
    // No policy known for the next month (e.g. past the last shipped version's end): say so, and use the
    // evaluated month's policy rather than guessing a successor.
    if (
      !(error instanceof MkdError) ||
      (error.code !== "date_after_version_end" && error.code !== "date_before_first_version")
    )
      throw error;
    fallback = true;
    const params = { jurisdiction: current.ref.jurisdiction, asOf: `${forMonth}-01`, version: current.ref.version };
    findings.push({
      code: "scoring_next_month_policy_unavailable",
      severity: "warning",
      path: ["history"],
      params,
      message: bilingual(SCORING, "scoring_next_month_policy_unavailable", params),
    });
  }
  const cap = ctx.maxFlexibleDaysPerWeek;
  const quota = ctx.quota[level];
  const days = Math.min(quota, cap);
  const full = Math.min(ctx.quota.green, cap);
  const action: RecommendedAction = days === 0 ? "revoke_mkd" : days < full ? "reduce_quota" : "keep_quota";
  const code =
    action === "keep_quota"
      ? "scoring_action_keep_quota"
      : action === "reduce_quota"
        ? "scoring_action_reduce_quota"
        : "scoring_action_revoke_mkd";
  const params = { days, full, month: forMonth };
  return {
    forMonth,
    level,
    action,
    flexibleDaysPerWeek: days,
    fullQuotaDays: full,
    policy: ctx.ref,
    policyFallback: fallback,
    explanation: {
      formula: "quota_for_level",
      expression: EXPRESSIONS.quota_for_level,
      inputs: {
        level,
        [`trackRecordQuota.${level}`]: quota,
        maxFlexibleDaysPerWeek: cap,
        "trackRecordQuota.green": ctx.quota.green,
      },
      result: days,
      basis: ctx.basis.quota,
    },
    message: bilingual(SCORING, code, params),
  };
}

/** Options of {@link evaluateEarlyWarning}: where the policy comes from. */
export type EarlyWarningOptions = ScoringPolicySource;

/**
 * Evaluates a consecutive history of scored months (oldest first) into an early-warning level per month and
 * the recommended quota for the month after each; the latest month's `level` and `month` sit at the top, so
 * the result IS a {@link TrackRecord} and goes to `checkEligibility` as the track record directly.
 *
 * Each month uses the policy in force on its first day (`scoring.earlyWarning`); each recommendation uses
 * the policy in force on the first day of the month it is for (`eligibility.trackRecordQuota` and
 * `schedule.maxFlexibleDaysPerWeek`). Rules, in order:
 * 1. no report: `missingReportLevel` (reason `scoring_ew_report_missing`);
 * 2. composite below `redBelow`: red; below `greenFrom`: yellow; otherwise green;
 * 3. a green month ending `decliningMonths` consecutive months of strictly falling composite turns yellow
 *    (`scoring_ew_declining_trend`; e.g. 3 months: 112 > 106 > 101);
 * 4. a yellow month ending a run of `consecutiveYellowToRed` yellow months (as set by rules 2-3) turns red
 *    (`scoring_ew_consecutive_yellow`).
 * Recommendation: days = min(trackRecordQuota[level], maxFlexibleDaysPerWeek); 0 revokes MKD, fewer than the
 * green quota reduces it, otherwise the quota is kept.
 *
 * Throws {@link MkdError} `scoring_invalid_history` for months out of order, repeated or skipped, and
 * contradictory entries.
 *
 * @example
 * ```ts
 * const warning = evaluateEarlyWarning(
 *   [
 *     { month: "2026-01", composite: 104, reportSubmitted: true },
 *     { month: "2026-02", composite: 93, reportSubmitted: true },
 *   ],
 *   { jurisdiction: "jabar" },
 * );
 * warning.level; // "yellow"
 * warning.recommendation.action; // "reduce_quota" (1 flexible day in 2026-03)
 * checkEligibility(employee, { trackRecord: warning }); // the track record, as is
 * ```
 */
export function evaluateEarlyWarning(
  history: readonly HistoryMonth[] | readonly unknown[],
  options: EarlyWarningOptions,
): EarlyWarningResult {
  const source = (options ?? {}) as PolicySourceLike;
  const months = validateHistory(history, source);
  const findings: ScoringFinding[] = [];
  const out: EarlyWarningMonth[] = [];
  let yellowRun = 0;
  let declineRun = 1; // months in the current run of strictly falling composites, this month included
  for (let i = 0; i < months.length; i++) {
    const m = months[i]!;
    const ctx = contextFor(source, m.month, ["history", i, "month"]);
    const reasons: EarlyWarningReason[] = [];
    let base: TrackRecordLevel;
    const c = m.composite;
    const prev = i > 0 ? months[i - 1]!.composite : null;
    declineRun = c !== null && prev !== null && c < prev ? declineRun + 1 : 1;
    if (!m.reportSubmitted || c === null) {
      base = ctx.missingReportLevel;
      reasons.push(reason("scoring_ew_report_missing", {}));
    } else if (c < ctx.redBelow) {
      base = "red";
      reasons.push(reason("scoring_ew_below_red", { composite: c, redBelow: ctx.redBelow }));
    } else if (c < ctx.greenFrom) {
      base = "yellow";
      reasons.push(reason("scoring_ew_below_green", { composite: c, greenFrom: ctx.greenFrom }));
    } else {
      base = "green";
      reasons.push(reason("scoring_ew_at_or_above_green", { composite: c, greenFrom: ctx.greenFrom }));
      if (declineRun >= ctx.decliningMonths) {
        base = "yellow";
        const values = months.slice(i - ctx.decliningMonths + 1, i + 1).map((h) => h.composite);
        reasons.push(reason("scoring_ew_declining_trend", { count: ctx.decliningMonths, values: values.join(" > ") }));
      }
    }
    yellowRun = base === "yellow" ? yellowRun + 1 : 0;
    let level = base;
    if (base === "yellow" && yellowRun >= ctx.consecutiveYellowToRed) {
      level = "red";
      reasons.push(reason("scoring_ew_consecutive_yellow", { count: yellowRun, limit: ctx.consecutiveYellowToRed }));
    }
    const e = ctx.resolved.parameters.scoring.earlyWarning.value;
    out.push({
      month: m.month,
      composite: c,
      reportSubmitted: m.reportSubmitted,
      level,
      reasons,
      explanation: {
        formula: "early_warning_level",
        expression: EXPRESSIONS.early_warning_level,
        inputs: {
          C: c,
          reportSubmitted: m.reportSubmitted,
          greenFrom: e.greenFrom,
          redBelow: e.redBelow,
          missingReportLevel: e.missingReportLevel,
          decliningMonths: e.decliningMonths,
          fallingMonths: c === null ? 0 : declineRun,
          consecutiveYellowToRed: e.consecutiveYellowToRed,
          yellowMonthsInARow: yellowRun,
        },
        result: level,
        basis: ctx.basis.earlyWarning,
      },
      policy: ctx.ref,
      recommendation: recommend(level, nextMonth(m.month), ctx, source, i === months.length - 1 ? findings : []),
    });
  }
  const last = out[out.length - 1]!;
  return {
    level: last.level,
    month: last.month,
    months: out,
    recommendation: last.recommendation,
    findings,
    policy: last.policy,
  };
}
