/**
 * What a caller supplies is never served stale: `preparePolicy` validates a frozen copy (an edit of the caller's
 * object cannot reach it, and the edited document prepared again gives its own answer and hash), and
 * `resolvePolicy` remembers resolutions of documents by their JSON text, never by object identity. The decision
 * functions take prepared or resolved policies only, and refuse a document with `policy_not_prepared`.
 */
import { describe, expect, it } from "vitest";
import {
  checkEligibility,
  preparePolicy,
  resolvePolicy,
  safeEvaluateEarlyWarning,
  safeGenerateSchedule,
  safeScoreMonth,
  scoreMonth,
} from "../../src/index.js";
import { aScoringMonth, aUnit, anEmployee } from "../../src/testing/index.js";

/** A Jabar overlay that changes nothing yet; each test edits it. */
function overlay(): any {
  return {
    schemaVersion: 1,
    jurisdiction: { id: "kota-contoh", name: "Kota Contoh", parent: "jabar" },
    version: "2026-01-01",
    title: { id: "Contoh", en: "Example" },
    effectiveFrom: "2026-01-01",
    illustrative: true,
    extends: { jurisdiction: "jabar" },
    legalBases: [{ id: "contoh", kind: "project", title: "Contoh" }],
    parameters: {},
  };
}

const cited = (value: unknown) => ({ value, provenance: "assumption", sources: ["contoh"] });

describe("a supplied overlay is what was prepared, never stale and never changed behind the caller's back", () => {
  it("checkEligibility: a prepared overlay is a frozen copy; the edited document, prepared, gives its own answer", () => {
    const doc = overlay();
    const prepared = preparePolicy(doc);
    const options = { policy: prepared, asOf: "2026-03-02" };
    const employee = anEmployee().build();
    const before = checkEligibility(employee, options);
    expect(before.grantedFlexibleDays).toBe(2);
    doc.parameters.eligibility = { trackRecordQuota: cited({ green: 1, yellow: 1, red: 0 }) };
    // The prepared policy is the document as validated: an edit of the caller's object does not reach it.
    expect(Object.isFrozen(prepared.document)).toBe(true);
    expect(checkEligibility(employee, options)).toEqual(before);
    const after = checkEligibility(employee, { policy: preparePolicy(doc), asOf: "2026-03-02" });
    expect(after.grantedFlexibleDays).toBe(1);
    expect(after.policy.decidedBy.contentHash).not.toBe(before.policy.decidedBy.contentHash);
    // The same answer as a fresh copy of the edited overlay, prepared.
    expect(after).toEqual(
      checkEligibility(employee, { policy: preparePolicy(structuredClone(doc)), asOf: "2026-03-02" }),
    );
  });

  it("scoreMonth: the edited result bands, prepared, change the rating; the earlier prepared policy does not", () => {
    const doc = overlay();
    const month = aScoringMonth().build();
    const input = { ...month, jurisdiction: undefined, policy: preparePolicy(doc) };
    const before = scoreMonth(input);
    doc.parameters.scoring = { resultBands: cited({ aboveFrom: 1, asExpectedFrom: 0.5 }) };
    expect(scoreMonth(input)).toEqual(before);
    const after = scoreMonth({ ...input, policy: preparePolicy(doc) });
    expect(after.resultsRating).toBe("above");
    expect(before.resultsRating).not.toBe("above");
    expect(after.policy).toEqual(scoreMonth({ ...input, policy: preparePolicy(structuredClone(doc)) }).policy);
  });

  it("a policy document where a prepared policy belongs is refused with its path, in each capability", () => {
    const doc = overlay();
    const month = aScoringMonth().build();
    const scoring = safeScoreMonth({ ...month, jurisdiction: undefined, policy: doc as never });
    expect(scoring.success).toBe(false);
    if (!scoring.success)
      expect(scoring.error.issues.map((i) => [i.code, i.path.join(".")])).toEqual([["policy_not_prepared", "policy"]]);
    const unit = aUnit().build();
    const schedule = safeGenerateSchedule({ ...unit, jurisdiction: undefined, policy: doc as never });
    expect(schedule.success).toBe(false);
    if (!schedule.success)
      expect(schedule.error.issues.map((i) => [i.code, i.path.join(".")])).toEqual([["policy_not_prepared", "policy"]]);
    const history = [{ month: "2026-03", composite: 104, reportSubmitted: true }];
    const warning = safeEvaluateEarlyWarning(history, { jurisdiction: "jabar", documents: [doc] } as never);
    expect(warning.success).toBe(false);
    if (!warning.success) expect(warning.error.issues.map((i) => i.code)).toContain("policy_not_prepared");
  });

  it("resolvePolicy: the same content gives the same frozen value; edited content a new one", () => {
    const doc = overlay();
    const first = resolvePolicy(doc, "2026-03-02");
    expect(resolvePolicy(structuredClone(doc), "2026-03-02")).toBe(first);
    doc.parameters.eligibility = { trackRecordQuota: cited({ green: 1, yellow: 1, red: 0 }) };
    const edited = resolvePolicy(doc, "2026-03-02");
    expect(edited).not.toBe(first);
    expect(edited.parameters.eligibility.trackRecordQuota.value.green).toBe(1);
    expect(first.parameters.eligibility.trackRecordQuota.value.green).not.toBe(1);
  });
});
