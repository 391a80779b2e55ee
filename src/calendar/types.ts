/**
 * Types of the working calendar: which days of a period are working days in Asia/Jakarta, with which
 * office hours, and how a period's days group into weeks for the weekly hours rule and the weekly cap of
 * flexible days.
 *
 * **The week definition (one meaning everywhere in mkd-engine).** Weeks are ISO weeks, Monday to Sunday,
 * in Asia/Jakarta. A week's required minutes are the policy hours (without breaks, Perpres 21/2023) of its
 * working days inside the period: national holidays and cuti bersama reduce them, Ramadan days count
 * Ramadan hours. The weekly cap of flexible days (PermenPANRB 4/2025 Pasal 13(1)) applies per ISO week;
 * when the period boundary cuts an ISO week, the cap is shared between the two parts in proportion to
 * the policy's scheduled weekdays in each part, rounded to the nearest day, a tie going to the later
 * part, so the two shares always add up to exactly the cap (see `flexibleCapForWeek`). Holidays never
 * raise or lower the cap of a week.
 *
 * @module
 */
import type { IsoDate, IsoMonth, Weekday } from "../core/dates.js";
import type { Issue } from "../core/errors.js";
import type { DayHours, LegalBasis, Provenance } from "../policy/schema.js";

/**
 * A period of dates: a month (`"2026-12"`) or an explicit inclusive range.
 *
 * @example
 * ```ts
 * const december: Period = "2026-12";
 * const firstQuarter: Period = { from: "2026-01-01", to: "2026-03-31" };
 * ```
 */
export type Period = { from: IsoDate; to: IsoDate } | IsoMonth;

/**
 * What kind of day a date is. A national flexible-work day is a `working` day (with
 * `nationalFlexibleWorkDay: true`).
 *
 * @example
 * ```ts
 * const kind: DayKind = "cuti_bersama"; // collective leave for ASN: not a working day
 * ```
 */
export type DayKind = "working" | "weekend" | "national_holiday" | "cuti_bersama";

/** The kind of an entry in a holiday table. */
export type HolidayKind = "national_holiday" | "cuti_bersama" | "national_flexible_work_day";

/**
 * One dated entry of a holiday table: a national holiday, a cuti bersama day or a national
 * flexible-work (FWA) day, named in Indonesian and English, with provenance and sources.
 *
 * @example
 * ```ts
 * const natal: HolidayEntry = {
 *   date: "2026-12-25", kind: "national_holiday",
 *   name: { id: "Hari Raya Natal", en: "Christmas Day" },
 *   provenance: "official", sources: ["skb-libur-2026"],
 * };
 * ```
 */
export interface HolidayEntry {
  /** The day, ISO date `YYYY-MM-DD` (Asia/Jakarta). */
  date: IsoDate;
  /**
   * `national_holiday` (libur nasional) and `cuti_bersama` (collective leave for ASN) are not working days;
   * `national_flexible_work_day` is a working day on which flexible work is allowed. Each year's days are set by the
   * joint decree (SKB) of the Ministers of Religious Affairs, Manpower and PANRB, cuti bersama for ASN by Keppres.
   */
  kind: HolidayKind;
  /** The day's name in both languages, shown in the calendar and the schedule. */
  name: {
    /** Name in Indonesian, e.g. "Hari Raya Natal". */
    id: string;
    /** Name in English, e.g. "Christmas Day". */
    en: string;
  };
  /** How sure the date is: `official` (in the decree), `reported` (press only), `derived` or `assumption`. */
  provenance: Provenance;
  /** Ids of the {@link LegalBasis} entries the date comes from (see {@link WorkingCalendar.sources}). */
  sources: string[];
  /** True when the date is an estimate (a year without an official table), never set silently. */
  estimated?: boolean;
  /** Remarks: a date added by a later amendment, a source that disagrees. */
  note?: string;
}

/**
 * One date of a working calendar.
 *
 * @example
 * ```ts
 * const day = workingCalendar(resolvePolicy("jabar", "2026-03-01"), "2026-03").days[15];
 * day.date; // "2026-03-16"
 * day.isWorkingDay && day.nationalFlexibleWorkDay; // true
 * ```
 */
export interface CalendarDay {
  date: IsoDate;
  weekday: Weekday;
  kind: DayKind;
  isWorkingDay: boolean;
  /** A national FWA day (e.g. 16, 17, 25, 26, 27 March 2026): a working day on which flexible work is allowed. */
  nationalFlexibleWorkDay: boolean;
  /** Inside a Ramadan period (calendar data): the policy's Ramadan hours apply. */
  ramadan: boolean;
  /** Office hours from the policy (Ramadan-aware); `null` when not a working day. */
  hours: DayHours | null;
  /** End - start - break, in minutes; 0 when not a working day. */
  workMinutes: number;
  /** The entry that made the day a holiday, a cuti bersama or a national FWA day. */
  holiday: HolidayEntry | null;
  /** True when the day's kind comes from an estimate; never silently. */
  estimated: boolean;
  /** The Monday of the day's ISO week. */
  weekStart: IsoDate;
}

/**
 * One ISO week (Monday-Sunday) as seen from a period: the part of it inside the period.
 *
 * @example
 * ```ts
 * const week = workingCalendar(resolvePolicy("jabar", "2026-12-01"), "2026-12").weeks.at(-1)!;
 * week.start; // "2026-12-28"
 * week.split; // "cut_at_end": 28-31 December are in the period, 1-3 January are not
 * flexibleCapForWeek(2, week); // December's share of the cap of 2
 * ```
 */
export interface CalendarWeek {
  /** The Monday of the ISO week (may be before the period's first day). */
  start: IsoDate;
  /** The days of this week inside the period. */
  dates: IsoDate[];
  /** The working days of this week inside the period. */
  workingDates: IsoDate[];
  /** Sum of `workMinutes` of those working days: the weekly hours rule for this part of the week. */
  requiredMinutes: number;
  /**
   * Whether the period boundary cuts this ISO week: `cut_at_start` when days before the period belong to
   * it, `cut_at_end` when days after it do, `cut_at_both` for a period shorter than the week inside it.
   */
  split: "none" | "cut_at_start" | "cut_at_end" | "cut_at_both";
  /** Policy working weekdays (from the working week, holidays ignored) of this week inside the period. */
  scheduledWeekdaysInPeriod: number;
  /** Policy working weekdays of the whole ISO week (5 for Monday-Friday). */
  scheduledWeekdaysInWeek: number;
  /**
   * Policy working weekdays of this ISO week before the period's first day (0 unless the week is cut at
   * its start). Optional so a hand-built week stays valid; `flexibleCapForWeek` derives it from `split`
   * when absent.
   */
  scheduledWeekdaysBeforePeriod?: number;
}

/**
 * The working calendar of a period under one policy.
 *
 * @example
 * ```ts
 * const cal = workingCalendar(resolvePolicy("jabar", "2026-12-01"), "2026-12");
 * cal.days.filter((d) => d.isWorkingDay).length; // 21
 * cal.estimated; // false
 * ```
 */
export interface WorkingCalendar {
  from: IsoDate;
  to: IsoDate;
  policy: { jurisdiction: string; version: string };
  days: CalendarDay[];
  weeks: CalendarWeek[];
  /** True when any day of the period depends on an estimated holiday table. */
  estimated: boolean;
  /** The holiday and Ramadan tables used (decrees, circulars, the caller's own table). */
  sources: LegalBasis[];
  /** Years whose holidays come from the shipped official tables, from the caller, or from estimates. */
  holidayTables: { year: number; origin: "official" | "caller" | "estimated" }[];
  /**
   * Things the caller should know that do not stop the calendar: no Ramadan data for a year, a period
   * reaching outside the policy's effective dates. Each has a stable code and bilingual message.
   */
  warnings: Issue[];
}

/**
 * Options of `workingCalendar`.
 *
 * @example
 * ```ts
 * const options: WorkingCalendarOptions = { allowEstimates: true };
 * ```
 */
export interface WorkingCalendarOptions {
  /**
   * The caller's own holiday entries. For a year with an official table they extend it (an entry on the
   * same date replaces the official one); for a year without one they are the table.
   */
  holidays?: HolidayEntry[];
  /**
   * Opt in to estimates for years without an official table: only the certain fixed-date holidays
   * (01-01, 05-01, 06-01, 08-17, 12-25) are added, each marked `estimated`; moving holidays are not invented.
   */
  allowEstimates?: boolean;
  /** Ramadan periods for years without shipped Ramadan data (an entry for a shipped year replaces it). */
  ramadan?: RamadanPeriod[];
  /** The legal bases the caller's `holidays` and `ramadan` entries cite, listed in `WorkingCalendar.sources`. */
  sources?: LegalBasis[];
}

/**
 * A Ramadan period as calendar data (the government's isbat dates), with provenance.
 *
 * @example
 * ```ts
 * const r: RamadanPeriod = { year: 2026, from: "2026-02-19", to: "2026-03-20", provenance: "official", sources: ["isbat-ramadan-2026"] };
 * ```
 */
export interface RamadanPeriod {
  year: number;
  /** 1 Ramadan. */
  from: IsoDate;
  /** The last day of Ramadan (the day before 1 Syawal). */
  to: IsoDate;
  provenance: Provenance;
  sources: string[];
  note?: string;
  /** True for an estimate offered only with `allowEstimates` (a year before its isbat); never set silently. */
  estimated?: boolean;
}

/**
 * The shipped tables of one year: holidays, cuti bersama, national FWA days and Ramadan.
 *
 * @example
 * ```ts
 * const t: OfficialHolidayTable | undefined = officialHolidays(2026);
 * t?.entries.filter((e) => e.kind === "cuti_bersama").length; // 8
 * ```
 */
export interface OfficialHolidayTable {
  year: number;
  entries: HolidayEntry[];
  ramadan: RamadanPeriod | null;
  sources: LegalBasis[];
}
