import type { Templates } from "../../define.js";
import type { ScoringParams } from "../../messages/scoring.js";

/** The scoring messages in English. */
export const messages = {
  scoring_invalid_input: "Invalid monthly scoring input: {count:problem|problems} found.",
  scoring_invalid_history: "Invalid scoring history: {count:problem|problems} found.",
  scoring_policy_source_required: "Give exactly one policy source: jurisdiction or policy.",
  scoring_target_not_positive:
    "The target {target} must be greater than zero because the achievement formula divides by it.",
  scoring_range_invalid: "Invalid target range: min {min} is greater than max {max}.",
  scoring_weights_total_mismatch: "Indicator weights add up to {sum}, not the {total} the policy requires.",
  scoring_duplicate_indicator: "Indicator {id} is listed more than once.",
  scoring_unknown_indicator: "Realisation for indicator {id}, which is not among the agreed targets.",
  scoring_unit_mismatch: "The realisation unit {actual} differs from the target unit {expected}.",
  scoring_report_contradiction: "The report is marked as not submitted, yet realisations are given.",
  scoring_legacy_direction_mismatch:
    "The legacy SKP method (PP 46/2011) scores the {aspect} aspect as {expected}, not {actual}.",
  scoring_legacy_range_unsupported: "The legacy SKP method (PP 46/2011) has no range targets.",
  scoring_history_empty: "A history needs at least one month.",
  scoring_history_out_of_order: "Month {month} comes after {previous}: a history runs oldest first.",
  scoring_history_repeated_month: "Month {month} appears more than once in the history.",
  scoring_history_gap:
    "The history jumps from {previous} to {month}: add the missing months (e.g. reportSubmitted: false).",
  scoring_history_composite_required: "A month with a report needs its composite achievement.",
  scoring_history_report_contradiction: "A month without a report cannot have a composite achievement.",
  scoring_history_mixed_employees: "The history mixes employees {first} and {other}.",
  scoring_realisation_missing: "No realisation for indicator {id}: {rule}.",
  scoring_missing_scored_zero: "its achievement counts as 0 and keeps its weight",
  scoring_missing_excluded: "it is left out of the composite and its weight is not counted",
  scoring_no_report: "No performance report for {month}: the month is not scored.",
  scoring_next_month_policy_unavailable:
    "No {jurisdiction} policy is known in force on {asOf}; the recommendation uses version {version}, in force in the last month.",
  scoring_ew_at_or_above_green: "Composite achievement {composite} reaches the green threshold {greenFrom}.",
  scoring_ew_below_green: "Composite achievement {composite} is below the green threshold {greenFrom}.",
  scoring_ew_below_red: "Composite achievement {composite} is below the red threshold {redBelow}.",
  scoring_ew_report_missing: "This month's performance report is missing.",
  scoring_ew_consecutive_yellow: "{count} yellow months in a row (limit {limit}) make it red.",
  scoring_ew_declining_trend: "Achievement fell month after month for {count} months ({values}).",
  scoring_action_keep_quota: "Keep the quota of {days} flexible days a week for {month}.",
  scoring_action_reduce_quota: "Reduce the quota to {days} flexible days a week for {month} (full: {full}).",
  scoring_action_revoke_mkd: "Revoke MKD for {month}: a quota of 0 flexible days.",
} satisfies Templates<ScoringParams>;
