/**
 * The shipped holiday tables (national holidays, cuti bersama for ASN, national flexible-work days) and
 * Ramadan periods, one per year with an official table, and the estimates offered for other years.
 *
 * Why data and not a package: the `date-holidays` package puts Idul Fitri a day early in 2025 and 2026,
 * lacks Easter Sunday and every cuti bersama, and weighs 241 KB gzipped (DOMAIN.md section 4).
 */
import type { LegalBasis } from "../policy/schema.js";
import { CALENDAR_SOURCES, type CalendarSourceId } from "./data/sources.js";
import { HOLIDAYS_2025, RAMADAN_2025 } from "./data/y2025.js";
import { HOLIDAYS_2026, RAMADAN_2026 } from "./data/y2026.js";
import { HOLIDAYS_2027 } from "./data/y2027.js";
import type { HolidayEntry, OfficialHolidayTable, RamadanPeriod } from "./types.js";

interface ShippedYear {
  readonly entries: readonly HolidayEntry[];
  /** `null` until the government's isbat sets the year's Ramadan (2027: around February 2027). */
  readonly ramadan: RamadanPeriod | null;
}

const SHIPPED: Readonly<Record<number, ShippedYear>> = {
  2025: { entries: HOLIDAYS_2025, ramadan: RAMADAN_2025 },
  2026: { entries: HOLIDAYS_2026, ramadan: RAMADAN_2026 },
  2027: { entries: HOLIDAYS_2027, ramadan: null },
};

/**
 * The date the shipped holiday and Ramadan tables were last checked against their decrees and the
 * press (see `dataHorizons`).
 */
export const CALENDAR_REVIEWED_ON = "2026-11-30";

/** Years with a shipped official table, ascending. */
export const OFFICIAL_HOLIDAY_YEARS: readonly number[] = Object.keys(SHIPPED)
  .map(Number)
  .sort((a, b) => a - b);

/** A copy of an entry, so a caller who edits a calendar never edits the shipped tables. */
export function copyEntry(entry: HolidayEntry): HolidayEntry {
  return { ...entry, name: { ...entry.name }, sources: [...entry.sources] };
}

function copyRamadan(r: RamadanPeriod): RamadanPeriod {
  return { ...r, sources: [...r.sources] };
}

/** The legal bases with these ids among the shipped calendar sources, in id order. */
export function calendarBases(ids: Iterable<string>): LegalBasis[] {
  const out: LegalBasis[] = [];
  for (const id of [...new Set(ids)].sort()) {
    const basis = (CALENDAR_SOURCES as Record<string, LegalBasis | undefined>)[id];
    if (basis) out.push({ ...basis });
  }
  return out;
}

/** True when `id` is a legal basis of the shipped calendar tables. */
export function isCalendarSourceId(id: string): id is CalendarSourceId {
  return Object.prototype.hasOwnProperty.call(CALENDAR_SOURCES, id);
}

/** The shipped entries of a year (not copied: internal use), or undefined. */
export function shippedEntries(year: number): readonly HolidayEntry[] | undefined {
  return SHIPPED[year]?.entries;
}

/** The shipped Ramadan periods (not copied: internal use). */
export function shippedRamadan(): readonly RamadanPeriod[] {
  return OFFICIAL_HOLIDAY_YEARS.flatMap((y) => SHIPPED[y]!.ramadan ?? []);
}

/**
 * The official table of a year: every national holiday, cuti bersama and national flexible-work day with
 * its Indonesian and English name, provenance and sources, the Ramadan period, and the legal bases cited.
 * Returns `undefined` for a year without a shipped official table (see `officialHolidayYears`).
 *
 * @example
 * ```ts
 * const t = officialHolidays(2026)!;
 * t.entries.find((e) => e.date === "2026-03-21")?.name.en; // "Eid al-Fitr 1447 H"
 * t.ramadan?.from; // "2026-02-19"
 * officialHolidays(2027)?.ramadan; // null: the isbat sets it around February 2027
 * officialHolidays(2028); // undefined
 * ```
 */
export function officialHolidays(year: number): OfficialHolidayTable | undefined {
  const shipped = SHIPPED[year];
  if (!shipped) return undefined;
  const ids = [...shipped.entries.flatMap((e) => e.sources), ...(shipped.ramadan?.sources ?? [])];
  return {
    year,
    entries: shipped.entries.map(copyEntry),
    ramadan: shipped.ramadan ? copyRamadan(shipped.ramadan) : null,
    sources: calendarBases(ids),
  };
}

/**
 * The years with a shipped official holiday table.
 *
 * @example
 * ```ts
 * officialHolidayYears(); // [2025, 2026, 2027]
 * ```
 */
export function officialHolidayYears(): number[] {
  return [...OFFICIAL_HOLIDAY_YEARS];
}

/**
 * Ramadan estimates for years whose isbat has not happened yet, offered only with `allowEstimates`.
 * 1448 H (2027): the SKB of 2027 puts Idul Fitri on 2027-03-10, so Ramadan ends on 2027-03-09; the start
 * assumes a 30-day month (2027-02-08). The isbat (around 2027-02-07) may set 2027-02-09 instead.
 */
const ESTIMATED_RAMADAN: Readonly<Record<number, RamadanPeriod>> = {
  2027: {
    year: 2027,
    from: "2027-02-08",
    to: "2027-03-09",
    provenance: "assumption",
    sources: ["skb-libur-2027"],
    estimated: true,
    note: "Estimate, not the isbat: the end follows from Idul Fitri 1448 H on 2027-03-10 in the reported SKB 1205/2026, 3/2026, 2/2026; the start assumes 30 days of Ramadan. Replace it with options.ramadan once the isbat sets 1 Ramadan 1448 H.",
  },
};

/**
 * The Ramadan estimate of a year without a shipped period (a copy), or undefined. The calendar uses it
 * only with `allowEstimates`, marks those days `estimated` and warns `calendar_ramadan_estimated`.
 *
 * @example
 * ```ts
 * estimatedRamadan(2027); // { year: 2027, from: "2027-02-08", to: "2027-03-09", estimated: true, ... }
 * estimatedRamadan(2026); // undefined: 2026 has the isbat's period
 * ```
 */
export function estimatedRamadan(year: number): RamadanPeriod | undefined {
  if (SHIPPED[year]?.ramadan) return undefined;
  const r = ESTIMATED_RAMADAN[year];
  return r ? copyRamadan(r) : undefined;
}

/** The sources the estimated fixed-date entries cite: the official tables where those dates recur. */
const ESTIMATE_SOURCES: CalendarSourceId[] = ["skb-libur-2025", "skb-libur-2026", "skb-libur-2027"];

/**
 * The certain fixed-date national holidays of a year without an official table, each marked
 * `estimated`. Moving holidays (Islamic, Chinese, Hindu, Buddhist and Christian feasts) and cuti bersama
 * are never invented: they depend on a decree not yet signed.
 *
 * @example
 * ```ts
 * estimatedFixedHolidays(2028).map((e) => e.date);
 * // ["2028-01-01", "2028-05-01", "2028-06-01", "2028-08-17", "2028-12-25"]
 * ```
 */
export function estimatedFixedHolidays(year: number): HolidayEntry[] {
  const y = String(year).padStart(4, "0");
  const note = `No official table for ${y} yet: this fixed date recurs in every shipped table (2025, 2026, 2027); moving holidays and cuti bersama of ${y} are not included.`;
  const fixed: [string, string, string][] = [
    ["01-01", `Tahun Baru ${y} Masehi`, `New Year's Day ${y}`],
    ["05-01", "Hari Buruh Internasional", "International Labour Day"],
    ["06-01", "Hari Lahir Pancasila", "Pancasila Day"],
    ["08-17", "Proklamasi Kemerdekaan Republik Indonesia", "Indonesian Independence Day"],
    ["12-25", "Kelahiran Yesus Kristus (Hari Raya Natal)", "Christmas Day"],
  ];
  return fixed.map(([md, id, en]) => ({
    date: `${y}-${md}`,
    kind: "national_holiday",
    name: { id, en },
    provenance: "derived",
    sources: [...ESTIMATE_SOURCES],
    estimated: true,
    note,
  }));
}
