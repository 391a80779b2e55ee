import type { Templates } from "../../define.js";
import type { EligibilityParams } from "../../messages/eligibility.js";

/** The eligibility messages in English. */
export const messages = {
  invalid_employee: "Invalid employee data: {count:problem|problems} found.",
  invalid_eligibility_options: "Invalid eligibility options: {count:problem|problems} found.",
  eligibility_talent_required: "Give talentBox (1-9) or talent (performance and potential).",
  eligibility_talent_mismatch:
    "Talent box {talentBox} does not match performance {performance} and potential {potential}, which PermenPANRB 3/2020 puts in box {expected}.",
  eligibility_format_invalid:
    "Invalid format {format}: write flexible days-office days (e.g. 3-2) with at least 1 flexible day, adding up to the {workingDays} working days of the week.",
  eligibility_days_invalid:
    "Invalid number of flexible days {days}: at least 1 and at most the {workingDays} working days of the week.",
  eligibility_appointment_after_as_of: "The appointment date {appointmentDate} is after the decision date {asOf}.",
  eligibility_position_start_after_as_of: "The position start date {date} is after the decision date {asOf}.",
  eligibility_approval_after_as_of:
    "The leader's approval is dated {date}, after the decision date {asOf}: decide on or after the approval date.",
  eligibility_date_before_1950: "The date {date} is not plausible: the earliest is {earliest}.",
  eligibility_fact_required_by_rule: "Required: this policy's rules {rules} read it.",
  eligibility_policy_source_required: "Give one of jurisdiction or policy.",
  eligibility_policy_source_ambiguous: "Give jurisdiction or policy, not both.",
  eligibility_policy_not_in_force:
    "Version {version} of the {jurisdiction} policy is not in force on {asOf} (in force {from} to {until}).",
  eligibility_eligible: "Eligible for MKD: {days:flexible day|flexible days} a week (format {format}).",
  eligibility_requirement_not_met: "Requirement not met ({rule}): {description_en}. {detail_en}",
  eligibility_approval_pending: "Awaiting approval ({rule}): {description_en}.",
  eligibility_no_days_within_limits:
    "No allowed number of flexible days ({allowed}) fits within the limit of {limit:day|days} a week.",
  eligibility_position_start_not_given:
    "The start date in the current position (positionStartDate) was not given: the months in position are counted from the appointment date {appointmentDate}.",
  eligibility_limited_by_cap: "Limited by the policy cap: at most {days:flexible day|flexible days} a week.",
  eligibility_limited_by_quota:
    "Limited by the track-record quota ({level}): at most {days:flexible day|flexible days} a week.",
  eligibility_limited_by_allowed_formats:
    "Rounded down to an allowed format ({allowed}): {days:flexible day|flexible days}.",
  eligibility_fact_unknown: "Unknown: {fact}. Rule {rule} was evaluated without these values.",
  eligibility_track_record_stale:
    "The track record is from {month}, more than two months before the month of the decision date {asOf}.",
  eligibility_track_record_future: "The track record month {month} is after the decision date {asOf}.",
  eligibility_track_record_other_employee: "This track-record history belongs to employee {employee}, not {id}.",
  eligibility_detail: "{fact}: {actual}, should be {expectation}.",
  eligibility_detail_missing: "{fact}: unknown, should be {expectation}.",
  eligibility_op_equal: "{value}",
  eligibility_op_not_equal: "not {value}",
  eligibility_op_in: "one of {value}",
  eligibility_op_not_in: "none of {value}",
  eligibility_op_contains: "containing {value}",
  eligibility_op_does_not_contain: "not containing {value}",
  eligibility_op_less_than: "less than {value}",
  eligibility_op_less_than_inclusive: "at most {value}",
  eligibility_op_greater_than: "more than {value}",
  eligibility_op_greater_than_inclusive: "at least {value}",
  eligibility_value_true: "yes",
  eligibility_value_false: "no",
} satisfies Templates<EligibilityParams>;
