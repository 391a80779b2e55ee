/**
 * checkRoster: the independent checker over a plain roster (member id -> date -> mode), which is what an e-Kinerja
 * system or a spreadsheet holds, instead of a generated schedule.
 *
 * @module
 */
import * as z from "zod/mini";
import type { IsoDate } from "../core/dates.js";
import { issue, MkdError, parseWith, type Issue } from "../core/errors.js";
import { scheduleMessages } from "../i18n/messages/schedule.js";
import { assignmentOn } from "./assignment.js";
import { buildContext } from "./context.js";
import { checkContext } from "./check.js";
import { isoDate } from "./shape.js";
import type { CalendarDay } from "../calendar/types.js";
import type { Assignment, ScheduleCheckReport, ScheduleDay, ScheduleInput, ScheduleMember } from "./types.js";

/**
 * What a roster says a member did on a date. `sick` is leave (sakit): excused, never a flexible day; `holiday` and
 * `weekend` mark days that are not working days (they may also be left out).
 *
 * @example
 * ```ts
 * const mode: RosterMode = "official_travel"; // dinas luar
 * ```
 */
export type RosterMode = (typeof ROSTER_MODES)[number];
const ROSTER_MODES = ["office", "flexible", "leave", "sick", "official_travel", "holiday", "weekend"] as const;

/**
 * A plain roster: member id -> ISO date -> mode, as an e-Kinerja system or a spreadsheet holds it. Every member of
 * the schedule input appears; working days left out are reported by the checker as missing.
 *
 * @example
 * ```ts
 * const roster: Roster = { "199001012020121001": { "2026-12-01": "office", "2026-12-02": "flexible", "2026-12-03": "flexible" } };
 * ```
 */
export type Roster = Record<string, Record<IsoDate, RosterMode>>;

const rosterSchema = z.record(z.string().check(z.minLength(1)), z.record(isoDate, z.enum(ROSTER_MODES)));

/** The assignment a roster mode stands for on a calendar day, with the day's hours. */
function assignmentOf(mode: RosterMode | undefined, day: CalendarDay): Assignment | undefined {
  switch (mode) {
    case undefined:
      return undefined;
    case "office":
      return assignmentOn(day, "office", "office", ["office_day"]);
    case "official_travel":
      return assignmentOn(day, "official_travel", "travel", ["override_official_travel"]);
    case "flexible":
      return assignmentOn(day, "flexible", "home", ["mkd_flexible_day"]);
    case "leave":
    case "sick":
      return assignmentOn(day, "leave", null, ["override_leave"]);
    case "holiday":
      return assignmentOn(day, "holiday", null, [day.kind === "cuti_bersama" ? "cuti_bersama" : "national_holiday"]);
    case "weekend":
      return assignmentOn(day, "weekend", null, ["weekend"]);
  }
}

/**
 * Checks a plain roster (member id -> date -> `office | flexible | leave | sick | official_travel | holiday |
 * weekend`) against a schedule input, and returns the same constraint-by-constraint report as {@link checkSchedule}:
 * the weekly cap, the on-site minimum, role minimums, seats, the flexible share, overrides, collective days, mandatory
 * office weekdays and weekly hours, each day under the policy version in force that day. Days that are not working
 * days may be left out; a working day left out is reported as missing. A flexible day keeps the day's hours (Perpres
 * 21/2023 Pasal 9); leave and sick days are excused; official travel counts as worked.
 *
 * Throws MkdError `invalid_roster` (with paths into the roster) for a malformed roster, a member the input does not
 * have, a member of the input the roster lacks, or a date outside the period; `invalid_schedule_input` for the input.
 *
 * @example
 * ```ts
 * const input = { unit: { id: "u", kind: "general" }, members: [{ id: "a", grantedFlexibleDays: 2 }], period: "2026-12", jurisdiction: "jabar" };
 * const report = checkRoster({ a: { "2026-12-01": "office", "2026-12-02": "flexible" } }, input);
 * report.ok; // false: the other working days of December are missing
 * report.hard.find((h) => h.code === "flexible_day_cap")!.held; // true
 * ```
 */
export function checkRoster(roster: Roster, input: ScheduleInput): ScheduleCheckReport {
  const parsed = parseWith(rosterSchema, roster, "invalid_roster", [], scheduleMessages);
  const ctx = buildContext(input);
  const issues: Issue[] = [];
  const inputIds = new Set(ctx.input.members.map((m) => m.id));
  for (const id of Object.keys(parsed)) {
    if (!inputIds.has(id)) issues.push(issue("roster_unknown_member", [id], { id }, scheduleMessages));
    for (const date of Object.keys(parsed[id]!)) {
      if (date < ctx.from || date > ctx.to)
        issues.push(
          issue("roster_date_outside_period", [id, date], { date, from: ctx.from, to: ctx.to }, scheduleMessages),
        );
    }
  }
  for (const m of ctx.input.members)
    if (!Object.hasOwn(parsed, m.id))
      issues.push(issue("roster_missing_member", [m.id], { id: m.id }, scheduleMessages));
  if (issues.length > 0) throw new MkdError("invalid_roster", { count: issues.length }, issues, scheduleMessages);

  const days = ctx.calendar.days;
  const members: ScheduleMember[] = ctx.input.members.map((m) => {
    const byDate = parsed[m.id]!;
    const assignments: Assignment[] = [];
    for (const day of days) {
      const given = byDate[day.date] as RosterMode | undefined;
      // A day that is not a working day may be left out of a roster: it is the holiday or weekend it is.
      const mode = given ?? (day.isWorkingDay ? undefined : day.kind === "weekend" ? "weekend" : "holiday");
      const a = assignmentOf(mode, day);
      if (a) assignments.push(a);
    }
    return {
      id: m.id,
      name: m.name ?? null,
      roles: [...(m.roles ?? [])],
      coverageRole: null,
      grantedFlexibleDays: 0,
      assignments,
      weeks: [],
    };
  });
  const scheduleDays = days.map((day) => {
    let onSite = 0;
    for (const m of ctx.input.members) if (parsed[m.id]![day.date] === "office") onSite++;
    return { date: day.date, onSite } as ScheduleDay;
  });
  return { ...checkContext({ members, days: scheduleDays }, ctx), conflicts: [] };
}
