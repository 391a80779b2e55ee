/**
 * The one place an {@link Assignment} is built: the generator (assemble.ts) and the roster checker (roster.ts) both
 * state only a day, a mode, a location and the reasons; the hours and minutes follow from the mode. Worked modes
 * take the day's hours (office and official travel count as regular minutes, flexible days as flexible minutes:
 * Perpres 21/2023 Pasal 9, the hours hold wherever the work is done); leave is excused for the day's minutes; a
 * holiday or weekend has neither.
 *
 * Internal module, not public API. (Not tagged internal: on a file header, stripInternal drops the first statement.)
 */
import type { CalendarDay } from "../calendar/types.js";
import type { Assignment, AssignmentMode, AssignmentReason } from "./types.js";

/** The member's assignment on `day` in `mode`, with the hours and minutes that mode takes. */
export function assignmentOn(
  day: CalendarDay,
  mode: AssignmentMode,
  location: Assignment["location"],
  reasons: AssignmentReason[],
  /** The core window a flexible day asks the member to be reachable in (policy `flexibleDayCoreWindow`). */
  coreStart: string | null = null,
  coreEnd: string | null = null,
): Assignment {
  const worked = mode === "office" || mode === "official_travel" || mode === "flexible";
  const hours = worked ? day.hours : null;
  const minutes = day.workMinutes;
  return {
    date: day.date,
    mode,
    location,
    start: hours?.start ?? null,
    end: hours?.end ?? null,
    breakMinutes: hours?.breakMinutes ?? 0,
    regularMinutes: mode === "office" || mode === "official_travel" ? minutes : 0,
    flexibleMinutes: mode === "flexible" ? minutes : 0,
    excusedMinutes: mode === "leave" ? minutes : 0,
    coreStart,
    coreEnd,
    reasons,
  };
}

/** Why a day is not a working day: a weekend, a collective leave day (cuti bersama) or a national holiday. */
export function nonWorkingReason(day: CalendarDay): AssignmentReason {
  return day.kind === "weekend" ? "weekend" : day.kind === "cuti_bersama" ? "cuti_bersama" : "national_holiday";
}
