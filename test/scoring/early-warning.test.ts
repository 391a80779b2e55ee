import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluateEarlyWarning, MkdError, preparePolicy, type HistoryMonth } from "../../src/index.js";

const m = (month: string, composite: number | null): HistoryMonth =>
  composite === null ? { month, composite: null, reportSubmitted: false } : { month, composite, reportSubmitted: true };

function issuesOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(MkdError);
    expect((e as MkdError).code).toBe("scoring_invalid_history");
    return (e as MkdError).issues.map((i) => `${i.code} @ ${i.path.join(".")}`);
  }
  throw new Error("expected an MkdError");
}

describe("evaluateEarlyWarning", () => {
  it("is a track record: the latest month's level and month at the top", () => {
    const r = evaluateEarlyWarning([m("2026-01", 101), m("2026-02", 85)], { jurisdiction: "jabar" });
    expect({ level: r.level, month: r.month }).toEqual({ level: "yellow", month: "2026-02" });
    expect(r.recommendation).toMatchObject({
      forMonth: "2026-03",
      level: "yellow",
      action: "reduce_quota",
      flexibleDaysPerWeek: 1,
    });
    expect(r.recommendation.explanation).toMatchObject({
      formula: "quota_for_level",
      inputs: { "trackRecordQuota.yellow": 1, maxFlexibleDaysPerWeek: 2 },
      result: 1,
    });
    expect(r.recommendation.explanation.basis.map((b) => b.parameter)).toEqual([
      "eligibility.trackRecordQuota",
      "schedule.maxFlexibleDaysPerWeek",
    ]);
    expect(r.months[1]!.reasons[0]!.message.id).toBe("Capaian gabungan 85 di bawah ambang hijau 100.");
  });

  it("uses each month's own policy and the next month's policy for the recommendation across a version change", () => {
    // April 2025 is under the 2023 launch version (4 flexible days); May 2025 brings the national cap of 2.
    const r = evaluateEarlyWarning([m("2025-03", 104), m("2025-04", 95)], { jurisdiction: "jabar" });
    expect(r.months.map((x) => x.policy.version)).toEqual(["2023-06-19", "2023-06-19"]);
    expect(r.months[0]!.recommendation).toMatchObject({
      forMonth: "2025-04",
      action: "keep_quota",
      flexibleDaysPerWeek: 4,
    });
    expect(r.months[1]!.recommendation).toMatchObject({
      forMonth: "2025-05",
      action: "reduce_quota",
      flexibleDaysPerWeek: 1,
      fullQuotaDays: 2,
    });
    expect(r.months[1]!.recommendation.policy.version).toBe("2025-04-21");
  });

  it("does not count a yellow run across a green month, and red breaks a run too", () => {
    const r = evaluateEarlyWarning(
      [m("2026-01", 95), m("2026-02", 100), m("2026-03", 95), m("2026-04", 70), m("2026-05", 95)],
      { jurisdiction: "jabar" },
    );
    expect(r.months.map((x) => x.level)).toEqual(["yellow", "green", "yellow", "red", "yellow"]);
  });

  it("escalates every further yellow month of a run, and needs consecutive falls for a declining trend", () => {
    const r = evaluateEarlyWarning([m("2026-01", 95), m("2026-02", 96), m("2026-03", 97)], { jurisdiction: "jabar" });
    expect(r.months.map((x) => x.level)).toEqual(["yellow", "red", "red"]);
    const flat = evaluateEarlyWarning([m("2026-01", 112), m("2026-02", 106), m("2026-03", 106)], {
      jurisdiction: "jabar",
    });
    expect(flat.months.map((x) => x.level)).toEqual(["green", "green", "green"]);
    const broken = evaluateEarlyWarning([m("2026-01", 112), m("2026-02", null), m("2026-03", 106), m("2026-04", 101)], {
      jurisdiction: "jabar",
    });
    expect(broken.months.map((x) => x.level)).toEqual(["green", "red", "green", "green"]);
  });

  it("says when no policy is known for the month after the history, and recommends under the last known one", () => {
    // Shipped jabar never ends (2027 follows SE 188's 2026); a given policy whose version ends does.
    const ending = JSON.parse(
      readFileSync(new URL("../../src/policies/jabar/2026-04-10/policy.json", import.meta.url), "utf8"),
    );
    ending.jurisdiction = { id: "kota-x", name: "Kota X", parent: "jabar" };
    const r = evaluateEarlyWarning([m("2026-12", 104)], { policy: preparePolicy(ending) });
    expect(r.recommendation).toMatchObject({
      forMonth: "2027-01",
      policyFallback: true,
      action: "keep_quota",
      flexibleDaysPerWeek: 2,
    });
    expect(r.recommendation.policy.version).toBe("2026-04-10");
    expect(r.findings.map((f) => f.code)).toEqual(["scoring_next_month_policy_unavailable"]);
  });

  it("recommends January 2027 under jabar's 2027 version, with no fallback", () => {
    const r = evaluateEarlyWarning([m("2026-12", 104)], { jurisdiction: "jabar" });
    expect(r.recommendation).toMatchObject({
      forMonth: "2027-01",
      policyFallback: false,
      action: "keep_quota",
      flexibleDaysPerWeek: 2,
    });
    expect(r.recommendation.policy.version).toBe("2027-01-01");
    expect(r.findings).toEqual([]);
  });

  it("refuses months out of order, repeated or skipped, contradictory entries and mixed employees", () => {
    expect(
      issuesOf(() => evaluateEarlyWarning([m("2026-02", 100), m("2026-01", 100)], { jurisdiction: "jabar" })),
    ).toEqual(["scoring_history_out_of_order @ history.1.month"]);
    expect(
      issuesOf(() => evaluateEarlyWarning([m("2026-01", 100), m("2026-01", 100)], { jurisdiction: "jabar" })),
    ).toEqual(["scoring_history_repeated_month @ history.1.month"]);
    expect(
      issuesOf(() => evaluateEarlyWarning([m("2026-01", 100), m("2026-03", 100)], { jurisdiction: "jabar" })),
    ).toEqual(["scoring_history_gap @ history.1.month"]);
    expect(
      issuesOf(() =>
        evaluateEarlyWarning(
          [
            { month: "2026-01", composite: null, reportSubmitted: true },
            { month: "2026-02", composite: 90, reportSubmitted: false },
            { month: "2026-3", composite: 90, reportSubmitted: true },
          ],
          { jurisdiction: "jabar" },
        ),
      ),
    ).toEqual([
      "scoring_history_composite_required @ history.0.composite",
      "scoring_history_report_contradiction @ history.1.composite",
      "invalid_month @ history.2.month",
    ]);
    expect(
      issuesOf(() =>
        evaluateEarlyWarning(
          [
            { ...m("2026-01", 100), employee: "a" },
            { ...m("2026-02", 100), employee: "b" },
          ],
          { jurisdiction: "jabar" },
        ),
      ),
    ).toEqual(["scoring_history_mixed_employees @ history.1.employee"]);
    expect(issuesOf(() => evaluateEarlyWarning([], { jurisdiction: "jabar" }))).toEqual([
      "scoring_history_empty @ history",
    ]);
    expect(
      issuesOf(() => evaluateEarlyWarning([{ month: "2026-01", composite: "90" }] as never, { jurisdiction: "jabar" })),
    ).toEqual(["input_invalid_type @ history.0.composite", "input_required @ history.0.reportSubmitted"]);
  });

  it("points a policy resolution error at the month that caused it", () => {
    try {
      evaluateEarlyWarning([m("2022-12", 100)], { jurisdiction: "jabar" });
      throw new Error("expected an error");
    } catch (e) {
      expect((e as MkdError).code).toBe("date_before_first_version");
      expect((e as MkdError).issues[0]!.path).toEqual(["history", 0, "month"]);
    }
  });
});
