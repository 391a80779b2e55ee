import type { Templates } from "../../define.js";
import type { ScheduleParams } from "../../messages/schedule.js";

/** The schedule messages in English. */
export const messages = {
  invalid_schedule_input: "Invalid schedule input: {count:problem|problems} found.",
  schedule_duplicate_override: "Another override already exists on {date}: one override per date.",
  schedule_policy_required: "Give `jurisdiction` or `policy`.",
  schedule_period_reversed: "Period reversed: {from} is after {to}.",
  schedule_period_too_long: "Period too long ({days} days): schedule at most one year at a time.",
  schedule_duplicate_member: "Member id {id} is already used by member number {first}.",
  schedule_conflict_coverage_unreachable:
    "{date}: at least {required} must be on site, but at most {possible} can be (on leave: {onLeave}; official travel: {onTravel}; pinned flexible: {pinnedFlexible}).",
  schedule_conflict_role_coverage_unreachable:
    "{date}: at least {required} with role {role} must be on site, but at most {possible} can be (on leave: {onLeave}; official travel: {onTravel}; pinned flexible: {pinnedFlexible}).",
  schedule_conflict_seat_capacity_exceeded:
    "{date}: at least {required} must be on site, but there are only {possible} seats (must be on site: {mustBeOnSite}; pinned to the office: {pinnedOffice}).",
  schedule_conflict_seats_cannot_be_freed:
    "Week of {weekStart}: to fit {seats} seats, {required} person-days must be flexible on {dates}, but weekly caps and role minimums allow only {possible}.",
  schedule_conflict_pins_exceed_cap:
    "Week of {weekStart}: {member} is pinned flexible on {pinned:day|days}, more than the {allowed} allowed (cap {cap}, less {collective:counted collective day|counted collective days}).",
  schedule_conflict_pin_on_mandatory_office_weekday:
    "{date}: {member} is pinned flexible on a mandatory office weekday ({weekday}).",
  schedule_conflict_override_on_non_working_day:
    "{date}: {member} is pinned {kind} on a day that is not a working day ({dayKind}).",
  schedule_hard_flexible_day_cap:
    "Flexible days per person per week within the grant and the policy cap: {violations:violation|violations} in {checked} person-weeks.",
  schedule_hard_coverage_minimum:
    "Minimum on site met every working day: {violations:violation|violations} in {checked} days (tightest margin {tightestMargin}).",
  schedule_hard_role_coverage_minimum:
    "Minimum on site per role met: {violations:violation|violations} in {checked} role-days.",
  schedule_hard_seat_capacity: "Seat capacity never exceeded: {violations:violation|violations} in {checked} days.",
  schedule_hard_overrides_respected:
    "Leave, official travel and pinned days respected: {violations:violation|violations} in {checked} overrides.",
  schedule_hard_non_working_days_free:
    "Nothing scheduled on weekends, national holidays and cuti bersama: {violations:violation|violations} in {checked} person-days.",
  schedule_hard_weekly_hours:
    "Weekly hours as the calendar defines them (worked + excused = required): {violations:violation|violations} in {checked} person-weeks.",
  schedule_hard_mandatory_office_weekdays:
    "No chosen flexible day on a mandatory office weekday: {violations:violation|violations} in {checked} person-days.",
  schedule_hard_collective_days_applied:
    "Collective flexible days applied as the policy and unit kind say: {violations:violation|violations} in {checked} person-days.",
  schedule_soft_preferred_weekdays: "Members' preferred flexible weekdays honoured: {score} of {max}.",
  schedule_soft_popular_day_fairness:
    "Flexible Mondays/Fridays shared fairly: {score} of {max} members within 1 day of the most favoured (min {min}, max {maxCount}).",
  schedule_soft_anchor_days_together: "Anchor days: {score} of {max} attendances on site.",
  schedule_soft_pattern_stability: "Stable weekly pattern: {score} of {max} week-to-week transitions unchanged.",
  schedule_soft_granted_days_used: "Granted flexible days used: {score} of {max} usable days.",
  schedule_hard_maximum_flexible_share:
    "Members on a flexible-location day within the policy's share of the unit (of those working that day; leave and official travel not counted): {violations:violation|violations} in {checked} days.",
  schedule_conflict_flexible_share_exceeded:
    "{date}: at most {possible} may work flexibly (share {share} of the {working} working that day), but {required} are pinned flexible ({pinnedFlexible}).",
  schedule_week_policy: "Week of {weekStart}: {versions}, cap {cap:flexible day|flexible days} a week.",
  schedule_week_policy_changed:
    "Week of {weekStart}: the policy changes inside the week ({versions}); the whole week takes the smaller cap, {cap:flexible day|flexible days}.",
  invalid_schedule: "Invalid schedule: {count:problem|problems} found.",
  invalid_roster: "Invalid roster: {count:problem|problems} found.",
  roster_unknown_member: "Member {id} is in the roster but not in the schedule input.",
  roster_missing_member: "Member {id} is in the schedule input but not in the roster.",
  roster_date_outside_period: "Date {date} is outside the period {from} to {to}.",
  export_member_unknown: "Member {member} is not in the schedule.",
} satisfies Templates<ScheduleParams>;
