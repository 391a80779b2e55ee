/**
 * 01: may this employee do MKD, with how many flexible days a week? (jabar policy in force on 2 March 2026)
 * Run: npx tsx examples/01-check-eligibility.ts
 */
import { checkEligibility, formatMessage, MkdError, safeCheckEligibility } from "../src/index.js";

const decision = checkEligibility(
  {
    id: "198703152010011002",
    talentBox: 7, // above expectation, medium potential (PermenPANRB 3/2020)
    job: { faceToFaceService: false, serviceCategory: "perencanaan" },
    equipment: { laptop: true, bandwidthMbps: 20 },
    disciplinaryStatus: "none",
    employmentStatus: "pns",
    appointmentDate: "2010-01-01",
    leaderApproval: { approved: true, by: "197305121998031004", at: "2026-02-20" },
    requestedFormat: "2-3", // two flexible days, three office days
    trackRecord: { level: "green", month: "2026-01" },
  },
  { jurisdiction: "jabar", asOf: "2026-03-02", locale: "en" },
);

console.log(
  `${decision.employeeId}: ${decision.outcome}, ${decision.grantedFlexibleDays} flexible day(s) a week (${decision.grantedFormat})`,
);
console.log(`policy ${decision.policy.jurisdiction}@${decision.policy.version}`);
for (const rule of decision.rules) console.log(`  ${rule.passed ? "pass" : "FAIL"} ${rule.id} (${rule.provenance})`);
for (const reason of decision.reasons) console.log(`  ${formatMessage(reason.code, reason.params, "id")}`);

// Face-to-face public service (a front desk) is excluded: an answer, not an error.
const frontDesk = checkEligibility(
  {
    ...{
      id: "199602142020111014",
      talentBox: 8,
      equipment: { laptop: true, bandwidthMbps: 30 },
      disciplinaryStatus: "none",
      employmentStatus: "pns",
      appointmentDate: "2020-11-01",
    },
    job: { faceToFaceService: true },
  },
  { jurisdiction: "jabar", asOf: "2026-03-02" },
);
console.log(
  `front desk: ${frontDesk.outcome} (${frontDesk.rules
    .filter((r) => !r.passed)
    .map((r) => r.id)
    .join(", ")})`,
);

// Bad input is a typed error listing every problem with its path, in Indonesian and English.
const bad = safeCheckEligibility({ id: "x", talentBox: 12 } as never, { jurisdiction: "jabar", asOf: "2026-03-02" });
if (!bad.success) {
  console.log(`${bad.error.code}: ${bad.error.issues.map((i) => i.path.join(".")).join(", ")}`);
  if (!(bad.error instanceof MkdError)) throw new Error("expected an MkdError");
}
