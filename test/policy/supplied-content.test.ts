/**
 * What a caller supplies is read by content, never by object identity: an overlay edited between two calls
 * gives the edited overlay's answer and content hash (resolvePolicy remembers resolutions by the documents'
 * JSON text), while an unchanged overlay keeps being resolved once.
 */
import { describe, expect, it } from "vitest";
import { checkEligibility, resolvePolicy, scoreMonth } from "../../src/index.js";
import { aScoringMonth, anEmployee } from "../../src/testing/index.js";

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

describe("a supplied overlay is read at every call", () => {
  it("checkEligibility: an edit between two calls with the same options object changes the answer and hash", () => {
    const doc = overlay();
    const options = { policy: doc, asOf: "2026-03-02" };
    const employee = anEmployee().build();
    const before = checkEligibility(employee, options);
    expect(before.grantedFlexibleDays).toBe(2);
    doc.parameters.eligibility = { trackRecordQuota: cited({ green: 1, yellow: 1, red: 0 }) };
    const after = checkEligibility(employee, options);
    expect(after.grantedFlexibleDays).toBe(1);
    expect(after.policy.decidedBy.contentHash).not.toBe(before.policy.decidedBy.contentHash);
    // The same answer as a fresh copy of the edited overlay.
    expect(after).toEqual(checkEligibility(employee, { policy: structuredClone(doc), asOf: "2026-03-02" }));
  });

  it("scoreMonth: an edit of the result bands between two calls changes the rating", () => {
    const doc = overlay();
    const month = aScoringMonth().build();
    const input = { ...month, jurisdiction: undefined, policy: doc };
    const before = scoreMonth(input);
    doc.parameters.scoring = { resultBands: cited({ aboveFrom: 1, asExpectedFrom: 0.5 }) };
    const after = scoreMonth(input);
    expect(after.resultsRating).toBe("above");
    expect(before.resultsRating).not.toBe("above");
    expect(after.policy).toEqual(scoreMonth({ ...input, policy: structuredClone(doc) }).policy);
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
