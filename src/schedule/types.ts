/**
 * The contract of the unit schedule: what {@link generateSchedule} takes and returns.
 *
 * Everything here is plain, flat, JSON-serialisable data (no Map, Set, class or Date), so a schedule can be
 * written to disk, sent across a process boundary, rendered (iCalendar, CSV, HTML grid) and re-checked later by
 * {@link checkSchedule}. Arrays are always in a stable order: members by input order, dates ascending.
 *
 * @packageDocumentation
 */
import type { IsoDate, IsoMonth, Weekday } from "../core/dates.js";
import type { HolidayEntry } from "../calendar/types.js";
import type { LegalBasis } from "../policy/schema.js";
import type { PolicyDecidedBy, PreparedPolicy, ResolvedPolicy } from "../policy/in-force.js";
import type { Issue } from "../core/errors.js";

// ---------------------------------------------------------------------------------------------------
// Input

/** A period: a month (`"2026-12"`) or an explicit inclusive range of dates. */
export type SchedulePeriod =
  | IsoMonth
  | {
      /** First day scheduled, ISO date `YYYY-MM-DD` (included). */
      from: IsoDate;
      /** Last day scheduled, ISO date `YYYY-MM-DD` (included; on or after `from`). */
      to: IsoDate;
    };

/**
 * A dated override for one member; it takes precedence over everything the generator would choose.
 * - `leave`: cuti, sick leave: the day is excused (its hours count as excused, not as missing).
 * - `official_travel`: dinas luar: away from the office, the day counts as worked.
 * - `office`: must be on site that day (also on a collective work-from-home day).
 * - `flexible`: pinned flexible-location day (uses one of the member's weekly flexible days).
 *
 * @example
 * ```ts
 * const o: MemberOverride = { date: "2026-12-08", kind: "leave", note: "cuti tahunan" };
 * ```
 */
export interface MemberOverride {
  /** The day it applies to, ISO date `YYYY-MM-DD`; dates outside the period are ignored. */
  date: IsoDate;
  /**
   * What the member does that day (see above): `leave` (cuti) and `official_travel` (dinas luar) are not days
   * away on MKD, so they use no flexible day; `flexible` uses one of the week's days under the cap (PermenPANRB
   * 4/2025 Pasal 13(1) via the policy's `maxFlexibleDaysPerWeek`).
   */
  kind: "leave" | "official_travel" | "office" | "flexible";
  /** Free text shown to people (not interpreted). */
  note?: string | undefined;
}

/** Anything that carries an eligibility decision's granted days (e.g. an `EligibilityDecision`). */
export interface GrantedDaysCarrier {
  /** Flexible-location days a week the decision granted (days, 0 or more). */
  grantedFlexibleDays: number;
}

/**
 * One member of the unit.
 *
 * @example
 * ```ts
 * const m: ScheduleMemberInput = {
 *   id: "199001012020121001", name: "Siti", grantedFlexibleDays: 2, roles: ["front_desk"],
 *   preferredFlexibleWeekdays: ["tuesday"], overrides: [{ date: "2026-12-08", kind: "leave" }],
 * };
 * ```
 */
export interface ScheduleMemberInput {
  /** Stable id (NIP or any unique string); ties are always broken by this id, never by chance. */
  id: string;
  /** Display name (shown in the grid, CSV and calendar files; not interpreted). */
  name?: string | undefined;
  /**
   * Flexible days a week granted by the eligibility decision (days per ISO week): a number, or the decision itself
   * (any object with `grantedFlexibleDays`). 0 means no MKD: on site except on collective flexible days. Each week
   * is further capped by the policy's `maxFlexibleDaysPerWeek` (PermenPANRB 4/2025 Pasal 13(1): at most 2
   * flexible-location days a week).
   */
  grantedFlexibleDays: number | GrantedDaysCarrier;
  /** Roles such as `front_desk`; a member counts toward the minimum of the FIRST listed role that has one. */
  roles?: string[] | undefined;
  /** Weekdays the member would rather work flexibly (soft goal). */
  preferredFlexibleWeekdays?: Weekday[] | undefined;
  /**
   * Where the member works on a flexible day (default `home`, the registered domicile): PermenPANRB 4/2025 allows
   * another office of the agency (`other_office`), home as the registered domicile (`home`) and another location
   * the agency sets (`anywhere`).
   */
  flexibleLocation?: "home" | "anywhere" | "other_office" | undefined;
  /** Dated overrides (leave, official travel, pinned days); at most one per date. */
  overrides?: MemberOverride[] | undefined;
}

/**
 * Least number on site on a working day: the larger of `headcount` and `share` x the members working that day
 * (rounded up). Members on leave or official travel are not working at the unit that day and are not counted, so
 * leave never makes a day infeasible under a share. A unit that gives `share` or `headcount` sets its own minimum,
 * 0 included (issue 9 item 7); otherwise the policy's default `minOnSiteShare` applies. The policy's limits still
 * hold either way: its `maximumFlexibleShare` and every role minimum. `perRole` adds per-role headcounts, which hold
 * on collective days too (a front desk is direct public service, which collective days exempt).
 */
export interface MinimumOnSite {
  /**
   * Least members on site each working day (persons). The head of agency decides how many may be away
   * (PermenPANRB 4/2025); no national number exists.
   */
  headcount?: number | undefined;
  /**
   * Share of the members working that day (not on leave or official travel) who must be on site, a fraction 0-1
   * (rounded up to persons). Default: the policy's `minOnSiteShare` (e.g. 0.5 in Jabar's December 2025 trial, SE
   * 150/KPG.03/BKD: at most 50% of a unit away).
   */
  share?: number | undefined;
  /** Least on site per role (persons), e.g. `{ front_desk: 2 }`; roles are those listed on the members. */
  perRole?: Record<string, number> | undefined;
}

/**
 * The unit being scheduled.
 *
 * @example
 * ```ts
 * const unit: ScheduleUnitInput = {
 *   id: "bkd-mutasi", name: "BKD Bidang Mutasi", kind: "general",
 *   minimumOnSite: { share: 0.5, perRole: { front_desk: 1 } }, seatCapacity: 30, anchorWeekdays: ["monday"],
 * };
 * ```
 */
export interface ScheduleUnitInput {
  /** Your identifier of the unit (e.g. `bkd-mutasi`); echoed in the schedule and its file names. */
  id: string;
  /** Display name of the unit (shown in the grid and calendar files; not interpreted). */
  name?: string | undefined;
  /**
   * Unit kind matched against a collective day's `exemptUnitKinds`, e.g. `direct_public_service` or `general`. Jabar
   * SE 188/KPG.03/BKD exempts units with direct public service (hospitals, schools, Samsat, labs, licensing) from
   * the Thursday work-from-home day.
   */
  kind: string;
  /**
   * Least members on site each working day (coverage: public service is not to be disrupted). Absent: the policy's
   * `minOnSiteShare`.
   */
  minimumOnSite?: MinimumOnSite | undefined;
  /** Seats (desks) in the office, a count: never more people on site than this. No legal source: the unit's own fact. */
  seatCapacity?: number | undefined;
  /**
   * Weekdays the team is together in the office (soft goal, strongly weighted). Hybrid-work practice, no legal
   * source: mkd-engine default (assumption) is none.
   */
  anchorWeekdays?: Weekday[] | undefined;
  /** Single anchor dates, ISO dates `YYYY-MM-DD` (e.g. a monthly meeting; soft goal, like `anchorWeekdays`). */
  anchorDates?: IsoDate[] | undefined;
  /**
   * `on_request` collective days this unit asked for (e.g. `["friday"]` after a request to BKD: Jabar SE
   * 188/KPG.03/BKD makes Friday work-from-home optional, only when the unit requests it).
   */
  requestedCollectiveWeekdays?: Weekday[] | undefined;
}

/** Tuning of the soft goals; every field is optional. */
export interface ScheduleOptions {
  /**
   * Weights of the soft goals (non-negative integers, relative: higher = more important), by code:
   * `granted_days_used` (members use the flexible days they were granted), `anchor_days_together` (the team is on
   * site on its anchor days), `preferred_weekdays` (members' preferred flexible weekdays), `popular_day_fairness`
   * (popular weekdays rotate fairly) and `pattern_stability` (the same weekly pattern week after week). A code left
   * out keeps its default, `SCHEDULE_DEFAULT_WEIGHTS`: mkd-engine defaults (assumption).
   */
  weights?: Partial<Record<SoftGoalCode, number>> | undefined;
  /** Weekdays treated as popular for fair rotation (default Monday and Friday: mkd-engine default, assumption). */
  popularWeekdays?: Weekday[] | undefined;
  /**
   * How national flexible-work days (e.g. 16, 17, 25, 26, 27 March 2026) apply to a unit that is not direct public
   * service. Neither reading uses a member's weekly cap.
   * - `allowed` (default): each member (with or without MKD) may take the day flexibly; the generator lets as many
   *   as coverage, seats and the unit's mandatory office weekdays allow. SE MenPANRB 2/2025 and 2/2026 say agencies
   *   "dapat" (may) combine WFO, WFH and WFA, with the head of agency dividing the staff so that public service is not
   *   disrupted: a permission, not an order.
   * - `collective`: everyone works from home, with no on-site minimum, like a collective day.
   */
  nationalFlexibleWorkDays?: "allowed" | "collective" | undefined;
}

/**
 * Input of {@link generateSchedule}. Give either `jurisdiction` (a shipped or supplied policy, resolved for each day)
 * or `policy` (a resolved policy or a policy document).
 */
export interface ScheduleInput {
  /** The unit being scheduled: its kind, coverage minimum, seats and anchor days. */
  unit: ScheduleUnitInput;
  /** The unit's members in display order, each with the flexible days a week their eligibility decision granted. */
  members: ScheduleMemberInput[];
  /**
   * The days to schedule: a month `YYYY-MM` or an inclusive range of ISO dates. Working days and hours come from
   * the policy in force each day (Perpres 21/2023: Monday to Friday, 37.5 hours a week).
   */
  period: SchedulePeriod;
  /** A shipped jurisdiction id (`jabar`, `id-nasional`), resolved for each day. */
  jurisdiction?: string | undefined;
  /**
   * A `PreparedPolicy` (`preparePolicy(overlay)`: a municipal overlay validated once, resolved for each day) or a
   * `ResolvedPolicy` (from resolvePolicy: applied to every day, or followed day by day when it is the shipped law).
   * A policy document itself is refused (`policy_not_prepared`): prepare it once. In a JSON input file for `mkd
   * schedule`, a policy document, which the command prepares.
   */
  policy?: PreparedPolicy | ResolvedPolicy | undefined;
  /**
   * Date of the version the schedule is headed with (`schedule.policy`; default: the first day of the period). Each
   * day is still scheduled under the version in force that day (`schedule.policies`, `day.policyVersion`).
   */
  asOf?: IsoDate | undefined;
  /**
   * The caller's own holiday entries (a regional decree, a year without an official table): they extend an official
   * table (an entry on the same date replaces it) or are the table of a year without one. Each entry cites ids of
   * shipped calendar sources or of legal bases given in `sources`.
   */
  holidays?: HolidayEntry[] | undefined;
  /** The legal bases (title with its number, date, URL) that the caller's `holidays` cite; listed in the schedule. */
  sources?: LegalBasis[] | undefined;
  /**
   * Opt in to estimated fixed-date holidays for years without an official table (default false; each estimate is
   * marked `estimated`). Holidays are set each year by a joint decree (SKB) of three ministers; none is guessed
   * silently.
   */
  allowEstimates?: boolean | undefined;
  /** Tuning of the soft goals (weights, popular weekdays, national flexible-work days); every field optional. */
  options?: ScheduleOptions | undefined;
}

// ---------------------------------------------------------------------------------------------------
// Output

/** What a member does on a date. */
export type AssignmentMode = "office" | "flexible" | "holiday" | "leave" | "official_travel" | "weekend";
/** Where the member works; `null` when not working. */
export type LocationKind = "office" | "home" | "anywhere" | "other_office" | "travel";

/**
 * Why an assignment is what it is (stable codes):
 * `collective_flexible_day`, `national_flexible_work_day`, `mkd_flexible_day`, `pinned_flexible`, `pinned_office`,
 * `override_leave`, `override_official_travel`, `no_mkd`, `mandatory_office_weekday`, `anchor_day`, `coverage`,
 * `preferred_weekday`, `exempt_public_service`, `national_holiday`, `cuti_bersama`, `weekend`, `ramadan_hours`.
 */
export type AssignmentReason =
  | "collective_flexible_day"
  | "national_flexible_work_day"
  | "mkd_flexible_day"
  | "pinned_flexible"
  | "pinned_office"
  | "override_leave"
  | "override_official_travel"
  | "no_mkd"
  | "mandatory_office_weekday"
  | "anchor_day"
  | "coverage"
  | "preferred_weekday"
  | "exempt_public_service"
  | "national_holiday"
  | "cuti_bersama"
  | "weekend"
  | "ramadan_hours"
  | "office_day";

/** One member on one date. Hours are Asia/Jakarta wall-clock `HH:mm`; `null` when not working. */
export interface Assignment {
  date: IsoDate;
  mode: AssignmentMode;
  location: LocationKind | null;
  start: string | null;
  end: string | null;
  breakMinutes: number;
  /** Minutes worked at the office (or on official travel), excluding breaks. */
  regularMinutes: number;
  /** Minutes worked at a flexible location, excluding breaks (Perpres 21/2023 Pasal 9: the hours still hold). */
  flexibleMinutes: number;
  /** Minutes excused by leave. */
  excusedMinutes: number;
  /** Core window to be reachable on a flexible day (policy `flexibleDayCoreWindow`), else null. */
  coreStart: string | null;
  coreEnd: string | null;
  reasons: AssignmentReason[];
}

/** One member's totals for one ISO week (the part inside the period). */
export interface MemberWeek {
  /** Monday of the ISO week. */
  start: IsoDate;
  split: "none" | "cut_at_start" | "cut_at_end" | "cut_at_both";
  /** All flexible-location days (individual MKD days + collective days). */
  flexibleDays: number;
  /** Flexible days chosen or pinned for this member that use the weekly cap (not collective, not national FWA). */
  mkdFlexibleDays: number;
  /**
   * Flexible days ordered or opened above the member's own MKD: collective days, and national flexible-work days
   * (in either reading of option `nationalFlexibleWorkDays`).
   */
  collectiveDays: number;
  /**
   * Collective days that use the member's cap (policy `countsTowardCap`), including one on which the member was kept
   * on site to hold a role's minimum (the day's place in the cap does not depend on who keeps the desk).
   */
  collectiveDaysCounted: number;
  /** Cap of this week: min(granted, policy cap), shared across a cut week by flexibleCapForWeek. */
  cap: number;
  officeDays: number;
  travelDays: number;
  leaveDays: number;
  /** Regular + flexible minutes. */
  workedMinutes: number;
  excusedMinutes: number;
  /** Minutes the calendar requires this week (policy hours of the working days inside the period). */
  requiredMinutes: number;
}

/** One member's schedule. */
export interface ScheduleMember {
  id: string;
  name: string | null;
  roles: string[];
  /** The role whose minimum this member counts toward (first listed role with a minimum), or null. */
  coverageRole: string | null;
  grantedFlexibleDays: number;
  assignments: Assignment[];
  weeks: MemberWeek[];
}

/** The unit on one date. */
export interface ScheduleDay {
  date: IsoDate;
  weekday: Weekday;
  kind: "working" | "weekend" | "national_holiday" | "cuti_bersama";
  /**
   * The collective flexible day in force for this unit, or `national_flexible_work_day` when option
   * `nationalFlexibleWorkDays` is `collective`; else null (also on a national flexible-work day in the default
   * `allowed` reading, where coverage applies and the assignments carry the reason `national_flexible_work_day`).
   */
  collective: "collective_flexible_day" | "national_flexible_work_day" | null;
  /** A national flexible-work day of the calendar (SE MenPANRB), whichever reading the schedule applied. */
  nationalFlexibleWorkDay: boolean;
  ramadan: boolean;
  anchor: boolean;
  onSite: number;
  flexible: number;
  onLeave: number;
  onTravel: number;
  /** Least on site required this day (0 on non-working and collective days). */
  requiredOnSite: number;
  /**
   * Most members who may be on a flexible-location day this day under the policy's `maximumFlexibleShare` (a share
   * of the members working that day), or null when the policy sets no such limit, on collective days and on
   * non-working days. Always present in generateSchedule's output (optional for schedules built by hand).
   */
  maxFlexible?: number | null;
  /** `jurisdiction@version` of the policy in force this day (always present in generateSchedule's output). */
  policyVersion?: string;
  /** Least on site per role this day. */
  requiredOnSiteByRole: Record<string, number>;
  onSiteByRole: Record<string, number>;
  /** Seats (null when the unit gave none). */
  seatCapacity: number | null;
}

/** A message in both languages. */
export interface Bilingual {
  id: string;
  en: string;
}

/** Codes of the hard constraints the compliance report lists. */
export type HardConstraintCode =
  | "flexible_day_cap"
  | "coverage_minimum"
  | "role_coverage_minimum"
  | "seat_capacity"
  | "overrides_respected"
  | "non_working_days_free"
  | "weekly_hours"
  | "mandatory_office_weekdays"
  | "collective_days_applied"
  | "maximum_flexible_share";

/** One violation found by the checker (empty in a schedule returned by generateSchedule). */
export interface ConstraintViolation {
  constraint: HardConstraintCode;
  memberId: string | null;
  date: IsoDate | null;
  weekStart: IsoDate | null;
  /** What was found and what was allowed, e.g. `{ flexibleDays: 3, cap: 2 }`. */
  params: Record<string, string | number>;
}

/** One hard constraint with its evidence. */
export interface HardConstraintResult {
  code: HardConstraintCode;
  held: boolean;
  /** How many member-days, member-weeks or days were checked. */
  checked: number;
  /** Numbers backing the verdict (e.g. the tightest day's margin). */
  evidence: Record<string, string | number>;
  message: Bilingual;
  violations: ConstraintViolation[];
}

/** Codes of the soft goals. */
export type SoftGoalCode =
  | "preferred_weekdays"
  | "popular_day_fairness"
  | "anchor_days_together"
  | "pattern_stability"
  | "granted_days_used";

/** One soft goal: score out of max (higher is better) and the members it did not serve fully. */
export interface SoftGoalResult {
  code: SoftGoalCode;
  score: number;
  max: number;
  /** Members not fully served by this goal, sorted by id. */
  affected: string[];
  evidence: Record<string, string | number>;
  message: Bilingual;
}

/**
 * The policy that governed one ISO week of the schedule (issue 9 item 6: the report names the version for each
 * week). A week with days under two versions lists both and applies the smaller cap to the whole week.
 */
export interface ComplianceWeek {
  /** Monday of the ISO week. */
  start: IsoDate;
  /** `jurisdiction@version` of each version in force on the week's days inside the period, in date order. */
  versions: string[];
  /** Policy cap of flexible-location days applied to the whole ISO week (before a cut week is shared). */
  policyCap: number;
  message: Bilingual;
}

/** The compliance report. */
export interface ComplianceReport {
  /** `compliant` when every hard constraint held. */
  verdict: "compliant" | "violations";
  hard: HardConstraintResult[];
  soft: SoftGoalResult[];
  /** The version and cap of each week (always present in generateSchedule's output). */
  weeks?: ComplianceWeek[];
}

/** The policy a schedule was made under. */
export interface SchedulePolicyRef {
  jurisdiction: string;
  version: string;
  /** `jurisdiction@version` of every document in the chain, base first. */
  chain: string[];
  title: Bilingual;
  asOf: IsoDate;
  /** When the policy data was last checked against its instruments (`ResolvedPolicy.reviewedOn`). */
  reviewedOn?: IsoDate | undefined;
  /**
   * The policy's own warnings (`ResolvedPolicy.warnings`), e.g. `policy_rule_end_unconfirmed` when a
   * collective day comes from a reported instrument whose end is not confirmed (the national Friday).
   */
  warnings?: Issue[] | undefined;
  maxFlexibleDaysPerWeek: number;
  /** Whether a collective flexible day uses a person's weekly cap, per weekday in force. */
  collectiveDaysCountTowardCap: Record<string, boolean>;
  /** The document that decided: shipped or supplied, its content hash, and whether the national law is the shipped one. */
  decidedBy: PolicyDecidedBy;
}

/** A policy version with the dates of the period it governed. */
export interface SchedulePolicySpan extends SchedulePolicyRef {
  from: IsoDate;
  to: IsoDate;
}

/** A complete schedule. */
export interface Schedule {
  unit: { id: string; name: string | null; kind: string; seatCapacity: number | null };
  period: { from: IsoDate; to: IsoDate };
  /** The policy in force on `asOf` (default: the period's first day). */
  policy: SchedulePolicyRef;
  /**
   * Every version in force during the period, in date order, with the dates each governed (one when none changed).
   * Always present in generateSchedule's output (optional for schedules built by hand).
   */
  policies?: SchedulePolicySpan[];
  /** True when the calendar used estimated holidays. */
  estimated: boolean;
  /**
   * The legal bases of the holiday and Ramadan tables the calendar used: the shipped decrees and circulars, and the
   * caller's own `sources` for the holidays it supplied. Always present in generateSchedule's output.
   */
  calendarSources?: LegalBasis[];
  members: ScheduleMember[];
  days: ScheduleDay[];
  compliance: ComplianceReport;
}

/**
 * Why no schedule exists, in the user's terms, with a counting certificate the checker re-verifies.
 * `required` > `possible` on the named day(s) whatever the generator does.
 */
export interface ScheduleConflict {
  code: ScheduleConflictCode;
  /** Dates involved (one day, or the days of a week whose seats cannot be freed together). */
  dates: IsoDate[];
  weekStart: IsoDate | null;
  role: string | null;
  /** What must hold (e.g. on site at least 5; at least 12 away to fit 30 seats). */
  required: number;
  /** The most any schedule can reach. */
  possible: number;
  /** The people behind the numbers. */
  members: {
    onLeave: string[];
    onTravel: string[];
    pinnedFlexible: string[];
    pinnedOffice: string[];
    /** Members who cannot be flexible (no MKD, cap used, mandatory office weekday). */
    mustBeOnSite: string[];
    other: string[];
  };
  /**
   * For `seats_cannot_be_freed`: role-days whose own on-site minimum limits how many may be away (part of the
   * counting certificate: `possible` = sum over members of min(weekly flexible days left, free days among
   * `dates` not in this list) + sum of these role-days' away allowances).
   */
  limitedRoleDays: { role: string; date: IsoDate }[];
  params: Record<string, string | number>;
  message: Bilingual;
}

/** Codes of conflicts. */
export type ScheduleConflictCode =
  | "coverage_unreachable"
  | "role_coverage_unreachable"
  | "seat_capacity_exceeded"
  | "seats_cannot_be_freed"
  | "pins_exceed_cap"
  | "pin_on_mandatory_office_weekday"
  | "override_on_non_working_day"
  | "flexible_share_exceeded";

/** Result of {@link generateSchedule}: a schedule, or the exact reasons none exists. */
export type ScheduleResult =
  | { status: "scheduled"; schedule: Schedule }
  | {
      status: "infeasible";
      unit: Schedule["unit"];
      period: Schedule["period"];
      policy: SchedulePolicyRef;
      policies: SchedulePolicySpan[];
      conflicts: ScheduleConflict[];
    };

/** Result of {@link checkSchedule}. */
export interface ScheduleCheck {
  ok: boolean;
  hard: HardConstraintResult[];
  violations: ConstraintViolation[];
}

/** Whether recounting confirmed one conflict of an infeasible result. */
export interface ConflictConfirmation {
  code: string;
  dates: IsoDate[];
  confirmed: boolean;
}

/**
 * What {@link checkSchedule} and {@link checkRoster} return: every hard constraint with its evidence and violations;
 * for an infeasible result, which conflicts recounting confirmed (`ok` when all were).
 */
export interface ScheduleCheckReport extends ScheduleCheck {
  conflicts: ConflictConfirmation[];
}
