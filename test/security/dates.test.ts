/**
 * Issue 10 item 5 (engineer "facts" built the checks into the employee fact declarations): implausible
 * dates are input errors with their paths, in a single decision and at their row of a batch.
 */
import { describe, expect, it } from "vitest";
import { checkEligibility, checkEligibilityBatch, MkdError } from "../../src/index.js";
import { APPROVED_EMPLOYEE, ELIGIBLE_EMPLOYEE } from "../support/fixtures.js";

const OPTIONS = { jurisdiction: "jabar", asOf: "2026-03-02" } as const;

function issuesOf(employee: unknown): { code: string; path: string }[] {
  try {
    checkEligibility(employee as never, OPTIONS);
  } catch (e) {
    expect(e).toBeInstanceOf(MkdError);
    return (e as MkdError).issues.map((i) => ({ code: i.code, path: i.path.join(".") }));
  }
  return expect.unreachable("accepted") as never;
}

describe("implausible dates", () => {
  it("an appointment on 0000-01-01 is not eligible with 24,314 months of tenure: it is an input error", () => {
    expect(issuesOf({ ...ELIGIBLE_EMPLOYEE, appointmentDate: "0000-01-01" })).toContainEqual({
      code: "eligibility_date_before_1950",
      path: "appointmentDate",
    });
  });

  it.each([
    ["appointmentDate", { ...ELIGIBLE_EMPLOYEE, appointmentDate: "1949-12-31" }, "eligibility_date_before_1950"],
    ["positionStartDate", { ...ELIGIBLE_EMPLOYEE, positionStartDate: "1900-06-01" }, "eligibility_date_before_1950"],
    [
      "leaderApproval.at",
      { ...APPROVED_EMPLOYEE, leaderApproval: { ...APPROVED_EMPLOYEE.leaderApproval, at: "1949-01-01" } },
      "eligibility_date_before_1950",
    ],
    ["appointmentDate", { ...ELIGIBLE_EMPLOYEE, appointmentDate: "2026-03-03" }, "eligibility_appointment_after_as_of"],
    [
      "positionStartDate",
      { ...ELIGIBLE_EMPLOYEE, positionStartDate: "2030-01-01" },
      "eligibility_position_start_after_as_of",
    ],
    [
      "leaderApproval.at",
      { ...APPROVED_EMPLOYEE, leaderApproval: { ...APPROVED_EMPLOYEE.leaderApproval, at: "2026-03-03" } },
      "eligibility_approval_after_as_of",
    ],
  ])("%s out of range is refused at its path", (path, employee, code) => {
    expect(issuesOf(employee)).toContainEqual({ code, path });
  });

  it("accepts the boundaries: 1950-01-01 and the decision date itself", () => {
    expect(checkEligibility({ ...ELIGIBLE_EMPLOYEE, appointmentDate: "1950-01-01" }, OPTIONS).outcome).toBeDefined();
    expect(
      checkEligibility(
        { ...APPROVED_EMPLOYEE, leaderApproval: { ...APPROVED_EMPLOYEE.leaderApproval, at: OPTIONS.asOf } },
        OPTIONS,
      ).outcome,
    ).toBeDefined();
  });

  it("in a batch, each implausible row is an error at its own index and the others are answered", () => {
    const rows = [
      ELIGIBLE_EMPLOYEE,
      { ...ELIGIBLE_EMPLOYEE, appointmentDate: "0000-01-01" },
      ELIGIBLE_EMPLOYEE,
      { ...ELIGIBLE_EMPLOYEE, appointmentDate: "2099-01-01" },
    ];
    const answers = [...checkEligibilityBatch(rows, OPTIONS)];
    expect(answers.map((a) => [a.index, a.ok])).toEqual([
      [0, true],
      [1, false],
      [2, true],
      [3, false],
    ]);
  });
});
