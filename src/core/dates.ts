/**
 * Calendar dates and months, once for the whole library: validation, leap years, month lengths, day and
 * month arithmetic, completed months and the Jakarta wall clock. Dates in mkd-engine are calendar dates
 * (`YYYY-MM-DD`) as lived in West Java (Asia/Jakarta). Everything is computed on the digits of the date
 * itself, never on the process clock or time zone, so the same input gives the same output in any `TZ`.
 *
 * No date library: Asia/Jakarta is a fixed UTC+7 offset without daylight saving (WIB, in force since
 * 1964-01-01, Keppres 243/1963), so a civil-date module is exact for every date the policies cover, and
 * the browser bundle carries no time-zone database.
 */

/** A calendar date written `YYYY-MM-DD`, e.g. `"2026-12-03"`. */
export type IsoDate = string;
/** A calendar month written `YYYY-MM`, e.g. `"2026-12"`. */
export type IsoMonth = string;

/** Minutes Asia/Jakarta is ahead of UTC: WIB, UTC+7, no daylight saving. */
const JAKARTA_OFFSET_MINUTES = 7 * 60;

/**
 * Weekday names used in policy documents, Monday first (index + 1 = ISO weekday number).
 *
 * @example
 * ```ts
 * WEEKDAYS[3]; // "thursday"
 * ```
 */
export const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;
/** A weekday name as written in policy documents. */
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * True in a leap year of the proleptic Gregorian calendar.
 *
 * @example
 * ```ts
 * isLeapYear(2024); // true
 * isLeapYear(2100); // false
 * ```
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Number of days in a month (`month` 1-12).
 *
 * @example
 * ```ts
 * daysInMonth(2028, 2); // 29
 * daysInMonth(2026, 4); // 30
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The two-digit number at `i`, or -1 when either character is not an ASCII digit. */
function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * A date written `YYYY-MM-DD` read as the number `YYYYMMDD`, or -1 when `value` is not a real calendar date
 * in that form (2026-02-30 is not). One pass over the characters, no regex and no allocation: batches call
 * it on every row.
 *
 * @example
 * ```ts
 * isoDateNumber("2026-12-03"); // 20261203
 * isoDateNumber("2026-02-30"); // -1
 * ```
 */
export function isoDateNumber(value: unknown): number {
  if (typeof value !== "string" || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45)
    return -1;
  const century = twoDigits(value, 0);
  const yy = twoDigits(value, 2);
  const month = twoDigits(value, 5);
  const day = twoDigits(value, 8);
  if (century < 0 || yy < 0 || month < 1 || month > 12 || day < 1) return -1;
  const year = century * 100 + yy;
  if (day > 28 && day > daysInMonth(year, month)) return -1;
  return year * 10000 + month * 100 + day;
}

/**
 * True when `value` is a real calendar date written `YYYY-MM-DD` (2026-02-30 is not).
 *
 * @example
 * ```ts
 * isIsoDate("2028-02-29"); // true
 * isIsoDate("2026-02-29"); // false
 * ```
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return isoDateNumber(value) >= 0;
}

/**
 * True when `value` is a month written `YYYY-MM` (month 01-12).
 *
 * @example
 * ```ts
 * isIsoMonth("2026-12"); // true
 * isIsoMonth("2026-13"); // false
 * ```
 */
export function isIsoMonth(value: unknown): value is IsoMonth {
  if (typeof value !== "string" || value.length !== 7 || value.charCodeAt(4) !== 45) return false;
  if (twoDigits(value, 0) < 0 || twoDigits(value, 2) < 0) return false;
  const month = twoDigits(value, 5);
  return month >= 1 && month <= 12;
}

/** Zero-padded decimal of a non-negative integer. */
function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** `YYYY-MM-DD` of a year, month and day. */
function isoOf(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * Days since 1970-01-01 for a calendar date: a compact, zone-free key for hot loops (NaN when `date` is
 * not `YYYY-MM-DD`). Proleptic Gregorian arithmetic on the digits (H. Hinnant's days_from_civil).
 *
 * @example
 * ```ts
 * toEpochDay("1970-01-02"); // 1
 * ```
 */
export function toEpochDay(date: IsoDate): number {
  const n = isoDateNumber(date);
  if (n < 0) return Number.NaN;
  return epochDayOf(Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100);
}

/** Days since 1970-01-01 of a year, month (1-12) and day. */
function epochDayOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The calendar date of an epoch day (inverse of {@link toEpochDay}; H. Hinnant's civil_from_days).
 *
 * @example
 * ```ts
 * fromEpochDay(20_425); // "2025-12-04"
 * ```
 */
export function fromEpochDay(epochDay: number): IsoDate {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return isoOf(yoe + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

/**
 * The date `days` after `date` (negative goes back).
 *
 * @example
 * ```ts
 * addDays("2026-12-31", 1); // "2027-01-01"
 * ```
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/**
 * Whole days from `from` to `to` (positive when `to` is later).
 *
 * @example
 * ```ts
 * daysBetween("2026-02-27", "2026-03-02"); // 3
 * ```
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/**
 * The weekday of an epoch day (see {@link toEpochDay}) as an index into {@link WEEKDAYS}: 0 = Monday ...
 * 6 = Sunday.
 *
 * @example
 * ```ts
 * WEEKDAYS[weekdayIndex(toEpochDay("2026-12-03"))]; // "thursday"
 * ```
 */
export function weekdayIndex(epochDay: number): number {
  // 1970-01-01 was a Thursday (index 3).
  return (((epochDay + 3) % 7) + 7) % 7;
}

/** Year and month (1-12) of a `YYYY-MM` month (or of the month part of a date). */
function yearMonth(month: IsoMonth): [number, number] {
  return [twoDigits(month, 0) * 100 + twoDigits(month, 2), twoDigits(month, 5)];
}

/**
 * First and last date of a month.
 *
 * @example
 * ```ts
 * monthBounds("2028-02"); // { from: "2028-02-01", to: "2028-02-29" }
 * ```
 */
export function monthBounds(month: IsoMonth): { from: IsoDate; to: IsoDate } {
  const [y, m] = yearMonth(month);
  return { from: isoOf(y, m, 1), to: isoOf(y, m, daysInMonth(y, m)) };
}

/**
 * The month after `month`.
 *
 * @example
 * ```ts
 * nextMonth("2026-12"); // "2027-01"
 * ```
 */
export function nextMonth(month: IsoMonth): IsoMonth {
  const [y, m] = yearMonth(month);
  return m === 12 ? `${pad(y + 1, 4)}-01` : `${pad(y, 4)}-${pad(m + 1, 2)}`;
}

/**
 * Whole months from `from` to `to` (positive when `to` is later).
 *
 * @example
 * ```ts
 * monthsBetween("2025-11", "2026-02"); // 3
 * ```
 */
export function monthsBetween(from: IsoMonth, to: IsoMonth): number {
  const [fy, fm] = yearMonth(from);
  const [ty, tm] = yearMonth(to);
  return (ty - fy) * 12 + (tm - fm);
}

/**
 * Completed months from `from` to `to` (both `YYYY-MM-DD`), the way a person counts them (tenure, time in a
 * position): `from` plus that many months, with the day clamped to the end of a shorter month (31 Jan + 1
 * month = 28 Feb), is not after `to`. 0 when `to` is not after `from`.
 *
 * @example
 * ```ts
 * completedMonths("2024-01-31", "2024-02-29"); // 1
 * completedMonths("2024-03-15", "2025-03-14"); // 11
 * ```
 */
export function completedMonths(from: IsoDate, to: IsoDate): number {
  const t = isoDateNumber(to);
  return completedMonthsUntil(isoDateNumber(from), Math.floor(t / 10000), Math.floor(t / 100) % 100, t % 100);
}

/**
 * {@link completedMonths} from a date number (see {@link isoDateNumber}) to a date already read as year,
 * month and day: a batch decides every row at the same date, so it reads that date's digits once.
 *
 * @example
 * ```ts
 * completedMonthsUntil(20240131, 2024, 2, 29); // 1
 * ```
 */
export function completedMonthsUntil(from: number, toYear: number, toMonth: number, toDay: number): number {
  const fy = Math.floor(from / 10000);
  const fm = Math.floor(from / 100) % 100;
  const fd = from % 100;
  const months = (toYear - fy) * 12 + (toMonth - fm);
  if (months <= 0) return 0;
  // `from` plus `months` lands in the month of `to`, with the day clamped to that month's end: when that
  // day is after `to`'s, the last month is not complete yet. (One month fewer lands in the month before
  // `to`, so never after it.)
  const landed = fd <= 28 ? fd : Math.min(fd, daysInMonth(toYear, toMonth));
  return landed > toDay ? months - 1 : months;
}

/**
 * Minutes since midnight for a wall-clock time `HH:mm`.
 *
 * @example
 * ```ts
 * minutesOfDay("07:30"); // 450
 * ```
 */
export function minutesOfDay(time: string): number {
  const [h, m] = time.split(":").map(Number) as [number, number];
  return h * 60 + m;
}

/**
 * A wall-clock time (`HH:mm` or `HH:mm:ss`) on a date in Asia/Jakarta as an instant, written in UTC
 * (`YYYYMMDDTHHmmssZ`), the form calendar files use.
 *
 * @example
 * ```ts
 * jakartaInstantUtc("2026-12-03", "07:30"); // "20261203T003000Z"
 * jakartaInstantUtc("2026-12-03", "00:00"); // "20261202T170000Z"
 * ```
 */
export function jakartaInstantUtc(date: IsoDate, time: string): string {
  const [h = 0, m = 0, s = 0] = time.split(":").map(Number);
  const utcMinutes = toEpochDay(date) * 1440 + h * 60 + m - JAKARTA_OFFSET_MINUTES;
  const day = Math.floor(utcMinutes / 1440);
  const minute = utcMinutes - day * 1440;
  return `${fromEpochDay(day).replaceAll("-", "")}T${pad(Math.floor(minute / 60), 2)}${pad(minute % 60, 2)}${pad(s, 2)}Z`;
}
