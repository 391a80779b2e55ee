// A fresh ESM project using the installed tarball: the kit's builders, fixtures, case runner, and MkdError.is
// across the ESM and the CJS copy of the library.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { checkEligibility, checkEligibilityBatch, MkdError, preparePolicy, safeScoreMonth } from "mkd-engine";
import { anEmployee, fixtures, runPolicyCases, shippedCases } from "mkd-engine/testing";

const require = createRequire(import.meta.url);
const cjs = require("mkd-engine");
const fail = (message) => {
  console.error(`esm: ${message}`);
  process.exit(1);
};

const options = { jurisdiction: "jabar", asOf: "2026-03-02" };
if (checkEligibility(anEmployee().build(), options).outcome !== "eligible") fail("builder not eligible");
const { employee, options: o, expected } = fixtures.eligibility.ineligible();
if (checkEligibility(employee, o).outcome !== expected.outcome) fail("fixture");

// An error thrown by the CJS build is an MkdError to the ESM build (and the other way).
let thrown;
try {
  cjs.resolvePolicy("atlantis", "2026-01-05");
} catch (e) {
  thrown = e;
}
if (!MkdError.is(thrown) || !(thrown instanceof MkdError) || thrown instanceof Error === false)
  fail("MkdError.is across builds");
const r = safeScoreMonth({ employee: "x", month: "2026-03", jurisdiction: "jabar", targets: [], realisations: {} });
if (r.success || !cjs.MkdError.is(r.error)) fail("cjs MkdError.is of an esm error");
const [row] = [...checkEligibilityBatch([{ id: "broken" }], options)];
if (row.ok || typeof row.error.code !== "string" || "value" in row) fail("batch row shape");

// Tasikmalaya's overlay with one deliberately wrong case: exactly that case fails.
const overlay = JSON.parse(readFileSync(new URL("./kota-tasikmalaya.policy.json", import.meta.url), "utf8"));
// Prepared once, decided with; the document itself is refused by the decision functions.
const tasik = preparePolicy(overlay);
const decided = checkEligibility(anEmployee().build(), { policy: tasik, asOf: "2026-03-02" });
if (decided.policy.jurisdiction !== "kota-tasikmalaya") fail("a decision under the prepared overlay");
const refused = (() => {
  try {
    checkEligibility(anEmployee().build(), { policy: overlay, asOf: "2026-03-02" });
  } catch (e) {
    return MkdError.is(e) ? e.issues.map((i) => i.code).join() : "not an MkdError";
  }
  return "accepted";
})();
if (refused !== "policy_not_prepared") fail(`a document as policy: ${refused}`);
// A policy prepared by the CJS copy is not trusted by the ESM copy (its WeakSet), and the error says why.
try {
  checkEligibility(anEmployee().build(), { policy: cjs.preparePolicy(overlay), asOf: "2026-03-02" });
  fail("a policy prepared by the other build was accepted");
} catch (e) {
  if (!MkdError.is(e) || e.issues[0]?.code !== "policy_prepared_elsewhere") fail(`other build: ${e}`);
}
// The city stands on the national rule: the national eligibility cases all hold for it; one is made wrong.
const cases = structuredClone({ eligibility: shippedCases["id-nasional@2025-04-21"].eligibility });
if (runPolicyCases(overlay, cases).failed !== 0) fail("the national eligibility cases should hold for the city");
cases.eligibility[0].expect.grantedFlexibleDays += 1;
const report = runPolicyCases(overlay, cases);
const failed = report.results.filter((x) => !x.ok);
if (failed.length !== 1 || failed[0].section !== "eligibility" || failed[0].index !== 0)
  fail(`expected one failed case, got ${JSON.stringify(failed.map((x) => x.name))}`);
console.log(`esm: ok (${report.passed} passed, 1 deliberately wrong case failed: ${failed[0].diff.join("; ")})`);
