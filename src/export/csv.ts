/**
 * A schedule as CSV: one row per member and date, for spreadsheets and HR imports.
 *
 * Written by a small RFC 4180 builder rather than csv-stringify: csv-stringify relies on Node's Buffer
 * global and the library core must run in browsers. The tests read the output back with csv-parse.
 */
import type { Locale } from "../i18n/index.js";
import type { Schedule } from "../schedule/types.js";
import { LOCATION_LABELS, modeLabel } from "./labels.js";

/**
 * Options for {@link scheduleToCsv}.
 *
 * @example
 * ```ts
 * const options: ScheduleCsvOptions = { locale: "id", delimiter: ";", bom: true }; // Excel, Indonesian locale
 * ```
 */
export interface ScheduleCsvOptions {
  /** Language of the `mode_label` and `location_label` columns (codes stay as they are). Default Indonesian. */
  readonly locale?: Locale;
  /** Field delimiter: `,` (default) or `;` for spreadsheets in an Indonesian locale. */
  readonly delimiter?: "," | ";" | "\t";
  /** Start with a UTF-8 byte-order mark so Excel opens accented names correctly (default false). */
  readonly bom?: boolean;
}

/**
 * The columns of {@link scheduleToCsv}, in order (stable: integrations may rely on them).
 *
 * @example
 * ```ts
 * SCHEDULE_CSV_COLUMNS[5]; // "mode"
 * ```
 */
export const SCHEDULE_CSV_COLUMNS = [
  "unit_id",
  "member_id",
  "member_name",
  "date",
  "weekday",
  "mode",
  "mode_label",
  "location",
  "location_label",
  "start",
  "end",
  "break_minutes",
  "regular_minutes",
  "flexible_minutes",
  "excused_minutes",
  "reasons",
  "policy",
] as const;

/**
 * Neutralises a spreadsheet formula (OWASP "CSV Injection"): a text cell that starts with `=`, `+`, `-`,
 * `@`, a tab or a carriage return is prefixed with a single quote, so Excel, LibreOffice and Google Sheets
 * show it as text instead of running it (`=HYPERLINK(...)`, `@SUM(...)`, `+cmd|...`). Member names and
 * ids come from HR exports anyone may have edited. Numbers written as numbers are not touched. The one
 * helper for every CSV mkd-engine writes (scheduleToCsv and the `mkd` command).
 *
 * @example
 * ```ts
 * neutralizeCsvCell("=HYPERLINK(\"http://x\")"); // "'=HYPERLINK(\"http://x\")"
 * neutralizeCsvCell("Budi"); // "Budi"
 * ```
 */
export function neutralizeCsvCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Quotes a field when it holds the delimiter, a quote or a line break (RFC 4180).
 *
 * @example
 * ```ts
 * csvField('Budi, "Ajat"'); // "\"Budi, \"\"Ajat\"\"\""
 * ```
 */
function csvField(value: string | number | null, delimiter = ","): string {
  const text = value === null ? "" : typeof value === "number" ? String(value) : neutralizeCsvCell(value);
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One CSV row per member and date (weekends and holidays included, so the grid is complete), CRLF line
 * ends, with a header row of {@link SCHEDULE_CSV_COLUMNS}.
 *
 * @example
 * ```ts
 * const csv = scheduleToCsv(schedule, { locale: "en", delimiter: ";" });
 * // "unit_id;member_id;member_name;date;weekday;mode;..."
 * ```
 */
export function scheduleToCsv(schedule: Schedule, options: ScheduleCsvOptions = {}): string {
  const locale = options.locale ?? "id";
  const d = options.delimiter ?? ",";
  const row = (cells: readonly (string | number | null)[]) => cells.map((c) => csvField(c, d)).join(d) + "\r\n";
  const weekdays = new Map(schedule.days.map((day) => [day.date, day.weekday]));
  const policy = `${schedule.policy.jurisdiction}@${schedule.policy.version}`;
  let out = (options.bom ? "\uFEFF" : "") + row(SCHEDULE_CSV_COLUMNS);
  for (const m of schedule.members) {
    for (const a of m.assignments) {
      out += row([
        schedule.unit.id,
        m.id,
        m.name,
        a.date,
        weekdays.get(a.date) ?? null,
        a.mode,
        modeLabel(a.mode, locale),
        a.location,
        a.location ? LOCATION_LABELS[a.location][locale] : null,
        a.start,
        a.end,
        a.breakMinutes,
        a.regularMinutes,
        a.flexibleMinutes,
        a.excusedMinutes,
        a.reasons.join("|"),
        policy,
      ]);
    }
  }
  return out;
}
