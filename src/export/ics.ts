/**
 * iCalendar (RFC 5545) files from a schedule: one calendar per member, with the final assignments only.
 *
 * Why a small writer instead of the `ics` package: `ics` writes times either as floating local times or
 * converted to UTC, and has no VTIMEZONE component or TZID parameter, so an office day 07:30-16:00 in
 * Asia/Jakarta would show at 07:30 wherever the phone happens to be, or as an opaque UTC instant. This
 * writer emits a VTIMEZONE for Asia/Jakarta (WIB, a fixed +0700 with no daylight saving since 1964) and
 * `DTSTART;TZID=Asia/Jakarta`, which Google Calendar, Outlook and Apple Calendar import as Jakarta time.
 * It is pure string building (browser-safe) and covered by a structural RFC 5545 check in the tests.
 *
 * Decisions:
 * - Office, flexible and official-travel days are timed events with the day's policy hours.
 * - Leave days are all-day events (`VALUE=DATE`, transparent); holidays, cuti bersama and weekends are
 *   omitted (every calendar app already shows national holidays, and they are not assignments).
 * - UID = `<date>-<member>-<unit>@mkd-engine`, stable across regenerations, so re-importing a changed
 *   schedule updates events instead of duplicating them.
 * - DTSTAMP comes from the schedule (midnight Asia/Jakarta of the date the policy was resolved for), never
 *   from the clock: the same schedule always gives byte-identical files.
 */
import { jakartaInstantUtc, addDays, type IsoDate } from "../core/dates.js";
import { MkdError } from "../core/errors.js";
import { scheduleMessages } from "../i18n/messages/schedule.js";
import type { Locale } from "../i18n/index.js";
import type { Assignment, Schedule, ScheduleMember } from "../schedule/types.js";
import { LOCATION_LABELS, modeLabel, reasonLabel, word } from "./labels.js";

/**
 * Options for {@link scheduleToIcs}.
 *
 * @example
 * ```ts
 * const options: IcsOptions = { locale: "en", includeLeave: false };
 * ```
 */
export interface IcsOptions {
  /** Language of summaries and descriptions (default Indonesian). */
  readonly locale?: Locale;
  /** Include leave days as all-day events (default true). */
  readonly includeLeave?: boolean;
}

/**
 * One calendar file of a member.
 *
 * @example
 * ```ts
 * const [first]: IcsFile[] = scheduleToIcsFiles(schedule);
 * first.fileName; // "199001012020121001.ics"
 * ```
 */
export interface IcsFile {
  readonly memberId: string;
  /** A safe file name, e.g. `199001012020121001.ics`. */
  readonly fileName: string;
  readonly content: string;
}

const CRLF = "\r\n";

/**
 * Escapes a TEXT value (RFC 5545 section 3.3.11): backslash, semicolon, comma and newlines.
 *
 * @example
 * ```ts
 * escapeIcsText("Budi, S.Kom; kantor"); // "Budi\\, S.Kom\\; kantor"
 * ```
 */
function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

function octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line so no physical line exceeds 75 octets (RFC 5545 section 3.1), never splitting a
 * UTF-8 sequence; continuation lines start with one space (which counts toward their 75).
 *
 * @example
 * ```ts
 * foldIcsLine(`DESCRIPTION:${"x".repeat(100)}`).split("\r\n").length; // 2
 * ```
 */
function foldIcsLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let size = 0;
  for (const ch of line) {
    const n = octets(ch.codePointAt(0)!);
    if (size + n > 75) {
      out.push(current);
      current = " ";
      size = 1;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join(CRLF);
}

function compactDate(date: IsoDate): string {
  return date.replace(/-/g, "");
}

function localDateTime(date: IsoDate, time: string): string {
  return `${compactDate(date)}T${time.replace(":", "")}00`;
}

function safeId(value: string): string {
  return value.replace(/[^A-Za-z0-9._-]+/g, "_");
}

const VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  "TZID:Asia/Jakarta",
  "X-LIC-LOCATION:Asia/Jakarta",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0700",
  "TZOFFSETTO:+0700",
  "TZNAME:WIB",
  "DTSTART:19700101T000000",
  "END:STANDARD",
  "END:VTIMEZONE",
];

function describe(a: Assignment, schedule: Schedule, locale: Locale): string {
  const parts: string[] = [];
  if (a.start && a.end) {
    parts.push(
      `${word("hours", locale)}: ${a.start}-${a.end} (${word("breakMinutes", locale, { n: a.breakMinutes })})`,
    );
  }
  if (a.coreStart && a.coreEnd) parts.push(`${word("core", locale)}: ${a.coreStart}-${a.coreEnd}`);
  if (a.reasons.length > 0)
    parts.push(`${word("reasons", locale)}: ${a.reasons.map((r) => reasonLabel(r, locale)).join(", ")}`);
  parts.push(`${word("policy", locale)}: ${schedule.policy.chain.join(" > ")}`);
  return parts.join("\n");
}

function eventLines(
  a: Assignment,
  member: ScheduleMember,
  schedule: Schedule,
  locale: Locale,
  dtstamp: string,
  includeLeave: boolean,
): string[] {
  const timed =
    (a.mode === "office" || a.mode === "flexible" || a.mode === "official_travel") &&
    a.start !== null &&
    a.end !== null;
  const allDay = a.mode === "leave" && includeLeave;
  if (!timed && !allDay) return [];
  const unit = schedule.unit.name ?? schedule.unit.id;
  const lines = [
    "BEGIN:VEVENT",
    `UID:${compactDate(a.date)}-${safeId(member.id)}-${safeId(schedule.unit.id)}@mkd-engine`,
    `DTSTAMP:${dtstamp}`,
  ];
  if (timed) {
    lines.push(
      `DTSTART;TZID=Asia/Jakarta:${localDateTime(a.date, a.start!)}`,
      `DTEND;TZID=Asia/Jakarta:${localDateTime(a.date, a.end!)}`,
    );
  } else {
    lines.push(`DTSTART;VALUE=DATE:${compactDate(a.date)}`, `DTEND;VALUE=DATE:${compactDate(addDays(a.date, 1))}`);
  }
  const label = modeLabel(a.mode, locale);
  lines.push(`SUMMARY:${escapeIcsText(`MKD: ${label}`)}`);
  const where = a.location
    ? `${LOCATION_LABELS[a.location][locale]}${a.location === "office" ? ` (${unit})` : ""}`
    : null;
  if (where) lines.push(`LOCATION:${escapeIcsText(where)}`);
  lines.push(`DESCRIPTION:${escapeIcsText(describe(a, schedule, locale))}`);
  lines.push(`CATEGORIES:MKD,${a.mode.toUpperCase()}`);
  // Transparent: a work-location marker should not block the person's free/busy time for meetings.
  lines.push("TRANSP:TRANSPARENT", "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT");
  return lines;
}

/**
 * The iCalendar file of one member of a schedule (RFC 5545: CRLF line ends, lines folded at 75 octets,
 * Asia/Jakarta VTIMEZONE, stable UIDs, DTSTAMP derived from the schedule).
 *
 * Throws {@link MkdError} `export_member_unknown` when the member is not in the schedule.
 *
 * @example
 * ```ts
 * const result = generateSchedule(input);
 * if (result.status === "scheduled") {
 *   const ics = scheduleToIcs(result.schedule, "199001012020121001", { locale: "en" });
 *   // "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n..."
 * }
 * ```
 */
export function scheduleToIcs(schedule: Schedule, memberId: string, options: IcsOptions = {}): string {
  const member = schedule.members.find((m) => m.id === memberId);
  if (!member) throw new MkdError("export_member_unknown", { member: memberId }, [], scheduleMessages);
  return memberCalendar(schedule, member, options);
}

function memberCalendar(schedule: Schedule, member: ScheduleMember, options: IcsOptions): string {
  const locale = options.locale ?? "id";
  const includeLeave = options.includeLeave ?? true;
  const dtstamp = jakartaInstantUtc(schedule.policy.asOf, "00:00");
  const unit = schedule.unit.name ?? schedule.unit.id;
  const name = member.name ?? member.id;
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//mkd-engine//MKD schedule//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeIcsText(`${word("title", locale)}: ${name} (${unit}, ${schedule.period.from}..${schedule.period.to})`)}`,
    "X-WR-TIMEZONE:Asia/Jakarta",
    ...VTIMEZONE,
  ];
  for (const a of member.assignments) lines.push(...eventLines(a, member, schedule, locale, dtstamp, includeLeave));
  lines.push("END:VCALENDAR");
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}

/**
 * One iCalendar file per member of a schedule, in member order, with safe file names.
 *
 * @example
 * ```ts
 * for (const file of scheduleToIcsFiles(schedule)) writeFileSync(`out/${file.fileName}`, file.content);
 * ```
 */
export function scheduleToIcsFiles(schedule: Schedule, options: IcsOptions = {}): IcsFile[] {
  const used = new Set<string>();
  return schedule.members.map((member) => {
    let base = safeId(member.id) || "member";
    while (used.has(base)) base += "_";
    used.add(base);
    return { memberId: member.id, fileName: `${base}.ics`, content: memberCalendar(schedule, member, options) };
  });
}
