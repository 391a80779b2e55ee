// Compiles under `tsc --strict` (module node16 and bundler): typed inputs and the kit from TypeScript.
import {
  checkEligibility,
  type EmployeeInput,
  type BatchRow,
  type EligibilityDecision,
  checkEligibilityBatch,
} from "mkd-engine";
import { anEmployee, runPolicyCases, shippedCases, type PolicyCasesReport } from "mkd-engine/testing";

const employee: EmployeeInput = {
  id: "199001012015011001",
  talentBox: 7,
  job: { faceToFaceService: false },
  equipment: { laptop: true, bandwidthMbps: 20 },
  disciplinaryStatus: "none",
  employmentStatus: "pns",
  appointmentDate: "2015-01-02",
  requestedFormat: "2-3",
};
const outcome: "eligible" | "ineligible" | "needs_approval" = checkEligibility(employee, {
  jurisdiction: "jabar",
  asOf: "2026-03-02",
}).outcome;
const rows: BatchRow<EligibilityDecision>[] = [
  ...checkEligibilityBatch([anEmployee().build()], { jurisdiction: "jabar", asOf: "2026-03-02" }),
];
const report: PolicyCasesReport = runPolicyCases("jabar", shippedCases["jabar@2026-01-01"]!);
console.log(outcome, rows.length, report.ok);
