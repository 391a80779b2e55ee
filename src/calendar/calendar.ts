/**
 * The working calendar: for a period, every date in Asia/Jakarta with its kind (working day, weekend,
 * national holiday, cuti bersama), national flexible-work days, Ramadan, office hours from the policy,
 * and the ISO weeks the weekly rules count in.
 *
 * All arithmetic is on calendar dates (epoch days), never on the process clock or time zone, so the same
 * input gives the same calendar under any `TZ`.
 */
import * as z from "zod/mini";
import {
  fromEpochDay,
  daysInMonth,
  isIsoDate,
  isIsoMonth,
  monthBounds,
  toEpochDay,
  weekdayIndex,
  WEEKDAYS,
  type IsoDate,
  type Weekday,
} from "../core/dates.js";
import { issue, MkdError, parseWith, type Issue } from "../core/errors.js";
import type { ResolvedPolicy } from "../policy/resolve.js";
import { legalBasisSchema, provenanceSchema, type LegalBasis } from "../policy/citation.js";
import type { DayHours, WeekHours } from "../policy/schema.js";
import {
  calendarBases,
  copyEntry,
  estimatedFixedHolidays,
  estimatedRamadan,
  isCalendarSourceId,
  OFFICIAL_HOLIDAY_YEARS,
  shippedEntries,
  shippedRamadan,
} from "./holidays.js";
import type {
  CalendarDay,
  CalendarWeek,
  DayKind,
  HolidayEntry,
  Period,
  RamadanPeriod,
  WorkingCalendar,
  WorkingCalendarOptions,
} from "./types.js";

/**
 * The longest period one call builds (about ten years): a guard against a mistyped year.
 *
 * @example
 * ```ts
 * MAX_CALENDAR_DAYS; // 3660
 * ```
 */
export const MAX_CALENDAR_DAYS = 3660;

// ---------------------------------------------------------------------------------------------------
// Input validation.

const isoDate = z
  .string()
  .check(z.refine(isIsoDate, { params: { code: "input_invalid_format", params: { format: "YYYY-MM-DD" } } }));
const sourceId = z.string().check(z.minLength(1));

/**
 * The zod schema of a caller's {@link HolidayEntry} (shared with the schedule input, whose `holidays` are these).
 *
 * @example
 * ```ts
 * holidayEntrySchema.safeParse({ date: "2027-06-10", kind: "national_holiday", name: { id: "Hari Jadi", en: "Anniversary" },
 *   provenance: "official", sources: ["perbup-12-2027"] }).success; // true
 * ```
 */
export const holidayEntrySchema = z.strictObject({
  date: isoDate,
  kind: z.enum(["national_holiday", "cuti_bersama", "national_flexible_work_day"]),
  name: z.strictObject({ id: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) }),
  provenance: provenanceSchema,
  sources: z.array(sourceId).check(z.minLength(1)),
  estimated: z.optional(z.boolean()),
  note: z.optional(z.string()),
});

const ramadanSchema = z
  .strictObject({
    year: z.number().check(z.int(), z.gte(1900), z.lte(9999)),
    from: isoDate,
    to: isoDate,
    provenance: provenanceSchema,
    sources: z.array(sourceId).check(z.minLength(1)),
    note: z.optional(z.string()),
  })
  .check(
    z.superRefine((r, ctx) => {
      if (isIsoDate(r.from) && isIsoDate(r.to) && r.from > r.to) {
        ctx.addIssue({
          code: "custom",
          path: ["to"],
          params: { code: "calendar_ramadan_reversed", params: { from: r.from, to: r.to } },
        });
      }
    }),
  );

const optionsSchema = z.optional(
  z.strictObject({
    holidays: z.optional(z.array(holidayEntrySchema)),
    allowEstimates: z.optional(z.boolean()),
    ramadan: z.optional(z.array(ramadanSchema)),
    sources: z.optional(z.array(legalBasisSchema)),
  }),
);

function parseOptions(options: unknown): WorkingCalendarOptions {
  // Fast path for the common call (no caller tables): a schedule builds one calendar per month.
  if (options === undefined) return {};
  if (typeof options === "object" && options !== null && !Array.isArray(options)) {
    const keys = Object.keys(options);
    const allowEstimates = (options as { allowEstimates?: unknown }).allowEstimates;
    if (keys.length === 0) return {};
    if (keys.length === 1 && keys[0] === "allowEstimates" && typeof allowEstimates === "boolean")
      return { allowEstimates };
  }
  const parsed = parseWith(optionsSchema, options, "calendar_invalid_options", ["options"]) ?? {};
  const issues: Issue[] = [];
  // Two caller entries on one date would leave the day's kind to the order of the list: refuse.
  const seen = new Map<string, number>();
  (parsed.holidays ?? []).forEach((h, i) => {
    const first = seen.get(h.date);
    if (first === undefined) seen.set(h.date, i);
    else
      issues.push(
        issue("calendar_holiday_duplicate", ["options", "holidays", i, "date"], { date: h.date, kind: h.kind, first }),
      );
  });
  // Every source a caller entry cites must be a shipped calendar source or one the caller passes.
  const known = new Set((parsed.sources ?? []).map((s) => s.id));
  const checkSources = (list: "holidays" | "ramadan", sources: readonly string[], i: number) =>
    sources.forEach((id, j) => {
      if (!known.has(id) && !isCalendarSourceId(id)) {
        issues.push(issue("calendar_unknown_source", ["options", list, i, "sources", j], { id }));
      }
    });
  (parsed.holidays ?? []).forEach((h, i) => checkSources("holidays", h.sources, i));
  (parsed.ramadan ?? []).forEach((r, i) => checkSources("ramadan", r.sources, i));
  if (issues.length > 0) throw new MkdError("calendar_invalid_options", { count: issues.length }, issues);
  return parsed as WorkingCalendarOptions;
}

/**
 * The first and last date of a period, validated (a month or an inclusive range).
 *
 * @example
 * ```ts
 * periodBounds("2026-02"); // { from: "2026-02-01", to: "2026-02-28" }
 * periodBounds({ from: "2026-03-16", to: "2026-03-27" }); // the same range
 * ```
 */
export function periodBounds(period: Period): { from: IsoDate; to: IsoDate } {
  if (typeof period === "string") {
    if (!isIsoMonth(period))
      throw new MkdError("calendar_invalid_period", {}, [issue("invalid_month", ["period"], { value: period })]);
    return monthBounds(period);
  }
  if (typeof period !== "object" || period === null || Array.isArray(period)) {
    throw new MkdError("calendar_invalid_period", {}, [
      issue("input_invalid_type", ["period"], { expected: "YYYY-MM | { from, to }" }),
    ]);
  }
  const { from, to } = period as { from?: unknown; to?: unknown };
  const issues: Issue[] = [];
  if (!isIsoDate(from)) issues.push(issue("invalid_date", ["period", "from"], { value: String(from) }));
  if (!isIsoDate(to)) issues.push(issue("invalid_date", ["period", "to"], { value: String(to) }));
  const extra = Object.keys(period).filter((k) => k !== "from" && k !== "to");
  if (extra.length > 0) issues.push(issue("input_unrecognized_key", ["period"], { keys: extra }));
  if (issues.length > 0) throw new MkdError("calendar_invalid_period", {}, issues);
  if ((from as string) > (to as string)) {
    throw new MkdError("calendar_period_reversed", { from, to }, [
      issue("calendar_period_reversed", ["period", "to"], { from, to }),
    ]);
  }
  return { from: from as IsoDate, to: to as IsoDate };
}

interface ScheduleView {
  workingWeek: WeekHours;
  ramadanWeek: WeekHours;
}

function scheduleOf(policy: ResolvedPolicy): ScheduleView {
  const schedule = (policy as { parameters?: { schedule?: Record<string, { value?: unknown } | undefined> } } | null)
    ?.parameters?.schedule;
  const workingWeek = schedule?.workingWeek?.value as WeekHours | undefined;
  const ramadanWeek = (schedule?.ramadanHours?.value as { week?: WeekHours } | undefined)?.week;
  const issues: Issue[] = [];
  if (typeof workingWeek !== "object" || workingWeek === null)
    issues.push(issue("input_required", ["policy", "parameters", "schedule", "workingWeek"]));
  if (typeof ramadanWeek !== "object" || ramadanWeek === null)
    issues.push(issue("input_required", ["policy", "parameters", "schedule", "ramadanHours"]));
  if (issues.length > 0) throw new MkdError("calendar_invalid_policy", {}, issues);
  return { workingWeek: workingWeek!, ramadanWeek: ramadanWeek! };
}

// ---------------------------------------------------------------------------------------------------
// The calendar.

/**
 * Every date from `from` for `count` days, built by counting rather than through `Date`: building the
 * strings was most of the cost of a year's calendar.
 */
function datesFrom(from: IsoDate, count: number): IsoDate[] {
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  let d = Number(from.slice(8, 10));
  const out: IsoDate[] = new Array<IsoDate>(count);
  const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
  let ym = `${String(y).padStart(4, "0")}-${pad(m)}-`;
  let monthLength = daysInMonth(y, m);
  for (let i = 0; i < count; i++) {
    out[i] = ym + pad(d);
    if (++d > monthLength) {
      d = 1;
      if (++m > 12) {
        m = 1;
        y++;
      }
      ym = `${String(y).padStart(4, "0")}-${pad(m)}-`;
      monthLength = daysInMonth(y, m);
    }
  }
  return out;
}

function minutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

function workMinutesOf(h: DayHours): number {
  return Math.max(0, minutes(h.end) - minutes(h.start) - h.breakMinutes);
}

/** Which of the seven ISO weekdays (index 0 = Monday) the policy schedules as working days. */
function scheduledMask(week: WeekHours): boolean[] {
  return WEEKDAYS.map((d) => week[d] !== null && week[d] !== undefined);
}

/** A non-working kind beats a working one: a holiday on a Saturday is shown as the holiday it is. */
function kindOf(entry: HolidayEntry | undefined, scheduled: boolean): DayKind {
  if (entry?.kind === "national_holiday") return "national_holiday";
  if (entry?.kind === "cuti_bersama") return "cuti_bersama";
  return scheduled ? "working" : "weekend";
}

/**
 * The working calendar of a period under a resolved policy.
 *
 * Working days come from the policy's working week (Perpres 21/2023: Monday-Friday) minus national
 * holidays and cuti bersama for ASN from the official tables (2025, 2026). National flexible-work days
 * (e.g. 16, 17, 25, 26, 27 March 2026, SE Menteri PANRB 2/2026) stay working days with
 * `nationalFlexibleWorkDay: true`. Days inside a Ramadan period (the government's isbat dates) take the
 * policy's `schedule.ramadanHours.week`.
 *
 * A year without an official table throws `calendar_year_unavailable`, unless `options.holidays` has
 * entries in that year (they are its table) or `options.allowEstimates` is true: then only the certain
 * fixed-date holidays (01-01, 05-01, 06-01, 08-17, 12-25) are added, every day of that year is marked
 * `estimated`, and moving holidays and cuti bersama are not invented. Only the years of the period's own
 * dates need a table: a December 2026 calendar never needs 2027.
 *
 * Weeks are ISO weeks (Monday-Sunday) in Asia/Jakarta; see {@link flexibleCapForWeek} for the weekly cap
 * of a week the period cuts.
 *
 * Throws {@link MkdError}: `calendar_invalid_period`, `calendar_period_reversed`, `calendar_period_too_long`,
 * `calendar_invalid_options` (with paths), `calendar_invalid_policy`, `calendar_year_unavailable`.
 *
 * @example
 * ```ts
 * const cal = workingCalendar(resolvePolicy("jabar", "2026-03-01"), "2026-03");
 * cal.days.filter((d) => d.nationalFlexibleWorkDay).map((d) => d.date);
 * // ["2026-03-16", "2026-03-17", "2026-03-25", "2026-03-26", "2026-03-27"]
 * workingCalendar(resolvePolicy("jabar", "2026-03-01"), "2027-01"); // throws calendar_year_unavailable
 * workingCalendar(resolvePolicy("jabar", "2026-03-01"), "2027-01", { allowEstimates: true }).estimated; // true
 * ```
 */
export function workingCalendar(
  policy: ResolvedPolicy,
  period: Period,
  options: WorkingCalendarOptions = {},
): WorkingCalendar {
  const { from, to } = periodBounds(period);
  const fromDay = toEpochDay(from);
  const toDay = toEpochDay(to);
  const length = toDay - fromDay + 1;
  if (length > MAX_CALENDAR_DAYS) {
    throw new MkdError("calendar_period_too_long", { days: length, maximum: MAX_CALENDAR_DAYS }, [
      issue("calendar_period_too_long", ["period"], { days: length, maximum: MAX_CALENDAR_DAYS }),
    ]);
  }
  const { workingWeek, ramadanWeek } = scheduleOf(policy);
  const opts = parseOptions(options);

  // 1. One holiday table per year of the period: official, the caller's, or estimated.
  const fromYear = Number(from.slice(0, 4));
  const toYear = Number(to.slice(0, 4));
  const callerByYear = new Map<number, HolidayEntry[]>();
  for (const h of opts.holidays ?? []) {
    const y = Number(h.date.slice(0, 4));
    const list = callerByYear.get(y) ?? [];
    list.push(h);
    callerByYear.set(y, list);
  }
  const byDate = new Map<IsoDate, HolidayEntry>();
  const holidayTables: WorkingCalendar["holidayTables"] = [];
  const estimatedYears = new Set<number>();
  const missing: number[] = [];
  const sourceIds = new Set<string>();
  const warnings: Issue[] = [];
  for (let y = fromYear; y <= toYear; y++) {
    const official = shippedEntries(y);
    const caller = callerByYear.get(y);
    if (official) {
      holidayTables.push({ year: y, origin: "official" });
      for (const e of official) {
        byDate.set(e.date, e);
        e.sources.forEach((s) => sourceIds.add(s));
      }
    } else if (caller) {
      holidayTables.push({ year: y, origin: "caller" });
    } else if (opts.allowEstimates === true) {
      holidayTables.push({ year: y, origin: "estimated" });
      estimatedYears.add(y);
      warnings.push(issue("calendar_estimated_year", ["options", "allowEstimates"], { year: y }));
      for (const e of estimatedFixedHolidays(y)) {
        byDate.set(e.date, e);
        e.sources.forEach((s) => sourceIds.add(s));
      }
    } else {
      missing.push(y);
    }
    // The caller's entries extend an official table (an entry on the same date replaces the official one).
    for (const e of caller ?? []) byDate.set(e.date, e);
  }
  if (missing.length > 0) {
    const params = { year: missing, available: OFFICIAL_HOLIDAY_YEARS };
    throw new MkdError("calendar_year_unavailable", params);
  }

  // 2. Ramadan: shipped periods, replaced year by year by the caller's.
  const callerRamadan = opts.ramadan ?? [];
  const callerRamadanYears = new Set(callerRamadan.map((r) => r.year));
  const ramadan: RamadanPeriod[] = [
    ...shippedRamadan().filter((r) => !callerRamadanYears.has(r.year)),
    ...callerRamadan,
  ];
  const ramadanRanges = ramadan.map((r) => [toEpochDay(r.from), toEpochDay(r.to), r] as const);
  for (let y = fromYear; y <= toYear; y++) {
    const yearStart = toEpochDay(`${String(y).padStart(4, "0")}-01-01`);
    const yearEnd = toEpochDay(`${String(y).padStart(4, "0")}-12-31`);
    const known = ramadanRanges.some(([a, b]) => a <= yearEnd && b >= yearStart);
    // Before the isbat, an estimate only on the caller's opt-in, marked and warned about.
    const estimate = known || opts.allowEstimates !== true ? undefined : estimatedRamadan(y);
    if (estimate) {
      ramadanRanges.push([toEpochDay(estimate.from), toEpochDay(estimate.to), estimate] as const);
      warnings.push(
        issue("calendar_ramadan_estimated", ["options", "allowEstimates"], {
          year: y,
          from: estimate.from,
          to: estimate.to,
        }),
      );
    } else if (!known) warnings.push(issue("calendar_ramadan_unknown", ["options", "ramadan"], { year: y }));
  }

  // 3. Days.
  const mask = scheduledMask(workingWeek);
  const days: CalendarDay[] = [];
  const copies = new Map<HolidayEntry, HolidayEntry>();
  const usedRamadan = new Set<RamadanPeriod>();
  let anyEstimated = false;
  const dates = datesFrom(from, length);
  // Dates before the period reach back at most to the Monday of its first week.
  let weekStartDate = fromEpochDay(fromDay - weekdayIndex(fromDay));
  for (let d = fromDay; d <= toDay; d++) {
    const date = dates[d - fromDay]!;
    const dayIndex = weekdayIndex(d);
    if (dayIndex === 0) weekStartDate = date;
    const weekday: Weekday = WEEKDAYS[dayIndex]!;
    const scheduled = mask[dayIndex]!;
    const entry = byDate.get(date);
    const kind = kindOf(entry, scheduled);
    const isWorkingDay = kind === "working";
    let inRamadan = false;
    let ramadanEstimated = false;
    for (const [a, b, r] of ramadanRanges) {
      if (d >= a && d <= b) {
        inRamadan = true;
        ramadanEstimated = r.estimated === true;
        usedRamadan.add(r);
        break;
      }
    }
    const regular = workingWeek[weekday];
    const source = isWorkingDay ? (inRamadan ? (ramadanWeek[weekday] ?? regular) : regular) : null;
    const hours = source ? { start: source.start, end: source.end, breakMinutes: source.breakMinutes } : null;
    const nationalFlexibleWorkDay = isWorkingDay && entry?.kind === "national_flexible_work_day";
    // The entry is reported only where it changed the day (a flexible-work day on a Sunday changes nothing).
    const effective =
      entry && (kind !== "working" && kind !== "weekend" ? true : nationalFlexibleWorkDay) ? entry : undefined;
    let holiday: HolidayEntry | null = null;
    if (effective) {
      holiday = copies.get(effective) ?? copyEntry(effective);
      copies.set(effective, holiday);
    }
    const estimated =
      (estimatedYears.size > 0 && estimatedYears.has(Number(date.slice(0, 4)))) ||
      effective?.estimated === true ||
      ramadanEstimated;
    anyEstimated ||= estimated;
    days.push({
      date,
      weekday,
      kind,
      isWorkingDay,
      nationalFlexibleWorkDay,
      ramadan: inRamadan,
      hours,
      workMinutes: hours ? workMinutesOf(hours) : 0,
      holiday,
      estimated,
      weekStart: weekStartDate,
    });
  }

  // 4. Weeks: ISO weeks, Monday first, as far as they lie inside the period.
  const scheduledInWeek = mask.filter(Boolean).length;
  const weeks: CalendarWeek[] = [];
  for (let i = 0; i < days.length; ) {
    const start = days[i]!.weekStart;
    const startDay = toEpochDay(start);
    const part: CalendarDay[] = [];
    while (i < days.length && days[i]!.weekStart === start) part.push(days[i++]!);
    const cutAtStart = startDay < fromDay;
    const cutAtEnd = startDay + 6 > toDay;
    let before = 0;
    for (let d = startDay; d < fromDay; d++) if (mask[d - startDay]) before++;
    const working = part.filter((p) => p.isWorkingDay);
    weeks.push({
      start,
      dates: part.map((p) => p.date),
      workingDates: working.map((p) => p.date),
      requiredMinutes: working.reduce((sum, p) => sum + p.workMinutes, 0),
      split: cutAtStart ? (cutAtEnd ? "cut_at_both" : "cut_at_start") : cutAtEnd ? "cut_at_end" : "none",
      scheduledWeekdaysInPeriod: part.filter((p) => mask[WEEKDAYS.indexOf(p.weekday)]).length,
      scheduledWeekdaysInWeek: scheduledInWeek,
      scheduledWeekdaysBeforePeriod: before,
    });
  }

  // 5. Provenance: the tables consulted, and a warning when the period leaves the policy's dates.
  for (const r of usedRamadan) r.sources.forEach((s) => sourceIds.add(s));
  const sources: LegalBasis[] = calendarBases(sourceIds);
  const shippedIds = new Set(sources.map((s) => s.id));
  for (const basis of opts.sources ?? []) if (!shippedIds.has(basis.id)) sources.push({ ...basis });
  if (from < policy.effectiveFrom || (policy.effectiveUntil !== undefined && to > policy.effectiveUntil)) {
    warnings.push(
      issue("calendar_period_outside_policy", ["period"], {
        from,
        to,
        jurisdiction: policy.jurisdiction,
        version: policy.version,
        effectiveFrom: policy.effectiveFrom,
        effectiveUntil: policy.effectiveUntil ?? "-",
      }),
    );
  }

  return {
    from,
    to,
    policy: { jurisdiction: policy.jurisdiction, version: policy.version },
    days,
    weeks,
    estimated: anyEstimated,
    sources,
    holidayTables,
    warnings,
  };
}

// ---------------------------------------------------------------------------------------------------
// The weekly cap of flexible days.

/** Rounds `num / den` (den > 0) to the nearest integer, a half going down: the tie goes to the later part. */
function roundHalfDown(num: number, den: number): number {
  return Math.ceil((2 * num - den) / (2 * den));
}

/**
 * The share of a weekly cap of flexible days (PermenPANRB 4/2025 Pasal 13(1): at most 2 flexible-location
 * days a week) that belongs to the part of an ISO week inside a period.
 *
 * A whole week gets the whole cap, whatever its holidays: holidays neither raise nor lower the cap. When
 * the period cuts the week, the cap is shared in proportion to the policy's scheduled weekdays in each
 * part, rounded to the nearest day, a tie going to the later part. The share of the part covering
 * scheduled weekdays `a` to `b` of the week's `W` is `round(cap*b/W) - round(cap*a/W)` with halves rounded
 * down, so the parts of any week always add up to exactly `cap`, and each month computes its share from
 * the policy alone, never from the other month's holidays or schedule.
 *
 * @example
 * ```ts
 * const dec = workingCalendar(resolvePolicy("jabar", "2026-12-01"), "2026-12");
 * const last = dec.weeks.at(-1)!;        // 28-31 December: 4 of the week's 5 weekdays
 * flexibleCapForWeek(2, last);           // 2 (2 x 4/5 = 1.6)
 * // January 2027 gets 2 - 2 = 0 for 1 January.
 * ```
 */
export function flexibleCapForWeek(cap: number, week: CalendarWeek): number {
  if (!Number.isInteger(cap) || cap < 0) {
    throw new MkdError("invalid_input", { count: 1 }, [issue("input_invalid", ["cap"], { detail: String(cap) })]);
  }
  if (week.split === "none") return cap;
  let total = week.scheduledWeekdaysInWeek;
  let inPart = week.scheduledWeekdaysInPeriod;
  let before = week.scheduledWeekdaysBeforePeriod ?? (week.split === "cut_at_start" ? total - inPart : 0);
  if (total <= 0) {
    // A policy with no scheduled weekday: share by calendar days so the parts still add up.
    total = 7;
    inPart = week.dates.length;
    before = week.dates.length > 0 ? toEpochDay(week.dates[0]!) - toEpochDay(week.start) : 0;
  }
  return roundHalfDown(cap * (before + inPart), total) - roundHalfDown(cap * before, total);
}
