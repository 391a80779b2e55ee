/**
 * generateSchedule: office and flexible days for a whole unit over a period, exact on the hard constraints, scored on
 * the soft goals, with a compliance report produced by the independent checker.
 *
 * Rules encoded (the docs in docs/en/schedule.md explain them for users):
 * - Weekly cap (PermenPANRB 4/2025 Pasal 13(1)): flexible-location days per ISO week <= min(granted, policy cap), each
 *   shared across a week the period cuts by `flexibleCapForWeek` (calendar week definition).
 * - Collective flexible days (Jabar SE 188/KPG.03/BKD, 2026 Thursdays): everyone in a non-exempt unit works from home,
 *   whether or not they have MKD; an `on_request` day applies only when the unit says it requested it. When the
 *   policy says `countsTowardCap` (jabar 2026: a collective day is a flexible-location day under Pasal 13(1)), the day
 *   uses one of the person's weekly days: a member granted 2 gets Thursday + 1 more, a member granted 1 gets Thursday
 *   only. A collective day is an institutional order, so it is never refused for lack of cap; a member without MKD
 *   still works from home that day without it being an MKD day. On a collective day the unit has no on-site minimum
 *   (SE 188: 100% WFH) unless a member is pinned to the office; seats still apply.
 * - National flexible-work days (e.g. 16-17 and 25-27 March 2026) are treated like a collective day for non-exempt
 *   units and do not use the weekly cap (a national order outside MKD; our reading, documented).
 * - A flexible day keeps the day's policy hours (Perpres 21/2023 Pasal 9: the weekly hours still hold); leave is
 *   excused; official travel (dinas luar) counts as worked.
 * - Coverage: on each working day that is not collective, on site >= max(unit headcount, ceil(max(policy
 *   minOnSiteShare, unit share) x members)); per role, members counted by their FIRST listed role that has a minimum.
 *
 * @module
 */
import type { IsoDate, Weekday } from "../core/dates.js";
import { issue } from "../core/errors.js";
import type { MessageCode } from "../i18n/index.js";
import type { CalendarDay } from "../calendar/types.js";
import { buildContext, flexibleCapForWeek, grantedOf, policyRef, unitRef, type ScheduleContext } from "./context.js";
import { solveWeek, type WeekProblem } from "./solver.js";
import { checkContext } from "./check.js";
import { scoreSoftGoals } from "./soft.js";
import type {
  Assignment,
  AssignmentReason,
  ScheduleConflict,
  ScheduleConflictCode,
  ScheduleDay,
  ScheduleInput,
  ScheduleMember,
  MemberWeek,
  ScheduleResult,
  Schedule,
  SoftGoalCode,
} from "./types.js";

/** Default weights of the soft goals (integers; higher = more important). */
export const DEFAULT_WEIGHTS: Readonly<Record<SoftGoalCode, number>> = {
  granted_days_used: 1000,
  anchor_days_together: 1500,
  preferred_weekdays: 100,
  popular_day_fairness: 40,
  pattern_stability: 30,
};

/** Shares are multiplied by headcounts; a tiny epsilon keeps 0.3 x 10 at 3, not 4 (binary floating point). */
export function requiredFromShare(share: number, members: number): number {
  return Math.ceil(share * members - 1e-9);
}

type Status = "leave" | "official_travel" | "pinned_office" | "pinned_flexible" | "collective" | "fixed_office" | "free";

interface MemberInfo {
  index: number;
  id: string;
  granted: number;
  role: string | null;
  prefs: Set<Weekday>;
  overrides: Map<IsoDate, "leave" | "official_travel" | "office" | "flexible">;
}

function bil(code: MessageCode, params: Record<string, unknown>): { id: string; en: string } {
  return issue(code, [], params).message;
}

function conflict(
  code: ScheduleConflictCode,
  init: Partial<Omit<ScheduleConflict, "code" | "message" | "members">> & { members?: Partial<ScheduleConflict["members"]> },
  params: Record<string, string | number>,
): ScheduleConflict {
  const members = { onLeave: [], onTravel: [], pinnedFlexible: [], pinnedOffice: [], mustBeOnSite: [], other: [], ...init.members };
  const shown = (ids: string[]): string => (ids.length === 0 ? "-" : ids.length > 12 ? `${ids.slice(0, 12).join(", ")} (+${ids.length - 12})` : ids.join(", "));
  const full = {
    ...params,
    required: init.required ?? 0,
    possible: init.possible ?? 0,
    onLeave: shown(members.onLeave),
    onTravel: shown(members.onTravel),
    pinnedFlexible: shown(members.pinnedFlexible),
    pinnedOffice: shown(members.pinnedOffice),
    mustBeOnSite: shown(members.mustBeOnSite),
  };
  return {
    code,
    dates: init.dates ?? [],
    weekStart: init.weekStart ?? null,
    role: init.role ?? null,
    required: init.required ?? 0,
    possible: init.possible ?? 0,
    members,
    limitedRoleDays: init.limitedRoleDays ?? [],
    params,
    message: bil(`schedule_conflict_${code}` as MessageCode, full),
  };
}

/**
 * Generates a unit's schedule for a period. Synchronous, deterministic (byte-identical JSON in any process TZ), exact:
 * either every hard constraint holds, or the result is `infeasible` with conflicts no schedule can avoid (each with a
 * counting certificate `checkSchedule` re-verifies). Throws MkdError only for invalid input (`invalid_schedule_input`,
 * policy and calendar errors).
 *
 * @example
 * ```ts
 * const result = generateSchedule({
 *   unit: { id: "bkd", name: "BKD", kind: "general", minimumOnSite: { share: 0.5 } },
 *   members: [
 *     { id: "a", grantedFlexibleDays: 2 },
 *     { id: "b", grantedFlexibleDays: { grantedFlexibleDays: 1 } },
 *     { id: "c", grantedFlexibleDays: 0, roles: ["front_desk"] },
 *   ],
 *   period: "2026-12",
 *   jurisdiction: "jabar",
 * });
 * if (result.status === "scheduled") console.log(result.schedule.compliance.verdict); // "compliant"
 * else console.log(result.conflicts.map((c) => c.message.en));
 * ```
 */
export function generateSchedule(input: ScheduleInput): ScheduleResult {
  const ctx = buildContext(input);
  return generateFromContext(ctx);
}

/** @internal */
export function generateFromContext(ctx: ScheduleContext): ScheduleResult {
  const { input, policy, calendar } = ctx;
  const sp = policy.parameters.schedule;
  const N = input.members.length;
  const weights = { ...DEFAULT_WEIGHTS, ...(input.options?.weights ?? {}) } as Record<SoftGoalCode, number>;
  const popular = new Set<Weekday>(input.options?.popularWeekdays ?? ["monday", "friday"]);
  const unit = input.unit;
  const seats = unit.seatCapacity ?? null;
  const perRole = unit.minimumOnSite?.perRole ?? {};
  const roleNames = Object.keys(perRole).filter((r) => (perRole[r] ?? 0) > 0).sort();
  const roleIndex = new Map(roleNames.map((r, i) => [r, i + 1]));
  const share = Math.max(sp.minOnSiteShare.value, unit.minimumOnSite?.share ?? 0);
  const requiredTotal = Math.max(unit.minimumOnSite?.headcount ?? 0, requiredFromShare(share, N));
  const policyCap = sp.maxFlexibleDaysPerWeek.value;
  const mandatory = new Set<Weekday>(sp.mandatoryOfficeWeekdays.value);
  const anchorWeekdays = new Set<Weekday>(unit.anchorWeekdays ?? []);
  const anchorDates = new Set<IsoDate>(unit.anchorDates ?? []);
  const requested = new Set<Weekday>(unit.requestedCollectiveWeekdays ?? []);
  const exemptKinds = new Set<string>(["direct_public_service"]);
  const collectiveByWeekday = new Map<Weekday, { counts: boolean }>();
  for (const c of sp.collectiveFlexibleDays.value) {
    for (const k of c.exemptUnitKinds) exemptKinds.add(k);
    if (c.exemptUnitKinds.includes(unit.kind)) continue;
    if (c.kind === "on_request" && !requested.has(c.weekday)) continue;
    collectiveByWeekday.set(c.weekday, { counts: c.countsTowardCap });
  }
  const unitExempt = exemptKinds.has(unit.kind);
  const exemptWeekdays = new Set<Weekday>(sp.collectiveFlexibleDays.value.filter((c) => c.exemptUnitKinds.includes(unit.kind)).map((c) => c.weekday));
  const collectiveOf = (day: CalendarDay): { kind: "collective_flexible_day" | "national_flexible_work_day"; counts: boolean } | null => {
    if (!day.isWorkingDay) return null;
    const c = collectiveByWeekday.get(day.weekday);
    if (c) return { kind: "collective_flexible_day", counts: c.counts };
    if (day.nationalFlexibleWorkDay && !unitExempt) return { kind: "national_flexible_work_day", counts: false };
    return null;
  };
  const isAnchor = (day: CalendarDay): boolean => anchorWeekdays.has(day.weekday) || anchorDates.has(day.date);

  // Members: input order for output, id order for every tie.
  const infos: MemberInfo[] = input.members.map((m, index) => {
    const role = (m.roles ?? []).find((r) => roleIndex.has(r)) ?? null;
    const overrides = new Map<IsoDate, "leave" | "official_travel" | "office" | "flexible">();
    for (const o of m.overrides ?? []) overrides.set(o.date, o.kind);
    return { index, id: m.id, granted: grantedOf(m.grantedFlexibleDays), role, prefs: new Set(m.preferredFlexibleWeekdays ?? []), overrides };
  });
  const order = [...infos].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const dayByDate = new Map(calendar.days.map((d) => [d.date, d]));
  const conflicts: ScheduleConflict[] = [];

  // Overrides on days that are not working days: leave and travel are moot (nothing is scheduled); a pinned office or
  // flexible day cannot be honoured without scheduling work on a holiday.
  for (const info of order) {
    for (const [date, kind] of info.overrides) {
      const day = dayByDate.get(date);
      if (!day || day.isWorkingDay || kind === "leave" || kind === "official_travel") continue;
      conflicts.push(conflict("override_on_non_working_day", { dates: [date], required: 0, possible: 0, members: { other: [info.id] } }, { date, member: info.id, kind, dayKind: day.kind }));
    }
  }

  // Final mode per member per date (working days only), filled week by week.
  const modeOf = new Map<string, Status | "flexible_chosen" | "office_chosen">(); // key memberIndex|date
  const key = (i: number, date: IsoDate): string => `${i}|${date}`;
  const popularSoFar = new Int32Array(N);
  let lastWeekDays: Set<Weekday>[] = infos.map(() => new Set());

  for (const week of calendar.weeks) {
    const days = week.workingDates.map((d) => dayByDate.get(d)!);
    const status: Status[][] = infos.map(() => []);
    const statusOf = (info: MemberInfo, day: CalendarDay): Status => {
      const o = info.overrides.get(day.date);
      if (o === "leave") return "leave";
      if (o === "official_travel") return "official_travel";
      if (o === "office") return "pinned_office";
      const coll = collectiveOf(day);
      if (coll) return "collective";
      if (o === "flexible") return "pinned_flexible";
      if (mandatory.has(day.weekday) || info.granted === 0) return "fixed_office";
      return "free";
    };
    for (const info of infos) for (const day of days) status[info.index]!.push(statusOf(info, day));

    // Residual weekly cap per member.
    const residual = new Int32Array(N);
    let weekHasConflict = false;
    for (const info of order) {
      const cap = Math.min(flexibleCapForWeek(info.granted, week), flexibleCapForWeek(policyCap, week));
      let counted = 0, pinned = 0;
      days.forEach((day, j) => {
        const s = status[info.index]![j]!;
        if (s === "collective" && collectiveOf(day)!.counts) counted++;
        if (s === "pinned_flexible") {
          pinned++;
          if (mandatory.has(day.weekday)) {
            weekHasConflict = true;
            conflicts.push(conflict("pin_on_mandatory_office_weekday", { dates: [day.date], weekStart: week.start, members: { pinnedFlexible: [info.id] } }, { date: day.date, member: info.id, weekday: day.weekday }));
          }
        }
      });
      const allowed = Math.max(0, cap - counted);
      if (pinned > allowed) {
        weekHasConflict = true;
        conflicts.push(
          conflict(
            "pins_exceed_cap",
            { dates: days.filter((_, j) => status[info.index]![j] === "pinned_flexible").map((d) => d.date), weekStart: week.start, required: pinned, possible: allowed, members: { pinnedFlexible: [info.id] } },
            { weekStart: week.start, member: info.id, pinned, allowed, cap, collective: counted },
          ),
        );
      }
      residual[info.index] = Math.max(0, allowed - pinned);
    }

    // Days open to choice (working, not collective) and their bounds.
    const openDays: { day: CalendarDay; j: number }[] = [];
    days.forEach((day, j) => {
      if (collectiveOf(day)) {
        // Collective day: only pinned-office members are in; they must fit the seats.
        if (seats !== null) {
          const inOffice = order.filter((i) => status[i.index]![j] === "pinned_office").map((i) => i.id);
          if (inOffice.length > seats) {
            weekHasConflict = true;
            conflicts.push(conflict("seat_capacity_exceeded", { dates: [day.date], weekStart: week.start, required: inOffice.length, possible: seats, members: { pinnedOffice: inOffice } }, { date: day.date, seats }));
          }
        }
        return;
      }
      openDays.push({ day, j });
    });
    const D = openDays.length;
    const R = roleNames.length + 1;
    const L: number[] = [], U: number[] = [];
    const groupCap: number[] = new Array(R * D).fill(Infinity);
    openDays.forEach(({ day, j }, d) => {
      const who = { onLeave: [] as string[], onTravel: [] as string[], pinnedFlexible: [] as string[], pinnedOffice: [] as string[], mustBeOnSite: [] as string[] };
      let freeCount = 0;
      const roleAway = new Map<string, { total: number; away: number; who: typeof who }>();
      for (const r of roleNames) roleAway.set(r, { total: 0, away: 0, who: { onLeave: [], onTravel: [], pinnedFlexible: [], pinnedOffice: [], mustBeOnSite: [] } });
      for (const info of order) {
        const s = status[info.index]![j]!;
        const ra = info.role ? roleAway.get(info.role)! : null;
        if (ra) ra.total++;
        const list = s === "leave" ? "onLeave" : s === "official_travel" ? "onTravel" : s === "pinned_flexible" ? "pinnedFlexible" : s === "pinned_office" ? "pinnedOffice" : null;
        if (list) {
          who[list].push(info.id);
          if (ra) ra.who[list].push(info.id);
        }
        if (s === "leave" || s === "official_travel" || s === "pinned_flexible") {
          if (ra) ra.away++;
        } else if (s === "free" && residual[info.index]! > 0) freeCount++;
        else if (s !== "pinned_office") who.mustBeOnSite.push(info.id);
      }
      const fixedAway = who.onLeave.length + who.onTravel.length + who.pinnedFlexible.length;
      const canBeOnSite = N - fixedAway;
      if (canBeOnSite < requiredTotal) {
        weekHasConflict = true;
        conflicts.push(
          conflict("coverage_unreachable", { dates: [day.date], weekStart: week.start, required: requiredTotal, possible: canBeOnSite, members: { onLeave: who.onLeave, onTravel: who.onTravel, pinnedFlexible: who.pinnedFlexible } }, { date: day.date, members: N }),
        );
      }
      for (const r of roleNames) {
        const ra = roleAway.get(r)!;
        const need = perRole[r]!;
        const can = ra.total - ra.away;
        if (can < need) {
          weekHasConflict = true;
          conflicts.push(
            conflict("role_coverage_unreachable", { dates: [day.date], weekStart: week.start, role: r, required: need, possible: can, members: { onLeave: ra.who.onLeave, onTravel: ra.who.onTravel, pinnedFlexible: ra.who.pinnedFlexible } }, { date: day.date, role: r }),
          );
        }
        groupCap[roleIndex.get(r)! * D + d] = Math.max(0, can - need);
      }
      const mustIn = who.mustBeOnSite.length + who.pinnedOffice.length;
      if (seats !== null && Math.max(mustIn, requiredTotal) > seats) {
        weekHasConflict = true;
        conflicts.push(
          conflict("seat_capacity_exceeded", { dates: [day.date], weekStart: week.start, required: Math.max(mustIn, requiredTotal), possible: seats, members: { pinnedOffice: who.pinnedOffice, mustBeOnSite: who.mustBeOnSite } }, { date: day.date, seats, requiredOnSite: requiredTotal }),
        );
      }
      U.push(Math.max(0, canBeOnSite - requiredTotal));
      L.push(seats === null ? 0 : Math.max(0, canBeOnSite - seats));
      void freeCount;
    });
    if (weekHasConflict) continue;

    // The flow: members in id order (local index = tie-break order).
    const free = new Uint8Array(N * D);
    const cost = new Float64Array(N * D);
    const memberRole = new Int32Array(N);
    const capArr = new Int32Array(N);
    order.forEach((info, local) => {
      memberRole[local] = info.role ? roleIndex.get(info.role)! : 0;
      capArr[local] = residual[info.index]!;
      const last = lastWeekDays[info.index]!;
      openDays.forEach(({ day, j }, d) => {
        if (status[info.index]![j] !== "free") return;
        free[local * D + d] = 1;
        let c = -weights.granted_days_used;
        if (info.prefs.has(day.weekday)) c -= weights.preferred_weekdays;
        if (isAnchor(day)) c += weights.anchor_days_together;
        if (popular.has(day.weekday)) c += weights.popular_day_fairness * popularSoFar[info.index]! - Math.floor(weights.popular_day_fairness / 2);
        if (last.has(day.weekday)) c -= weights.pattern_stability;
        cost[local * D + d] = c;
      });
    });
    const problem: WeekProblem = { D, R, n: N, L, U, groupCap, memberRole, cap: capArr, free, cost };
    const solution = D === 0 ? { feasible: true as const, away: new Uint8Array(0) } : solveWeek(problem);
    if (!solution.feasible) {
      const dates = solution.days.map((d) => openDays[d]!.day.date);
      conflicts.push(
        conflict(
          "seats_cannot_be_freed",
          {
            dates,
            weekStart: week.start,
            required: solution.required,
            possible: solution.possible,
            limitedRoleDays: solution.limitedGroups.map((g) => ({ role: roleNames[Math.floor(g / D) - 1]!, date: openDays[g % D]!.day.date })),
          },
          { weekStart: week.start, seats: seats ?? 0, dates: dates.join(", ") },
        ),
      );
      continue;
    }
    const thisWeek: Set<Weekday>[] = infos.map(() => new Set());
    const openIndexOfJ: number[] = days.map(() => -1);
    openDays.forEach((o, d) => (openIndexOfJ[o.j] = d));
    order.forEach((info, local) => {
      days.forEach((day, j) => {
        const s = status[info.index]![j]!;
        let mode: Status | "flexible_chosen" | "office_chosen" = s;
        if (s === "free") {
          const d = openIndexOfJ[j]!;
          mode = d >= 0 && solution.away[local * D + d] ? "flexible_chosen" : "office_chosen";
        }
        if (mode === "flexible_chosen" || mode === "pinned_flexible") {
          thisWeek[info.index]!.add(day.weekday);
          if (popular.has(day.weekday)) popularSoFar[info.index]!++;
        }
        modeOf.set(key(info.index, day.date), mode);
      });
    });
    lastWeekDays = thisWeek;
  }

  const pol = policyRef(policy);
  const period = { from: ctx.from, to: ctx.to };
  if (conflicts.length > 0) {
    return { status: "infeasible", unit: unitRef(input), period, policy: pol, conflicts };
  }

  // Output.
  const core = sp.flexibleDayCoreWindow.value;
  const members: ScheduleMember[] = infos.map((info) => {
    const m = input.members[info.index]!;
    const assignments: Assignment[] = calendar.days.map((day) => {
      if (!day.isWorkingDay) {
        const reason: AssignmentReason = day.kind === "weekend" ? "weekend" : day.kind === "cuti_bersama" ? "cuti_bersama" : "national_holiday";
        return { date: day.date, mode: day.kind === "weekend" ? "weekend" : "holiday", location: null, start: null, end: null, breakMinutes: 0, regularMinutes: 0, flexibleMinutes: 0, excusedMinutes: 0, coreStart: null, coreEnd: null, reasons: [reason] };
      }
      const mode = modeOf.get(key(info.index, day.date))!;
      const hours = day.hours!;
      const reasons: AssignmentReason[] = [];
      const base = { date: day.date, start: hours.start, end: hours.end, breakMinutes: hours.breakMinutes, coreStart: null as string | null, coreEnd: null as string | null };
      let a: Assignment;
      if (mode === "leave") {
        a = { ...base, mode: "leave", location: null, start: null, end: null, breakMinutes: 0, regularMinutes: 0, flexibleMinutes: 0, excusedMinutes: day.workMinutes, reasons: ["override_leave"] };
      } else if (mode === "official_travel") {
        a = { ...base, mode: "official_travel", location: "travel", regularMinutes: day.workMinutes, flexibleMinutes: 0, excusedMinutes: 0, reasons: ["override_official_travel"] };
      } else if (mode === "collective" || mode === "pinned_flexible" || mode === "flexible_chosen") {
        const coll = collectiveOf(day);
        if (mode === "collective") reasons.push(coll!.kind);
        else reasons.push(mode === "pinned_flexible" ? "pinned_flexible" : "mkd_flexible_day");
        if (mode === "flexible_chosen" && info.prefs.has(day.weekday)) reasons.push("preferred_weekday");
        const location = mode === "collective" ? "home" : (m.flexibleLocation ?? "home");
        a = { ...base, mode: "flexible", location, regularMinutes: 0, flexibleMinutes: day.workMinutes, excusedMinutes: 0, coreStart: core?.start ?? null, coreEnd: core?.end ?? null, reasons };
      } else {
        if (mode === "pinned_office") reasons.push("pinned_office");
        else if (mode === "fixed_office") reasons.push(info.granted === 0 ? "no_mkd" : "mandatory_office_weekday");
        else reasons.push("office_day");
        if (exemptWeekdays.has(day.weekday)) reasons.push("exempt_public_service");
        if (isAnchor(day)) reasons.push("anchor_day");
        a = { ...base, mode: "office", location: "office", regularMinutes: day.workMinutes, flexibleMinutes: 0, excusedMinutes: 0, reasons };
      }
      if (day.ramadan) a.reasons.push("ramadan_hours");
      return a;
    });
    const byDate = new Map(assignments.map((a) => [a.date, a]));
    const weeks: MemberWeek[] = calendar.weeks.map((week) => {
      const cap = Math.min(flexibleCapForWeek(info.granted, week), flexibleCapForWeek(policyCap, week));
      const w: MemberWeek = { start: week.start, split: week.split, flexibleDays: 0, mkdFlexibleDays: 0, collectiveDays: 0, collectiveDaysCounted: 0, cap, officeDays: 0, travelDays: 0, leaveDays: 0, workedMinutes: 0, excusedMinutes: 0, requiredMinutes: week.requiredMinutes };
      for (const date of week.dates) {
        const a = byDate.get(date)!;
        w.workedMinutes += a.regularMinutes + a.flexibleMinutes;
        w.excusedMinutes += a.excusedMinutes;
        if (a.mode === "office") w.officeDays++;
        else if (a.mode === "official_travel") w.travelDays++;
        else if (a.mode === "leave") w.leaveDays++;
        else if (a.mode === "flexible") {
          w.flexibleDays++;
          const coll = collectiveOf(dayByDate.get(date)!);
          if (coll) {
            w.collectiveDays++;
            if (coll.counts) w.collectiveDaysCounted++;
          } else w.mkdFlexibleDays++;
        }
      }
      return w;
    });
    return { id: info.id, name: m.name ?? null, roles: [...(m.roles ?? [])], coverageRole: info.role, grantedFlexibleDays: info.granted, assignments, weeks };
  });

  const days: ScheduleDay[] = calendar.days.map((day, di) => {
    const coll = collectiveOf(day);
    const d: ScheduleDay = {
      date: day.date,
      weekday: day.weekday,
      kind: day.kind,
      collective: coll ? coll.kind : null,
      ramadan: day.ramadan,
      anchor: day.isWorkingDay && isAnchor(day),
      onSite: 0,
      flexible: 0,
      onLeave: 0,
      onTravel: 0,
      requiredOnSite: day.isWorkingDay && !coll ? requiredTotal : 0,
      requiredOnSiteByRole: {},
      onSiteByRole: {},
      seatCapacity: seats,
    };
    for (const r of roleNames) {
      d.requiredOnSiteByRole[r] = day.isWorkingDay && !coll ? perRole[r]! : 0;
      d.onSiteByRole[r] = 0;
    }
    for (const m of members) {
      const a = m.assignments[di]!;
      if (a.mode === "office") {
        d.onSite++;
        if (m.coverageRole) d.onSiteByRole[m.coverageRole]!++;
      } else if (a.mode === "flexible") d.flexible++;
      else if (a.mode === "leave") d.onLeave++;
      else if (a.mode === "official_travel") d.onTravel++;
    }
    return d;
  });

  const schedule: Schedule = {
    unit: unitRef(input),
    period,
    policy: pol,
    estimated: calendar.estimated,
    members,
    days,
    compliance: { verdict: "compliant", hard: [], soft: [] },
  };
  // Hard constraints are reported by the independent checker, never by the solver that made the schedule.
  const check = checkContext(schedule, ctx);
  schedule.compliance = { verdict: check.ok ? "compliant" : "violations", hard: check.hard, soft: scoreSoftGoals(schedule, ctx, popular) };
  return { status: "scheduled", schedule };
}
