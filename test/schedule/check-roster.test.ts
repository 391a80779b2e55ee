import { describe, expect, it } from "vitest";
import {
  checkRoster,
  checkSchedule,
  generateSchedule,
  type Roster,
  type ScheduleInput,
} from "../../src/schedule/index.js";
import { workingCalendar } from "../../src/calendar/index.js";
import { resolvePolicy } from "../../src/policy/resolve.js";
import { thrown } from "../support/thrown.js";

const input: ScheduleInput = {
  unit: { id: "u", kind: "general", minimumOnSite: { share: 0.5 } },
  members: [
    { id: "a", grantedFlexibleDays: 2 },
    { id: "b", grantedFlexibleDays: 1, overrides: [{ date: "2026-12-08", kind: "leave" }] },
    { id: "c", grantedFlexibleDays: 0 },
  ],
  period: "2026-12",
  jurisdiction: "jabar",
};

/**
 * A roster that follows the jabar rules of December 2026: Thursdays (SE 188) and Fridays (the national
 * work from home, reported) home, which use the whole weekly cap of 2; b on leave on the 8th.
 */
function compliantRoster(): Roster {
  const cal = workingCalendar(resolvePolicy("jabar", "2026-12-01"), "2026-12");
  const roster: Roster = { a: {}, b: {}, c: {} };
  for (const d of cal.days.filter((x) => x.isWorkingDay)) {
    const thursday = d.weekday === "thursday" || d.weekday === "friday";
    roster.a![d.date] = thursday ? "flexible" : "office";
    roster.b![d.date] = d.date === "2026-12-08" ? "leave" : thursday ? "flexible" : "office";
    roster.c![d.date] = thursday ? "flexible" : "office";
  }
  return roster;
}

describe("checkRoster (issue 11): a plain member -> date -> mode roster, checked like a schedule", () => {
  it("finds a roster that follows the rules compliant on every hard constraint, holidays and weekends left out", () => {
    const report = checkRoster(compliantRoster(), input);
    expect(report.violations).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.hard.map((h) => h.code)).toEqual(
      checkSchedule(generateSchedule(input), input).hard.map((h) => h.code),
    );
  });

  it("names the member and week over the cap, and the day under the on-site minimum", () => {
    const roster = compliantRoster();
    roster.a!["2026-12-07"] = "flexible"; // Monday: a third flexible day in the week of 7 December
    roster.c!["2026-12-09"] = "flexible"; // c has no MKD
    roster.a!["2026-12-09"] = "flexible";
    const report = checkRoster(roster, input);
    expect(report.ok).toBe(false);
    const cap = report.hard.find((h) => h.code === "flexible_day_cap")!;
    expect(cap.violations.map((v) => [v.memberId, v.weekStart ?? v.date])).toEqual(
      expect.arrayContaining([
        ["a", "2026-12-07"],
        ["c", "2026-12-09"],
      ]),
    );
    const coverage = report.hard.find((h) => h.code === "coverage_minimum")!;
    expect(coverage.violations.map((v) => v.date)).toContain("2026-12-09");
  });

  it("treats sick days as excused leave, never as flexible days, and reports a missing working day", () => {
    const roster = compliantRoster();
    roster.c!["2026-12-10"] = "sick";
    delete roster.c!["2026-12-11"];
    const report = checkRoster(roster, input);
    const missing = report.hard.find((h) => h.code === "non_working_days_free")!.violations;
    expect(missing).toEqual([expect.objectContaining({ memberId: "c", date: "2026-12-11", params: { missing: 1 } })]);
    expect(report.hard.find((h) => h.code === "flexible_day_cap")!.held).toBe(true);
    // The week of 7 December is short by the missing Friday only: the sick Thursday's hours are excused.
    const hours = report.hard.find((h) => h.code === "weekly_hours")!.violations;
    expect(hours.map((v) => v.weekStart)).toEqual(["2026-12-07"]);
  });

  it("refuses a malformed roster with paths into it, never a raw error", () => {
    const e = thrown(() =>
      checkRoster({ a: { "2026-12-01": "wfh" }, z: {}, b: { "2026-13-01": "office" } } as never, input),
    );
    expect(e.code).toBe("invalid_roster");
    const paths = e.issues.map((i) => i.path.join("."));
    expect(paths).toContain("a.2026-12-01");
    expect(e.issues.every((i) => i.message.id && i.message.en)).toBe(true);
    const members = thrown(() => checkRoster({ a: {}, z: { "2027-01-04": "office" } }, input));
    expect(members.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["roster_unknown_member", "z"],
      ["roster_date_outside_period", "z.2027-01-04"],
      ["roster_missing_member", "b"],
      ["roster_missing_member", "c"],
    ]);
    expect(thrown(() => checkRoster(null as never, input)).code).toBe("invalid_roster");
  });

  it("reports a date key that is not a date with the same detail whatever zod locale is loaded (zod/mini has none)", () => {
    const e = thrown(() => checkRoster({ a: {}, b: { "2026-13-01": "office" }, c: {} } as never, input));
    expect(e.issues.map((i) => [i.code, i.path.join("."), i.params])).toEqual([
      ["input_invalid", "b.2026-13-01", { detail: "Invalid key in record" }],
    ]);
    expect(e.issues[0]!.message.en).toBe("Invalid value: Invalid key in record.");
  });
});

describe("checkSchedule never throws a raw error (issue 11 item 4)", () => {
  it("answers invalid_schedule with issue paths for an empty object, a hand-made roster and broken assignments", () => {
    for (const bad of [{}, { a: { "2026-12-01": "office" } }, null, 42]) {
      const e = thrown(() => checkSchedule(bad as never, input));
      expect(e.code).toBe("invalid_schedule");
    }
    const r = generateSchedule(input);
    if (r.status !== "scheduled") throw new Error("schedulable");
    const broken = structuredClone(r.schedule) as unknown as { members: { assignments: Record<string, unknown>[] }[] };
    broken.members[1]!.assignments[3]!.mode = "wfh";
    delete broken.members[2]!.assignments[0]!.regularMinutes;
    const e = thrown(() => checkSchedule(broken as never, input));
    expect(e.issues.map((i) => i.path.join("."))).toEqual([
      "members.1.assignments.3.mode",
      "members.2.assignments.0.regularMinutes",
    ]);
    expect(
      thrown(() =>
        checkSchedule({ status: "infeasible", conflicts: [{ code: "x" }] } as never, input),
      ).issues[0]!.path.slice(0, 2),
    ).toEqual(["conflicts", 0]);
  });
});
