/**
 * Calendar exports of a schedule: iCalendar per member, CSV, and a self-contained HTML month grid.
 * Browser-safe string builders (no Node module).
 */
export { scheduleToIcs, scheduleToIcsFiles, type IcsFile, type IcsOptions } from "./ics.js";
export { scheduleToCsv, SCHEDULE_CSV_COLUMNS, neutralizeCsvCell, type ScheduleCsvOptions } from "./csv.js";
export { scheduleToHtml, type ScheduleHtmlOptions } from "./html.js";
