import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  generateSchedule,
  checkSchedule,
  type ScheduleInput,
  type Schedule,
  type Assignment,
} from "../../src/schedule/index.js";
import { someRosterPasses } from "../support/brute-force.js";

const team = (n: number, granted: (i: number) => number) =>
  Array.from({ length: n }, (_, i) => ({ id: `m${String(i).padStart(2, "0")}`, grantedFlexibleDays: granted(i) }));

function scheduled(input: ScheduleInput): Schedule {
  const r = generateSchedule(input);
  if (r.status !== "scheduled") throw new Error(JSON.stringify(r.conflicts.map((c) => c.message.en)));
  expect(checkSchedule(r, input).ok).toBe(true);
  return r.schedule;
}

const march: ScheduleInput = {
  unit: { id: "bkd", kind: "general" },
  members: team(8, (i) => i % 3),
  period: "2026-03",
  jurisdiction: "jabar",
};
const day = (s: Schedule, date: string) => s.days.find((d) => d.date === date)!;
const on = (s: Schedule, id: string, date: string): Assignment =>
  s.members.find((m) => m.id === id)!.assignments.find((a) => a.date === date)!;

describe("national flexible-work days (16, 17, 25, 26, 27 March 2026), option nationalFlexibleWorkDays", () => {
  it("by default (allowed) lets members of a general unit take the day flexibly while the on-site minimum still holds", () => {
    const s = scheduled(march);
    for (const date of ["2026-03-16", "2026-03-17", "2026-03-25", "2026-03-27"]) {
      const d = day(s, date);
      expect(d.collective).toBeNull();
      expect(d.requiredOnSite).toBe(4);
      expect(d.onSite).toBeGreaterThanOrEqual(4);
      expect(d.flexible).toBe(4);
    }
    // Members without MKD may take it too: the circular allows it for everyone outside essential service.
    const noMkd = s.members.filter((m) => m.grantedFlexibleDays === 0).map((m) => on(s, m.id, "2026-03-16"));
    expect(noMkd.some((a) => a.mode === "flexible" && a.reasons[0] === "national_flexible_work_day")).toBe(true);
    expect(s.compliance.verdict).toBe("compliant");
  });

  it("never counts a national flexible-work day against the weekly cap, and rotates it between members", () => {
    // Week of 23 March: 23-24 cuti bersama, 25 FWA, 26 the collective Thursday (counts toward the cap), 27 FWA.
    // The policy's 50% on-site share keeps one of the two in; the one who had 16-17 March lets the other have 25 and 27.
    const s = scheduled({ ...march, members: team(2, () => 1) });
    const weeks = s.members.map((m) => m.weeks.find((x) => x.start === "2026-03-23")!);
    for (const w of weeks) expect(w).toMatchObject({ cap: 1, collectiveDaysCounted: 1, mkdFlexibleDays: 0 });
    expect(weeks.map((w) => w.flexibleDays)).toEqual([1, 3]);
    expect(on(s, "m01", "2026-03-25")).toMatchObject({ mode: "flexible", reasons: ["national_flexible_work_day"] });
    expect(on(s, "m00", "2026-03-16")).toMatchObject({
      mode: "flexible",
      reasons: ["national_flexible_work_day", "ramadan_hours"],
    });
  });

  it("keeps a pinned flexible day on a national flexible-work day outside the cap", () => {
    const members = [
      { id: "a", grantedFlexibleDays: 0, overrides: [{ date: "2026-03-17", kind: "flexible" as const }] },
      { id: "b", grantedFlexibleDays: 0 },
    ];
    const input: ScheduleInput = {
      ...march,
      members,
      unit: { id: "u", kind: "general", minimumOnSite: { headcount: 1 } },
    };
    const s = scheduled(input);
    expect(on(s, "a", "2026-03-17")).toMatchObject({
      mode: "flexible",
      reasons: ["pinned_flexible", "national_flexible_work_day", "ramadan_hours"],
    });
    expect(on(s, "b", "2026-03-17").mode).toBe("office");
  });

  it("in the collective reading sends the whole general unit home with no on-site minimum, outside the cap", () => {
    const input: ScheduleInput = { ...march, options: { nationalFlexibleWorkDays: "collective" } };
    const s = scheduled(input);
    const d = day(s, "2026-03-16");
    expect(d).toMatchObject({ collective: "national_flexible_work_day", requiredOnSite: 0, onSite: 0, flexible: 8 });
    expect(on(s, "m00", "2026-03-16").reasons[0]).toBe("national_flexible_work_day");
    for (const m of s.members)
      expect(m.weeks.find((w) => w.start === "2026-03-16")).toMatchObject({
        collectiveDaysCounted: 0,
        mkdFlexibleDays: 0,
      });
  });

  it("means nothing special for a direct public service unit in either reading", () => {
    for (const mode of ["allowed", "collective"] as const) {
      const s = scheduled({
        ...march,
        unit: { id: "rsud", kind: "direct_public_service" },
        members: team(4, () => 0),
        options: { nationalFlexibleWorkDays: mode },
      });
      expect(day(s, "2026-03-16")).toMatchObject({ collective: null, onSite: 4 });
      expect(s.members.every((m) => on(s, m.id, "2026-03-16").mode === "office")).toBe(true);
    }
  });

  it("rejects an unknown reading with a path", () => {
    expect(() => generateSchedule({ ...march, options: { nationalFlexibleWorkDays: "mandatory" as never } })).toThrow(
      /options/,
    );
  });

  it("finds a schedule whenever a brute-force search over the week of 16 March finds one (allowed reading, exact)", () => {
    // 16-17 March 2026 are national flexible-work days (Ramadan hours), 18-20 holidays and cuti bersama.
    fc.assert(
      fc.property(
        fc.record({
          seats: fc.integer({ min: 0, max: 4 }),
          headcount: fc.integer({ min: 0, max: 4 }),
          members: fc.array(
            fc.record({
              granted: fc.integer({ min: 0, max: 2 }),
              leave: fc.option(fc.constantFrom(16, 17), { nil: undefined }),
            }),
            { minLength: 1, maxLength: 4 },
          ),
        }),
        (g) => {
          const input: ScheduleInput = {
            unit: {
              id: "u",
              kind: "general",
              seatCapacity: g.seats,
              minimumOnSite: { headcount: g.headcount, share: 0 },
            },
            members: g.members.map((m, i) => ({
              id: `p${i}`,
              grantedFlexibleDays: m.granted,
              overrides: m.leave ? [{ date: `2026-03-${m.leave}`, kind: "leave" as const }] : [],
            })),
            period: { from: "2026-03-16", to: "2026-03-20" },
            jurisdiction: "jabar",
          };
          const result = generateSchedule(input);
          const check = checkSchedule(result, input);
          expect(check.ok).toBe(true);
          const exists = someRosterPasses(input);
          expect(result.status === "scheduled").toBe(exists);
        },
      ),
      { numRuns: 25, seed: 16 },
    );
  });
});
