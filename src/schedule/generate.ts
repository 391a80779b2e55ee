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
 * - National flexible-work days (e.g. 16-17 and 25-27 March 2026, SE MenPANRB 2/2026; 24-27 March 2025, SE MenPANRB
 *   2/2025) never use the weekly cap, and mean nothing special for an exempt (direct public service) unit. Option
 *   `nationalFlexibleWorkDays` chooses the reading. `allowed` (default): the circulars say agencies "dapat" (may)
 *   combine WFO, WFH and WFA and the head of agency divides the staff between them without disrupting public service,
 *   so every member of a non-exempt unit (with or without MKD) may take the day flexibly, coverage, seats and the
 *   unit's mandatory office weekdays still hold. `collective`: everyone in a non-exempt unit works from home, no
 *   on-site minimum, like a collective day.
 * - A flexible day keeps the day's policy hours (Perpres 21/2023 Pasal 9: the weekly hours still hold); leave is
 *   excused; official travel (dinas luar) counts as worked.
 * - Coverage: on each working day that is not collective, on site >= max(unit headcount, ceil(max(policy
 *   minOnSiteShare, unit share) x members)); per role, members counted by their FIRST listed role that has a minimum.
 *
 * @module
 */
import { WEEKDAYS, type IsoDate, type Weekday } from "../core/dates.js";
import { issue } from "../core/errors.js";
import type { MessageCode } from "../i18n/index.js";
import type { CalendarDay } from "../calendar/types.js";
import { buildContext, flexibleCapForWeek, grantedOf, nationalFlexibleWorkDaysMode, policyRef, unitRef, type ScheduleContext } from "./context.js";
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

/**
 * Default weights of the soft goals (integers; higher = more important). Override any of them with
 * `options.weights` in the schedule input.
 *
 * @example
 * ```ts
 * generateSchedule({ ...input, options: { weights: { ...SCHEDULE_DEFAULT_WEIGHTS, preferred_weekdays: 400 } } });
 * ```
 */
export const DEFAULT_WEIGHTS: Readonly<Record<SoftGoalCode, number>> = {
  granted_days_used: 1000,
  anchor_days_together: 1500,
  preferred_weekdays: 100,
  popular_day_fairness: 40,
  pattern_stability: 30,
};

/** Shares are multiplied by headcounts; a tiny epsilon keeps 0.3 x 10 at 3, not 4 (binary floating point). */
function requiredFromShare(share: number, members: number): number {
  return Math.ceil(share * members - 1e-9);
}

// Status of a member on a working day (one byte per member-day; no strings or objects in the hot loops).
const LEAVE = 1, TRAVEL = 2, PIN_OFFICE = 3, PIN_FLEX = 4, COLLECTIVE = 5, FIXED_OFFICE = 6, FREE = 7, FLEX_CHOSEN = 8, OFFICE_CHOSEN = 9;
// National flexible-work days in the `allowed` reading: open to the member outside the cap, pinned there, taken.
const FWA_FREE = 10, PIN_FWA = 11, FWA_CHOSEN = 12;
// Override kinds, dense per member-day.
const O_LEAVE = 1, O_TRAVEL = 2, O_OFFICE = 3, O_FLEX = 4;
const OVERRIDE_CODE = { leave: O_LEAVE, official_travel: O_TRAVEL, office: O_OFFICE, flexible: O_FLEX } as const;

interface MemberInfo {
  index: number;
  id: string;
  granted: number;
  /** Index of the coverage role (1..), 0 when none. */
  roleIndex: number;
  role: string | null;
  /** Preferred weekdays as a bit mask over WEEKDAYS. */
  prefs: number;
}

type WhoLists = { onLeave: string[]; onTravel: string[]; pinnedFlexible: string[]; pinnedOffice: string[]; mustBeOnSite: string[] };
const emptyWho = (): WhoLists => ({ onLeave: [], onTravel: [], pinnedFlexible: [], pinnedOffice: [], mustBeOnSite: [] });

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

/** Generates from an already-built context (the body of {@link generateSchedule}). */
function generateFromContext(ctx: ScheduleContext): ScheduleResult {
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
  type Collective = { kind: "collective_flexible_day" | "national_flexible_work_day"; counts: boolean };
  const collectiveByWeekday = new Map<Weekday, Collective>();
  for (const c of sp.collectiveFlexibleDays.value) {
    for (const k of c.exemptUnitKinds) exemptKinds.add(k);
    if (c.exemptUnitKinds.includes(unit.kind)) continue;
    if (c.kind === "on_request" && !requested.has(c.weekday)) continue;
    collectiveByWeekday.set(c.weekday, { kind: "collective_flexible_day", counts: c.countsTowardCap });
  }
  const unitExempt = exemptKinds.has(unit.kind);
  const exemptWeekdays = new Set<Weekday>(sp.collectiveFlexibleDays.value.filter((c) => c.exemptUnitKinds.includes(unit.kind)).map((c) => c.weekday));
  const NATIONAL_DAY: Collective = { kind: "national_flexible_work_day", counts: false };
  const fwaMode = nationalFlexibleWorkDaysMode(input);
  const collectiveOf = (day: CalendarDay): Collective | null => {
    if (!day.isWorkingDay) return null;
    const c = collectiveByWeekday.get(day.weekday);
    if (c) return c;
    if (day.nationalFlexibleWorkDay && !unitExempt && fwaMode === "collective") return NATIONAL_DAY;
    return null;
  };

  // Everything about a calendar day, looked up by its index (epoch order), computed once.
  const calDays = calendar.days;
  const nDays = calDays.length;
  const dayIdx = new Map<IsoDate, number>();
  calDays.forEach((d, i) => dayIdx.set(d.date, i));
  const collAt = calDays.map(collectiveOf);
  const wdAt = new Int8Array(nDays);
  const anchorAt = new Uint8Array(nDays);
  const mandatoryAt = new Uint8Array(nDays);
  const popularAt = new Uint8Array(nDays);
  const exemptAt = new Uint8Array(nDays);
  // A national flexible-work day open to everyone in the unit outside the cap (`allowed` reading).
  const fwaAt = new Uint8Array(nDays);
  calDays.forEach((d, i) => {
    wdAt[i] = WEEKDAYS.indexOf(d.weekday);
    anchorAt[i] = anchorWeekdays.has(d.weekday) || anchorDates.has(d.date) ? 1 : 0;
    mandatoryAt[i] = mandatory.has(d.weekday) ? 1 : 0;
    popularAt[i] = popular.has(d.weekday) ? 1 : 0;
    exemptAt[i] = exemptWeekdays.has(d.weekday) ? 1 : 0;
    fwaAt[i] = fwaMode === "allowed" && d.isWorkingDay && d.nationalFlexibleWorkDay && !unitExempt && !collAt[i] && !mandatoryAt[i] ? 1 : 0;
  });
  const weekMask = (days: readonly Weekday[] | undefined): number => (days ?? []).reduce((m, w) => m | (1 << WEEKDAYS.indexOf(w)), 0);

  // Members: input order for output, id order for every tie.
  const ov = new Uint8Array(N * nDays);
  const infos: MemberInfo[] = input.members.map((m, index) => {
    const role = (m.roles ?? []).find((r) => roleIndex.has(r)) ?? null;
    for (const o of m.overrides ?? []) {
      const di = dayIdx.get(o.date);
      if (di !== undefined) ov[index * nDays + di] = OVERRIDE_CODE[o.kind];
    }
    return { index, id: m.id, granted: grantedOf(m.grantedFlexibleDays), roleIndex: role ? roleIndex.get(role)! : 0, role, prefs: weekMask(m.preferredFlexibleWeekdays) };
  });
  const order = [...infos].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const conflicts: ScheduleConflict[] = [];

  // Overrides on days that are not working days: leave and travel are moot (nothing is scheduled); a pinned office or
  // flexible day cannot be honoured without scheduling work on a holiday.
  for (const info of order) {
    for (const o of input.members[info.index]!.overrides ?? []) {
      const di = dayIdx.get(o.date);
      if (di === undefined) continue;
      const day = calDays[di]!;
      if (day.isWorkingDay || o.kind === "leave" || o.kind === "official_travel") continue;
      conflicts.push(conflict("override_on_non_working_day", { dates: [o.date], required: 0, possible: 0, members: { other: [info.id] } }, { date: o.date, member: info.id, kind: o.kind, dayKind: day.kind }));
    }
  }

  // Final mode per member per calendar day (working days only), filled week by week: index member * nDays + day.
  const modeAt = new Uint8Array(N * nDays);
  const popularSoFar = new Int32Array(N);
  const fwaSoFar = new Int32Array(N);
  let lastMask = new Int32Array(N);

  for (const week of calendar.weeks) {
    const wd = week.workingDates.map((d) => dayIdx.get(d)!);
    const W = wd.length;
    // status[member * W + j]
    const status = new Uint8Array(N * W);
    for (const info of infos) {
      const base = info.index * nDays;
      for (let j = 0; j < W; j++) {
        const di = wd[j]!;
        const o = ov[base + di]!;
        status[info.index * W + j] =
          o === O_LEAVE ? LEAVE
          : o === O_TRAVEL ? TRAVEL
          : o === O_OFFICE ? PIN_OFFICE
          : collAt[di] ? COLLECTIVE
          : o === O_FLEX ? (fwaAt[di] ? PIN_FWA : PIN_FLEX)
          : fwaAt[di] ? FWA_FREE
          : mandatoryAt[di] || info.granted === 0 ? FIXED_OFFICE
          : FREE;
      }
    }

    // Residual weekly cap per member.
    const policyWeekCap = flexibleCapForWeek(policyCap, week);
    const capMemo = new Map<number, number>();
    const capOf = (granted: number): number => {
      let c = capMemo.get(granted);
      if (c === undefined) capMemo.set(granted, (c = Math.min(flexibleCapForWeek(granted, week), policyWeekCap)));
      return c;
    };
    const residual = new Int32Array(N);
    let weekHasConflict = false;
    for (const info of order) {
      const cap = capOf(info.granted);
      let counted = 0, pinned = 0;
      const row = info.index * W;
      for (let j = 0; j < W; j++) {
        const s = status[row + j]!;
        if (s === COLLECTIVE && collAt[wd[j]!]!.counts) counted++;
        if (s === PIN_FLEX) {
          pinned++;
          if (mandatoryAt[wd[j]!]) {
            const day = calDays[wd[j]!]!;
            weekHasConflict = true;
            conflicts.push(conflict("pin_on_mandatory_office_weekday", { dates: [day.date], weekStart: week.start, members: { pinnedFlexible: [info.id] } }, { date: day.date, member: info.id, weekday: day.weekday }));
          }
        }
      }
      const allowed = Math.max(0, cap - counted);
      if (pinned > allowed) {
        weekHasConflict = true;
        const dates: IsoDate[] = [];
        for (let j = 0; j < W; j++) if (status[row + j] === PIN_FLEX) dates.push(calDays[wd[j]!]!.date);
        conflicts.push(conflict("pins_exceed_cap", { dates, weekStart: week.start, required: pinned, possible: allowed, members: { pinnedFlexible: [info.id] } }, { weekStart: week.start, member: info.id, pinned, allowed, cap, collective: counted }));
      }
      residual[info.index] = Math.max(0, allowed - pinned);
    }

    // Days open to choice (working, not collective) and their bounds.
    const openJ: number[] = [];
    for (let j = 0; j < W; j++) {
      const di = wd[j]!;
      if (collAt[di]) {
        // Collective day: only pinned-office members are in; they must fit the seats.
        if (seats !== null) {
          let inOffice = 0;
          for (let i = 0; i < N; i++) if (status[i * W + j] === PIN_OFFICE) inOffice++;
          if (inOffice > seats) {
            const ids = order.filter((info) => status[info.index * W + j] === PIN_OFFICE).map((info) => info.id);
            weekHasConflict = true;
            conflicts.push(conflict("seat_capacity_exceeded", { dates: [calDays[di]!.date], weekStart: week.start, required: ids.length, possible: seats, members: { pinnedOffice: ids } }, { date: calDays[di]!.date, seats }));
          }
        }
        continue;
      }
      openJ.push(j);
    }
    const D = openJ.length;
    const R = roleNames.length + 1;
    const L: number[] = [], U: number[] = [];
    const groupCap: number[] = new Array(R * D).fill(Infinity);
    const roleTotal = new Int32Array(R), roleAway = new Int32Array(R);
    for (let d = 0; d < D; d++) {
      const j = openJ[d]!;
      const day = calDays[wd[j]!]!;
      // Count first; name people only when a conflict needs them.
      let fixedAway = 0, mustIn = 0;
      roleTotal.fill(0);
      roleAway.fill(0);
      for (const info of infos) {
        const s = status[info.index * W + j]!;
        const r = info.roleIndex;
        roleTotal[r]!++;
        if (s === LEAVE || s === TRAVEL || s === PIN_FLEX || s === PIN_FWA) {
          fixedAway++;
          roleAway[r]!++;
        } else if (!((s === FREE && residual[info.index]! > 0) || s === FWA_FREE)) mustIn++;
      }
      const listWho = (role: number | null): WhoLists => {
        const who = emptyWho();
        for (const info of order) {
          if (role !== null && info.roleIndex !== role) continue;
          const s = status[info.index * W + j]!;
          if (s === LEAVE) who.onLeave.push(info.id);
          else if (s === TRAVEL) who.onTravel.push(info.id);
          else if (s === PIN_FLEX || s === PIN_FWA) who.pinnedFlexible.push(info.id);
          else if (s === PIN_OFFICE) who.pinnedOffice.push(info.id);
          else if (!((s === FREE && residual[info.index]! > 0) || s === FWA_FREE)) who.mustBeOnSite.push(info.id);
        }
        return who;
      };
      const canBeOnSite = N - fixedAway;
      if (canBeOnSite < requiredTotal) {
        weekHasConflict = true;
        const who = listWho(null);
        conflicts.push(
          conflict("coverage_unreachable", { dates: [day.date], weekStart: week.start, required: requiredTotal, possible: canBeOnSite, members: { onLeave: who.onLeave, onTravel: who.onTravel, pinnedFlexible: who.pinnedFlexible } }, { date: day.date, members: N }),
        );
      }
      for (const r of roleNames) {
        const ri = roleIndex.get(r)!;
        const need = perRole[r]!;
        const can = roleTotal[ri]! - roleAway[ri]!;
        if (can < need) {
          weekHasConflict = true;
          const who = listWho(ri);
          conflicts.push(
            conflict("role_coverage_unreachable", { dates: [day.date], weekStart: week.start, role: r, required: need, possible: can, members: { onLeave: who.onLeave, onTravel: who.onTravel, pinnedFlexible: who.pinnedFlexible } }, { date: day.date, role: r }),
          );
        }
        groupCap[ri * D + d] = Math.max(0, can - need);
      }
      if (seats !== null && Math.max(mustIn, requiredTotal) > seats) {
        weekHasConflict = true;
        const who = listWho(null);
        conflicts.push(
          conflict("seat_capacity_exceeded", { dates: [day.date], weekStart: week.start, required: Math.max(mustIn, requiredTotal), possible: seats, members: { pinnedOffice: who.pinnedOffice, mustBeOnSite: who.mustBeOnSite } }, { date: day.date, seats, requiredOnSite: requiredTotal }),
        );
      }
      U.push(Math.max(0, canBeOnSite - requiredTotal));
      L.push(seats === null ? 0 : Math.max(0, canBeOnSite - seats));
    }
    if (weekHasConflict) continue;

    // The flow: members in id order (local index = tie-break order). A member's open national flexible-work day is
    // a separate unit of supply outside the weekly cap: one extra "member" with capacity 1 and only that day free,
    // after all real members (local index N + k), so the model stays a plain flow and exact.
    const fwaLocal = new Int32Array(N * W).fill(-1);
    let K = 0;
    for (const info of order) for (const j of openJ) if (status[info.index * W + j] === FWA_FREE) fwaLocal[info.index * W + j] = N + K++;
    const n = N + K;
    const free = new Uint8Array(n * D);
    const cost = new Float64Array(n * D);
    const memberRole = new Int32Array(n);
    const capArr = new Int32Array(n);
    const halfFair = Math.floor(weights.popular_day_fairness / 2);
    for (let local = 0; local < N; local++) {
      const info = order[local]!;
      memberRole[local] = info.roleIndex;
      capArr[local] = residual[info.index]!;
      const last = lastMask[info.index]!;
      for (let d = 0; d < D; d++) {
        const j = openJ[d]!;
        if (status[info.index * W + j] !== FREE) continue;
        const di = wd[j]!;
        const bit = 1 << wdAt[di]!;
        free[local * D + d] = 1;
        let c = -weights.granted_days_used;
        if (info.prefs & bit) c -= weights.preferred_weekdays;
        if (anchorAt[di]) c += weights.anchor_days_together;
        if (popularAt[di]) c += weights.popular_day_fairness * popularSoFar[info.index]! - halfFair;
        if (last & bit) c -= weights.pattern_stability;
        cost[local * D + d] = c;
      }
    }
    for (const info of order) {
      for (let d = 0; d < D; d++) {
        const local = fwaLocal[info.index * W + openJ[d]!]!;
        if (local < 0) continue;
        const di = wd[openJ[d]!]!;
        memberRole[local] = info.roleIndex;
        capArr[local] = 1;
        free[local * D + d] = 1;
        // Taking the day is wanted like a granted day; whoever had fewer such days in earlier weeks goes first.
        let c = -weights.granted_days_used + weights.popular_day_fairness * fwaSoFar[info.index]!;
        if (info.prefs & (1 << wdAt[di]!)) c -= weights.preferred_weekdays;
        if (anchorAt[di]) c += weights.anchor_days_together;
        cost[local * D + d] = c;
      }
    }
    const problem: WeekProblem = { D, R, n, L, U, groupCap, memberRole, cap: capArr, free, cost };
    const solution = D === 0 ? { feasible: true as const, away: new Uint8Array(0) } : solveWeek(problem);
    if (!solution.feasible) {
      const dates = solution.days.map((d) => calDays[wd[openJ[d]!]!]!.date);
      conflicts.push(
        conflict(
          "seats_cannot_be_freed",
          {
            dates,
            weekStart: week.start,
            required: solution.required,
            possible: solution.possible,
            limitedRoleDays: solution.limitedGroups.map((g) => ({ role: roleNames[Math.floor(g / D) - 1]!, date: calDays[wd[openJ[g % D]!]!]!.date })),
          },
          { weekStart: week.start, seats: seats ?? 0, dates: dates.join(", ") },
        ),
      );
      continue;
    }
    const thisMask = new Int32Array(N);
    const openIndexOfJ = new Int32Array(W).fill(-1);
    openJ.forEach((j, d) => (openIndexOfJ[j] = d));
    for (let local = 0; local < N; local++) {
      const info = order[local]!;
      for (let j = 0; j < W; j++) {
        const di = wd[j]!;
        let mode = status[info.index * W + j]!;
        if (mode === FREE) {
          const d = openIndexOfJ[j]!;
          mode = d >= 0 && solution.away[local * D + d] ? FLEX_CHOSEN : OFFICE_CHOSEN;
        } else if (mode === FWA_FREE) {
          mode = solution.away[fwaLocal[info.index * W + j]! * D + openIndexOfJ[j]!] ? FWA_CHOSEN : OFFICE_CHOSEN;
        }
        if (mode === FWA_CHOSEN || mode === PIN_FWA) fwaSoFar[info.index]!++;
        if (mode === FLEX_CHOSEN || mode === PIN_FLEX) {
          thisMask[info.index]! |= 1 << wdAt[di]!;
          if (popularAt[di]) popularSoFar[info.index]!++;
        }
        modeAt[info.index * nDays + di] = mode;
      }
    }
    lastMask = thisMask;
  }

  const pol = policyRef(policy);
  const period = { from: ctx.from, to: ctx.to };
  if (conflicts.length > 0) {
    return { status: "infeasible", unit: unitRef(input), period, policy: pol, conflicts };
  }

  // Output. Key order of the objects below is part of the byte-identical output: keep it.
  const core = sp.flexibleDayCoreWindow.value;
  const coreStart = core?.start ?? null, coreEnd = core?.end ?? null;
  const R = roleNames.length + 1;
  const onSiteAt = new Int32Array(nDays), flexibleAt = new Int32Array(nDays), leaveAt = new Int32Array(nDays), travelAt = new Int32Array(nDays);
  const roleOnSiteAt = new Int32Array(R * nDays);
  const weekDates = calendar.weeks.map((w) => w.dates.map((d) => dayIdx.get(d)!));
  const policyWeekCaps = calendar.weeks.map((w) => flexibleCapForWeek(policyCap, w));
  const members: ScheduleMember[] = infos.map((info) => {
    const m = input.members[info.index]!;
    const flexLocation = m.flexibleLocation ?? "home";
    const assignments: Assignment[] = new Array(nDays);
    const row = info.index * nDays;
    for (let di = 0; di < nDays; di++) {
      const day = calDays[di]!;
      if (!day.isWorkingDay) {
        const reason: AssignmentReason = day.kind === "weekend" ? "weekend" : day.kind === "cuti_bersama" ? "cuti_bersama" : "national_holiday";
        assignments[di] = { date: day.date, mode: day.kind === "weekend" ? "weekend" : "holiday", location: null, start: null, end: null, breakMinutes: 0, regularMinutes: 0, flexibleMinutes: 0, excusedMinutes: 0, coreStart: null, coreEnd: null, reasons: [reason] };
        continue;
      }
      const mode = modeAt[row + di]!;
      const hours = day.hours!;
      const wm = day.workMinutes;
      let a: Assignment;
      if (mode === LEAVE) {
        leaveAt[di]!++;
        a = { date: day.date, start: null, end: null, breakMinutes: 0, coreStart: null, coreEnd: null, mode: "leave", location: null, regularMinutes: 0, flexibleMinutes: 0, excusedMinutes: wm, reasons: ["override_leave"] };
      } else if (mode === TRAVEL) {
        travelAt[di]!++;
        a = { date: day.date, start: hours.start, end: hours.end, breakMinutes: hours.breakMinutes, coreStart: null, coreEnd: null, mode: "official_travel", location: "travel", regularMinutes: wm, flexibleMinutes: 0, excusedMinutes: 0, reasons: ["override_official_travel"] };
      } else if (mode === COLLECTIVE || mode === PIN_FLEX || mode === FLEX_CHOSEN || mode === FWA_CHOSEN || mode === PIN_FWA) {
        flexibleAt[di]!++;
        const reasons: AssignmentReason[] =
          mode === COLLECTIVE ? [collAt[di]!.kind]
          : mode === PIN_FLEX ? ["pinned_flexible"]
          : mode === FLEX_CHOSEN ? ["mkd_flexible_day"]
          : mode === PIN_FWA ? ["pinned_flexible", "national_flexible_work_day"]
          : ["national_flexible_work_day"];
        if ((mode === FLEX_CHOSEN || mode === FWA_CHOSEN) && info.prefs & (1 << wdAt[di]!)) reasons.push("preferred_weekday");
        const location = mode === COLLECTIVE ? "home" : flexLocation;
        a = { date: day.date, start: hours.start, end: hours.end, breakMinutes: hours.breakMinutes, coreStart, coreEnd, mode: "flexible", location, regularMinutes: 0, flexibleMinutes: wm, excusedMinutes: 0, reasons };
      } else {
        onSiteAt[di]!++;
        if (info.roleIndex) roleOnSiteAt[info.roleIndex * nDays + di]!++;
        const reasons: AssignmentReason[] = [mode === PIN_OFFICE ? "pinned_office" : mode === FIXED_OFFICE ? (info.granted === 0 ? "no_mkd" : "mandatory_office_weekday") : "office_day"];
        if (exemptAt[di]) reasons.push("exempt_public_service");
        if (anchorAt[di]) reasons.push("anchor_day");
        a = { date: day.date, start: hours.start, end: hours.end, breakMinutes: hours.breakMinutes, coreStart: null, coreEnd: null, mode: "office", location: "office", regularMinutes: wm, flexibleMinutes: 0, excusedMinutes: 0, reasons };
      }
      if (day.ramadan) a.reasons.push("ramadan_hours");
      assignments[di] = a;
    }
    const weeks: MemberWeek[] = calendar.weeks.map((week, wi) => {
      const cap = Math.min(flexibleCapForWeek(info.granted, week), policyWeekCaps[wi]!);
      const w: MemberWeek = { start: week.start, split: week.split, flexibleDays: 0, mkdFlexibleDays: 0, collectiveDays: 0, collectiveDaysCounted: 0, cap, officeDays: 0, travelDays: 0, leaveDays: 0, workedMinutes: 0, excusedMinutes: 0, requiredMinutes: week.requiredMinutes };
      for (const di of weekDates[wi]!) {
        const a = assignments[di]!;
        w.workedMinutes += a.regularMinutes + a.flexibleMinutes;
        w.excusedMinutes += a.excusedMinutes;
        if (a.mode === "office") w.officeDays++;
        else if (a.mode === "official_travel") w.travelDays++;
        else if (a.mode === "leave") w.leaveDays++;
        else if (a.mode === "flexible") {
          w.flexibleDays++;
          const coll = collAt[di];
          if (coll) {
            w.collectiveDays++;
            if (coll.counts) w.collectiveDaysCounted++;
          } else if (fwaAt[di]) w.collectiveDays++;
          else w.mkdFlexibleDays++;
        }
      }
      return w;
    });
    return { id: info.id, name: m.name ?? null, roles: [...(m.roles ?? [])], coverageRole: info.role, grantedFlexibleDays: info.granted, assignments, weeks };
  });

  const days: ScheduleDay[] = calDays.map((day, di) => {
    const coll = collAt[di];
    const d: ScheduleDay = {
      date: day.date,
      weekday: day.weekday,
      kind: day.kind,
      collective: coll ? coll.kind : null,
      nationalFlexibleWorkDay: day.nationalFlexibleWorkDay,
      ramadan: day.ramadan,
      anchor: day.isWorkingDay && anchorAt[di] === 1,
      onSite: onSiteAt[di]!,
      flexible: flexibleAt[di]!,
      onLeave: leaveAt[di]!,
      onTravel: travelAt[di]!,
      requiredOnSite: day.isWorkingDay && !coll ? requiredTotal : 0,
      requiredOnSiteByRole: {},
      onSiteByRole: {},
      seatCapacity: seats,
    };
    for (const r of roleNames) {
      d.requiredOnSiteByRole[r] = day.isWorkingDay && !coll ? perRole[r]! : 0;
      d.onSiteByRole[r] = roleOnSiteAt[roleIndex.get(r)! * nDays + di]!;
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
  schedule.compliance = { verdict: check.ok ? "compliant" : "violations", hard: check.hard, soft: scoreSoftGoals(schedule, ctx, popular, fwaAt) };
  return { status: "scheduled", schedule };
}
