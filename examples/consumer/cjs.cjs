// A fresh CommonJS project using the installed tarball.
const { checkEligibility, generateSchedule, MkdError } = require("mkd-engine");
const { anEmployee, aUnit, runPolicyCases, shippedCases } = require("mkd-engine/testing");
const schema = require("mkd-engine/schemas/employee.schema.json");
const pkg = require("mkd-engine/package.json");

const fail = (message) => {
  console.error(`cjs: ${message}`);
  process.exit(1);
};
if (checkEligibility(anEmployee().withoutLaptop().build(), { jurisdiction: "jabar", asOf: "2026-03-02" }).outcome !== "ineligible") fail("builder");
if (generateSchedule(aUnit().build()).status !== "scheduled") fail("unit builder");
if (runPolicyCases(undefined, shippedCases["jabar@2025-04-21"]).failed !== 0) fail("shipped cases");
if (!Array.isArray(schema.required)) fail("schemas export");
try {
  checkEligibility({ id: "x" }, { jurisdiction: "jabar", asOf: "2026-03-02" });
  fail("no throw");
} catch (e) {
  if (!MkdError.is(e)) fail("MkdError.is");
}
console.log(`cjs: ok (mkd-engine ${pkg.version})`);
