/**
 * The soft goals, scored one by one over a finished schedule, each with the members it did not fully serve.
 * Scores count things people recognise (days, members, week transitions), higher is better, `max` is the best
 * reachable count under the hard constraints' fixed parts (leave, travel, pins, collective days).
 *
 * @internal
 */
import { addDays, type Weekday } from "../core/dates.js";
import { issue } from "../core/errors.js";
import type { MessageCode } from "../i18n/index.js";
import type { ScheduleContext } from "./context.js";
import type { Schedule, SoftGoalCode, SoftGoalResult } from "./types.js";

function result(code: SoftGoalCode, score: number, max: number, affected: Set<string>, evidence: Record<string, string | number>): SoftGoalResult {
  const params = { score, max, ...evidence };
  return { code, score, max, affected: [...affected].sort(), evidence, message: issue(`schedule_soft_${code}` as MessageCode, [], params).message };
}

/** Scores every soft goal of a schedule. */
export function scoreSoftGoals(schedule: Pick<Schedule, "members" | "days">, ctx: ScheduleContext, popular: ReadonlySet<Weekday>): SoftGoalResult[] {
  const prefs = new Map(ctx.input.members.map((m) => [m.id, new Set(m.preferredFlexibleWeekdays ?? [])]));
  const dayIndex = new Map(schedule.days.map((d, i) => [d.date, i]));

  // Preferred weekdays: of the member's own flexible days, how many fell on a preferred weekday (when there was one
  // free that week); members with no preference are not counted.
  let prefScore = 0, prefMax = 0;
  const prefAffected = new Set<string>();
  // Popular days: how many flexible Mondays/Fridays each member with MKD got.
  const popularCount = new Map<string, number>();
  // Anchor days: attendances on site among members not on leave.
  let anchorScore = 0, anchorMax = 0;
  const anchorAffected = new Set<string>();
  // Stability: consecutive full weeks with the same own flexible weekdays.
  let stableScore = 0, stableMax = 0;
  const stableAffected = new Set<string>();
  // Granted days used.
  let usedScore = 0, usedMax = 0;
  const usedAffected = new Set<string>();

  for (const m of schedule.members) {
    const pref = prefs.get(m.id) ?? new Set<Weekday>();
    const own = (a: (typeof m.assignments)[number]): boolean =>
      a.mode === "flexible" && (a.reasons.includes("mkd_flexible_day") || a.reasons.includes("pinned_flexible"));
    let popular_ = 0;
    for (const a of m.assignments) {
      const day = schedule.days[dayIndex.get(a.date)!]!;
      if (own(a) && popular.has(day.weekday)) popular_++;
      if (day.anchor && day.collective === null && a.mode !== "leave") {
        anchorMax++;
        if (a.mode === "office") anchorScore++;
        else anchorAffected.add(m.id);
      }
    }
    if (m.grantedFlexibleDays > 0) popularCount.set(m.id, popular_);
    let prevPattern: string | null = null;
    for (const w of m.weeks) {
      const weekEnd = addDays(w.start, 6);
      const weekAssignments = m.assignments.filter((a) => a.date >= w.start && a.date <= weekEnd);
      const ownDays = weekAssignments.filter(own);
      // Usable: own days allowed this week, limited by the days the member could still choose.
      const choosable = weekAssignments.filter((a) => (a.mode === "office" && a.reasons.includes("office_day")) || own(a)).length;
      const usable = Math.min(Math.max(0, w.cap - w.collectiveDaysCounted), choosable);
      usedMax += usable;
      usedScore += Math.min(usable, ownDays.length);
      if (ownDays.length < usable) usedAffected.add(m.id);
      if (pref.size > 0 && ownDays.length > 0) {
        const freePreferred = weekAssignments.filter((a) => pref.has(schedule.days[dayIndex.get(a.date)!]!.weekday) && ((a.mode === "office" && a.reasons.includes("office_day")) || own(a))).length;
        const possible = Math.min(ownDays.length, freePreferred);
        const got = ownDays.filter((a) => pref.has(schedule.days[dayIndex.get(a.date)!]!.weekday)).length;
        prefMax += possible;
        prefScore += Math.min(got, possible);
        if (got < possible) prefAffected.add(m.id);
      }
      if (w.split === "none" && m.grantedFlexibleDays > 0) {
        const pattern = ownDays.map((a) => schedule.days[dayIndex.get(a.date)!]!.weekday).join(",");
        if (prevPattern !== null) {
          stableMax++;
          if (pattern === prevPattern) stableScore++;
          else stableAffected.add(m.id);
        }
        prevPattern = pattern;
      }
    }
  }
  const counts = [...popularCount.values()];
  const most = counts.length ? Math.max(...counts) : 0;
  const least = counts.length ? Math.min(...counts) : 0;
  const fairAffected = new Set([...popularCount].filter(([, c]) => c < most - 1).map(([id]) => id));
  return [
    result("granted_days_used", usedScore, usedMax, usedAffected, {}),
    result("anchor_days_together", anchorScore, anchorMax, anchorAffected, {}),
    result("preferred_weekdays", prefScore, prefMax, prefAffected, {}),
    result("popular_day_fairness", counts.length - fairAffected.size, counts.length, fairAffected, { min: least, maxCount: most }),
    result("pattern_stability", stableScore, stableMax, stableAffected, {}),
  ];
  void ctx;
}
