// An integrator's tests with jest: `npm i -D jest`, then `npx jest`. CommonJS (`.cjs`), so jest runs the file as it
// is, with no transform and no configuration.
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const { checkEligibility, generateSchedule } = require("mkd-engine");
const {
  anEmployee,
  aUnit,
  checkRoster,
  fixtures,
  formatCasesReport,
  runPolicyCases,
  shippedCases,
} = require("mkd-engine/testing");

const options = { jurisdiction: "jabar", asOf: "2026-03-02" };

describe("our e-Kinerja mapping", () => {
  test("an employee in box 8 with a laptop gets 2 flexible days", () => {
    const decision = checkEligibility(anEmployee().build(), options);
    expect(decision.outcome).toBe("eligible");
    expect(decision.grantedFlexibleDays).toBe(2);
  });

  test("facing the public is ineligible, and the failed rule says why", () => {
    const decision = checkEligibility(anEmployee().facingThePublic().build(), options);
    expect(decision.outcome).toBe("ineligible");
    expect(decision.rules.filter((r) => !r.passed).length).toBeGreaterThan(0);
  });

  test.each(Object.keys(fixtures.eligibility))("the ready fixture %s gives its outcome", (name) => {
    const { employee, options: o, expected } = fixtures.eligibility[name]();
    expect(checkEligibility(employee, o).outcome).toBe(expected.outcome);
  });
});

describe("our unit's December roster", () => {
  const input = aUnit().build();
  const result = generateSchedule(input);
  // What an e-Kinerja system or a spreadsheet holds: member id -> date -> office | flexible | leave | ...
  const rosterOf = (schedule) =>
    Object.fromEntries(
      schedule.members.map((m) => [m.id, Object.fromEntries(m.assignments.map((a) => [a.date, a.mode]))]),
    );

  test("the generated schedule, as a plain roster, is compliant", () => {
    expect(result.status).toBe("scheduled");
    const report = checkRoster(rosterOf(result.schedule), input);
    expect(report.hard.filter((h) => !h.held).map((h) => h.code)).toEqual([]);
    expect(report.ok).toBe(true);
  });

  test("a member flexible on every working day breaks the weekly cap", () => {
    const roster = rosterOf(result.schedule);
    const [first] = Object.keys(roster);
    for (const date of Object.keys(roster[first])) if (roster[first][date] === "office") roster[first][date] = "flexible";
    const report = checkRoster(roster, input);
    expect(report.ok).toBe(false);
    expect(report.hard.find((h) => h.code === "flexible_day_cap").held).toBe(false);
  });
});

describe("Kota Tasikmalaya's overlay", () => {
  // The city's own policy document (here the illustrative overlay shipped in examples/policies).
  const overlay = JSON.parse(readFileSync(join(__dirname, "kota-tasikmalaya.policy.json"), "utf8"));
  // The city stands on the national rule: the national eligibility cases hold for it.
  const national = { eligibility: shippedCases["id-nasional@2025-04-21"].eligibility };

  test("the national eligibility cases hold for the city", () => {
    const report = runPolicyCases(overlay, national);
    expect(report.failed).toBe(0);
    expect(report.passed).toBeGreaterThan(0);
  });

  test("a deliberately wrong case is reported as exactly that case, without throwing", () => {
    const cases = structuredClone(national);
    cases.eligibility[0].expect.grantedFlexibleDays += 1;
    const report = runPolicyCases(overlay, cases);
    const failed = report.results.filter((r) => !r.ok);
    expect(failed.map((r) => [r.section, r.index])).toEqual([["eligibility", 0]]);
    expect(failed[0].diff.join("\n")).toMatch(/grantedFlexibleDays/);
    expect(formatCasesReport(report, { failedOnly: true })).toContain("grantedFlexibleDays");
  });
});
