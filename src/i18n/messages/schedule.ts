import type { Catalogue, MessageValue, NoParams } from "../define.js";
import { messages as en } from "../locales/en/schedule.js";
import { messages as id } from "../locales/id/schedule.js";

/**
 * Messages of the schedule capability and its exports (ICS, CSV, HTML): reason codes, findings and errors.
 *
 * Each code is declared here once, with the parameters its message takes; each language's texts live in
 * `locales/<language>/schedule.ts`, which must cover exactly these codes (a `satisfies` check).
 */
export interface ScheduleParams {
  invalid_schedule_input: { count: number };
  schedule_duplicate_override: { date: MessageValue };
  schedule_policy_required: NoParams;
  schedule_period_reversed: { from: MessageValue; to: MessageValue };
  schedule_period_too_long: { days: MessageValue };
  schedule_duplicate_member: { id: MessageValue; first: MessageValue };
  schedule_conflict_coverage_unreachable: {
    date: MessageValue;
    required: MessageValue;
    possible: MessageValue;
    onLeave: MessageValue;
    onTravel: MessageValue;
    pinnedFlexible: MessageValue;
  };
  schedule_conflict_role_coverage_unreachable: {
    date: MessageValue;
    required: MessageValue;
    role: MessageValue;
    possible: MessageValue;
    onLeave: MessageValue;
    onTravel: MessageValue;
    pinnedFlexible: MessageValue;
  };
  schedule_conflict_seat_capacity_exceeded: {
    date: MessageValue;
    required: MessageValue;
    possible: MessageValue;
    mustBeOnSite: MessageValue;
    pinnedOffice: MessageValue;
  };
  schedule_conflict_seats_cannot_be_freed: {
    weekStart: MessageValue;
    seats: MessageValue;
    dates: MessageValue;
    required: MessageValue;
    possible: MessageValue;
  };
  schedule_conflict_pins_exceed_cap: {
    weekStart: MessageValue;
    member: MessageValue;
    pinned: number;
    allowed: MessageValue;
    cap: MessageValue;
    collective: number;
  };
  schedule_conflict_pin_on_mandatory_office_weekday: {
    date: MessageValue;
    member: MessageValue;
    weekday: MessageValue;
  };
  schedule_conflict_override_on_non_working_day: {
    date: MessageValue;
    member: MessageValue;
    kind: MessageValue;
    dayKind: MessageValue;
  };
  schedule_hard_flexible_day_cap: { violations: number; checked: MessageValue };
  schedule_hard_coverage_minimum: { violations: number; checked: MessageValue; tightestMargin: MessageValue };
  schedule_hard_role_coverage_minimum: { violations: number; checked: MessageValue };
  schedule_hard_seat_capacity: { violations: number; checked: MessageValue };
  schedule_hard_overrides_respected: { violations: number; checked: MessageValue };
  schedule_hard_non_working_days_free: { violations: number; checked: MessageValue };
  schedule_hard_weekly_hours: { violations: number; checked: MessageValue };
  schedule_hard_mandatory_office_weekdays: { violations: number; checked: MessageValue };
  schedule_hard_collective_days_applied: { violations: number; checked: MessageValue };
  schedule_soft_preferred_weekdays: { score: MessageValue; max: MessageValue };
  schedule_soft_popular_day_fairness: {
    score: MessageValue;
    max: MessageValue;
    min: MessageValue;
    maxCount: MessageValue;
  };
  schedule_soft_anchor_days_together: { score: MessageValue; max: MessageValue };
  schedule_soft_pattern_stability: { score: MessageValue; max: MessageValue };
  schedule_soft_granted_days_used: { score: MessageValue; max: MessageValue };
  schedule_hard_maximum_flexible_share: { violations: number; checked: MessageValue };
  schedule_conflict_flexible_share_exceeded: {
    date: MessageValue;
    possible: MessageValue;
    share: MessageValue;
    working: MessageValue;
    required: MessageValue;
    pinnedFlexible: MessageValue;
  };
  schedule_week_policy: { weekStart: MessageValue; versions: MessageValue; cap: number };
  schedule_week_policy_changed: { weekStart: MessageValue; versions: MessageValue; cap: number };
  invalid_schedule: { count: number };
  invalid_roster: { count: number };
  roster_unknown_member: { id: MessageValue };
  roster_missing_member: { id: MessageValue };
  roster_date_outside_period: { date: MessageValue; from: MessageValue; to: MessageValue };
  export_member_unknown: { member: MessageValue };
}

/** The schedule messages in both languages. */
export const scheduleMessages: Catalogue<ScheduleParams> = { id, en };
