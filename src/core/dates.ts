/**
 * The only importer of luxon. Dates in mkd-engine are calendar dates (`YYYY-MM-DD`) as lived in
 * West Java (Asia/Jakarta, UTC+7, no daylight saving). Calendar arithmetic is done on the date itself,
 * never on the process clock or time zone, so the same input gives the same output in any `TZ`.
 */
import { DateTime } from "luxon";

/** A calendar date written `YYYY-MM-DD`, e.g. `"2026-12-03"`. */
export type IsoDate = string;
/** A calendar month written `YYYY-MM`, e.g. `"2026-12"`. */
export type IsoMonth = string;
/** ISO weekday number: 1 = Monday ... 7 = Sunday. */
export type WeekdayNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** The time zone every MKD date and hour is expressed in. */
export const JAKARTA_ZONE = "Asia/Jakarta";

/** Weekday names used in policy documents, Monday first (index + 1 = ISO weekday number). */
export const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;
/** A weekday name as written in policy documents. */
export type Weekday = (typeof WEEKDAYS)[number];

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;

function toDateTime(date: IsoDate): DateTime {
  return DateTime.fromISO(date, { zone: "UTC" });
}

/** True when `value` is a real calendar date written `YYYY-MM-DD` (2026-02-30 is not). */
export function isIsoDate(value: unknown): value is IsoDate {
  const m = typeof value === "string" ? DATE_RE.exec(value) : null;
  if (!m) return false;
  // Plain arithmetic (hot path of every batch): the day must exist in that month of the proleptic Gregorian calendar.
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const length = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day <= length;
}

/** True when `value` is a month written `YYYY-MM`. */
export function isIsoMonth(value: unknown): value is IsoMonth {
  const m = typeof value === "string" ? MONTH_RE.exec(value) : null;
  return m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

/** Days since 1970-01-01 for a calendar date: a compact, zone-free key for hot loops. */
export function toEpochDay(date: IsoDate): number {
  const m = DATE_RE.exec(date);
  if (!m) return Number.NaN;
  return Math.floor(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000);
}

/** The calendar date of an epoch day (inverse of {@link toEpochDay}). */
export function fromEpochDay(epochDay: number): IsoDate {
  return new Date(epochDay * 86_400_000).toISOString().slice(0, 10);
}

/** The date `days` after `date` (negative goes back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** ISO weekday number of a date: 1 = Monday ... 7 = Sunday. */
export function weekdayNumber(date: IsoDate): WeekdayNumber {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((toEpochDay(date) + 3) % 7) + 7) % 7) + 1 as WeekdayNumber;
}

/** Weekday name of a date, as written in policy documents. */
export function weekdayOf(date: IsoDate): Weekday {
  return WEEKDAYS[weekdayNumber(date) - 1]!;
}

/** The Monday that starts the ISO week containing `date`. */
export function weekStart(date: IsoDate): IsoDate {
  return addDays(date, 1 - weekdayNumber(date));
}

/** Every date from `from` to `to`, both included. */
export function eachDate(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = toEpochDay(from), end = toEpochDay(to); d <= end; d++) out.push(fromEpochDay(d));
  return out;
}

/** First and last date of a month. */
export function monthBounds(month: IsoMonth): { from: IsoDate; to: IsoDate } {
  const start = DateTime.fromISO(`${month}-01`, { zone: "UTC" });
  return { from: start.toISODate()!, to: start.endOf("month").toISODate()! };
}

/** The month a date falls in. */
export function monthOf(date: IsoDate): IsoMonth {
  return date.slice(0, 7);
}

/** The month after `month`. */
export function nextMonth(month: IsoMonth): IsoMonth {
  return DateTime.fromISO(`${month}-01`, { zone: "UTC" }).plus({ months: 1 }).toFormat("yyyy-MM");
}

/** Whole months from `from` to `to` (positive when `to` is later). */
export function monthsBetween(from: IsoMonth, to: IsoMonth): number {
  const [fy, fm] = from.split("-").map(Number) as [number, number];
  const [ty, tm] = to.split("-").map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm);
}

/** Completed months between two dates (e.g. tenure), the way a person counts them. */
export function completedMonths(from: IsoDate, to: IsoDate): number {
  return Math.floor(toDateTime(to).diff(toDateTime(from), "months").months);
}

/** Minutes since midnight for a wall-clock time `HH:mm`. */
export function minutesOfDay(time: string): number {
  const [h, m] = time.split(":").map(Number) as [number, number];
  return h * 60 + m;
}

/** `HH:mm` for minutes since midnight. */
export function timeOfDay(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/**
 * A wall-clock time on a date in Asia/Jakarta as an instant, written in UTC (`YYYYMMDDTHHmmssZ`),
 * the form calendar files use.
 */
export function jakartaInstantUtc(date: IsoDate, time: string): string {
  return DateTime.fromISO(`${date}T${time}`, { zone: JAKARTA_ZONE }).toUTC().toFormat("yyyyMMdd'T'HHmmss'Z'");
}

/** A date formatted for people, e.g. `Kamis, 3 Desember 2026` (id) or `Thursday, 3 December 2026` (en). */
export function formatDateLong(date: IsoDate, locale: "id" | "en"): string {
  return DateTime.fromISO(date, { zone: "UTC" }).setLocale(locale === "id" ? "id-ID" : "en-GB").toFormat("cccc, d LLLL yyyy");
}
