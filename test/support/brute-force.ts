/**
 * The exhaustive oracle of the schedule property tests: is there ANY choice of office or flexible on the members'
 * free working days that the independent checker accepts? Days that are not working days, and days with a leave or
 * official-travel override, are what they are; every other member-day is tried both ways (2^n rosters, so keep the
 * units and periods small). Built with the library's own `assignmentOn`, so a roster states only the mode.
 */
import { assignmentOn } from "../../src/schedule/assignment.js";
import { checkContext } from "../../src/schedule/check.js";
import { buildContext } from "../../src/schedule/context.js";
import type { Assignment, ScheduleInput } from "../../src/schedule/types.js";

const MAX_FREE_MEMBER_DAYS = 16;

export function someRosterPasses(input: ScheduleInput): boolean {
  const ctx = buildContext(input);
  const days = ctx.calendar.days;
  const free: { member: number; day: number }[] = [];
  const rosters: Assignment[][] = input.members.map((m, member) =>
    days.map((day, d) => {
      if (!day.isWorkingDay) return assignmentOn(day, day.kind === "weekend" ? "weekend" : "holiday", null, []);
      const override = m.overrides?.find((o) => o.date === day.date)?.kind;
      if (override === "leave") return assignmentOn(day, "leave", null, []);
      if (override === "official_travel") return assignmentOn(day, "official_travel", "travel", []);
      free.push({ member, day: d });
      return assignmentOn(day, "office", "office", []);
    }),
  );
  if (free.length > MAX_FREE_MEMBER_DAYS) throw new Error(`${free.length} free member-days: too many to enumerate`);
  for (let mask = 0; mask < 1 << free.length; mask++) {
    free.forEach(({ member, day }, bit) => {
      const flexible = (mask >> bit) & 1;
      rosters[member]![day] = flexible
        ? assignmentOn(days[day]!, "flexible", "home", [])
        : assignmentOn(days[day]!, "office", "office", []);
    });
    const members = input.members.map((m, i) => ({
      id: m.id,
      name: null,
      roles: m.roles ?? [],
      coverageRole: null,
      grantedFlexibleDays: m.grantedFlexibleDays as number,
      weeks: [],
      assignments: rosters[i]!,
    }));
    const scheduleDays = days.map((day, d) => ({
      date: day.date,
      onSite: rosters.filter((r) => r[d]!.mode === "office").length,
    }));
    if (checkContext({ members, days: scheduleDays } as never, ctx).ok) return true;
  }
  return false;
}
