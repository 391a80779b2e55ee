import type { Templates } from "../../define.js";
import type { PolicyCheckParams } from "../../messages/policy-checks.js";

/** The policy-check messages in English. */
export const messages = {
  policy_rule_unknown_fact: "Unknown fact {fact}; facts a rule may test: {known}.",
  policy_rule_unknown_operator: "Unknown operator {operator}; allowed json-rules-engine built-in operators: {known}.",
  policy_rule_path_script:
    "The path {path} uses a JSONPath filter or script expression; only plain property paths such as $.itBased are allowed.",
  policy_rule_path_not_plain: "The path {path} is not a plain property path (valid form: $.propertyName).",
  policy_rule_path_not_allowed: "The fact {fact} is not an object, so it cannot take the path {path}.",
  policy_rule_path_required: "The fact {fact} is an object: name its property with a path, e.g. $.{example}.",
  policy_rule_path_unknown_property: "The fact {fact} has no property {property}; known properties: {known}.",
  policy_rule_value_type_mismatch: "The operator {operator} on the fact {fact} needs a value that is {expected}.",
  policy_rule_value_not_allowed: "The fact {fact} can never be {value}; valid values: {allowed}.",
  policy_rule_operator_not_applicable:
    "The operator {operator} does not apply to the fact {fact} (a {factType}): this condition could never hold.",
  policy_source_unknown:
    "The source {source} is not among the legalBases of this document or of the documents it extends.",
  policy_legal_basis_duplicate: "The legal basis {id} is declared more than once.",
  policy_extends_not_found: "The extended document ({target}) was not found.",
  policy_extends_not_in_force: "No version of {jurisdiction} is in force while this document is ({range}).",
  policy_version_overlap: "Version {version} of the {jurisdiction} policy overlaps version {other} over {range}.",
  policy_effective_range_invalid: "effectiveUntil {until} is before effectiveFrom {from}.",
  policy_parent_not_found: "The parent jurisdiction {parent} is unknown, so its ceilings cannot be checked.",
  policy_exceeds_national_ceiling:
    "{field} = {value} (from {definedIn}) exceeds the national cap of {cap} flexible-location days a week (PermenPANRB 4/2025 Pasal 13(1), {parent} version {parentVersion}), over {range}. Only a document of the national jurisdiction itself can change it.",
  policy_collective_day_not_counted:
    "The collective flexible day on {weekday} is declared not to count toward the weekly cap, but for an ASN every flexible-location day counts toward the national cap of {cap} a week (PermenPANRB 4/2025 Pasal 13(1), {parent} version {parentVersion}), over {range}.",
  policy_shadows_shipped_version:
    "This document carries the name and version {document} of a shipped policy but its content differs: a shipped policy cannot be silently replaced. Give your version its own version id.",
  policy_context_document_shadows_shipped:
    "Context document number {index} carries the name and version {document} of a shipped policy but its content differs, and was refused.",
  policy_parent_self:
    "jurisdiction.parent names this jurisdiction itself ({jurisdiction}); a parent must be another jurisdiction.",
  policy_too_large: "The policy document is too large: at most {maximum} characters of JSON.",
  policy_too_many_rules: "Too many eligibility rules: {count}, at most {maximum} per document.",
  policy_condition_too_deep: "Rule conditions are nested too deeply: at most {maximum} levels of all/any/not.",
  policy_string_too_long: "A text is too long: {length} characters, at most {maximum}.",
  policy_too_deep: "The policy document is nested too deeply: at most {maximum} levels of objects and arrays.",
  policy_context_document_invalid:
    "Context document number {index} is invalid and was ignored ({count:problem|problems}).",
  policy_exceeds_parent_ceiling:
    "{field} = {value} (from {definedIn}) exceeds the cap of {cap} flexible days a week set by {parent} version {parentVersion}, over {range}.",
  policy_exceeds_own_cap:
    "{field} = {value} (from {definedIn}) exceeds this policy's own cap, maxFlexibleDaysPerWeek = {cap}.",
  policy_weekly_hours_mismatch:
    "The daily hours add up to {computed} h a week (without breaks), not weeklyHours = {declared} h.",
  policy_ramadan_hours_short:
    "The Ramadan hours add up to {computed} h a week (without breaks), less than the Ramadan weeklyHours = {declared} h.",
  policy_time_range_invalid: "The end time {end} is not after the start time {start}.",
  policy_break_too_long: "A break of {breakMinutes} min is not shorter than the {dayMinutes}-minute working day.",
  policy_weekday_not_working: "{weekday} in {field} is not a working day of workingWeek.",
  policy_weekday_conflict: "{weekday} is both a mandatory office day and a mandatory collective flexible day.",
  policy_thresholds_out_of_order: "{lower} ({lowerValue}) must be less than {higher} ({higherValue}).",
} satisfies Templates<PolicyCheckParams>;
