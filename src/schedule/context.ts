/**
 * What both the generator and the independent checker read from the input: the parsed input, the resolved policy
 * and the working calendar. Only reading happens here; neither the scheduling model nor the constraint counting
 * lives in this file, so the checker shares no decision logic with the solver.
 *
 * @internal
 */
import { flexibleCapForWeek, periodBounds, workingCalendar } from "../calendar/index.js";
import type { HolidayEntry, WorkingCalendar } from "../calendar/types.js";
import { describeChain, resolvePolicy, type ResolvedPolicy } from "../policy/resolve.js";
import { parseWith } from "../core/errors.js";
import type { IsoDate } from "../core/dates.js";
import { scheduleInputSchema, type ParsedScheduleInput } from "./schema.js";
import type { Schedule, SchedulePolicyRef } from "./types.js";

/** Parsed input with its policy and calendar. */
export interface ScheduleContext {
  input: ParsedScheduleInput;
  policy: ResolvedPolicy;
  calendar: WorkingCalendar;
  from: IsoDate;
  to: IsoDate;
}

function isResolvedPolicy(value: unknown): value is ResolvedPolicy {
  return (
    typeof value === "object" &&
    value !== null &&
    Array.isArray((value as ResolvedPolicy).chain) &&
    typeof (value as ResolvedPolicy).asOf === "string" &&
    typeof (value as ResolvedPolicy).parameters === "object"
  );
}

/** Parses the input (MkdError `invalid_schedule_input` with paths), resolves the policy and builds the calendar. */
export function buildContext(raw: unknown): ScheduleContext {
  const input = parseWith(scheduleInputSchema, raw, "invalid_schedule_input");
  const { from, to } = periodBounds(input.period);
  const asOf = input.asOf ?? from;
  const documents = input.documents ?? [];
  const policy = isResolvedPolicy(input.policy)
    ? input.policy
    : resolvePolicy(input.policy !== undefined ? input.policy : input.jurisdiction!, asOf, { documents });
  const options: { holidays?: HolidayEntry[]; allowEstimates?: boolean } = {};
  if (input.holidays) options.holidays = input.holidays as HolidayEntry[];
  if (input.allowEstimates !== undefined) options.allowEstimates = input.allowEstimates;
  const calendar = workingCalendar(policy, input.period, options);
  return { input, policy, calendar, from, to };
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
  for (const c of policy.parameters.schedule.collectiveFlexibleDays.value) countsTowardCap[c.weekday] = c.countsTowardCap;
  return {
    jurisdiction: policy.jurisdiction,
    version: policy.version,
    chain: describeChain(policy.chain).split(" > "),
    title: { id: policy.title.id, en: policy.title.en },
    asOf: policy.asOf,
    reviewedOn: policy.reviewedOn,
    maxFlexibleDaysPerWeek: policy.parameters.schedule.maxFlexibleDaysPerWeek.value,
    collectiveDaysCountTowardCap: countsTowardCap,
  };
}

/** The unit summary of a schedule. */
export function unitRef(input: ParsedScheduleInput): Schedule["unit"] {
  return { id: input.unit.id, name: input.unit.name ?? null, kind: input.unit.kind, seatCapacity: input.unit.seatCapacity ?? null };
}

export { flexibleCapForWeek };
