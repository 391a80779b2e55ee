import { describe, expect, it } from "vitest";
import { generateSchedule, checkSchedule, type Schedule, type ScheduleInput } from "../../src/schedule/index.js";
import { preparePolicy } from "../../src/policy/resolve.js";

function scheduled(input: ScheduleInput): Schedule {
  const r = generateSchedule(input);
  if (r.status !== "scheduled") throw new Error(JSON.stringify(r.conflicts.map((c) => c.message.en)));
  expect(checkSchedule(r, input).ok).toBe(true);
  return r.schedule;
}

const team = (n: number, granted: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `m${String(i).padStart(2, "0")}`, grantedFlexibleDays: granted }));

/** A supplied two-version overlay whose cap drops from 2 to 1 on Wednesday 10 June 2026, inside a week. */
function overlay(version: string, from: string, until: string | undefined, cap: number): Record<string, unknown> {
  return {
    schemaVersion: 1,
    jurisdiction: { id: "kota-uji", name: "Kota Uji (test)", parent: "jabar" },
    version,
    title: { id: `Kota Uji ${version}`, en: `Test city ${version}` },
    effectiveFrom: from,
    ...(until ? { effectiveUntil: until } : {}),
    extends: { jurisdiction: "jabar" },
    // Only the SE 188 Thursday, without the national Friday (reported, end unconfirmed), so the cap drop shows.
    applyUnconfirmedRules: false,
    illustrative: true,
    legalBases: [{ id: `kota-uji-${version}`, kind: "project", title: `Test circular of ${version}` }],
    parameters: {
      eligibility: {
        allowedFlexibleDays: {
          value: [1, cap].filter((d, i, all) => all.indexOf(d) === i),
          provenance: "assumption",
          sources: [`kota-uji-${version}`],
        },
        trackRecordQuota: {
          value: { green: cap, yellow: 1, red: 0 },
          provenance: "assumption",
          sources: [`kota-uji-${version}`],
        },
        quotaWithoutTrackRecord: { value: 1, provenance: "assumption", sources: [`kota-uji-${version}`] },
      },
      schedule: {
        maxFlexibleDaysPerWeek: { value: cap, provenance: "assumption", sources: [`kota-uji-${version}`] },
      },
    },
  };
}

describe("schedules resolve the policy per day (issue 9 item 6)", () => {
  it("never gives more than 2 flexible days in the week of 21 April 2025, while the week before still allowed 4", () => {
    const s = scheduled({
      unit: { id: "u", kind: "general", minimumOnSite: { share: 0 } },
      members: team(4, 4),
      period: "2025-04",
      jurisdiction: "jabar",
    });
    for (const m of s.members) {
      const before = m.weeks.find((w) => w.start === "2025-04-14")!;
      const after = m.weeks.find((w) => w.start === "2025-04-21")!;
      expect(before.cap).toBe(4);
      expect(after.cap).toBe(2);
      expect(after.flexibleDays).toBeLessThanOrEqual(2);
      const flexibleFrom21 = m.assignments.filter(
        (a) => a.date >= "2025-04-21" && a.date <= "2025-04-27" && a.mode === "flexible",
      );
      expect(flexibleFrom21.length).toBeLessThanOrEqual(2);
    }
    expect(s.members.some((m) => m.weeks.find((w) => w.start === "2025-04-14")!.flexibleDays > 2)).toBe(true);
    const weeks = new Map(s.compliance.weeks!.map((w) => [w.start, w]));
    expect(weeks.get("2025-04-14")).toMatchObject({ versions: ["jabar@2023-06-19"], policyCap: 4 });
    expect(weeks.get("2025-04-21")).toMatchObject({ versions: ["jabar@2025-04-21"], policyCap: 2 });
    expect(s.policies!.map((p) => [p.version, p.from, p.to])).toEqual([
      ["2023-06-19", "2025-04-01", "2025-04-20"],
      ["2025-04-21", "2025-04-21", "2025-04-30"],
    ]);
    expect(s.days.find((d) => d.date === "2025-04-22")!.policyVersion).toBe("jabar@2025-04-21");
  });

  it("follows the version in force each day across a new year: Thursdays become collective from January 2026 only", () => {
    const s = scheduled({
      unit: { id: "u", kind: "general" },
      members: team(6, 2),
      period: { from: "2025-12-15", to: "2026-01-16" },
      jurisdiction: "jabar",
    });
    const day = (date: string) => s.days.find((d) => d.date === date)!;
    expect(day("2025-12-18").collective).toBeNull();
    expect(day("2026-01-08").collective).toBe("collective_flexible_day");
    expect(day("2026-01-15").collective).toBe("collective_flexible_day");
    const crossing = s.compliance.weeks!.find((w) => w.start === "2025-12-29")!;
    expect(crossing.versions).toHaveLength(2);
    expect(crossing.versions.at(-1)).toBe("jabar@2026-01-01");
    expect(crossing.message.en).toContain("changes inside the week");
    expect(crossing.message.id).toContain("berganti di tengah minggu");
    expect(s.policies!.at(-1)).toMatchObject({ version: "2026-01-01", from: "2026-01-01", to: "2026-01-16" });
  });

  it("keeps December 2026's Thursdays collective and makes January 2027's ordinary working days, in one schedule across the year", () => {
    const s = scheduled({
      unit: { id: "u", kind: "general" },
      members: team(6, 2),
      period: { from: "2026-12-21", to: "2027-01-15" },
      jurisdiction: "jabar",
    });
    const day = (date: string) => s.days.find((d) => d.date === date)!;
    expect(day("2026-12-31")).toMatchObject({ kind: "working", collective: "collective_flexible_day" });
    for (const date of ["2027-01-07", "2027-01-14"])
      expect(day(date)).toMatchObject({ kind: "working", collective: null, policyVersion: "jabar@2027-01-01" });
    expect(s.policies!.at(-1)).toMatchObject({ version: "2027-01-01", from: "2027-01-01", to: "2027-01-15" });
    expect(s.compliance.weeks!.find((w) => w.start === "2026-12-28")!.versions.at(-1)).toBe("jabar@2027-01-01");
  });

  it("applies the smaller cap to a whole week when a version starts on a Wednesday, and explains it", () => {
    const documents = [
      overlay("2026-06-01", "2026-06-01", "2026-06-09", 2),
      overlay("2026-06-10", "2026-06-10", undefined, 1),
    ];
    const s = scheduled({
      unit: { id: "u", kind: "general", minimumOnSite: { share: 0 } },
      members: team(3, 2),
      period: "2026-06",
      policy: preparePolicy("kota-uji", { documents }),
    });
    for (const m of s.members) {
      const byWeek = new Map(m.weeks.map((w) => [w.start, w]));
      // 2026 Thursdays are collective and count toward the cap: a cap of 2 leaves one MKD day, a cap of 1 none.
      expect(byWeek.get("2026-06-01")).toMatchObject({ cap: 2, mkdFlexibleDays: 1 });
      expect(byWeek.get("2026-06-08")).toMatchObject({ cap: 1, mkdFlexibleDays: 0 });
      expect(byWeek.get("2026-06-15")).toMatchObject({ cap: 1, mkdFlexibleDays: 0 });
      const monTue = m.assignments.filter((a) => a.date === "2026-06-08" || a.date === "2026-06-09");
      expect(monTue.every((a) => a.mode === "office")).toBe(true);
    }
    const week = s.compliance.weeks!.find((w) => w.start === "2026-06-08")!;
    expect(week).toMatchObject({ versions: ["kota-uji@2026-06-01", "kota-uji@2026-06-10"], policyCap: 1 });
    expect(week.message.en).toContain("smaller cap, 1 flexible day");
    expect(s.days.find((d) => d.date === "2026-06-09")!.policyVersion).toBe("kota-uji@2026-06-01");
    expect(s.days.find((d) => d.date === "2026-06-10")!.policyVersion).toBe("kota-uji@2026-06-10");
  });

  it("follows the shipped law day by day also when given the resolved policy of the period's first day", async () => {
    const { resolvePolicy } = await import("../../src/policy/resolve.js");
    const input: ScheduleInput = {
      unit: { id: "u", kind: "general", minimumOnSite: { share: 0 } },
      members: team(2, 4),
      period: "2025-04",
      policy: resolvePolicy("jabar", "2025-04-01"),
    };
    const s = scheduled(input);
    for (const m of s.members) expect(m.weeks.find((w) => w.start === "2025-04-21")!.cap).toBe(2);
  });
});

describe("the on-site minimum and leave (issue 9 item 7)", () => {
  it("still schedules a unit where most members are on leave one day: the share counts the members working that day", () => {
    const members = team(10, 2).map((m, i) =>
      i < 7 ? { ...m, overrides: [{ date: "2026-12-08", kind: "leave" as const }] } : m,
    );
    const s = scheduled({ unit: { id: "u", kind: "general" }, members, period: "2026-12", jurisdiction: "jabar" });
    const day = s.days.find((d) => d.date === "2026-12-08")!;
    expect(day).toMatchObject({ onLeave: 7, requiredOnSite: 2 });
    expect(day.onSite).toBeGreaterThanOrEqual(2);
    expect(s.days.find((d) => d.date === "2026-12-09")!.requiredOnSite).toBe(5);
  });

  it("does not count official travel toward the share either", () => {
    const members = team(6, 2).map((m, i) =>
      i < 4 ? { ...m, overrides: [{ date: "2026-12-09", kind: "official_travel" as const }] } : m,
    );
    const s = scheduled({ unit: { id: "u", kind: "general" }, members, period: "2026-12", jurisdiction: "jabar" });
    expect(s.days.find((d) => d.date === "2026-12-09")).toMatchObject({ onTravel: 4, requiredOnSite: 1 });
  });

  it("lets a unit set its own minimum of 0 below the policy's default share", () => {
    const s = scheduled({
      unit: { id: "u", kind: "general", minimumOnSite: { share: 0 } },
      members: team(4, 2),
      period: "2026-12",
      jurisdiction: "jabar",
    });
    expect(s.days.filter((d) => d.kind === "working").every((d) => d.requiredOnSite === 0)).toBe(true);
    const withDefault = scheduled({
      unit: { id: "u", kind: "general" },
      members: team(4, 2),
      period: "2026-12",
      jurisdiction: "jabar",
    });
    expect(withDefault.days.find((d) => d.date === "2026-12-07")!.requiredOnSite).toBe(2);
  });

  it("keeps a front desk's minimum on collective Thursdays, rotating who stays", () => {
    const members = team(6, 2).map((m, i) => (i < 3 ? { ...m, roles: ["front_desk"] } : m));
    const input: ScheduleInput = {
      unit: { id: "u", kind: "general", minimumOnSite: { perRole: { front_desk: 1 } } },
      members,
      period: "2026-12",
      jurisdiction: "jabar",
    };
    const s = scheduled(input);
    const thursdays = s.days.filter((d) => d.weekday === "thursday" && d.kind === "working");
    expect(thursdays.length).toBeGreaterThanOrEqual(3);
    const stayed = new Set<string>();
    for (const d of thursdays) {
      expect(d.collective).toBe("collective_flexible_day");
      expect(d.onSiteByRole.front_desk).toBe(1);
      expect(d.requiredOnSiteByRole.front_desk).toBe(1);
      expect(d.onSite).toBe(1);
      const who = s.members.filter((m) => m.assignments.find((a) => a.date === d.date)!.mode === "office");
      expect(who[0]!.assignments.find((a) => a.date === d.date)!.reasons).toContain("coverage");
      stayed.add(who[0]!.id);
    }
    expect(stayed.size).toBe(3);
    // The kept Thursday still takes its place in the weekly cap.
    for (const m of s.members)
      for (const w of m.weeks)
        expect(w.mkdFlexibleDays).toBeLessThanOrEqual(Math.max(0, w.cap - w.collectiveDaysCounted));
  });

  it("reports a front desk that cannot be kept on a collective Thursday, and the checker confirms it", () => {
    const members = team(3, 2).map((m) => ({
      ...m,
      roles: ["front_desk"],
      overrides: [{ date: "2026-12-10", kind: "leave" as const }],
    }));
    const input: ScheduleInput = {
      unit: { id: "u", kind: "general", minimumOnSite: { perRole: { front_desk: 1 } } },
      members,
      period: "2026-12",
      jurisdiction: "jabar",
    };
    const r = generateSchedule(input);
    expect(r.status).toBe("infeasible");
    if (r.status !== "infeasible") return;
    expect(r.conflicts).toHaveLength(1);
    expect(r.conflicts[0]).toMatchObject({
      code: "role_coverage_unreachable",
      dates: ["2026-12-10"],
      role: "front_desk",
      required: 1,
      possible: 0,
    });
    expect(checkSchedule(r, input).ok).toBe(true);
  });

  it("limits flexible days, not presence, under SE 150 in December 2025: at most half of those working each day", () => {
    const members = team(10, 2).map((m, i) =>
      i < 6 ? { ...m, overrides: [{ date: "2025-12-09", kind: "leave" as const }] } : m,
    );
    const s = scheduled({ unit: { id: "u", kind: "general" }, members, period: "2025-12", jurisdiction: "jabar" });
    expect(s.policy.version).toBe("2025-12-01");
    const byDate = new Map(s.days.map((d) => [d.date, d]));
    expect(byDate.get("2025-12-09")).toMatchObject({ onLeave: 6, maxFlexible: 2, requiredOnSite: 2 });
    for (const d of s.days.filter((x) => x.kind === "working")) {
      const working = d.onSite + d.flexible;
      expect(d.maxFlexible).toBe(Math.floor(0.5 * working));
      expect(d.flexible).toBeLessThanOrEqual(d.maxFlexible!);
    }
    const share = s.compliance.hard.find((h) => h.code === "maximum_flexible_share")!;
    expect(share.held).toBe(true);
    expect(share.checked).toBeGreaterThan(15);
  });

  it("reports pinned flexible days beyond the flexible share as a conflict the checker confirms, whatever the unit's own minimum", () => {
    const members = team(4, 2).map((m) => ({ ...m, overrides: [{ date: "2025-12-10", kind: "flexible" as const }] }));
    const input: ScheduleInput = {
      unit: { id: "u", kind: "general", minimumOnSite: { share: 0 } },
      members,
      period: "2025-12",
      jurisdiction: "jabar",
    };
    const r = generateSchedule(input);
    expect(r.status).toBe("infeasible");
    if (r.status !== "infeasible") return;
    expect(r.conflicts.map((c) => c.code)).toEqual(["flexible_share_exceeded"]);
    expect(r.conflicts[0]).toMatchObject({ dates: ["2025-12-10"], required: 4, possible: 2 });
    expect(r.conflicts[0]!.message.en).toContain("at most 2 may work flexibly");
    expect(checkSchedule(r, input).ok).toBe(true);
  });

  it("finds a hand-edited December 2025 schedule with too many away on one day, counting only those working", () => {
    const input: ScheduleInput = {
      unit: { id: "u", kind: "general", minimumOnSite: { share: 0 } },
      members: team(4, 2),
      period: "2025-12",
      jurisdiction: "jabar",
    };
    const s = scheduled(input);
    const edited = structuredClone(s);
    for (const m of edited.members) {
      const a = m.assignments.find((x) => x.date === "2025-12-03")!;
      Object.assign(a, {
        mode: "flexible",
        location: "home",
        regularMinutes: 0,
        flexibleMinutes: a.regularMinutes + a.flexibleMinutes,
        reasons: ["mkd_flexible_day"],
      });
    }
    edited.days.find((d) => d.date === "2025-12-03")!.onSite = 0;
    const check = checkSchedule(edited, input);
    const share = check.hard.find((h) => h.code === "maximum_flexible_share")!;
    expect(share.held).toBe(false);
    expect(share.violations.find((v) => v.date === "2025-12-03")!.params).toMatchObject({
      flexible: 4,
      allowed: 2,
      working: 4,
    });
  });
});
