/**
 * The early-warning result is the track record eligibility consumes: it goes to checkEligibility as is.
 */
import { describe, expect, it } from "vitest";
import { checkEligibility, evaluateEarlyWarning, scoreMonth, type ScoreMonthInput } from "../../src/index.js";
import { ELIGIBLE_EMPLOYEE } from "../support/fixtures.js";

const { requestedFormat: _request, ...withoutRequest } = ELIGIBLE_EMPLOYEE;
const employee = { ...withoutRequest, leaderApproval: { approved: true, by: "kabid", at: "2026-01-02" } };

const targets: ScoreMonthInput["targets"] = [
  {
    id: "letters",
    name: "Surat keluar",
    target: 40,
    unit: "document",
    weight: 60,
    direction: "higher_is_better",
    aspect: "quantity",
  },
  {
    id: "turnaround",
    name: "Waktu layanan",
    target: 3,
    unit: "day",
    weight: 40,
    direction: "lower_is_better",
    aspect: "time",
  },
];

function month(m: string, letters: number, turnaround: number) {
  return scoreMonth({
    employee: employee.id,
    month: m,
    jurisdiction: "jabar",
    targets,
    realisations: { letters: { value: letters }, turnaround: { value: turnaround } },
  });
}

describe("early warning feeds eligibility", () => {
  // January 60% × 105 + 40% × 103.33 = 104.33 (green), February 60% × 92.5 + 40% × 96.67 = 94.17 (yellow),
  // March 60% × 75 + 40% × 70 = 73 (red, below 80), scored by scoreMonth under jabar 2026.
  const history = [month("2026-01", 42, 2.9), month("2026-02", 37, 3.1), month("2026-03", 30, 3.9)];

  it("a history sliding from green to yellow to red recommends the reduction and then the revocation of the jabar 2026 quota table", () => {
    expect(history.map((h) => h.composite)).toEqual([104.33, 94.17, 73]);
    const warning = evaluateEarlyWarning(history.slice(0, 2), { jurisdiction: "jabar" });
    expect(warning.months.map((m) => m.level)).toEqual(["green", "yellow"]);
    expect(warning.recommendation).toMatchObject({
      forMonth: "2026-03",
      action: "reduce_quota",
      flexibleDaysPerWeek: 1,
      fullQuotaDays: 2,
    });
    const full = evaluateEarlyWarning(history, { jurisdiction: "jabar" });
    expect(full.months.map((m) => m.level)).toEqual(["green", "yellow", "red"]);
    expect(full.months.map((m) => m.recommendation.action)).toEqual(["keep_quota", "reduce_quota", "revoke_mkd"]);
    expect(full.months.map((m) => m.recommendation.flexibleDaysPerWeek)).toEqual([2, 1, 0]);
    expect(full.recommendation.message.en).toBe("Revoke MKD for 2026-04: a quota of 0 flexible days.");
  });

  it("checkEligibility with the yellow history grants the reduced days", () => {
    const warning = evaluateEarlyWarning(history.slice(0, 2), { jurisdiction: "jabar" });
    const decision = checkEligibility(
      { ...employee, trackRecord: warning },
      { jurisdiction: "jabar", asOf: "2026-03-02" },
    );
    expect(decision.outcome).toBe("eligible");
    expect(decision.grantedFlexibleDays).toBe(warning.recommendation.flexibleDaysPerWeek);
    expect(decision.grantedFlexibleDays).toBe(1);
  });

  it("checkEligibility with the green history keeps the full quota and with the red one refuses MKD", () => {
    const green = evaluateEarlyWarning(history.slice(0, 1), { jurisdiction: "jabar" });
    expect(
      checkEligibility({ ...employee, trackRecord: green }, { jurisdiction: "jabar", asOf: "2026-02-02" })
        .grantedFlexibleDays,
    ).toBe(2);
    const red = evaluateEarlyWarning(history, { jurisdiction: "jabar" });
    const decision = checkEligibility({ ...employee, trackRecord: red }, { jurisdiction: "jabar", asOf: "2026-04-01" });
    expect(decision.outcome).toBe("ineligible");
    expect(decision.grantedFlexibleDays).toBe(red.recommendation.flexibleDaysPerWeek);
  });
});
