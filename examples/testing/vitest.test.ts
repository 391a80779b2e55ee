// An integrator's tests with vitest: `npm i -D vitest`, then `npx vitest run`.
import { describe, expect, it } from "vitest";
import { checkEligibility, checkSchedule, generateSchedule } from "mkd-engine";
import { anEmployee, aUnit, fixtures, runPolicyCases, shippedCases, formatCasesReport } from "mkd-engine/testing";

const options = { jurisdiction: "jabar", asOf: "2026-03-02" } as const;

describe("our e-Kinerja mapping", () => {
  it("an employee in box 8 with a laptop gets 2 flexible days", () => {
    const decision = checkEligibility(anEmployee().build(), options);
    expect(decision.outcome).toBe("eligible");
    expect(decision.grantedFlexibleDays).toBe(2);
  });

  it("box 6 is ineligible, and the failed rule says why", () => {
    const decision = checkEligibility(anEmployee().inBox(6).build(), options);
    expect(decision.rules.filter((r) => !r.passed).map((r) => r.id)).toEqual(["talent_box"]);
  });

  it("our unit's December is compliant", () => {
    const input = aUnit()
      .withMembers(12)
      .member("m03", (m) => m.onLeave("2026-12-08"))
      .build();
    const result = generateSchedule(input);
    expect(result.status).toBe("scheduled");
    expect(checkSchedule(result, input).ok).toBe(true);
  });

  it("the ready fixtures give their outcome", () => {
    const { employee, options: o } = fixtures.eligibility.needsApproval();
    expect(checkEligibility(employee, o).outcome).toBe("needs_approval");
  });

  it("the province's cases all pass against the shipped 2026 policy", () => {
    const report = runPolicyCases("jabar", shippedCases["jabar@2026-01-01"]!);
    expect(report.failed, formatCasesReport(report, { failedOnly: true })).toBe(0);
  });
});
