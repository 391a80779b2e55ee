import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { flexibleCapForWeek, resolvePolicy, workingCalendar, type CalendarWeek } from "../../src/index.js";

const WEEK_START = "2026-06-29"; // a Monday

/** The two parts of one ISO week cut before weekday index `cut` (1..6), as two months would see them. */
function cutWeek(mask: boolean[], cut: number): [CalendarWeek, CalendarWeek] {
  const total = mask.filter(Boolean).length;
  const early = mask.slice(0, cut).filter(Boolean).length;
  const dates = Array.from(
    { length: 7 },
    (_, i) => `2026-0${i < 2 ? 6 : 7}-${String(i < 2 ? 29 + i : i - 1).padStart(2, "0")}`,
  );
  const base = { start: WEEK_START, workingDates: [], requiredMinutes: 0, scheduledWeekdaysInWeek: total };
  return [
    {
      ...base,
      dates: dates.slice(0, cut),
      split: "cut_at_end",
      scheduledWeekdaysInPeriod: early,
      scheduledWeekdaysBeforePeriod: 0,
    },
    {
      ...base,
      dates: dates.slice(cut),
      split: "cut_at_start",
      scheduledWeekdaysInPeriod: total - early,
      scheduledWeekdaysBeforePeriod: early,
    },
  ];
}

describe("the weekly cap of a week cut by a period boundary", () => {
  it("is shared so that the two parts add up to exactly the cap, for caps 0..7 and any working week", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 7 }),
        fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
        fc.integer({ min: 1, max: 6 }),
        (cap, mask, cut) => {
          const [earlier, later] = cutWeek(mask, cut);
          const a = flexibleCapForWeek(cap, earlier);
          const b = flexibleCapForWeek(cap, later);
          expect(a + b).toBe(cap);
          expect(a).toBeGreaterThanOrEqual(0);
          expect(b).toBeGreaterThanOrEqual(0);
          const total = earlier.scheduledWeekdaysInWeek;
          if (total > 0) {
            // Each part is the nearest whole day to its proportional share; a tie goes to the later part.
            const exact = (cap * earlier.scheduledWeekdaysInPeriod) / total;
            expect(Math.abs(a - exact)).toBeLessThanOrEqual(0.5);
            if (exact - Math.floor(exact) === 0.5) expect(a).toBe(Math.floor(exact));
          }
          // The same answer when the part position is derived from `split` alone (a hand-built week).
          const { scheduledWeekdaysBeforePeriod: _a, ...bareEarlier } = earlier;
          const { scheduledWeekdaysBeforePeriod: _b, ...bareLater } = later;
          expect(flexibleCapForWeek(cap, bareEarlier) + flexibleCapForWeek(cap, bareLater)).toBe(cap);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("gives a tie to the later part: cap 1 over a 4-day week cut in the middle", () => {
    const [earlier, later] = cutWeek([true, true, true, true, false, false, false], 2);
    expect([flexibleCapForWeek(1, earlier), flexibleCapForWeek(1, later)]).toEqual([0, 1]);
  });

  it("adds up across consecutive month calendars of 2025-2026 for the shipped caps", () => {
    const policy = resolvePolicy("jabar", "2026-03-01");
    const months = Array.from(
      { length: 24 },
      (_, i) => `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`,
    );
    const calendars = months.map((m) => workingCalendar(policy, m));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 22 }), fc.integer({ min: 0, max: 7 }), (i, cap) => {
        const end = calendars[i]!.weeks.at(-1)!;
        const start = calendars[i + 1]!.weeks[0]!;
        if (end.split === "none") {
          expect(start.start).not.toBe(end.start);
          return;
        }
        expect(start.start).toBe(end.start);
        expect(flexibleCapForWeek(cap, end) + flexibleCapForWeek(cap, start)).toBe(cap);
      }),
      { numRuns: 200 },
    );
  });

  it("splits any period into parts whose shares add up to the cap over each ISO week", () => {
    const policy = resolvePolicy("jabar", "2026-03-01");
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 0, max: 7 }),
        (offset, len, cap) => {
          const d = (n: number) => new Date(Date.UTC(2026, 5, 1 + n)).toISOString().slice(0, 10);
          const parts = [
            workingCalendar(policy, { from: d(0), to: d(offset) }),
            workingCalendar(policy, { from: d(offset + 1), to: d(offset + len) }),
            workingCalendar(policy, { from: d(offset + len + 1), to: d(60) }),
          ];
          const byWeek = new Map<string, number>();
          for (const c of parts)
            for (const w of c.weeks) byWeek.set(w.start, (byWeek.get(w.start) ?? 0) + flexibleCapForWeek(cap, w));
          for (const [start, sum] of byWeek) if (start >= d(0) && start <= d(54)) expect(sum).toBe(cap);
        },
      ),
      { numRuns: 60 },
    );
  });
});
