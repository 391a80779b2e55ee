import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { generateSchedule, checkSchedule, type ScheduleInput } from "../../src/schedule/index.js";
import { WEEKDAYS } from "../../src/core/dates.js";
import { someRosterPasses } from "../support/brute-force.js";

const weekdays = fc.subarray([...WEEKDAYS.slice(0, 5)], { maxLength: 2 });
const override = (month: string) =>
  fc
    .record({
      day: fc.integer({ min: 1, max: 28 }),
      kind: fc.constantFrom("leave", "official_travel", "leave", "official_travel", "leave", "office", "flexible"),
    })
    .map((o) => ({ date: `${month}-${String(o.day).padStart(2, "0")}`, kind: o.kind as "leave" }));

const unitInput = fc
  .constantFrom("2026-01", "2026-03", "2026-05", "2026-12", "2025-03", "2025-04", "2025-12", "2026-04")
  .chain((month) =>
    fc.record({
      month: fc.constant(month),
      kind: fc.constantFrom("general", "direct_public_service"),
      share: fc.constantFrom(undefined, 0, 0.3, 0.6),
      headcount: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
      frontDesk: fc.option(fc.integer({ min: 1, max: 2 }), { nil: undefined }),
      seats: fc.option(fc.integer({ min: 3, max: 14 }), { nil: undefined }),
      anchor: weekdays,
      friday: fc.boolean(),
      fwa: fc.constantFrom("allowed", "collective"),
      members: fc.array(
        fc.record({
          granted: fc.integer({ min: 0, max: 2 }),
          frontDesk: fc.boolean(),
          prefs: weekdays,
          overrides: fc.uniqueArray(override(month), { maxLength: 2, selector: (o) => o.date }),
        }),
        { minLength: 1, maxLength: 12 },
      ),
    }),
  );

function toInput(g: fc.Arbitrary<unknown> extends never ? never : any): ScheduleInput {
  return {
    unit: {
      id: "u",
      kind: g.kind,
      minimumOnSite: {
        share: g.share,
        headcount: g.headcount,
        perRole: g.frontDesk ? { front_desk: g.frontDesk } : undefined,
      },
      seatCapacity: g.seats,
      anchorWeekdays: g.anchor,
      requestedCollectiveWeekdays: g.friday ? ["friday"] : [],
    },
    members: g.members.map((m: any, i: number) => ({
      id: `p${String(i).padStart(2, "0")}`,
      grantedFlexibleDays: m.granted,
      roles: m.frontDesk ? ["front_desk"] : [],
      preferredFlexibleWeekdays: m.prefs,
      overrides: m.overrides,
    })),
    period: g.month,
    jurisdiction: "jabar",
    options: { nationalFlexibleWorkDays: g.fwa },
  };
}

describe("schedule properties over generated units and months", () => {
  it("every returned schedule passes the independent checker, and every infeasible answer's conflicts are confirmed by counting", () => {
    let scheduled = 0,
      infeasible = 0;
    fc.assert(
      fc.property(unitInput, (g) => {
        const input = toInput(g);
        const result = generateSchedule(input);
        const check = checkSchedule(result, input);
        if (result.status === "scheduled") {
          scheduled++;
          expect(check.violations).toEqual([]);
          expect(result.schedule.compliance.verdict).toBe("compliant");
        } else {
          infeasible++;
          expect(check.conflicts.filter((c) => !c.confirmed)).toEqual([]);
          for (const c of result.conflicts) expect(c.message.id.length * c.message.en.length).toBeGreaterThan(0);
        }
        expect(check.ok).toBe(true);
      }),
      { numRuns: 150, seed: 20261201 },
    );
    // Both outcomes must actually be exercised, or the property says little.
    expect(scheduled).toBeGreaterThan(10);
    expect(infeasible).toBeGreaterThan(10);
  });

  it("finds a schedule whenever a brute-force search over one small week finds one (exactness)", () => {
    // A single cut week (2026-12-28..31) with up to 4 members: enumerate every choice of flexible days.
    fc.assert(
      fc.property(
        fc.record({
          seats: fc.integer({ min: 0, max: 4 }),
          headcount: fc.integer({ min: 0, max: 3 }),
          members: fc.array(
            fc.record({
              granted: fc.integer({ min: 0, max: 2 }),
              leave: fc.option(fc.constantFrom(28, 29, 30), { nil: undefined }),
            }),
            { minLength: 1, maxLength: 3 },
          ),
        }),
        (g) => {
          const input: ScheduleInput = {
            unit: {
              id: "u",
              kind: "direct_public_service",
              seatCapacity: g.seats,
              minimumOnSite: { headcount: g.headcount, share: 0 },
            },
            members: g.members.map((m, i) => ({
              id: `p${i}`,
              grantedFlexibleDays: m.granted,
              overrides: m.leave ? [{ date: `2026-12-${m.leave}`, kind: "leave" as const }] : [],
            })),
            period: { from: "2026-12-28", to: "2026-12-31" },
            jurisdiction: "jabar",
          };
          const result = generateSchedule(input);
          // Cut week 28-31 Dec: 4 of 5 weekdays, so the caps are shared; the brute force never reads the generator's
          // caps: it tries every roster and asks the independent checker.
          const exists = someRosterPasses(input);
          expect(result.status === "scheduled").toBe(exists);
        },
      ),
      { numRuns: 20, seed: 7 },
    );
  });

  it("finds a schedule whenever a brute-force search finds one under the flexible share and under collective days with a role minimum", () => {
    // Tuesday-Friday of a week under jabar@2025-12-01 (at most half of those working flexible) and under jabar 2026
    // (collective Thursday and Friday, where a front-desk minimum still holds): every choice of office or flexible days.
    fc.assert(
      fc.property(
        fc.record({
          week: fc.constantFrom(
            ["2025-12-09", "2025-12-10", "2025-12-11", "2025-12-12"],
            ["2026-06-09", "2026-06-10", "2026-06-11", "2026-06-12"],
          ),
          seats: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
          share: fc.option(fc.constantFrom(0, 0.5, 1), { nil: undefined }),
          desk: fc.integer({ min: 0, max: 1 }),
          members: fc.array(
            fc.record({
              granted: fc.integer({ min: 0, max: 2 }),
              desk: fc.boolean(),
              override: fc.option(
                fc.record({
                  day: fc.integer({ min: 0, max: 3 }),
                  kind: fc.constantFrom("leave", "official_travel", "flexible", "office"),
                }),
                { nil: undefined },
              ),
            }),
            { minLength: 1, maxLength: 3 },
          ),
        }),
        (g) => {
          const dates = g.week;
          const input: ScheduleInput = {
            unit: {
              id: "u",
              kind: "general",
              seatCapacity: g.seats,
              minimumOnSite: { share: g.share, perRole: g.desk ? { front_desk: g.desk } : undefined },
            },
            members: g.members.map((m, i) => ({
              id: `p${i}`,
              grantedFlexibleDays: m.granted,
              roles: m.desk ? ["front_desk"] : [],
              overrides: m.override ? [{ date: dates[m.override.day]!, kind: m.override.kind as "leave" }] : [],
            })),
            period: { from: dates[0]!, to: dates[3]! },
            jurisdiction: "jabar",
          };
          const result = generateSchedule(input);
          const exists = someRosterPasses(input);
          expect(result.status === "scheduled").toBe(exists);
          if (result.status === "infeasible") expect(checkSchedule(result, input).ok).toBe(true);
        },
      ),
      { numRuns: 12, seed: 11 },
    );
  });
});
