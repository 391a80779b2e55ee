import { describe, expect, it } from "vitest";
import { generateSchedule, checkSchedule, type ScheduleInput, type Schedule } from "../../src/schedule/index.js";
import { MkdError } from "../../src/core/errors.js";

const team = (n: number, granted: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `m${String(i).padStart(2, "0")}`, grantedFlexibleDays: granted }));

function scheduled(input: ScheduleInput): Schedule {
  const r = generateSchedule(input);
  if (r.status !== "scheduled") throw new Error(JSON.stringify(r.conflicts.map((c) => c.message.en)));
  return r.schedule;
}

describe("generateSchedule under jabar 2026", () => {
  const base: ScheduleInput = {
    unit: { id: "bkd", kind: "general" },
    members: team(8, 2),
    period: "2026-12",
    jurisdiction: "jabar",
  };

  it("puts a whole non-service unit at home on Thursdays, each Thursday using one of the two weekly days", () => {
    // February 2026: SE 188 alone (the national Friday of 2026-04-10 is not in force yet).
    const s = scheduled({ ...base, period: "2026-02" });
    for (const d of s.days.filter((x) => x.weekday === "thursday" && x.kind === "working")) {
      expect(d.collective).toBe("collective_flexible_day");
      expect(d.onSite).toBe(0);
      expect(d.flexible).toBe(8);
    }
    for (const m of s.members)
      for (const w of m.weeks)
        expect(w.mkdFlexibleDays).toBeLessThanOrEqual(Math.max(0, w.cap - w.collectiveDaysCounted));
    const full = s.members[0]!.weeks.find((w) => w.start === "2026-02-09")!;
    expect(full).toMatchObject({ cap: 2, collectiveDaysCounted: 1, mkdFlexibleDays: 1, flexibleDays: 2 });
  });

  it("keeps a direct public service unit on site on Thursdays and meets its minimum every working day", () => {
    const s = scheduled({
      ...base,
      unit: { id: "rsud", kind: "direct_public_service", minimumOnSite: { share: 0.75 } },
    });
    for (const d of s.days.filter((x) => x.kind === "working")) {
      expect(d.collective).toBeNull();
      expect(d.onSite).toBeGreaterThanOrEqual(6);
    }
    expect(s.compliance.verdict).toBe("compliant");
  });

  it("schedules nothing on cuti bersama (24 December), Christmas and weekends", () => {
    const s = scheduled(base);
    const byDate = new Map(s.days.map((d) => [d.date, d]));
    expect(byDate.get("2026-12-24")!.kind).toBe("cuti_bersama");
    expect(byDate.get("2026-12-25")!.kind).toBe("national_holiday");
    for (const m of s.members) {
      for (const a of m.assignments.filter((x) => ["2026-12-24", "2026-12-25", "2026-12-26"].includes(x.date))) {
        expect(["holiday", "weekend"]).toContain(a.mode);
        expect(a.regularMinutes + a.flexibleMinutes).toBe(0);
      }
    }
  });

  it("reports every hard constraint as held with evidence from the independent checker", () => {
    const s = scheduled(base);
    expect(s.compliance.verdict).toBe("compliant");
    expect(s.compliance.hard.map((h) => h.code)).toContain("coverage_minimum");
    expect(s.compliance.hard.every((h) => h.held && h.checked >= 0)).toBe(true);
    expect(checkSchedule(s, base).ok).toBe(true);
  });

  it("lets members without MKD work from home on the collective Thursday without it counting as an MKD day", () => {
    const s = scheduled({ ...base, members: team(4, 0) });
    const thu = s.members[0]!.assignments.find((a) => a.date === "2026-12-03")!;
    expect(thu).toMatchObject({ mode: "flexible", location: "home", reasons: ["collective_flexible_day"] });
    expect(s.members[0]!.weeks.every((w) => w.mkdFlexibleDays === 0)).toBe(true);
    const mon = s.members[0]!.assignments.find((a) => a.date === "2026-12-07")!;
    expect(mon.mode).toBe("office");
    expect(mon.reasons).toContain("no_mkd");
  });

  it("keeps the day's office hours on a flexible day and adds the core window", () => {
    const s = scheduled(base);
    const thu = s.members[0]!.assignments.find((a) => a.date === "2026-12-03")!;
    expect(thu).toMatchObject({
      start: "07:30",
      end: "16:00",
      breakMinutes: 60,
      flexibleMinutes: 450,
      regularMinutes: 0,
      coreStart: "09:00",
      coreEnd: "15:00",
    });
  });

  it("keeps a must-be-on-site member in the office on a collective day and respects leave and official travel", () => {
    const members = team(4, 2);
    members[0] = {
      ...members[0]!,
      overrides: [
        { date: "2026-12-03", kind: "office" },
        { date: "2026-12-07", kind: "leave" },
        { date: "2026-12-08", kind: "official_travel" },
      ],
    } as never;
    const s = scheduled({ ...base, members });
    const a = new Map(s.members[0]!.assignments.map((x) => [x.date, x]));
    expect(a.get("2026-12-03")!.mode).toBe("office");
    expect(a.get("2026-12-07")).toMatchObject({ mode: "leave", excusedMinutes: 450 });
    expect(a.get("2026-12-08")).toMatchObject({ mode: "official_travel", location: "travel", regularMinutes: 450 });
    expect(s.days.find((d) => d.date === "2026-12-03")!.onSite).toBe(1);
  });

  it("applies the on-request Friday only when the unit asked for it", () => {
    // February 2026: before the national Friday of 2026-04-10 made every Friday collective.
    const asked = scheduled({
      ...base,
      period: "2026-02",
      unit: { id: "bkd", kind: "general", requestedCollectiveWeekdays: ["friday"] },
    });
    expect(asked.days.find((d) => d.date === "2026-02-06")!.collective).toBe("collective_flexible_day");
    const notAsked = scheduled({ ...base, period: "2026-02" });
    expect(notAsked.days.find((d) => d.date === "2026-02-06")!.collective).toBeNull();
  });

  it("meets a per-role minimum, counting each member toward their first role with a minimum", () => {
    const members = team(6, 2).map((m, i) => ({ ...m, roles: i < 2 ? ["front_desk", "archive"] : ["archive"] }));
    const s = scheduled({
      ...base,
      unit: { id: "u", kind: "direct_public_service", minimumOnSite: { perRole: { front_desk: 1, archive: 2 } } },
      members,
    });
    expect(s.members[0]!.coverageRole).toBe("front_desk");
    for (const d of s.days.filter((x) => x.kind === "working")) {
      expect(d.onSiteByRole.front_desk).toBeGreaterThanOrEqual(1);
      expect(d.onSiteByRole.archive).toBeGreaterThanOrEqual(2);
    }
  });

  it("never seats more people than the office has", () => {
    const s = scheduled({
      ...base,
      unit: { id: "u", kind: "direct_public_service", seatCapacity: 5 },
      members: team(8, 2),
    });
    for (const d of s.days) expect(d.onSite).toBeLessThanOrEqual(5);
  });

  it("checks a hand-edited schedule whose assignments are reordered the same as one in calendar order", () => {
    const s = scheduled(base);
    const shuffled = { ...s, members: s.members.map((m) => ({ ...m, assignments: [...m.assignments].reverse() })) };
    expect(checkSchedule(shuffled, base).ok).toBe(true);
    // A missing day and a duplicated day are still found when the order is not the calendar's.
    const broken = {
      ...s,
      members: s.members.map((m, i) =>
        i === 0 ? { ...m, assignments: [m.assignments[1]!, ...m.assignments.slice(1)] } : m,
      ),
    };
    const check = checkSchedule(broken, base);
    expect(check.ok).toBe(false);
    expect(
      check.violations.some(
        (v) => v.constraint === "non_working_days_free" && v.memberId === "m00" && v.date === "2026-12-01",
      ),
    ).toBe(true);
  });

  it("gives the same bytes for the same input and breaks ties by member id", () => {
    const a = JSON.stringify(generateSchedule(base));
    const b = JSON.stringify(generateSchedule({ ...base, members: [...base.members] }));
    expect(a).toBe(b);
  });
});

describe("infeasible units are answers, not throws", () => {
  it("explains a day when too many are on leave, naming who", () => {
    const members = team(6, 1).map((m, i) =>
      i < 4 ? { ...m, overrides: [{ date: "2026-12-08", kind: "leave" as const }] } : m,
    );
    const input: ScheduleInput = {
      unit: { id: "u", kind: "general", minimumOnSite: { headcount: 3 } },
      members,
      period: "2026-12",
      jurisdiction: "jabar",
    };
    const r = generateSchedule(input);
    expect(r.status).toBe("infeasible");
    if (r.status !== "infeasible") return;
    expect(r.conflicts).toHaveLength(1);
    expect(r.conflicts[0]).toMatchObject({
      code: "coverage_unreachable",
      dates: ["2026-12-08"],
      required: 3,
      possible: 2,
    });
    expect(r.conflicts[0]!.members.onLeave).toEqual(["m00", "m01", "m02", "m03"]);
    expect(r.conflicts[0]!.message.en).toContain("at least 3 must be on site, but at most 2 can be");
    expect(r.conflicts[0]!.message.id).toContain("minimal 3 orang harus di kantor");
    expect(checkSchedule(r, input).ok).toBe(true);
  });

  it("says when seats cannot be freed because weekly caps are too small, with a certificate the checker confirms", () => {
    const input: ScheduleInput = {
      unit: { id: "u", kind: "direct_public_service", seatCapacity: 3 },
      members: team(6, 1),
      period: "2026-12",
      jurisdiction: "jabar",
    };
    const r = generateSchedule(input);
    expect(r.status).toBe("infeasible");
    if (r.status !== "infeasible") return;
    expect(r.conflicts[0]!.code).toBe("seats_cannot_be_freed");
    expect(r.conflicts[0]!.required).toBeGreaterThan(r.conflicts[0]!.possible);
    expect(checkSchedule(r, input).ok).toBe(true);
  });

  it("refuses pinned flexible days beyond the weekly cap", () => {
    const members = [
      {
        id: "a",
        grantedFlexibleDays: 1,
        overrides: [
          { date: "2026-12-07", kind: "flexible" as const },
          { date: "2026-12-08", kind: "flexible" as const },
        ],
      },
    ];
    const input: ScheduleInput = {
      unit: { id: "u", kind: "direct_public_service", minimumOnSite: { share: 0 } },
      members,
      period: "2026-12",
      jurisdiction: "jabar",
    };
    const r = generateSchedule({ ...input });
    expect(r.status === "infeasible" && r.conflicts[0]!.code).toBe("pins_exceed_cap");
    expect(checkSchedule(r, input).ok).toBe(true);
  });
});

describe("invalid input", () => {
  it("throws MkdError with paths and bilingual messages", () => {
    try {
      generateSchedule({
        unit: { id: "u", kind: "general" },
        members: [
          { id: "a", grantedFlexibleDays: 9 },
          { id: "a", grantedFlexibleDays: 1 },
        ],
        period: "2026-13",
        jurisdiction: "jabar",
      } as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(MkdError);
      const err = e as MkdError;
      expect(err.code).toBe("invalid_schedule_input");
      const paths = err.issues.map((i) => i.path.join("."));
      expect(paths).toContain("members.0.grantedFlexibleDays");
      expect(paths).toContain("period");
      expect(paths).toContain("members.1.id");
      expect(err.issues.every((i) => i.message.id && i.message.en)).toBe(true);
    }
  });

  it("accepts an eligibility decision object for granted days", () => {
    const s = scheduled({
      unit: { id: "u", kind: "general" },
      members: [{ id: "a", grantedFlexibleDays: { grantedFlexibleDays: 1, status: "eligible" } as never }],
      period: "2026-12",
      jurisdiction: "jabar",
    });
    expect(s.members[0]!.grantedFlexibleDays).toBe(1);
  });
});
