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
 * - Coverage: on each working day that is not collective, on site >= max(unit headcount, ceil(share x members working
 *   that day)), the share being the unit's own when it sets a share or headcount (0 included), else the policy's
 *   default `minOnSiteShare`. Members on leave or official travel are not working at the unit that day and are never
 *   counted, so leave cannot make a day infeasible under a share (issue 9 item 7). Per role, members count toward their
 *   FIRST listed role that has a minimum, and role minimums hold on collective days too (a front desk is direct
 *   public service, which collective days exempt).
 * - Flexible share (policy `maximumFlexibleShare`, SE 150/KPG.03/BKD for December 2025: "paling banyak 50%" WFH):
 *   on a working day that is not collective, at most floor(share x members working that day) are on a
 *   flexible-location day; leave and official travel are not flexible days and do not count.
 * - Per day (issue 9 item 6): the cap, collective days, hours, minimum share and flexible share of each day come from
 *   the version in force that day; a week under two versions applies the smaller cap to the whole week.
 *
 * @module
 */
import { WEEKDAYS, type IsoDate, type Weekday } from "../core/dates.js";
import { buildContext, grantedOf, policyRef, policySpans, unitRef, type ScheduleContext } from "./context.js";
import { assembleSchedule, complianceWeeks } from "./assemble.js";
import { conflict } from "./conflicts.js";
import { dayRules } from "./days.js";
import { solveWeek, type WeekProblem, type WeekSolution } from "./solver.js";
import { checkContext } from "./check.js";
import { scoreSoftGoals } from "./soft.js";
import {
  buildWeek,
  DayStatus,
  OVERRIDE_CODE_OF,
  type MemberInfo,
  type UnitHistory,
  type UnitModel,
  type WeekBuild,
} from "./week.js";
import type { ScheduleConflict, ScheduleInput, ScheduleResult, SoftGoalCode } from "./types.js";

/**
 * Default weights of the soft goals (integers; higher = more important). Override any of them with
 * `options.weights` in the schedule input.
 *
 * @example
 * ```ts
 * generateSchedule({ ...input, options: { weights: { ...DEFAULT_WEIGHTS, preferred_weekdays: 400 } } });
 * ```
 */
export const DEFAULT_WEIGHTS: Readonly<Record<SoftGoalCode, number>> = {
  granted_days_used: 1000,
  anchor_days_together: 1500,
  preferred_weekdays: 100,
  popular_day_fairness: 40,
  pattern_stability: 30,
};

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
  return generateFromContext(buildContext(input));
}

/** What {@link generateScheduleObserved} reports for each unit-week it solves. */
export type WeekObserver = (problem: WeekProblem, solution: WeekSolution, weekStart: IsoDate) => void;

/**
 * generateSchedule, reporting every unit-week flow problem and the solver's answer to `observe`: the seam the HiGHS
 * oracle test and the benchmark use to compare the soft-goal optimum of each week with an exact MIP solver.
 *
 * @internal
 */
export function generateScheduleObserved(input: ScheduleInput, observe: WeekObserver): ScheduleResult {
  return generateFromContext(buildContext(input), observe);
}

/** Everything about the unit that does not change from week to week. */
function unitModel(ctx: ScheduleContext, popular: ReadonlySet<Weekday>): UnitModel {
  const { input, calendar } = ctx;
  const dayCount = calendar.days.length;
  const dayIndexOf = new Map<IsoDate, number>();
  calendar.days.forEach((d, i) => dayIndexOf.set(d.date, i));
  const perRole = input.unit.minimumOnSite?.perRole ?? {};
  const roleNames = Object.keys(perRole)
    .filter((r) => (perRole[r] ?? 0) > 0)
    .sort();
  const roleIndexOf = new Map(roleNames.map((r, i) => [r, i + 1]));
  const roleNeed = new Int32Array(roleNames.length + 1);
  roleNames.forEach((r, i) => (roleNeed[i + 1] = perRole[r]!));
  const overrideAt = new Uint8Array(input.members.length * dayCount);
  const weekdayMask = (days: readonly Weekday[] | undefined): number =>
    (days ?? []).reduce((m, w) => m | (1 << WEEKDAYS.indexOf(w)), 0);
  const members: MemberInfo[] = input.members.map((m, index) => {
    const role = (m.roles ?? []).find((r) => roleIndexOf.has(r)) ?? null;
    for (const o of m.overrides ?? []) {
      const day = dayIndexOf.get(o.date);
      if (day !== undefined) overrideAt[index * dayCount + day] = OVERRIDE_CODE_OF[o.kind];
    }
    return {
      index,
      id: m.id,
      granted: grantedOf(m.grantedFlexibleDays),
      roleIndex: role ? roleIndexOf.get(role)! : 0,
      role,
      preferredMask: weekdayMask(m.preferredFlexibleWeekdays),
    };
  });
  return {
    ctx,
    rules: dayRules(ctx, popular),
    members,
    byId: [...members].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    overrideAt,
    dayCount,
    dayIndexOf,
    roleNames,
    roleNeed,
    headcount: input.unit.minimumOnSite?.headcount ?? 0,
    seats: input.unit.seatCapacity ?? null,
    weights: { ...DEFAULT_WEIGHTS, ...(input.options?.weights ?? {}) } as Record<SoftGoalCode, number>,
    requiredAt: new Int32Array(dayCount),
    maxFlexibleAt: new Int32Array(dayCount).fill(-1),
  };
}

/**
 * Overrides on days that are not working days: leave and travel are moot (nothing is scheduled); a pinned office or
 * flexible day cannot be honoured without scheduling work on a holiday.
 */
function overridesOnNonWorkingDays(model: UnitModel): ScheduleConflict[] {
  const out: ScheduleConflict[] = [];
  for (const info of model.byId) {
    for (const o of model.ctx.input.members[info.index]!.overrides ?? []) {
      const day = model.dayIndexOf.get(o.date);
      if (day === undefined) continue;
      const d = model.ctx.calendar.days[day]!;
      if (d.isWorkingDay || o.kind === "leave" || o.kind === "official_travel") continue;
      out.push(
        conflict(
          "override_on_non_working_day",
          { dates: [o.date], required: 0, possible: 0, members: { other: [info.id] } },
          { date: o.date, member: info.id, kind: o.kind, dayKind: d.kind },
        ),
      );
    }
  }
  return out;
}

/** Writes the solver's choice (or the fixed statuses) of one week into `modeAt`, and updates the fairness history. */
function applyWeek(
  model: UnitModel,
  build: WeekBuild,
  away: Uint8Array,
  modeAt: Uint8Array,
  history: UnitHistory,
): void {
  const weekDayCount = build.workDays.length;
  const openDayCount = build.openDays.length;
  const openPosition = new Int32Array(weekDayCount).fill(-1);
  build.openDays.forEach((j, d) => (openPosition[j] = d));
  const pattern = new Int32Array(model.members.length);
  model.byId.forEach((info, local) => {
    for (let j = 0; j < weekDayCount; j++) {
      const day = build.workDays[j]!;
      let status: number = build.status[info.index * weekDayCount + j]!;
      if (status === DayStatus.free) {
        const d = openPosition[j]!;
        status = d >= 0 && away[local * openDayCount + d] ? DayStatus.chosenFlexible : DayStatus.chosenOffice;
      } else if (status === DayStatus.nationalOpen) {
        status = away[build.nationalSupplier[info.index * weekDayCount + j]! * openDayCount + openPosition[j]!]
          ? DayStatus.chosenNational
          : DayStatus.chosenOffice;
      }
      if (status === DayStatus.chosenNational || status === DayStatus.pinnedNational)
        history.nationalSoFar[info.index]!++;
      if (status === DayStatus.chosenFlexible || status === DayStatus.pinnedFlexible) {
        pattern[info.index]! |= 1 << model.rules.weekdayIndex[day]!;
        if (model.rules.popular[day]) history.popularSoFar[info.index]!++;
      }
      modeAt[info.index * model.dayCount + day] = status;
    }
  });
  history.lastPattern = pattern;
}

/** Generates from an already-built context: build each week, detect its conflicts, solve it, then assemble. */
function generateFromContext(ctx: ScheduleContext, observe?: WeekObserver): ScheduleResult {
  const popular = new Set<Weekday>(ctx.input.options?.popularWeekdays ?? ["monday", "friday"]);
  const model = unitModel(ctx, popular);
  const memberCount = model.members.length;
  const conflicts = overridesOnNonWorkingDays(model);
  // Decided status per member per calendar day (working days only): `member * dayCount + day`.
  const modeAt = new Uint8Array(memberCount * model.dayCount);
  const history: UnitHistory = {
    popularSoFar: new Int32Array(memberCount),
    nationalSoFar: new Int32Array(memberCount),
    roleDutySoFar: new Int32Array(memberCount),
    lastPattern: new Int32Array(memberCount),
  };
  for (const week of ctx.calendar.weeks) {
    const build = buildWeek(model, week, history);
    if (!build.problem) {
      conflicts.push(...build.conflicts);
      continue;
    }
    const problem = build.problem;
    const solution: WeekSolution =
      problem.dayCount === 0 ? { feasible: true, away: new Uint8Array(0) } : solveWeek(problem);
    observe?.(problem, solution, week.start);
    if (!solution.feasible) {
      const dateOf = (d: number) => ctx.calendar.days[build.workDays[build.openDays[d]!]!]!.date;
      const dates = solution.days.map(dateOf);
      conflicts.push(
        conflict(
          "seats_cannot_be_freed",
          {
            dates,
            weekStart: week.start,
            required: solution.required,
            possible: solution.possible,
            limitedRoleDays: solution.limitedGroups.map((g) => ({
              role: model.roleNames[Math.floor(g / problem.dayCount) - 1]!,
              date: dateOf(g % problem.dayCount),
            })),
          },
          { weekStart: week.start, seats: model.seats ?? 0, dates: dates.join(", ") },
        ),
      );
      continue;
    }
    applyWeek(model, build, solution.away, modeAt, history);
  }

  if (conflicts.length > 0) {
    return {
      status: "infeasible",
      unit: unitRef(ctx.input),
      period: { from: ctx.from, to: ctx.to },
      policy: policyRef(ctx.policy),
      policies: policySpans(ctx),
      conflicts,
    };
  }
  const schedule = assembleSchedule(model, modeAt);
  // Hard constraints are reported by the independent checker, never by the solver that made the schedule.
  const check = checkContext(schedule, ctx);
  schedule.compliance = {
    verdict: check.ok ? "compliant" : "violations",
    hard: check.hard,
    soft: scoreSoftGoals(schedule, ctx, popular, model.rules.nationalOpen),
    weeks: complianceWeeks(model),
  };
  return { status: "scheduled", schedule };
}
