// The same checks with Node's built-in runner: `node --test`. No test dependency at all.
import assert from "node:assert/strict";
import { test } from "node:test";
import { checkEligibility, generateSchedule } from "mkd-engine";
import { anEmployee, aUnit, runPolicyCases, shippedCases, formatCasesReport } from "mkd-engine/testing";

const options = { jurisdiction: "jabar", asOf: "2026-03-02" };

test("an employee facing the public is ineligible", () => {
  const decision = checkEligibility(anEmployee().facingThePublic().build(), options);
  assert.equal(decision.outcome, "ineligible");
});

test("a unit of ten is scheduled", () => {
  assert.equal(generateSchedule(aUnit().build()).status, "scheduled");
});

test("the province's 2026 cases pass", () => {
  const report = runPolicyCases("jabar", shippedCases["jabar@2026-01-01"]);
  assert.equal(report.failed, 0, formatCasesReport(report, { failedOnly: true }));
});
