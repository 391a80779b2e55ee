/**
 * The track record given as its inputs: a history of scored months, evaluated with evaluateEarlyWarning
 * under the decision's policy (jabar 2026: green from 100, red below 80, three falling months turn yellow;
 * quota green 2, yellow 1, red 0).
 */
import { describe, expect, it } from "vitest";
import { APPROVED_EMPLOYEE } from "../support/fixtures.js";
import {
  checkEligibility,
  checkEligibilityBatch,
  employeeJsonSchema,
  evaluateEarlyWarning,
  safeCheckEligibility,
  type EmployeeInput,
} from "../../src/index.js";

const ASOF = "2026-03-02";
const options = { jurisdiction: "jabar", asOf: ASOF } as const;
const employee: EmployeeInput = APPROVED_EMPLOYEE;
const slidingToYellow = [
  { month: "2026-01", composite: 104, reportSubmitted: true },
  { month: "2026-02", composite: 93, reportSubmitted: true },
];

describe("a track record given as a history of months", () => {
  it("a history sliding from green to yellow grants the yellow quota's reduced days", () => {
    const decision = checkEligibility({ ...employee, trackRecord: slidingToYellow }, options);
    expect(decision.outcome).toBe("eligible");
    expect(decision.grantedFlexibleDays).toBe(1);
    expect(decision.grantedFormat).toBe("1-4");
    expect(decision.facts.trackRecordLevel).toBe("yellow");
    expect(decision.limits.find((l) => l.kind === "quota")).toMatchObject({ days: 1, level: "yellow", binding: true });
    expect(decision.earlyWarning?.months.map((m) => m.level)).toEqual(["green", "yellow"]);
    expect(decision.earlyWarning?.policy).toMatchObject({ jurisdiction: "jabar", version: decision.policy.version });
    expect(decision.reasons.map((r) => r.code)).toEqual(["eligibility_eligible", "eligibility_limited_by_quota"]);
  });

  it("decides exactly as the evaluateEarlyWarning result passed as the level would", () => {
    const fromHistory = checkEligibility({ ...employee, trackRecord: slidingToYellow }, options);
    const warning = evaluateEarlyWarning(slidingToYellow, { jurisdiction: "jabar" });
    const fromLevel = checkEligibility({ ...employee, trackRecord: warning }, options);
    const { earlyWarning, ...rest } = fromHistory;
    expect(earlyWarning?.level).toBe(warning.level);
    expect(rest).toEqual({ ...fromLevel, earlyWarning: undefined });
    expect(fromLevel.earlyWarning).toBeUndefined();
  });

  it("a green history falling three months in a row is yellow by its trend, not by its last score", () => {
    const falling = [
      { month: "2025-12", composite: 112, reportSubmitted: true },
      { month: "2026-01", composite: 106, reportSubmitted: true },
      { month: "2026-02", composite: 101, reportSubmitted: true },
    ];
    const decision = checkEligibility({ ...employee, trackRecord: falling }, options);
    expect(decision.facts.trackRecordLevel).toBe("yellow");
    expect(decision.grantedFlexibleDays).toBe(1);
    expect(decision.earlyWarning?.months[2]?.reasons.map((r) => r.code)).toContain("scoring_ew_declining_trend");
  });

  it("a red history refuses MKD through the track-record rule", () => {
    const red = [{ month: "2026-02", composite: 70, reportSubmitted: true }];
    const decision = checkEligibility({ ...employee, trackRecord: red }, options);
    expect(decision.outcome).toBe("ineligible");
    expect(decision.facts.trackRecordLevel).toBe("red");
    expect(decision.grantedFlexibleDays).toBe(0);
  });

  it("a broken history is reported under trackRecord with the employee's other problems, in both languages", () => {
    const broken = [
      { month: "2026-02", composite: 104, reportSubmitted: true },
      { month: "2026-01", composite: 93, reportSubmitted: true },
    ];
    const result = safeCheckEligibility({ ...employee, equipment: undefined, trackRecord: broken } as never, options);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.code).toBe("invalid_employee");
    const paths = result.error.issues.map((i) => i.path.join("."));
    expect(paths).toContain("equipment");
    expect(paths).toContain("trackRecord.1.month");
    const order = result.error.issues.find((i) => i.path.join(".") === "trackRecord.1.month")!;
    expect(order.code).toBe("scoring_history_out_of_order");
    expect(order.message.id.length).toBeGreaterThan(0);
    expect(order.message.en.length).toBeGreaterThan(0);
  });

  it("a month of the history without its fields is reported at its own path", () => {
    const result = safeCheckEligibility(
      { ...employee, trackRecord: [{ month: "2026-01", reportSubmitted: true }] } as never,
      options,
    );
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((i) => i.path.join("."))).toEqual(["trackRecord.0.composite"]);
  });

  it("an empty history is an input error, not 'no track record'", () => {
    const result = safeCheckEligibility({ ...employee, trackRecord: [] }, options);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.path).toEqual(["trackRecord"]);
  });

  it("a history of another employee is refused", () => {
    const other = slidingToYellow.map((m) => ({ ...m, employee: "198001012005011001" }));
    const result = safeCheckEligibility({ ...employee, trackRecord: other }, options);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues[0]).toMatchObject({
        code: "eligibility_track_record_other_employee",
        path: ["trackRecord", 0, "employee"],
      });
      expect(result.error.issues[0]?.message.en).toBe(
        "This track-record history belongs to employee 198001012005011001, not 199001012015011001.",
      );
    }
  });

  it("a decision on a level has no earlyWarning, and none appears in its JSON", () => {
    const decision = checkEligibility({ ...employee, trackRecord: { level: "green", month: "2026-02" } }, options);
    expect(decision.earlyWarning).toBeUndefined();
    expect(JSON.parse(JSON.stringify(decision))).not.toHaveProperty("earlyWarning");
  });

  it("the decision with a history is plain JSON data", () => {
    const decision = checkEligibility({ ...employee, trackRecord: slidingToYellow }, options);
    expect(JSON.parse(JSON.stringify(decision)).earlyWarning.level).toBe("yellow");
  });

  it("batches accept histories row by row", () => {
    const answers = [
      ...checkEligibilityBatch(
        [{ ...employee, trackRecord: slidingToYellow }, { ...employee, trackRecord: [] }, employee],
        options,
      ),
    ];
    expect(answers.map((a) => (a.ok ? a.value.grantedFlexibleDays : "error"))).toEqual([1, "error", 2]);
  });

  it("the employee JSON Schema offers the level and the history forms", () => {
    const track = (employeeJsonSchema().properties as Record<string, unknown>).trackRecord;
    expect(JSON.stringify(track)).toContain('"reportSubmitted"');
    expect(JSON.stringify(track)).toContain('"level"');
  });
});
