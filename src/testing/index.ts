/**
 * `mkd-engine/testing`: what an integrator's tests need, with no test-framework dependency (it runs under
 * vitest, jest and `node:test` alike, and in a browser). Builders that start valid and change one thing per
 * method, ready fixtures for each outcome, the shipped golden cases and a runner that reports each case with a
 * readable diff instead of throwing.
 * @packageDocumentation
 */
export {
  anEmployee,
  aMember,
  aUnit,
  aScoringMonth,
  EmployeeBuilder,
  MemberBuilder,
  UnitBuilder,
  ScoringMonthBuilder,
  InputBuilder,
} from "./builders.js";
export { fixtures } from "./fixtures.js";
export {
  runPolicyCases,
  formatCasesReport,
  type PolicyCases,
  type PolicyCaseResult,
  type PolicyCasesReport,
  type PolicyCaseSection,
  type RunPolicyCasesOptions,
  type ResolutionCase,
  type EligibilityCase,
  type ScheduleCase,
  type ScoringCase,
} from "./cases.js";
export { shippedCases } from "./shipped.js";
// The roster check lives with the schedule (one checker); the kit re-exports it because a plain roster (member ->
// date -> mode, as an e-Kinerja system or a spreadsheet holds it) is what an integrator's test asserts on.
export { checkRoster, type Roster, type RosterMode, type ScheduleCheckReport } from "../schedule/index.js";
