/**
 * Inputs several test files start from. Each test spreads and overrides what it is about, so a change to a
 * baseline is made once.
 */
import type { EmployeeInput } from "../../src/index.js";

/** A PNS who meets every requirement of the shipped policies and asks for "2-3" (no approval, no track record). */
export const ELIGIBLE_EMPLOYEE = {
  id: "199001012015011001",
  talentBox: 8,
  job: { faceToFaceService: false },
  equipment: { laptop: true, bandwidthMbps: 25 },
  disciplinaryStatus: "none",
  employmentStatus: "pns",
  appointmentDate: "2015-01-01",
  requestedFormat: "2-3",
} as const satisfies EmployeeInput;

/** {@link ELIGIBLE_EMPLOYEE} with the leader's approval. */
export const APPROVED_EMPLOYEE = {
  ...ELIGIBLE_EMPLOYEE,
  leaderApproval: { approved: true, by: "kabid", at: "2026-02-27" },
} as const satisfies EmployeeInput;

/** A Kota X overlay of jabar with the given eligibility rules (for the rule checks and the document limits). */
export function overlayWithRules(rules: Record<string, unknown>): any {
  return {
    schemaVersion: 1,
    jurisdiction: { id: "kota-x", name: "Kota X", parent: "jabar" },
    version: "2026-02-01",
    title: { id: "Uji", en: "Test" },
    effectiveFrom: "2026-02-01",
    effectiveUntil: "2026-12-31",
    extends: { jurisdiction: "jabar" },
    legalBases: [{ id: "kota-x-sk", kind: "decree", title: "Keputusan Wali Kota X" }],
    parameters: { eligibility: { rules } },
  };
}
