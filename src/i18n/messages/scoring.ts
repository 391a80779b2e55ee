import type { Catalogue, MessageValue, NoParams } from "../define.js";
import { messages as en } from "../locales/en/scoring.js";
import { messages as id } from "../locales/id/scoring.js";

/**
 * Messages of the scoring capability: reason codes, findings and errors.
 *
 * Each code is declared here once, with the parameters its message takes; each language's texts live in
 * `locales/<language>/scoring.ts`, which must cover exactly these codes (a `satisfies` check).
 */
export interface ScoringParams {
  scoring_invalid_input: { count: number };
  scoring_invalid_history: { count: number };
  scoring_policy_source_required: NoParams;
  scoring_target_not_positive: { target: MessageValue };
  scoring_range_invalid: { min: MessageValue; max: MessageValue };
  scoring_weights_total_mismatch: { sum: MessageValue; total: MessageValue };
  scoring_duplicate_indicator: { id: MessageValue };
  scoring_unknown_indicator: { id: MessageValue };
  scoring_unit_mismatch: { actual: MessageValue; expected: MessageValue };
  scoring_report_contradiction: NoParams;
  scoring_legacy_direction_mismatch: { aspect: MessageValue; expected: MessageValue; actual: MessageValue };
  scoring_legacy_range_unsupported: NoParams;
  scoring_history_empty: NoParams;
  scoring_history_out_of_order: { month: MessageValue; previous: MessageValue };
  scoring_history_repeated_month: { month: MessageValue };
  scoring_history_gap: { previous: MessageValue; month: MessageValue };
  scoring_history_composite_required: NoParams;
  scoring_history_report_contradiction: NoParams;
  scoring_history_mixed_employees: { first: MessageValue; other: MessageValue };
  scoring_realisation_missing: { id: MessageValue; rule: MessageValue };
  scoring_missing_scored_zero: NoParams;
  scoring_missing_excluded: NoParams;
  scoring_no_report: { month: MessageValue };
  scoring_next_month_policy_unavailable: { jurisdiction: MessageValue; asOf: MessageValue; version: MessageValue };
  scoring_ew_at_or_above_green: { composite: MessageValue; greenFrom: MessageValue };
  scoring_ew_below_green: { composite: MessageValue; greenFrom: MessageValue };
  scoring_ew_below_red: { composite: MessageValue; redBelow: MessageValue };
  scoring_ew_report_missing: NoParams;
  scoring_ew_consecutive_yellow: { count: MessageValue; limit: MessageValue };
  scoring_ew_declining_trend: { count: MessageValue; values: MessageValue };
  scoring_action_keep_quota: { days: MessageValue; month: MessageValue };
  scoring_action_reduce_quota: { days: MessageValue; month: MessageValue; full: MessageValue };
  scoring_action_revoke_mkd: { month: MessageValue };
}

/** The scoring messages in both languages. */
export const scoringMessages: Catalogue<ScoringParams> = { id, en };
