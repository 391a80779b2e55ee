/**
 * What both the generator and the independent checker read from the input: the parsed input, the policy in force on
 * each day of the period and the working calendar. Only reading happens here; neither the scheduling model nor the
 * constraint counting lives in this file, so the checker shares no decision logic with the solver.
 *
 * Internal module, not public API. (Not tagged internal: on a file header, stripInternal drops the first statement.)
 */
import { flexibleCapForWeek, periodBounds, workingCalendar } from "../calendar/index.js";
import type { CalendarWeek, HolidayEntry, WorkingCalendar, WorkingCalendarOptions } from "../calendar/types.js";
import { shippedPolicies } from "../policy/chain.js";
import {
  describeChain,
  isPreparedPolicy,
  policyInForce,
  trustedResolvedPolicy,
  unpreparedPolicyIssue,
  type PreparedPolicy,
  type ResolvedPolicy,
} from "../policy/in-force.js";
import type { LegalBasis, PolicyDocument } from "../policy/schema.js";
import { MkdError, parseWith } from "../core/errors.js";
import { scheduleMessages } from "../i18n/messages/schedule.js";
import { addDays, toEpochDay, type IsoDate } from "../core/dates.js";
import { scheduleInputSchema, type ParsedScheduleInput } from "./schema.js";
import type { Schedule, SchedulePolicyRef, SchedulePolicySpan } from "./types.js";

/** One stretch of the period under one policy version (the chain in force did not change inside it). */
export interface PolicySegment {
  from: IsoDate;
  to: IsoDate;
  policy: ResolvedPolicy;
}

/** Parsed input with the policy of every day and the calendar. */
export interface ScheduleContext {
  input: ParsedScheduleInput;
  /** The policy the schedule is headed with: the one in force on `asOf` (default: the period's first day). */
  policy: ResolvedPolicy;
  /** The versions in force over the period, in date order; one entry when nothing changes inside the period. */
  segments: PolicySegment[];
  /** Per calendar day (index into `calendar.days`): index into `segments`. */
  segmentOfDay: Int32Array;
  calendar: WorkingCalendar;
  from: IsoDate;
  to: IsoDate;
}

// A resolved policy that is exactly what the shipped law gives for its jurisdiction and date stands for that
// jurisdiction's law, so the schedule can follow it from day to day. Remembered per object: callers (the CLI, the
// benchmark) pass the same resolved policy for many units.
const shippedLaw = new WeakMap<object, boolean>();
function isShippedLaw(policy: ResolvedPolicy): boolean {
  let known = shippedLaw.get(policy);
  if (known === undefined) {
    try {
      const fresh = policyInForce(policy.jurisdiction, policy.asOf);
      known =
        describeChain(fresh.chain) === describeChain(policy.chain) &&
        JSON.stringify(fresh.parameters) === JSON.stringify(policy.parameters);
    } catch {
      known = false;
    }
    shippedLaw.set(policy, known);
  }
  return known;
}

/** The first day and the day after the last of every document that could change what is in force. */
function boundaryDates(documents: readonly PolicyDocument[]): IsoDate[] {
  const out: IsoDate[] = [];
  for (const doc of [...shippedPolicies(), ...documents]) {
    out.push(doc.effectiveFrom);
    if (doc.effectiveUntil !== undefined && !Number.isNaN(toEpochDay(doc.effectiveUntil)))
      out.push(addDays(doc.effectiveUntil, 1));
  }
  return out;
}

/**
 * What the schedule follows from day to day: a shipped jurisdiction or a prepared policy, or a caller's own resolved
 * policy applied as given to every day. A resolved policy (in code or in a schedule input file) is trusted only when
 * this library returned it unmodified or it equals the shipped resolution (issue 10): its parameters are never read
 * on trust. A policy document is refused (`policy_not_prepared`): preparePolicy validates it once.
 */
function policySource(input: ParsedScheduleInput): string | PreparedPolicy | ResolvedPolicy {
  if (input.policy === undefined) return input.jurisdiction!;
  if (isPreparedPolicy(input.policy)) return input.policy;
  const trusted = trustedResolvedPolicy(input.policy, ["policy"]);
  if (trusted) return isShippedLaw(trusted) ? trusted.jurisdiction : trusted;
  throw new MkdError(
    "invalid_schedule_input",
    { count: 1 },
    [unpreparedPolicyIssue(input.policy, ["policy"])],
    scheduleMessages,
  );
}

/**
 * The versions in force from `from` to `to`. Issue 9 item 6: the cap, the collective days and the hours of each day
 * come from the version in force that day, also when a version starts inside a week or a month (PermenPANRB 4/2025
 * took effect on Monday 2025-04-21, inside April). What is in force can only change where some document starts or
 * ends, so the policy is resolved at the period's first day and at each such date inside the period.
 */
function policySegments(source: string | PreparedPolicy | ResolvedPolicy, from: IsoDate, to: IsoDate): PolicySegment[] {
  if (typeof source === "object" && !isPreparedPolicy(source)) return [{ from, to, policy: source }];
  const supplied =
    typeof source === "string" ? [] : [...(source.document ? [source.document] : []), ...source.documents];
  const dates = [...new Set(boundaryDates(supplied).filter((d) => d > from && d <= to))].sort();
  const segments: PolicySegment[] = [{ from, to, policy: policyInForce(source, from) }];
  for (const date of dates) {
    const policy = policyInForce(source, date);
    const last = segments.at(-1)!;
    if (describeChain(policy.chain) === describeChain(last.policy.chain)) continue;
    last.to = addDays(date, -1);
    segments.push({ from: date, to, policy });
  }
  return segments;
}

/** Key of what a calendar reads from a policy: the hours. */
function hoursKey(policy: ResolvedPolicy): string {
  const s = policy.parameters.schedule;
  return JSON.stringify([s.workingWeek.value, s.ramadanHours.value]);
}

/**
 * The working calendar of the period with each day's hours from the version in force that day: the calendar of the
 * first version, with the days of every later version whose hours differ taken from that version's own calendar,
 * and the weeks' required minutes summed again.
 */
function stitchedCalendar(
  segments: readonly PolicySegment[],
  period: ParsedScheduleInput["period"],
  options: WorkingCalendarOptions,
): WorkingCalendar {
  const calendar = workingCalendar(segments[0]!.policy, period, options);
  const firstKey = hoursKey(segments[0]!.policy);
  let changed = false;
  const start = toEpochDay(calendar.from);
  for (const segment of segments.slice(1)) {
    if (hoursKey(segment.policy) === firstKey) continue;
    const part = workingCalendar(segment.policy, { from: segment.from, to: segment.to }, options);
    const offset = toEpochDay(segment.from) - start;
    part.days.forEach((day, i) => (calendar.days[offset + i] = day));
    changed = true;
  }
  if (changed) {
    const byDate = new Map(calendar.days.map((d) => [d.date, d]));
    for (const week of calendar.weeks as CalendarWeek[]) {
      const working = week.dates.map((d) => byDate.get(d)!).filter((d) => d.isWorkingDay);
      week.workingDates = working.map((d) => d.date);
      week.requiredMinutes = working.reduce((sum, d) => sum + d.workMinutes, 0);
    }
  }
  return calendar;
}

/** Calendar errors about the caller's tables, with paths from the schedule input's root (`holidays.2.sources.0`). */
function withInputPaths(error: unknown): never {
  if (error instanceof MkdError && error.code === "calendar_invalid_options") {
    const issues = error.issues.map((x) => ({ ...x, path: x.path[0] === "options" ? x.path.slice(1) : x.path }));
    throw new MkdError("invalid_schedule_input", { count: issues.length }, issues, scheduleMessages);
  }
  throw error;
}

/** Parses the input (MkdError `invalid_schedule_input` with paths), resolves the policy of every day and builds the calendar. */
export function buildContext(raw: unknown): ScheduleContext {
  const input = parseWith(scheduleInputSchema, raw, "invalid_schedule_input", [], scheduleMessages);
  const { from, to } = periodBounds(input.period);
  const source = policySource(input);
  const segments = policySegments(source, from, to);
  const asOf = input.asOf ?? from;
  const atAsOf = segments.find((s) => s.from <= asOf && asOf <= s.to);
  const policy = atAsOf
    ? atAsOf.policy
    : typeof source === "object" && !isPreparedPolicy(source)
      ? source
      : policyInForce(source, asOf);
  const options: WorkingCalendarOptions = {};
  if (input.holidays) options.holidays = input.holidays as HolidayEntry[];
  if (input.sources) options.sources = input.sources as LegalBasis[];
  if (input.allowEstimates !== undefined) options.allowEstimates = input.allowEstimates;
  let calendar: WorkingCalendar;
  try {
    calendar = stitchedCalendar(segments, input.period, options);
  } catch (error) {
    withInputPaths(error);
  }
  const segmentOfDay = new Int32Array(calendar.days.length);
  let s = 0;
  calendar.days.forEach((day, i) => {
    while (day.date > segments[s]!.to) s++;
    segmentOfDay[i] = s;
  });
  return { input, policy, segments, segmentOfDay, calendar, from, to };
}

/** The granted flexible days of a member input (a number or a decision carrying it). */
export function grantedOf(value: number | { grantedFlexibleDays: number }): number {
  return typeof value === "number" ? value : value.grantedFlexibleDays;
}

/**
 * How national flexible-work days are read (option `nationalFlexibleWorkDays`, default `allowed`: SE MenPANRB 2/2025
 * and 2/2026 say agencies "dapat" (may) combine WFO, WFH and WFA, the head of agency dividing the staff, without
 * disrupting public service: a permission, not an order).
 */
export function nationalFlexibleWorkDaysMode(input: ParsedScheduleInput): "allowed" | "collective" {
  return input.options?.nationalFlexibleWorkDays ?? "allowed";
}

/** The policy reference every schedule and conflict report carries. */
export function policyRef(policy: ResolvedPolicy): SchedulePolicyRef {
  const countsTowardCap: Record<string, boolean> = {};
  for (const c of policy.parameters.schedule.collectiveFlexibleDays.value)
    countsTowardCap[c.weekday] = c.countsTowardCap;
  return {
    jurisdiction: policy.jurisdiction,
    version: policy.version,
    chain: describeChain(policy.chain).split(" > "),
    title: { id: policy.title.id, en: policy.title.en },
    asOf: policy.asOf,
    reviewedOn: policy.reviewedOn,
    warnings: [...policy.warnings],
    maxFlexibleDaysPerWeek: policy.parameters.schedule.maxFlexibleDaysPerWeek.value,
    collectiveDaysCountTowardCap: countsTowardCap,
    decidedBy: policy.decidedBy,
  };
}

/** The versions a schedule was made under, each with the dates it covered. */
export function policySpans(ctx: ScheduleContext): SchedulePolicySpan[] {
  return ctx.segments.map((s) => ({ from: s.from, to: s.to, ...policyRef(s.policy) }));
}

/** The unit summary of a schedule. */
export function unitRef(input: ParsedScheduleInput): Schedule["unit"] {
  return {
    id: input.unit.id,
    name: input.unit.name ?? null,
    kind: input.unit.kind,
    seatCapacity: input.unit.seatCapacity ?? null,
  };
}

/**
 * The segments whose days fall in a week (indices into `ctx.segments`, ascending): a week under more than one
 * version takes the smallest of their caps (see {@link weekPolicyCap}).
 */
export function segmentsOfWeek(ctx: ScheduleContext, dayIndices: readonly number[]): number[] {
  const out: number[] = [];
  for (const di of dayIndices) {
    const s = ctx.segmentOfDay[di]!;
    if (out.at(-1) !== s) out.push(s);
  }
  return out;
}

/**
 * The policy cap of flexible-location days for one week (PermenPANRB 4/2025 Pasal 13(1) counts per week). A week
 * under two versions takes the smaller cap: the week is the unit the cap counts in, and applying the larger one would
 * let the days before a stricter rule starts exceed it inside the same week. Shared over a cut week by
 * `flexibleCapForWeek`.
 */
export function weekPolicyCap(ctx: ScheduleContext, week: CalendarWeek, segmentIndices: readonly number[]): number {
  let cap = Infinity;
  for (const s of segmentIndices)
    cap = Math.min(cap, ctx.segments[s]!.policy.parameters.schedule.maxFlexibleDaysPerWeek.value);
  return flexibleCapForWeek(cap === Infinity ? 0 : cap, week);
}

export { flexibleCapForWeek };
