import { describe, expect, it } from "vitest";
import { checkEligibility, evaluateEarlyWarning, generateSchedule, scoreMonth } from "../../src/index.js";
import {
  aMember,
  anEmployee,
  aScoringMonth,
  aUnit,
  fixtures,
  formatCasesReport,
  runPolicyCases,
  shippedCases,
  type PolicyCases,
} from "../../src/testing/index.js";
import { shippedVersionDirs, tasikmalaya } from "../policy/helpers.js";

const options = { jurisdiction: "jabar", asOf: "2026-03-02" } as const;
const decide = (employee: unknown) => checkEligibility(employee as never, options);
const failed = (employee: unknown) =>
  decide(employee)
    .rules.filter((r) => !r.passed)
    .map((r) => r.id);

describe("builders start valid and change one thing per method", () => {
  it("an employee as built is eligible with 2 days and no warning", () => {
    const d = decide(anEmployee().build());
    expect([d.outcome, d.grantedFlexibleDays, d.grantedFormat, d.warnings]).toEqual(["eligible", 2, "2-3", []]);
  });

  it.each([
    ["inBox(6)", anEmployee().inBox(6), ["talent_box"]],
    ["facingThePublic()", anEmployee().facingThePublic(), ["no_face_to_face_service"]],
    ["withoutLaptop()", anEmployee().withoutLaptop(), ["has_laptop"]],
    ["withBandwidth(1)", anEmployee().withBandwidth(1), ["adequate_bandwidth"]],
    ["servingDisciplinarySentence()", anEmployee().servingDisciplinarySentence(), ["not_under_discipline"]],
    ["appointedOn(two months before)", anEmployee().appointedOn("2026-01-05"), ["not_new_employee"]],
    ["withTrackRecord(red)", anEmployee().withTrackRecord("red"), ["track_record"]],
    ["withoutApproval()", anEmployee().withoutApproval(), ["leader_approval"]],
  ])("%s fails exactly its rule", (_, builder, rules) => {
    expect(failed(builder.build())).toEqual(rules);
  });

  it("methods return a new builder and build() a fresh copy: a shared base is never changed", () => {
    const base = anEmployee();
    base.inBox(6);
    const a = base.build();
    (a as { talentBox?: number }).talentBox = 1;
    expect(base.build().talentBox).toBe(8);
  });

  it("a unit as built schedules compliantly; onLeave puts the member on leave that day", () => {
    const built = generateSchedule(aUnit().build());
    expect(built.status === "scheduled" && built.schedule.compliance.verdict).toBe("compliant");
    const input = aUnit()
      .withMembers(3)
      .member("m01", (m) => m.onLeave("2026-12-08"))
      .build();
    const r = generateSchedule(input);
    if (r.status !== "scheduled") throw new Error("expected a schedule");
    expect(r.schedule.members.find((m) => m.id === "m01")!.assignments.find((a) => a.date === "2026-12-08")!.mode).toBe(
      "leave",
    );
    expect(aUnit().withMember(aMember("x").granted(0)).build().members).toHaveLength(11);
  });

  it("a scoring month as built is on target; each method moves one number", () => {
    expect(scoreMonth(aScoringMonth().build())).toMatchObject({
      status: "scored",
      composite: 100,
      resultsRating: "as_expected",
      predikat: "baik",
    });
    expect(scoreMonth(aScoringMonth().realising("letters", 20).build()).composite).toBe(70);
    expect(scoreMonth(aScoringMonth().withoutReport().build()).status).toBe("no_report");
    expect(scoreMonth(aScoringMonth().missing("turnaround").build()).findings.map((f) => f.code)).toContain(
      "scoring_realisation_missing",
    );
  });
});

describe("fixtures give the outcome they are named for", () => {
  it.each(Object.entries(fixtures.eligibility))("eligibility.%s", (_, make) => {
    const { employee, options: o, expected } = make();
    expect(checkEligibility(employee, o)).toMatchObject(expected);
  });
  it("schedule.scheduled and schedule.infeasible", () => {
    expect(generateSchedule(fixtures.schedule.scheduled()).status).toBe("scheduled");
    expect(generateSchedule(fixtures.schedule.infeasible()).status).toBe("infeasible");
  });
  it("scoring and early warning", () => {
    expect(Object.values(fixtures.scoring).map((f) => scoreMonth(f()).resultsRating)).toEqual([
      "above",
      "as_expected",
      "below",
      null,
    ]);
    expect(
      Object.values(fixtures.earlyWarning).map((f) => evaluateEarlyWarning(f().history, f().options).level),
    ).toEqual(["green", "yellow", "red"]);
  });
});

describe("runPolicyCases", () => {
  it("every shipped case passes against the version it sits beside", () => {
    // Every version folder's cases.json is exported: a new version without its line in shipped.ts fails here.
    expect(Object.keys(shippedCases).sort()).toEqual(shippedVersionDirs().map((d) => d.replace("/", "@")));
    for (const [key, cases] of Object.entries(shippedCases)) {
      const report = runPolicyCases(undefined, cases);
      expect([key, report.failed, formatCasesReport(report, { failedOnly: true })]).toEqual([
        key,
        0,
        `${report.passed} passed, 0 failed\n`,
      ]);
      expect(report.passed).toBeGreaterThan(0);
    }
  });

  it("against the Tasikmalaya overlay with one deliberately wrong case, exactly that case fails, with a readable diff", () => {
    // The city stands on the national rule: its eligibility answers are the national cases' answers.
    const national = shippedCases["id-nasional@2025-04-21"]!;
    const cases = structuredClone({ eligibility: national.eligibility ?? [] }) as {
      eligibility: { expect: { outcome: string } }[];
    } & PolicyCases;
    expect(cases.eligibility.length).toBeGreaterThan(3);
    expect(runPolicyCases(tasikmalaya(), cases).failed).toBe(0);
    const wrong = cases.eligibility[2]!;
    const truth = wrong.expect.outcome;
    wrong.expect.outcome = truth === "eligible" ? "ineligible" : "eligible";
    const report = runPolicyCases(tasikmalaya(), cases);
    const failures = report.results.filter((r) => !r.ok);
    expect(failures.map((r) => [r.section, r.index])).toEqual([["eligibility", 2]]);
    expect(failures[0]!.diff).toEqual([
      `outcome: expected ${JSON.stringify(wrong.expect.outcome)}, got ${JSON.stringify(truth)}`,
    ]);
    expect(report.ok).toBe(false);
    expect(formatCasesReport(report)).toContain(`✗ eligibility #3: ${failures[0]!.name}\n    outcome: expected`);
  });

  it("shows which province cases a city's overlay changes: Tasikmalaya's 60% on site alters the on-site minimum", () => {
    // A case written from jabar's own answer (10 members, 50% on site: 5), run against the city's 60%.
    const cases: PolicyCases = {
      schedule: [
        {
          name: "ten members need five on site",
          input: aUnit().build(),
          expect: { status: "scheduled", days: { "2026-12-01": { requiredOnSite: 5 } } },
        },
      ],
    };
    expect(runPolicyCases("jabar", cases).ok).toBe(true);
    const report = runPolicyCases(tasikmalaya(), cases);
    expect(report.results.map((r) => r.diff)).toEqual([["days[2026-12-01].requiredOnSite: expected 5, got 6"]]);
  });

  it("never throws: a case whose call throws is a failed result carrying the error", () => {
    const cases: PolicyCases = {
      eligibility: [
        {
          name: "broken employee",
          jurisdiction: "jabar",
          asOf: "2026-03-02",
          employee: { id: "x" },
          expect: {
            outcome: "eligible",
            grantedFlexibleDays: 2,
            grantedFormat: "2-3",
            daysWithinLimits: 2,
            failedRules: [],
            warningCodes: [],
          },
        },
      ],
      resolution: [
        {
          name: "unknown place",
          jurisdiction: "atlantis",
          asOf: "2026-01-05",
          expect: { error: "unknown_jurisdiction" },
        },
      ],
    };
    const report = runPolicyCases(undefined, cases);
    expect(report.results.map((r) => [r.section, r.ok])).toEqual([
      ["resolution", true],
      ["eligibility", false],
    ]);
    expect(report.results[1]!.error?.code).toBe("invalid_employee");
    expect(report.results[1]!.diff[0]).toMatch(/^threw invalid_employee: /);
  });
});

describe("mkd policy test OVERLAY.json [CASES.json]", () => {
  it("exits 0 when every case holds and 1 when one fails, naming exactly that case with its diff", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const { mkd } = await import("../cli/helpers.js");
    const dir = mkdtempSync(join(tmpdir(), "mkd-policy-test-"));
    const national = { eligibility: structuredClone(shippedCases["id-nasional@2025-04-21"]!.eligibility) };
    writeFileSync(join(dir, "good.json"), JSON.stringify(national));
    const overlay = "examples/policies/kota-tasikmalaya.policy.json";
    const good = await mkd(["policy", "test", overlay, join(dir, "good.json"), "--locale", "en"]);
    expect([good.code, good.stdout.trim().split("\n").at(-1)]).toEqual([
      0,
      `${national.eligibility!.length} passed, 0 failed`,
    ]);
    (national.eligibility![1]!.expect as { outcome: string }).outcome = "ineligible";
    writeFileSync(join(dir, "bad.json"), JSON.stringify(national));
    const bad = await mkd(["policy", "test", overlay, join(dir, "bad.json"), "--format", "json"]);
    expect(bad.code).toBe(1);
    const [report] = JSON.parse(bad.stdout) as {
      report: { results: { ok: boolean; index: number; diff: string[] }[] };
    }[];
    expect(report!.report.results.filter((r) => !r.ok).map((r) => [r.index, r.diff])).toEqual([
      [1, ['outcome: expected "ineligible", got "eligible"']],
    ]);
  });

  it("without CASES.json runs the shipped cases of the jurisdiction the overlay extends", async () => {
    const { mkd } = await import("../cli/helpers.js");
    const r = await mkd(["policy", "test", "examples/policies/kota-tasikmalaya.policy.json", "--locale", "en"]);
    expect(r.stdout).toContain("Cases id-nasional@2025-04-21:");
    expect([0, 1]).toContain(r.code);
  });
});

describe("checkRoster from mkd-engine/testing", () => {
  it("a roster read off a generated schedule holds; one extra flexible day in a week breaks the cap", async () => {
    const { checkRoster } = await import("../../src/testing/index.js");
    const input = aUnit().withMembers(4).build();
    const result = generateSchedule(input);
    if (result.status !== "scheduled") throw new Error("expected a schedule");
    const roster: Record<string, Record<string, string>> = {};
    for (const m of result.schedule.members)
      roster[m.id] = Object.fromEntries(m.assignments.map((a) => [a.date, a.mode]));
    expect(checkRoster(roster as never, input).ok).toBe(true);
    // m01 works flexibly every working day of the first full week: above the weekly cap of 2.
    for (const date of ["2026-12-07", "2026-12-08", "2026-12-09"]) roster.m01![date] = "flexible";
    const report = checkRoster(roster as never, input);
    expect(report.ok).toBe(false);
    expect(report.hard.find((h) => h.code === "flexible_day_cap")!.held).toBe(false);
  });
});
