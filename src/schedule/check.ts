/**
 * checkSchedule: an INDEPENDENT checker. It re-derives every requirement from the input, the policy and the calendar
 * by simple counting over the finished schedule (no flow, no shared model code with the generator), and confirms
 * infeasibility certificates by recounting. Integrators can run it on schedules they edited by hand.
 *
 * @module
 */
import type { Weekday, IsoDate } from "../core/dates.js";
import { type Bilingual, bilingual } from "../i18n/define.js";
import { scheduleMessages } from "../i18n/messages/schedule.js";
import type { CalendarWeek } from "../calendar/types.js";
import type { ResolvedPolicy } from "../policy/resolve.js";
import { assertScheduleShape } from "./shape.js";
import {
  buildContext,
  flexibleCapForWeek,
  grantedOf,
  nationalFlexibleWorkDaysMode,
  type ScheduleContext,
} from "./context.js";
import type {
  Assignment,
  ConstraintViolation,
  HardConstraintCode,
  HardConstraintResult,
  Schedule,
  ScheduleCheck,
  ScheduleCheckReport,
  ScheduleConflict,
  ScheduleInput,
  ScheduleResult,
} from "./types.js";

const CODES: HardConstraintCode[] = [
  "flexible_day_cap",
  "coverage_minimum",
  "role_coverage_minimum",
  "seat_capacity",
  "overrides_respected",
  "non_working_days_free",
  "weekly_hours",
  "mandatory_office_weekdays",
  "collective_days_applied",
  "maximum_flexible_share",
];

const NO_OVERRIDES: ReadonlyMap<IsoDate, "leave" | "official_travel" | "office" | "flexible"> = new Map();

/** What one policy version says for this unit, read here on its own (not from the generator's model). */
interface VersionFacts {
  /** Least share on site of the members working that day: the unit's own when it sets one, else the policy default. */
  onSiteShare: number;
  /** Largest share of the members working that day on a flexible-location day, or null. */
  flexibleShare: number | null;
  policyCap: number;
  mandatory: Set<string>;
  unitExempt: boolean;
  /** Collective weekday -> does it count toward the cap (only entries that apply to this unit). */
  collective: Partial<Record<Weekday, boolean>>;
}

function versionFacts(policy: ResolvedPolicy, unit: ScheduleContext["input"]["unit"]): VersionFacts {
  const sp = policy.parameters.schedule;
  const exempt = new Set<string>(["direct_public_service"]);
  for (const c of sp.collectiveFlexibleDays.value) for (const k of c.exemptUnitKinds) exempt.add(k);
  const collective: Partial<Record<Weekday, boolean>> = {};
  for (const c of sp.collectiveFlexibleDays.value) {
    const applies =
      !c.exemptUnitKinds.includes(unit.kind) &&
      (c.kind === "mandatory" || (unit.requestedCollectiveWeekdays ?? []).includes(c.weekday));
    if (applies) collective[c.weekday] = c.countsTowardCap;
  }
  const own = unit.minimumOnSite?.share !== undefined || unit.minimumOnSite?.headcount !== undefined;
  return {
    onSiteShare: own ? (unit.minimumOnSite?.share ?? 0) : sp.minOnSiteShare.value,
    flexibleShare: sp.maximumFlexibleShare.value,
    policyCap: sp.maxFlexibleDaysPerWeek.value,
    mandatory: new Set<string>(sp.mandatoryOfficeWeekdays.value),
    unitExempt: exempt.has(unit.kind),
    collective,
  };
}

/** Facts the checker reads from the policy of each day and the unit, each derived here on its own. */
function facts(ctx: ScheduleContext) {
  const { input } = ctx;
  const unit = input.unit;
  const perRole: Record<string, number> = {};
  for (const [r, v] of Object.entries(unit.minimumOnSite?.perRole ?? {})) if (v > 0) perRole[r] = v;
  const versions = ctx.segments.map((s) => versionFacts(s.policy, unit));
  const dayIndex = new Map(ctx.calendar.days.map((d, i) => [d.date, i]));
  return {
    headcount: unit.minimumOnSite?.headcount ?? 0,
    perRole,
    seats: unit.seatCapacity ?? null,
    fwaMode: nationalFlexibleWorkDaysMode(input),
    coverageRole: input.members.map((m) => (m.roles ?? []).find((r) => perRole[r] !== undefined) ?? null),
    overrides: input.members.map((m) =>
      m.overrides?.length ? new Map(m.overrides.map((o) => [o.date, o.kind] as const)) : NO_OVERRIDES,
    ),
    /** The version facts of a date of the period. */
    at: (date: IsoDate): VersionFacts => versions[ctx.segmentOfDay[dayIndex.get(date)!]!]!,
  };
}

type Facts = ReturnType<typeof facts>;
type DayLike = { date: IsoDate; weekday: Weekday; nationalFlexibleWorkDay: boolean; isWorkingDay: boolean };

/** Least on site of a day with `working` members not on leave or official travel. */
function requiredOnSite(f: Facts, v: VersionFacts, working: number): number {
  return Math.max(f.headcount, Math.ceil(v.onSiteShare * working - 1e-9));
}

/** Most on a flexible-location day of a day with `working` members (Infinity without a share limit). */
function flexibleLimit(v: VersionFacts, working: number): number {
  return v.flexibleShare === null ? Infinity : Math.floor(v.flexibleShare * working + 1e-9);
}

/** Whether a working day is a collective flexible day for the unit, and whether it counts toward the cap. */
function collectiveDay(f: Facts, day: DayLike): { counts: boolean } | null {
  if (!day.isWorkingDay) return null;
  const v = f.at(day.date);
  const c = v.collective[day.weekday];
  if (c !== undefined) return { counts: c };
  if (day.nationalFlexibleWorkDay && !v.unitExempt && f.fwaMode === "collective") return { counts: false };
  return null;
}

/**
 * Whether a working day is a national flexible-work day each member of the unit may take flexibly without using the
 * weekly cap (`allowed` reading): not an exempt unit, not a collective day, not a mandatory office weekday.
 */
function openNationalDay(f: Facts, day: DayLike): boolean {
  const v = f.at(day.date);
  return (
    f.fwaMode === "allowed" &&
    day.isWorkingDay &&
    day.nationalFlexibleWorkDay &&
    !v.unitExempt &&
    v.collective[day.weekday] === undefined &&
    !v.mandatory.has(day.weekday)
  );
}

/** The cap of a week: the smallest cap of the versions in force on its days, shared over a cut week. */
function weekCap(f: Facts, week: CalendarWeek): number {
  let cap = Infinity;
  for (const d of week.dates) cap = Math.min(cap, f.at(d).policyCap);
  return flexibleCapForWeek(cap === Infinity ? 0 : cap, week);
}

function message(code: HardConstraintCode, params: Record<string, unknown>): Bilingual {
  return bilingual([scheduleMessages], `schedule_hard_${code}`, params);
}

/** @internal Checks a schedule against an already built context. */
export function checkContext(schedule: Pick<Schedule, "members" | "days">, ctx: ScheduleContext): ScheduleCheck {
  const f = facts(ctx);
  const cal = ctx.calendar;
  const v: Record<HardConstraintCode, ConstraintViolation[]> = Object.fromEntries(CODES.map((c) => [c, []])) as never;
  const checked: Record<HardConstraintCode, number> = Object.fromEntries(CODES.map((c) => [c, 0])) as never;
  const add = (
    constraint: HardConstraintCode,
    memberId: string | null,
    date: IsoDate | null,
    weekStart: IsoDate | null,
    params: Record<string, string | number>,
  ) => v[constraint].push({ constraint, memberId, date, weekStart, params });
  const members = schedule.members;
  let tightest = Infinity;
  // Calendar days by index, each day's collective status and each week's day indices: computed once, so every
  // member costs O(days), never a search per date.
  const nDays = cal.days.length;
  const dayIndex = new Map(cal.days.map((d, i) => [d.date, i]));
  const collAt = cal.days.map((d) => collectiveDay(f, d));
  const openAt = cal.days.map((d) => openNationalDay(f, d));
  const weekDays = cal.weeks.map((w) => w.dates.map((d) => dayIndex.get(d)!));
  const policyWeekCaps = cal.weeks.map((w) => weekCap(f, w));
  // Members in the office on a collective day without an override: allowed only to keep a role's minimum (checked
  // once the day's role counts are known).
  const officeOnCollective: { member: number; day: number }[] = [];

  if (members.length !== ctx.input.members.length)
    add("overrides_respected", null, null, null, { members: members.length, expected: ctx.input.members.length });

  const byDay: (Assignment | undefined)[][] = [];
  members.forEach((m, i) => {
    const inputMember = ctx.input.members[i];
    if (!inputMember || inputMember.id !== m.id)
      add("overrides_respected", m.id, null, null, { expectedId: inputMember?.id ?? "-" });
    // The member's assignment for each calendar day (undefined when missing). A schedule in calendar order is read
    // by index; anything else (edited by hand, reordered, duplicated) through a map where the last entry wins.
    let aligned = m.assignments.length === nDays;
    for (let di = 0; aligned && di < nDays; di++) aligned = m.assignments[di]!.date === cal.days[di]!.date;
    const atDay: (Assignment | undefined)[] = aligned
      ? m.assignments
      : ((byDate) => cal.days.map((d) => byDate.get(d.date)))(new Map(m.assignments.map((a) => [a.date, a])));
    byDay.push(atDay);
    const overrides = f.overrides[i];
    const granted = inputMember ? grantedOf(inputMember.grantedFlexibleDays) : 0;
    for (let di = 0; di < nDays; di++) {
      const day = cal.days[di]!;
      const a = atDay[di];
      checked.non_working_days_free++;
      if (!a) {
        add("non_working_days_free", m.id, day.date, null, { missing: 1 });
        continue;
      }
      const working =
        a.mode === "office" || a.mode === "flexible" || a.mode === "official_travel" || a.mode === "leave";
      if (!day.isWorkingDay && (working || a.regularMinutes + a.flexibleMinutes > 0))
        add("non_working_days_free", m.id, day.date, null, { mode: a.mode });
      if (day.isWorkingDay && !working)
        add("non_working_days_free", m.id, day.date, null, { mode: a.mode, expected: "a working mode" });
      if (!day.isWorkingDay) continue;
      // Overrides.
      const o = inputMember ? overrides!.get(day.date) : undefined;
      const coll = collAt[di];
      if (o) {
        checked.overrides_respected++;
        const expected =
          o === "leave"
            ? "leave"
            : o === "official_travel"
              ? "official_travel"
              : o === "office"
                ? "office"
                : "flexible";
        if (a.mode !== expected) add("overrides_respected", m.id, day.date, null, { override: o, mode: a.mode });
      }
      // Collective days: everyone without an override works flexibly, except those keeping a role's minimum.
      if (coll) {
        checked.collective_days_applied++;
        if (!o && a.mode === "office" && f.coverageRole[i] !== null) officeOnCollective.push({ member: i, day: di });
        else if (!o && a.mode !== "flexible") add("collective_days_applied", m.id, day.date, null, { mode: a.mode });
      } else if (f.at(day.date).mandatory.has(day.weekday)) {
        checked.mandatory_office_weekdays++;
        if (a.mode === "flexible") add("mandatory_office_weekdays", m.id, day.date, null, { weekday: day.weekday });
      }
      if (!coll && !openAt[di] && a.mode === "flexible" && inputMember && granted === 0)
        add("flexible_day_cap", m.id, day.date, null, { granted: 0 });
    }
    // Weeks: the flexible-day cap (PermenPANRB 4/2025 Pasal 13(1): at most 2 flexible-location days a week, less
    // when the member was granted fewer) and the weekly hours (Perpres 21/2023 Pasal 9: flexible staff still work them).
    cal.weeks.forEach((week, wi) => {
      checked.flexible_day_cap++;
      checked.weekly_hours++;
      const cap = Math.min(flexibleCapForWeek(granted, week), policyWeekCaps[wi]!);
      let own = 0,
        counted = 0,
        minutes = 0;
      for (const di of weekDays[wi]!) {
        const a = atDay[di];
        if (!a) continue;
        const day = cal.days[di]!;
        const date = day.date;
        minutes += a.regularMinutes + a.flexibleMinutes + a.excusedMinutes;
        if (day.isWorkingDay) {
          const expectedMinutes = a.mode === "leave" ? a.excusedMinutes : a.regularMinutes + a.flexibleMinutes;
          if (expectedMinutes !== day.workMinutes || (a.mode !== "leave" && a.excusedMinutes !== 0))
            add("weekly_hours", m.id, date, week.start, { minutes: expectedMinutes, dayMinutes: day.workMinutes });
        }
        if (a.mode !== "flexible") continue;
        const coll = collAt[di];
        if (coll) counted += coll.counts ? 1 : 0;
        else if (!openAt[di]) own++;
      }
      if (own > Math.max(0, cap - counted))
        add("flexible_day_cap", m.id, null, week.start, { flexibleDays: own, collectiveCounted: counted, cap });
      if (minutes !== week.requiredMinutes)
        add("weekly_hours", m.id, null, week.start, { minutes, required: week.requiredMinutes });
    });
  });

  // Days: coverage, roles, seats and the flexible share, by counting the assignments.
  const roles = Object.entries(f.perRole);
  const roleOnSiteAt: Record<string, number>[] = [];
  let largestRequired = 0;
  cal.days.forEach((day, di) => {
    roleOnSiteAt.push({});
    if (!day.isWorkingDay) return;
    let onSite = 0,
      flexible = 0,
      working = 0;
    const roleOnSite = roleOnSiteAt[di]!;
    for (let i = 0; i < members.length; i++) {
      const mode = byDay[i]![di]?.mode;
      if (mode === "office" || mode === "flexible") working++;
      if (mode === "flexible") flexible++;
      if (mode === "office") {
        onSite++;
        const r = f.coverageRole[i];
        if (r) roleOnSite[r] = (roleOnSite[r] ?? 0) + 1;
      }
    }
    // Role minimums hold on collective days too (a front desk is direct public service, which they exempt).
    for (const [r, need] of roles) {
      checked.role_coverage_minimum++;
      if ((roleOnSite[r] ?? 0) < need)
        add("role_coverage_minimum", null, day.date, null, { role: r, onSite: roleOnSite[r] ?? 0, required: need });
    }
    const reported = schedule.days[di];
    if (reported && reported.onSite !== onSite)
      add("coverage_minimum", null, day.date, null, { reportedOnSite: reported.onSite, counted: onSite });
    if (f.seats !== null) {
      checked.seat_capacity++;
      if (onSite > f.seats) add("seat_capacity", null, day.date, null, { onSite, seats: f.seats });
    }
    if (collAt[di]) return;
    // Shares count the members working that day (on site or flexible): leave and official travel are neither.
    const version = f.at(day.date);
    const required = requiredOnSite(f, version, working);
    largestRequired = Math.max(largestRequired, required);
    checked.coverage_minimum++;
    tightest = Math.min(tightest, onSite - required);
    if (onSite < required) add("coverage_minimum", null, day.date, null, { onSite, required, working });
    const limit = flexibleLimit(version, working);
    if (limit !== Infinity) {
      checked.maximum_flexible_share++;
      if (flexible > limit)
        add("maximum_flexible_share", null, day.date, null, {
          flexible,
          allowed: limit,
          working,
          share: version.flexibleShare!,
        });
    }
  });
  for (const { member, day } of officeOnCollective) {
    const role = f.coverageRole[member]!;
    if ((roleOnSiteAt[day]![role] ?? 0) > f.perRole[role]!)
      add("collective_days_applied", members[member]!.id, cal.days[day]!.date, null, {
        mode: "office",
        role,
        required: f.perRole[role]!,
      });
  }

  const hard: HardConstraintResult[] = CODES.map((code) => {
    const evidence: Record<string, string | number> = { checked: checked[code], violations: v[code].length };
    if (code === "coverage_minimum") evidence.tightestMargin = tightest === Infinity ? "-" : tightest;
    if (code === "coverage_minimum") evidence.required = largestRequired;
    if (code === "seat_capacity") evidence.seats = f.seats ?? "-";
    return {
      code,
      held: v[code].length === 0,
      checked: checked[code],
      evidence,
      message: message(code, { ...evidence, tightestMargin: evidence.tightestMargin ?? "-" }),
      violations: v[code],
    };
  });
  const violations = CODES.flatMap((c) => v[c]);
  return { ok: violations.length === 0, hard, violations };
}

/**
 * Confirms a conflict by counting: true when no schedule can satisfy the named constraint on the named days, as the
 * conflict claims. Re-derives caps, fixed absences and bounds from the input, not from the generator.
 */
function confirmConflictInContext(c: ScheduleConflict, ctx: ScheduleContext): boolean {
  const f = facts(ctx);
  const cal = ctx.calendar;
  const dayOf = new Map(cal.days.map((d) => [d.date, d]));
  const ms = ctx.input.members;
  const overrideOf = (i: number, date: IsoDate) => f.overrides[i]!.get(date);
  const notWorking = (i: number, date: IsoDate): boolean => {
    const o = overrideOf(i, date);
    return o === "leave" || o === "official_travel";
  };
  const away = (i: number, date: IsoDate): boolean =>
    notWorking(i, date) || (overrideOf(i, date) === "flexible" && !collectiveDay(f, dayOf.get(date)!));
  // On a collective day a role member can keep the minimum unless on leave, on travel or pinned flexible.
  const cannotKeepRole = (i: number, date: IsoDate): boolean =>
    notWorking(i, date) || overrideOf(i, date) === "flexible";
  const workingCount = (date: IsoDate): number => ms.filter((_, i) => !notWorking(i, date)).length;
  // A member's week around a date, recounted: the own flexible days the cap leaves after the counted collective
  // days (`allowed`; a day kept on site for a role still counts), and the flexible pins that use them (`pins`).
  const weekOf = (date: IsoDate) => cal.weeks.find((w) => w.dates.includes(date))!;
  const weekBudget = (i: number, date: IsoDate): { allowed: number; pins: number } => {
    const week = weekOf(date);
    const granted = grantedOf(ms[i]!.grantedFlexibleDays);
    const cap = Math.min(flexibleCapForWeek(granted, week), weekCap(f, week));
    let counted = 0,
      pins = 0;
    for (const d of week.workingDates) {
      const day = dayOf.get(d)!;
      const o = overrideOf(i, d);
      const coll = collectiveDay(f, day);
      if (coll?.counts && o !== "leave" && o !== "official_travel" && o !== "office") counted++;
      if (!coll && !openNationalDay(f, day) && o === "flexible") pins++;
    }
    return { allowed: Math.max(0, cap - counted), pins };
  };
  // Own flexible days left in a week for a member (cap minus counted collective days minus pins).
  const leftInWeek = (i: number, date: IsoDate): number => {
    const { allowed, pins } = weekBudget(i, date);
    return Math.max(0, allowed - pins);
  };
  // May be away on the date by the generator's choice: on an open national flexible-work day outside the cap, else
  // using a weekly flexible day.
  const canChooseOpen = (i: number, date: IsoDate): boolean =>
    !f.overrides[i]!.has(date) && openNationalDay(f, dayOf.get(date)!);
  const canChooseCapped = (i: number, date: IsoDate): boolean => {
    const day = dayOf.get(date)!;
    return (
      !f.overrides[i]!.has(date) &&
      !collectiveDay(f, day) &&
      !openNationalDay(f, day) &&
      !f.at(date).mandatory.has(day.weekday) &&
      grantedOf(ms[i]!.grantedFlexibleDays) > 0 &&
      leftInWeek(i, date) > 0
    );
  };
  const canChoose = (i: number, date: IsoDate): boolean => canChooseOpen(i, date) || canChooseCapped(i, date);
  const date = c.dates[0];
  switch (c.code) {
    case "coverage_unreachable": {
      if (!date) return false;
      const required = requiredOnSite(f, f.at(date), workingCount(date));
      const can = ms.filter((_, i) => !away(i, date)).length;
      return can === c.possible && can < required && c.required === required;
    }
    case "flexible_share_exceeded": {
      if (!date) return false;
      const limit = flexibleLimit(f.at(date), workingCount(date));
      const pinned = ms.filter((_, i) => overrideOf(i, date) === "flexible").length;
      return !collectiveDay(f, dayOf.get(date)!) && pinned > limit && c.required === pinned && c.possible === limit;
    }
    case "role_coverage_unreachable": {
      if (!date || !c.role) return false;
      const can = ms.filter((_, i) => f.coverageRole[i] === c.role && !cannotKeepRole(i, date)).length;
      return can === c.possible && can < (f.perRole[c.role] ?? 0);
    }
    case "seat_capacity_exceeded": {
      if (!date || f.seats === null) return false;
      const day = dayOf.get(date)!;
      const coll = collectiveDay(f, day);
      if (coll) {
        // Pinned to the office, plus what each role still needs on site.
        let inOffice = ms.filter((_, i) => overrideOf(i, date) === "office").length;
        for (const [role, need] of Object.entries(f.perRole)) {
          const pinned = ms.filter((_, i) => f.coverageRole[i] === role && overrideOf(i, date) === "office").length;
          inOffice += Math.max(0, need - pinned);
        }
        return inOffice > f.seats;
      }
      const mustIn = ms.filter((_, i) => {
        const o = overrideOf(i, date);
        if (o === "office") return true;
        if (o) return false;
        return !canChoose(i, date);
      }).length;
      const working = workingCount(date);
      const limit = flexibleLimit(f.at(date), working);
      const leastOnSite = Math.max(requiredOnSite(f, f.at(date), working), limit === Infinity ? 0 : working - limit);
      return Math.max(mustIn, leastOnSite) > f.seats;
    }
    case "seats_cannot_be_freed": {
      if (f.seats === null) return false;
      const limited = new Set(c.limitedRoleDays.map((x) => `${x.role}|${x.date}`));
      let required = 0;
      for (const d of c.dates) required += Math.max(0, ms.filter((_, i) => !away(i, d)).length - f.seats);
      let possible = 0;
      ms.forEach((_, i) => {
        const r = f.coverageRole[i];
        const notLimited = (d: IsoDate): boolean => !(r !== null && limited.has(`${r}|${d}`));
        const n = c.dates.filter((d) => canChooseCapped(i, d) && notLimited(d)).length;
        possible += Math.min(n, c.dates.length > 0 ? leftInWeek(i, c.dates[0]!) : 0);
        possible += c.dates.filter((d) => canChooseOpen(i, d) && notLimited(d)).length;
      });
      for (const x of c.limitedRoleDays) {
        const can = ms.filter((_, i) => f.coverageRole[i] === x.role && !away(i, x.date)).length;
        possible += Math.max(0, can - (f.perRole[x.role] ?? 0));
      }
      return required > possible;
    }
    case "pins_exceed_cap": {
      const id = c.members.pinnedFlexible[0];
      const i = ms.findIndex((m) => m.id === id);
      if (i < 0 || !date) return false;
      const { allowed, pins } = weekBudget(i, date);
      return pins > allowed;
    }
    case "pin_on_mandatory_office_weekday": {
      const id = c.members.pinnedFlexible[0];
      const i = ms.findIndex((m) => m.id === id);
      return (
        i >= 0 &&
        !!date &&
        overrideOf(i, date) === "flexible" &&
        f.at(date).mandatory.has(dayOf.get(date)!.weekday) &&
        !collectiveDay(f, dayOf.get(date)!)
      );
    }
    case "override_on_non_working_day": {
      const id = c.members.other[0];
      const i = ms.findIndex((m) => m.id === id);
      const o = i >= 0 && date ? overrideOf(i, date) : undefined;
      return !!date && (o === "office" || o === "flexible") && dayOf.get(date)?.isWorkingDay === false;
    }
  }
}

/**
 * Re-verifies a schedule (or a generateSchedule result) against its input with an independent counting checker.
 * For a schedule: every hard constraint with its evidence and every violation. For an infeasible result: `ok` is true
 * when every conflict is confirmed by recounting (no schedule can exist), and `conflicts` says which were confirmed.
 *
 * @example
 * ```ts
 * const input = { unit: { id: "u", kind: "general" }, members: [{ id: "a", grantedFlexibleDays: 2 }], period: "2026-12", jurisdiction: "jabar" };
 * const result = generateSchedule(input);
 * const check = checkSchedule(result, input);
 * check.ok; // true
 * ```
 */
export function checkSchedule(schedule: Schedule | ScheduleResult, input: ScheduleInput): ScheduleCheckReport {
  // Issue 11 item 4: a malformed schedule is an `invalid_schedule` error with paths, never a raw TypeError.
  assertScheduleShape(schedule);
  const ctx = buildContext(input);
  if ("status" in schedule) {
    if (schedule.status === "scheduled") return { ...checkContext(schedule.schedule, ctx), conflicts: [] };
    const conflicts = schedule.conflicts.map((c) => ({
      code: c.code,
      dates: c.dates,
      confirmed: confirmConflictInContext(c, ctx),
    }));
    return { ok: conflicts.length > 0 && conflicts.every((c) => c.confirmed), hard: [], violations: [], conflicts };
  }
  return { ...checkContext(schedule, ctx), conflicts: [] };
}
