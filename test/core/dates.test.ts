/**
 * core/dates computes on the digits, without a date library. luxon (a dev dependency, kept as the oracle)
 * and plain regexes check it here, so the arithmetic is held to an independent implementation.
 */
import * as fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import {
  addDays,
  completedMonths,
  completedMonthsUntil,
  daysInMonth,
  fromEpochDay,
  isIsoDate,
  isIsoMonth,
  isLeapYear,
  isoDateNumber,
  jakartaInstantUtc,
  monthBounds,
  monthsBetween,
  nextMonth,
  toEpochDay,
  weekdayIndex,
  WEEKDAYS,
} from "../../src/core/dates.js";

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;
const luxonDate = (d: string) => DateTime.fromISO(d, { zone: "UTC" });
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const DAY = 86_400_000;

/** A date from 1990 to 2030, as fast-check strings. */
const date = fc
  .tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
  .filter(([y, m, d]) => d <= new Date(Date.UTC(y, m, 0)).getUTCDate())
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);

describe("date and month validation", () => {
  it("isIsoDate accepts exactly the YYYY-MM-DD strings that are real dates (the regex and luxon agree)", () => {
    const shapes = [
      "2026-01-01",
      "2028-02-29",
      "2026-02-29",
      "2100-02-29",
      "2000-02-29",
      "2026-04-31",
      "2026-13-01",
      "2026-00-10",
      "2026-01-00",
      "2026-1-01",
      "2026/01/01",
      "2026-01-01 ",
      " 2026-01-01",
      "20a6-01-01",
      "2026-01-0:",
      "２０２６-01-01",
      "",
      "0000-01-01",
      "9999-12-31",
    ];
    for (const s of shapes) {
      const m = DATE_RE.exec(s);
      const oracle = m !== null && luxonDate(s).isValid;
      expect([s, isIsoDate(s)]).toEqual([s, oracle]);
    }
    for (const v of [20260101, null, undefined, {}, ["2026-01-01"]]) expect(isIsoDate(v)).toBe(false);
    fc.assert(
      fc.property(fc.string({ maxLength: 11 }), (s) => isIsoDate(s) === (DATE_RE.test(s) && luxonDate(s).isValid)),
      { numRuns: 2000 },
    );
    for (let t = Date.UTC(1899, 11, 1); t <= Date.UTC(2101, 1, 1); t += DAY) {
      const d = iso(t);
      if (!isIsoDate(d) || isoDateNumber(d) !== Number(d.replaceAll("-", ""))) expect(d).toBe("a valid date number");
    }
  });

  it("isIsoMonth accepts exactly YYYY-MM with a month from 01 to 12", () => {
    const oracle = (s: string) => {
      const m = MONTH_RE.exec(s);
      return m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 12;
    };
    for (const m of [
      "2026-01",
      "2026-12",
      "2026-00",
      "2026-13",
      "2026-1",
      "026-01",
      "2026/01",
      "２０２６-01",
      "20a6-01",
      "2026-01 ",
      "",
      "9999-09",
    ]) {
      expect([m, isIsoMonth(m)]).toEqual([m, oracle(m)]);
    }
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), (m) => isIsoMonth(m) === oracle(m)),
      { numRuns: 2000 },
    );
  });

  it("leap years and month lengths match luxon for 1600-2400", () => {
    for (let y = 1600; y <= 2400; y++) {
      expect(isLeapYear(y)).toBe(DateTime.utc(y).isInLeapYear);
      for (let m = 1; m <= 12; m++)
        if (daysInMonth(y, m) !== DateTime.utc(y, m).daysInMonth) expect(`${y}-${m}`).toBe("same length");
    }
  });
});

describe("day and month arithmetic", () => {
  it("epoch days match Date.UTC both ways for 1900-2200, and weekdays match luxon", () => {
    for (let t = Date.UTC(1900, 0, 1); t <= Date.UTC(2200, 0, 1); t += 7 * DAY + DAY) {
      const d = iso(t);
      if (
        toEpochDay(d) !== t / DAY ||
        fromEpochDay(t / DAY) !== d ||
        WEEKDAYS[weekdayIndex(toEpochDay(d))] !== luxonDate(d).setLocale("en").weekdayLong!.toLowerCase()
      )
        expect(d).toBe("consistent");
    }
    expect(toEpochDay("not a date")).toBeNaN();
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
  });

  it("month bounds, the next month and months between match luxon", () => {
    fc.assert(
      fc.property(date, date, (a, b) => {
        const month = a.slice(0, 7);
        const start = luxonDate(`${month}-01`);
        expect(monthBounds(month)).toEqual({ from: start.toISODate(), to: start.endOf("month").toISODate() });
        expect(nextMonth(month)).toBe(start.plus({ months: 1 }).toFormat("yyyy-MM"));
        expect(monthsBetween(month, b.slice(0, 7))).toBe(
          Math.round(luxonDate(`${b.slice(0, 7)}-01`).diff(start, "months").months),
        );
      }),
      { numRuns: 1000, seed: 3 },
    );
  });

  it("completed months equal luxon's month diff (end-of-month clamping included)", () => {
    const oracle = (from: string, to: string) =>
      Math.max(0, Math.floor(luxonDate(to).diff(luxonDate(from), "months").months));
    fc.assert(
      fc.property(date, date, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        expect(completedMonths(from, to)).toBe(oracle(from, to));
      }),
      { numRuns: 3000, seed: 11 },
    );
    for (let from = Date.UTC(2023, 11, 1); from <= Date.UTC(2024, 2, 31); from += DAY) {
      for (let offset = 0; offset <= 100; offset++) {
        const a = iso(from);
        const b = iso(from + offset * DAY);
        if (completedMonths(a, b) !== oracle(a, b))
          expect(`${a}..${b}: ${completedMonths(a, b)}`).toBe(`${a}..${b}: ${oracle(a, b)}`);
      }
    }
    expect(completedMonths("2024-01-31", "2024-02-29")).toBe(1);
    expect(completedMonths("2024-03-15", "2025-03-14")).toBe(11);
    expect(completedMonths("2025-03-14", "2024-03-15")).toBe(0);
    expect(completedMonthsUntil(20240131, 2024, 2, 29)).toBe(1);
  });

  it("a Jakarta wall-clock time is the UTC instant luxon's Asia/Jakarta gives, in any process TZ", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (d, h, m) => {
        const time = `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
        const oracle = DateTime.fromISO(`${d}T${time}`, { zone: "Asia/Jakarta" })
          .toUTC()
          .toFormat("yyyyMMdd'T'HHmmss'Z'");
        expect(jakartaInstantUtc(d, time)).toBe(oracle);
      }),
      { numRuns: 2000, seed: 7 },
    );
    expect(jakartaInstantUtc("2026-01-01", "00:00")).toBe("20251231T170000Z");
  });
});
