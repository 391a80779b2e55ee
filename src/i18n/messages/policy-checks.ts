import type { Catalogue, MessageValue } from "../define.js";
import { messages as en } from "../locales/en/policy-checks.js";
import { messages as id } from "../locales/id/policy-checks.js";

/** A value over a ceiling set by a parent document (the national one or a province's), and where each is set. */
type CeilingParams = {
  field: MessageValue;
  value: MessageValue;
  definedIn: MessageValue;
  cap: MessageValue;
  parent: MessageValue;
  parentVersion: MessageValue;
  range: MessageValue;
};

/**
 * Messages of policy document validation: the codes only `validatePolicy`, `validateRules` and the document
 * limits (`policyLimitIssues`) raise, as issues of an `invalid_policy` error or of a validation result. Not a
 * shared domain: the validator's modules pass this catalogue to `issue()` themselves, so a bundle that never
 * validates a document carries none of these texts (each issue keeps its rendered message, so an error
 * listing them renders anywhere).
 *
 * Each code is declared here once, with the parameters its message takes; each language's texts live in
 * `locales/<language>/policy-checks.ts`, which must cover exactly these codes (a `satisfies` check).
 */
export interface PolicyCheckParams {
  policy_rule_unknown_fact: { fact: MessageValue; known: MessageValue };
  policy_rule_unknown_operator: { operator: MessageValue; known: MessageValue };
  policy_rule_path_script: { path: MessageValue };
  policy_rule_path_not_plain: { path: MessageValue };
  policy_rule_path_not_allowed: { fact: MessageValue; path: MessageValue };
  policy_rule_path_required: { fact: MessageValue; example: MessageValue };
  policy_rule_path_unknown_property: { fact: MessageValue; property: MessageValue; known: MessageValue };
  policy_rule_value_type_mismatch: { operator: MessageValue; fact: MessageValue; expected: MessageValue };
  policy_rule_value_not_allowed: { value: MessageValue; fact: MessageValue; allowed: MessageValue };
  policy_rule_operator_not_applicable: { operator: MessageValue; fact: MessageValue; factType: MessageValue };
  policy_source_unknown: { source: MessageValue };
  policy_legal_basis_duplicate: { id: MessageValue };
  policy_extends_not_found: { target: MessageValue };
  policy_extends_not_in_force: { jurisdiction: MessageValue; range: MessageValue };
  policy_version_overlap: {
    version: MessageValue;
    jurisdiction: MessageValue;
    other: MessageValue;
    range: MessageValue;
  };
  policy_effective_range_invalid: { until: MessageValue; from: MessageValue };
  policy_parent_not_found: { parent: MessageValue };
  policy_exceeds_national_ceiling: CeilingParams;
  policy_collective_day_not_counted: {
    weekday: MessageValue;
    cap: MessageValue;
    parent: MessageValue;
    parentVersion: MessageValue;
    range: MessageValue;
  };
  policy_shadows_shipped_version: { document: MessageValue };
  policy_context_document_shadows_shipped: { index: MessageValue; document: MessageValue };
  policy_parent_self: { jurisdiction: MessageValue };
  policy_too_large: { maximum: MessageValue };
  policy_too_many_rules: { count: MessageValue; maximum: MessageValue };
  policy_condition_too_deep: { maximum: MessageValue };
  policy_string_too_long: { length: MessageValue; maximum: MessageValue };
  policy_too_deep: { maximum: MessageValue };
  policy_context_document_invalid: { index: MessageValue; count: number };
  policy_exceeds_parent_ceiling: CeilingParams;
  policy_exceeds_own_cap: { field: MessageValue; value: MessageValue; definedIn: MessageValue; cap: MessageValue };
  policy_weekly_hours_mismatch: { computed: MessageValue; declared: MessageValue };
  policy_ramadan_hours_short: { computed: MessageValue; declared: MessageValue };
  policy_time_range_invalid: { end: MessageValue; start: MessageValue };
  policy_break_too_long: { breakMinutes: MessageValue; dayMinutes: MessageValue };
  policy_weekday_not_working: { weekday: MessageValue; field: MessageValue };
  policy_weekday_conflict: { weekday: MessageValue };
  policy_thresholds_out_of_order: {
    lower: MessageValue;
    lowerValue: MessageValue;
    higher: MessageValue;
    higherValue: MessageValue;
  };
}

/** The policy-check messages in both languages. */
export const policyCheckMessages: Catalogue<PolicyCheckParams> = { id, en };
