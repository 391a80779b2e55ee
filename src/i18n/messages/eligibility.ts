import type { Catalogue, MessageValue, NoParams } from "../define.js";
import { messages as en } from "../locales/en/eligibility.js";
import { messages as id } from "../locales/id/eligibility.js";

/**
 * Messages of the eligibility capability and the rule compiler: reason codes, findings and errors.
 * Reason codes are stable: a decision's `reasons[].code` is one of the `eligibility_*` codes below.
 *
 * Each code is declared here once, with the parameters its message takes; each language's texts live in
 * `locales/<language>/eligibility.ts`, which must cover exactly these codes (a `satisfies` check).
 */
export interface EligibilityParams {
  invalid_employee: { count: number };
  invalid_eligibility_options: { count: number };
  eligibility_talent_required: NoParams;
  eligibility_talent_mismatch: {
    talentBox: MessageValue;
    performance: MessageValue;
    potential: MessageValue;
    expected: MessageValue;
  };
  eligibility_format_invalid: { format: MessageValue; workingDays: MessageValue };
  eligibility_days_invalid: { days: MessageValue; workingDays: MessageValue };
  eligibility_appointment_after_as_of: { appointmentDate: MessageValue; asOf: MessageValue };
  eligibility_position_start_after_as_of: { date: MessageValue; asOf: MessageValue };
  eligibility_approval_after_as_of: { date: MessageValue; asOf: MessageValue };
  eligibility_date_before_1950: { date: MessageValue; earliest: MessageValue };
  eligibility_fact_required_by_rule: { rules: MessageValue };
  eligibility_policy_source_required: NoParams;
  eligibility_policy_source_ambiguous: NoParams;
  eligibility_policy_not_in_force: {
    jurisdiction: MessageValue;
    version: MessageValue;
    asOf: MessageValue;
    from: MessageValue;
    until: MessageValue;
  };
  eligibility_eligible: { days: number; format: MessageValue };
  eligibility_requirement_not_met: {
    rule: MessageValue;
    description_id: MessageValue;
    detail_id: MessageValue;
    description_en: MessageValue;
    detail_en: MessageValue;
  };
  eligibility_approval_pending: { rule: MessageValue; description_id: MessageValue; description_en: MessageValue };
  eligibility_no_days_within_limits: { allowed: MessageValue; limit: number };
  eligibility_position_start_not_given: { appointmentDate: MessageValue };
  eligibility_limited_by_cap: { days: number };
  eligibility_limited_by_quota: { level: MessageValue; days: number };
  eligibility_limited_by_allowed_formats: { allowed: MessageValue; days: number };
  eligibility_fact_unknown: { fact: MessageValue; rule: MessageValue };
  eligibility_track_record_stale: { month: MessageValue; asOf: MessageValue };
  eligibility_track_record_future: { month: MessageValue; asOf: MessageValue };
  eligibility_track_record_other_employee: { employee: MessageValue; id: MessageValue };
  eligibility_detail: { fact: MessageValue; actual: MessageValue; expectation: MessageValue };
  eligibility_detail_missing: { fact: MessageValue; expectation: MessageValue };
  eligibility_op_equal: { value: MessageValue };
  eligibility_op_not_equal: { value: MessageValue };
  eligibility_op_in: { value: MessageValue };
  eligibility_op_not_in: { value: MessageValue };
  eligibility_op_contains: { value: MessageValue };
  eligibility_op_does_not_contain: { value: MessageValue };
  eligibility_op_less_than: { value: MessageValue };
  eligibility_op_less_than_inclusive: { value: MessageValue };
  eligibility_op_greater_than: { value: MessageValue };
  eligibility_op_greater_than_inclusive: { value: MessageValue };
  eligibility_value_true: NoParams;
  eligibility_value_false: NoParams;
}

/** The eligibility messages in both languages. */
export const eligibilityMessages: Catalogue<EligibilityParams> = { id, en };
