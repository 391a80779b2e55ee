/**
 * Building one unit-week: what each member-day already is (leave, pins, collective days, role duty), what each
 * member may still choose under the weekly cap, the bounds of each day, the conflicts no schedule can avoid, and the
 * flow problem the solver decides.
 *
 * Internal module, not public API. (Not tagged internal: on a file header, stripInternal drops the first statement.)
 */
import type { IsoDate } from "../core/dates.js";
import type { CalendarWeek } from "../calendar/types.js";
import { flexibleCapForWeek, segmentsOfWeek, weekPolicyCap, type ScheduleContext } from "./context.js";
import { conflict, emptyWho, type WhoLists } from "./conflicts.js";
import { flexibleAllowance, requiredFromShare, type DayRules } from "./days.js";
import type { WeekProblem } from "./solver.js";
import type { ScheduleConflict, SoftGoalCode } from "./types.js";

/**
 * What a member is on a working day, one byte per member-day (no strings or objects in the hot loops). The first
 * group is fixed before the solver runs; `free` and `nationalOpen` are decided by it into the `chosen*` statuses.
 */
export const DayStatus = {
  leave: 1,
  officialTravel: 2,
  pinnedOffice: 3,
  pinnedFlexible: 4,
  /** A collective flexible day (or a national day read `collective`). */
  collective: 5,
  /** In the office: no MKD, or a mandatory office weekday. */
  fixedOffice: 6,
  /** May take one of the week's flexible days. */
  free: 7,
  chosenFlexible: 8,
  chosenOffice: 9,
  /** A national flexible-work day open outside the cap (`allowed` reading). */
  nationalOpen: 10,
  pinnedNational: 11,
  chosenNational: 12,
  /** On site on a collective day to keep a role's minimum (front desk: direct public service). */
  roleDuty: 13,
} as const;
/** One of {@link DayStatus}. */
export type DayStatusCode = (typeof DayStatus)[keyof typeof DayStatus];

/** Override kinds, one byte per member-day. */
export const OverrideCode = { none: 0, leave: 1, officialTravel: 2, office: 3, flexible: 4 } as const;
export const OVERRIDE_CODE_OF = {
  leave: OverrideCode.leave,
  official_travel: OverrideCode.officialTravel,
  office: OverrideCode.office,
  flexible: OverrideCode.flexible,
} as const;

/** One member as the generator sees it. */
export interface MemberInfo {
  /** Position in the input (the output order). */
  index: number;
  id: string;
  granted: number;
  /** Index of the coverage role (1..), 0 when the member counts toward no role minimum. */
  roleIndex: number;
  role: string | null;
  /** Preferred weekdays as a bit mask over WEEKDAYS. */
  preferredMask: number;
}

/** What stays the same for every week of the unit. */
export interface UnitModel {
  ctx: ScheduleContext;
  rules: DayRules;
  /** In input order. */
  members: MemberInfo[];
  /** In id order: every tie is broken by it. */
  byId: MemberInfo[];
  /** Override per member-day: `member * dayCount + day`. */
  overrideAt: Uint8Array;
  dayCount: number;
  dayIndexOf: Map<IsoDate, number>;
  /** Roles with a minimum, sorted; role index = position + 1. */
  roleNames: string[];
  /** Minimum on site per role index (index 0 unused). */
  roleNeed: Int32Array;
  headcount: number;
  seats: number | null;
  weights: Record<SoftGoalCode, number>;
  /** Filled per week: least on site on each day (0 on collective and non-working days). */
  requiredAt: Int32Array;
  /** Filled per week: most on a flexible-location day, -1 when no share limits it. */
  maxFlexibleAt: Int32Array;
}

/** What earlier weeks left behind: fairness counters and last week's pattern. */
export interface UnitHistory {
  popularSoFar: Int32Array;
  nationalSoFar: Int32Array;
  roleDutySoFar: Int32Array;
  lastPattern: Int32Array;
}

/** One week ready for the solver, or the conflicts that stop it. */
export interface WeekBuild {
  week: CalendarWeek;
  /** Calendar day index of each working day of the week (position `j`). */
  workDays: number[];
  /** `member * workDays.length + j`. */
  status: Uint8Array;
  /** Flexible days each member may still choose this week. */
  residual: Int32Array;
  /** Positions `j` open to choice (working, not collective). */
  openDays: number[];
  conflicts: ScheduleConflict[];
  problem: WeekProblem | null;
  /** `member * workDays.length + j` -> flow supplier index of a national open day (-1 when none). */
  nationalSupplier: Int32Array;
}

function statusOf(model: UnitModel, info: MemberInfo, day: number): DayStatusCode {
  const o = model.overrideAt[info.index * model.dayCount + day]!;
  const r = model.rules;
  if (o === OverrideCode.leave) return DayStatus.leave;
  if (o === OverrideCode.officialTravel) return DayStatus.officialTravel;
  if (o === OverrideCode.office) return DayStatus.pinnedOffice;
  if (r.collective[day]) return DayStatus.collective;
  if (o === OverrideCode.flexible) return r.nationalOpen[day] ? DayStatus.pinnedNational : DayStatus.pinnedFlexible;
  if (r.nationalOpen[day]) return DayStatus.nationalOpen;
  return r.mandatoryOffice[day] || info.granted === 0 ? DayStatus.fixedOffice : DayStatus.free;
}

/**
 * Role minimums hold on collective days too (issue 9 item 7: the collective day exempts direct public service, and a
 * front desk is direct public service). Members pinned to the office count first; the rest of the minimum is taken
 * from the role's members who are not on leave, travel or a pinned flexible day, those with the fewest such duties so
 * far first, ties by id.
 */
function collectiveRoleDuty(model: UnitModel, build: WeekBuild, j: number, history: UnitHistory): void {
  const weekDayCount = build.workDays.length;
  const day = build.workDays[j]!;
  const date = model.ctx.calendar.days[day]!.date;
  for (let r = 1; r <= model.roleNames.length; r++) {
    const need = model.roleNeed[r]!;
    let pinned = 0;
    const candidates: MemberInfo[] = [];
    for (const info of model.byId) {
      if (info.roleIndex !== r) continue;
      const s = build.status[info.index * weekDayCount + j]!;
      if (s === DayStatus.pinnedOffice) pinned++;
      else if (
        s === DayStatus.collective &&
        model.overrideAt[info.index * model.dayCount + day] !== OverrideCode.flexible
      )
        candidates.push(info);
    }
    const extra = need - pinned;
    if (extra <= 0) continue;
    if (candidates.length < extra) {
      roleCoverageUnreachable(model, build, j, r, need, pinned + candidates.length);
      continue;
    }
    candidates.sort((a, b) => history.roleDutySoFar[a.index]! - history.roleDutySoFar[b.index]!); // stable: ties stay in id order
    for (const info of candidates.slice(0, extra)) {
      build.status[info.index * weekDayCount + j] = DayStatus.roleDuty;
      history.roleDutySoFar[info.index]!++;
    }
  }
  if (model.seats !== null) {
    const inOffice = model.byId.filter((info) => {
      const s = build.status[info.index * weekDayCount + j];
      return s === DayStatus.pinnedOffice || s === DayStatus.roleDuty;
    });
    if (inOffice.length > model.seats) {
      const pinnedOffice = inOffice
        .filter((info) => build.status[info.index * weekDayCount + j] === DayStatus.pinnedOffice)
        .map((info) => info.id);
      const mustBeOnSite = inOffice
        .filter((info) => build.status[info.index * weekDayCount + j] === DayStatus.roleDuty)
        .map((info) => info.id);
      build.conflicts.push(
        conflict(
          "seat_capacity_exceeded",
          {
            dates: [date],
            weekStart: build.week.start,
            required: inOffice.length,
            possible: model.seats,
            members: { pinnedOffice, mustBeOnSite },
          },
          { date, seats: model.seats },
        ),
      );
    }
  }
}

/** Names the members of a day by what fixes them (only when a conflict needs names). */
/**
 * Records that role `r` cannot keep its on-site minimum on week day `j`: who is away (leave, travel, pinned
 * flexible) is named, so the unit can see which override to move.
 */
function roleCoverageUnreachable(
  model: UnitModel,
  build: WeekBuild,
  j: number,
  r: number,
  required: number,
  possible: number,
): void {
  const date = model.ctx.calendar.days[build.workDays[j]!]!.date;
  const role = model.roleNames[r - 1]!;
  const who = whoOnDay(model, build, j, r);
  const members = { onLeave: who.onLeave, onTravel: who.onTravel, pinnedFlexible: who.pinnedFlexible };
  build.conflicts.push(
    conflict(
      "role_coverage_unreachable",
      { dates: [date], weekStart: build.week.start, role, required, possible, members },
      { date, role },
    ),
  );
}

function whoOnDay(model: UnitModel, build: WeekBuild, j: number, role: number | null): WhoLists {
  const weekDayCount = build.workDays.length;
  const who = emptyWho();
  for (const info of model.byId) {
    if (role !== null && info.roleIndex !== role) continue;
    const s = build.status[info.index * weekDayCount + j]!;
    if (s === DayStatus.leave) who.onLeave.push(info.id);
    else if (s === DayStatus.officialTravel) who.onTravel.push(info.id);
    else if (s === DayStatus.pinnedFlexible || s === DayStatus.pinnedNational) who.pinnedFlexible.push(info.id);
    else if (s === DayStatus.pinnedOffice) who.pinnedOffice.push(info.id);
    else if (!((s === DayStatus.free && build.residual[info.index]! > 0) || s === DayStatus.nationalOpen))
      who.mustBeOnSite.push(info.id);
  }
  return who;
}

/**
 * The weekly cap of each member (PermenPANRB 4/2025 Pasal 13(1)) after counted collective days, and the pins that
 * break it or fall on a mandatory office weekday.
 */
function weeklyAllowances(model: UnitModel, build: WeekBuild): void {
  const weekDayCount = build.workDays.length;
  const { week, workDays, status } = build;
  const days = model.ctx.calendar.days;
  const policyCap = weekPolicyCap(
    model.ctx,
    week,
    segmentsOfWeek(
      model.ctx,
      week.dates.map((d) => model.dayIndexOf.get(d)!),
    ),
  );
  const capByGranted = new Map<number, number>();
  for (const info of model.byId) {
    let cap = capByGranted.get(info.granted);
    if (cap === undefined)
      capByGranted.set(info.granted, (cap = Math.min(flexibleCapForWeek(info.granted, week), policyCap)));
    let counted = 0,
      pinned = 0;
    const row = info.index * weekDayCount;
    for (let j = 0; j < weekDayCount; j++) {
      const s = status[row + j]!;
      const day = workDays[j]!;
      // A member kept on site for a role on a counted collective day still has that day counted: the day's place in
      // the weekly cap is the policy's, not the outcome of who keeps the desk (so the cap never depends on that choice).
      if ((s === DayStatus.collective || s === DayStatus.roleDuty) && model.rules.collective[day]!.countsTowardCap)
        counted++;
      if (s === DayStatus.pinnedFlexible) {
        pinned++;
        if (model.rules.mandatoryOffice[day]) {
          const d = days[day]!;
          build.conflicts.push(
            conflict(
              "pin_on_mandatory_office_weekday",
              { dates: [d.date], weekStart: week.start, members: { pinnedFlexible: [info.id] } },
              { date: d.date, member: info.id, weekday: d.weekday },
            ),
          );
        }
      }
    }
    const allowed = Math.max(0, cap - counted);
    if (pinned > allowed) {
      const dates: IsoDate[] = [];
      for (let j = 0; j < weekDayCount; j++)
        if (status[row + j] === DayStatus.pinnedFlexible) dates.push(days[workDays[j]!]!.date);
      build.conflicts.push(
        conflict(
          "pins_exceed_cap",
          { dates, weekStart: week.start, required: pinned, possible: allowed, members: { pinnedFlexible: [info.id] } },
          { weekStart: week.start, member: info.id, pinned, allowed, cap, collective: counted },
        ),
      );
    }
    build.residual[info.index] = Math.max(0, allowed - pinned);
  }
}

/** Bounds of one open day for the flow, and the conflicts no choice of flexible days can avoid on it. */
interface DayBounds {
  /** Least that must be away (seats). */
  lower: number;
  /** Most that may still be chosen away (coverage, flexible share). */
  upper: number;
  /** Per role index: most of that role still allowed away. */
  roleAllowance: number[];
}

function openDayBounds(model: UnitModel, build: WeekBuild, j: number): DayBounds {
  const weekDayCount = build.workDays.length;
  const day = build.workDays[j]!;
  const date = model.ctx.calendar.days[day]!.date;
  const memberCount = model.members.length;
  const roleCount = model.roleNames.length + 1;
  // Count first; name people only when a conflict needs them.
  let leave = 0,
    travel = 0,
    pinnedAway = 0,
    mustIn = 0;
  const roleTotal = new Int32Array(roleCount),
    roleAway = new Int32Array(roleCount);
  for (const info of model.members) {
    const s = build.status[info.index * weekDayCount + j]!;
    roleTotal[info.roleIndex]!++;
    if (s === DayStatus.leave) leave++;
    else if (s === DayStatus.officialTravel) travel++;
    else if (s === DayStatus.pinnedFlexible || s === DayStatus.pinnedNational) pinnedAway++;
    else if (!((s === DayStatus.free && build.residual[info.index]! > 0) || s === DayStatus.nationalOpen)) mustIn++;
    if (
      s === DayStatus.leave ||
      s === DayStatus.officialTravel ||
      s === DayStatus.pinnedFlexible ||
      s === DayStatus.pinnedNational
    )
      roleAway[info.roleIndex]!++;
  }
  // Shares count the members working that day: leave and official travel are neither on site nor flexible
  // (issue 9 item 7; SE 150/KPG.03/BKD limits the share working from home, not presence).
  const working = memberCount - leave - travel;
  const required = Math.max(model.headcount, requiredFromShare(model.rules.onSiteShare[day]!, working));
  const maxFlexible = flexibleAllowance(model.rules.flexibleShare[day]!, working);
  model.requiredAt[day] = required;
  model.maxFlexibleAt[day] = maxFlexible === Infinity ? -1 : maxFlexible;
  const canBeOnSite = working - pinnedAway;
  if (canBeOnSite < required) {
    const who = whoOnDay(model, build, j, null);
    build.conflicts.push(
      conflict(
        "coverage_unreachable",
        {
          dates: [date],
          weekStart: build.week.start,
          required,
          possible: canBeOnSite,
          members: { onLeave: who.onLeave, onTravel: who.onTravel, pinnedFlexible: who.pinnedFlexible },
        },
        { date, members: memberCount, working },
      ),
    );
  }
  if (pinnedAway > maxFlexible) {
    const who = whoOnDay(model, build, j, null);
    build.conflicts.push(
      conflict(
        "flexible_share_exceeded",
        {
          dates: [date],
          weekStart: build.week.start,
          required: pinnedAway,
          possible: maxFlexible,
          members: { pinnedFlexible: who.pinnedFlexible },
        },
        { date, share: model.rules.flexibleShare[day]!, working },
      ),
    );
  }
  const roleAllowance: number[] = new Array<number>(roleCount).fill(Infinity);
  for (let r = 1; r < roleCount; r++) {
    const need = model.roleNeed[r]!;
    const can = roleTotal[r]! - roleAway[r]!;
    if (can < need) {
      roleCoverageUnreachable(model, build, j, r, need, can);
    }
    roleAllowance[r] = Math.max(0, can - need);
  }
  // Least on site: the minimum, and everyone the flexible share cannot send away.
  const leastOnSite = Math.max(required, maxFlexible === Infinity ? 0 : working - maxFlexible);
  if (model.seats !== null && Math.max(mustIn, leastOnSite) > model.seats) {
    const who = whoOnDay(model, build, j, null);
    build.conflicts.push(
      conflict(
        "seat_capacity_exceeded",
        {
          dates: [date],
          weekStart: build.week.start,
          required: Math.max(mustIn, leastOnSite),
          possible: model.seats,
          members: { pinnedOffice: who.pinnedOffice, mustBeOnSite: who.mustBeOnSite },
        },
        { date, seats: model.seats, requiredOnSite: leastOnSite },
      ),
    );
  }
  return {
    upper: Math.max(0, canBeOnSite - leastOnSite),
    lower: model.seats === null ? 0 : Math.max(0, canBeOnSite - model.seats),
    roleAllowance,
  };
}

/**
 * The flow problem of the week's open days. Members in id order (local index = tie-break order). A member's open
 * national flexible-work day is a separate unit of supply outside the weekly cap: one extra supplier with capacity 1
 * and only that day free, after all real members, so the model stays a plain flow and exact.
 */
function flowProblem(model: UnitModel, build: WeekBuild, bounds: DayBounds[], history: UnitHistory): WeekProblem {
  const weekDayCount = build.workDays.length;
  const { openDays } = build;
  const openDayCount = openDays.length;
  const memberCount = model.members.length;
  const roleCount = model.roleNames.length + 1;
  const { rules, weights } = model;
  let extraSuppliers = 0;
  for (const info of model.byId)
    for (const j of openDays)
      if (build.status[info.index * weekDayCount + j] === DayStatus.nationalOpen)
        build.nationalSupplier[info.index * weekDayCount + j] = memberCount + extraSuppliers++;
  const supplierCount = memberCount + extraSuppliers;
  const free = new Uint8Array(supplierCount * openDayCount);
  const cost = new Float64Array(supplierCount * openDayCount);
  const memberRole = new Int32Array(supplierCount);
  const cap = new Int32Array(supplierCount);
  const groupCap: number[] = new Array<number>(roleCount * openDayCount).fill(Infinity);
  bounds.forEach((b, d) => {
    for (let r = 1; r < roleCount; r++) groupCap[r * openDayCount + d] = b.roleAllowance[r]!;
  });
  const halfFair = Math.floor(weights.popular_day_fairness / 2);
  model.byId.forEach((info, local) => {
    memberRole[local] = info.roleIndex;
    cap[local] = build.residual[info.index]!;
    const last = history.lastPattern[info.index]!;
    for (let d = 0; d < openDayCount; d++) {
      if (build.status[info.index * weekDayCount + openDays[d]!] !== DayStatus.free) continue;
      const day = build.workDays[openDays[d]!]!;
      const bit = 1 << rules.weekdayIndex[day]!;
      free[local * openDayCount + d] = 1;
      let c = -weights.granted_days_used;
      if (info.preferredMask & bit) c -= weights.preferred_weekdays;
      if (rules.anchor[day]) c += weights.anchor_days_together;
      if (rules.popular[day]) c += weights.popular_day_fairness * history.popularSoFar[info.index]! - halfFair;
      if (last & bit) c -= weights.pattern_stability;
      cost[local * openDayCount + d] = c;
    }
  });
  for (const info of model.byId) {
    for (let d = 0; d < openDayCount; d++) {
      const supplier = build.nationalSupplier[info.index * weekDayCount + openDays[d]!]!;
      if (supplier < 0) continue;
      const day = build.workDays[openDays[d]!]!;
      memberRole[supplier] = info.roleIndex;
      cap[supplier] = 1;
      free[supplier * openDayCount + d] = 1;
      // Taking the day is wanted like a granted day; whoever had fewer such days in earlier weeks goes first.
      let c = -weights.granted_days_used + weights.popular_day_fairness * history.nationalSoFar[info.index]!;
      if (info.preferredMask & (1 << rules.weekdayIndex[day]!)) c -= weights.preferred_weekdays;
      if (rules.anchor[day]) c += weights.anchor_days_together;
      cost[supplier * openDayCount + d] = c;
    }
  }
  return {
    dayCount: openDayCount,
    roleCount,
    supplierCount,
    mustBeAway: bounds.map((b) => b.lower),
    mayBeAway: bounds.map((b) => b.upper),
    groupCap,
    memberRole,
    cap,
    free,
    cost,
  };
}

/** Builds one week: statuses, role duty on collective days, weekly allowances, day bounds, and the flow problem. */
export function buildWeek(model: UnitModel, week: CalendarWeek, history: UnitHistory): WeekBuild {
  const workDays = week.workingDates.map((d) => model.dayIndexOf.get(d)!);
  const weekDayCount = workDays.length;
  const memberCount = model.members.length;
  const build: WeekBuild = {
    week,
    workDays,
    status: new Uint8Array(memberCount * weekDayCount),
    residual: new Int32Array(memberCount),
    openDays: [],
    conflicts: [],
    problem: null,
    nationalSupplier: new Int32Array(memberCount * weekDayCount).fill(-1),
  };
  for (const info of model.members)
    for (let j = 0; j < weekDayCount; j++)
      build.status[info.index * weekDayCount + j] = statusOf(model, info, workDays[j]!);
  for (let j = 0; j < weekDayCount; j++) {
    if (model.rules.collective[workDays[j]!]) collectiveRoleDuty(model, build, j, history);
    else build.openDays.push(j);
  }
  weeklyAllowances(model, build);
  const bounds = build.openDays.map((j) => openDayBounds(model, build, j));
  if (build.conflicts.length === 0) build.problem = flowProblem(model, build, bounds, history);
  return build;
}
