/**
 * The soft goals, scored one by one over a finished schedule, each with the members it did not fully serve.
 * Scores count things people recognise (days, members, week transitions), higher is better, `max` is the best
 * reachable count under the hard constraints' fixed parts (leave, travel, pins, collective days).
 *
 * Internal module, not public API. (Not tagged internal: on a file header, stripInternal drops the first statement.)
 */
import { addDays, WEEKDAYS, type Weekday } from "../core/dates.js";
import { bilingual } from "../i18n/define.js";
import { scheduleMessages } from "../i18n/messages/schedule.js";
import type { ScheduleContext } from "./context.js";
import type { Schedule, SoftGoalCode, SoftGoalResult } from "./types.js";

function result(
  code: SoftGoalCode,
  score: number,
  max: number,
  affected: Set<string>,
  evidence: Record<string, string | number>,
): SoftGoalResult {
  const params = { score, max, ...evidence };
  return {
    code,
    score,
    max,
    affected: [...affected].sort(),
    evidence,
    message: bilingual([scheduleMessages], `schedule_soft_${code}`, params),
  };
}

/**
 * Scores every soft goal of a schedule. The schedule is the one generateSchedule just built: each member's
 * assignments are in calendar order, aligned with `schedule.days`, so a week is a contiguous index range.
 * `nationalOpen[day]` is 1 on a national flexible-work day open outside the cap (`allowed` reading): a flexible day
 * there is not one of the member's own days, and an office day there is not one they could have chosen with the cap.
 */
export function scoreSoftGoals(
  schedule: Pick<Schedule, "members" | "days">,
  ctx: ScheduleContext,
  popular: ReadonlySet<Weekday>,
  nationalOpen: ArrayLike<number>,
): SoftGoalResult[] {
  const weekdayBit = (w: Weekday): number => 1 << WEEKDAYS.indexOf(w);
  const prefs = new Map(
    ctx.input.members.map((m) => [
      m.id,
      (m.preferredFlexibleWeekdays ?? []).reduce((mask, w) => mask | weekdayBit(w), 0),
    ]),
  );
  const days = schedule.days;
  const bitAt = days.map((d) => weekdayBit(d.weekday));
  const popularAt = days.map((d) => popular.has(d.weekday));
  const anchorAt = days.map((d) => d.anchor && d.collective === null);
  const dayIndex = new Map(days.map((d, i) => [d.date, i]));
  // Index range [from, to) of each member week's dates (Monday to Sunday) in `days`, by week start.
  const rangeOf = new Map<string, [number, number]>();
  const rangeFor = (start: string): [number, number] => {
    let r = rangeOf.get(start);
    if (!r) {
      const end = addDays(start, 6);
      let from = dayIndex.get(start) ?? 0;
      while (from > 0 && days[from - 1]!.date >= start) from--;
      while (from < days.length && days[from]!.date < start) from++;
      let to = from;
      while (to < days.length && days[to]!.date <= end) to++;
      rangeOf.set(start, (r = [from, to]));
    }
    return r;
  };

  // Preferred weekdays: of the member's own flexible days, how many fell on a preferred weekday (when there was one
  // free that week); members with no preference are not counted.
  let prefScore = 0,
    prefMax = 0;
  const prefAffected = new Set<string>();
  // Popular days: how many flexible Mondays/Fridays each member with MKD got.
  const popularCount = new Map<string, number>();
  // Anchor days: attendances on site among members not on leave.
  let anchorScore = 0,
    anchorMax = 0;
  const anchorAffected = new Set<string>();
  // Stability: consecutive full weeks with the same own flexible weekdays.
  let stableScore = 0,
    stableMax = 0;
  const stableAffected = new Set<string>();
  // Granted days used.
  let usedScore = 0,
    usedMax = 0;
  const usedAffected = new Set<string>();

  for (const m of schedule.members) {
    const pref = prefs.get(m.id) ?? 0;
    const own = (a: (typeof m.assignments)[number], di: number): boolean =>
      !nationalOpen[di] &&
      a.mode === "flexible" &&
      (a.reasons.includes("mkd_flexible_day") || a.reasons.includes("pinned_flexible"));
    const choosable = (a: (typeof m.assignments)[number], di: number): boolean =>
      !nationalOpen[di] && ((a.mode === "office" && a.reasons.includes("office_day")) || own(a, di));
    let popular_ = 0;
    const as = m.assignments;
    for (let di = 0; di < as.length; di++) {
      const a = as[di]!;
      if (popularAt[di] && own(a, di)) popular_++;
      if (anchorAt[di] && a.mode !== "leave") {
        anchorMax++;
        if (a.mode === "office") anchorScore++;
        else anchorAffected.add(m.id);
      }
    }
    if (m.grantedFlexibleDays > 0) popularCount.set(m.id, popular_);
    let prevPattern = -1;
    for (const w of m.weeks) {
      const [from, to] = rangeFor(w.start);
      // One pass over the week: own days, days the member could still choose, and their preferred subsets. The
      // pattern is the set of own flexible weekdays (a week has each weekday once, so a bit mask is exact).
      let ownDays = 0,
        choosableDays = 0,
        freePreferred = 0,
        got = 0,
        pattern = 0;
      for (let di = from; di < to; di++) {
        const a = as[di]!;
        const isOwn = own(a, di);
        const preferred = (pref & bitAt[di]!) !== 0;
        if (isOwn) {
          ownDays++;
          pattern |= bitAt[di]!;
          if (preferred) got++;
        }
        if (isOwn || choosable(a, di)) {
          choosableDays++;
          if (preferred) freePreferred++;
        }
      }
      // Usable: own days allowed this week, limited by the days the member could still choose.
      const usable = Math.min(Math.max(0, w.cap - w.collectiveDaysCounted), choosableDays);
      usedMax += usable;
      usedScore += Math.min(usable, ownDays);
      if (ownDays < usable) usedAffected.add(m.id);
      if (pref !== 0 && ownDays > 0) {
        const possible = Math.min(ownDays, freePreferred);
        prefMax += possible;
        prefScore += Math.min(got, possible);
        if (got < possible) prefAffected.add(m.id);
      }
      if (w.split === "none" && m.grantedFlexibleDays > 0) {
        if (prevPattern !== -1) {
          stableMax++;
          if (pattern === prevPattern) stableScore++;
          else stableAffected.add(m.id);
        }
        prevPattern = pattern;
      }
    }
  }
  // Loops, not Math.max(...counts): a unit may have more members than a call can take arguments.
  let most = 0,
    least = 0,
    first = true;
  for (const c of popularCount.values()) {
    most = first ? c : Math.max(most, c);
    least = first ? c : Math.min(least, c);
    first = false;
  }
  const fairAffected = new Set([...popularCount].filter(([, c]) => c < most - 1).map(([id]) => id));
  return [
    result("granted_days_used", usedScore, usedMax, usedAffected, {}),
    result("anchor_days_together", anchorScore, anchorMax, anchorAffected, {}),
    result("preferred_weekdays", prefScore, prefMax, prefAffected, {}),
    result("popular_day_fairness", popularCount.size - fairAffected.size, popularCount.size, fairAffected, {
      min: least,
      maxCount: most,
    }),
    result("pattern_stability", stableScore, stableMax, stableAffected, {}),
  ];
}
