// Sums vitest JSON reports and prints the closing line CI reads: `N passed, N failed`.
// A missing or unreadable report counts as a failure, so a crashed run can never look green.
import { readFileSync } from "node:fs";

let passed = 0;
let failed = 0;
const files = process.argv.slice(2).filter((f) => !f.includes("*"));
if (files.length === 0) failed += 1;
for (const file of files) {
  try {
    const report = JSON.parse(readFileSync(file, "utf8"));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    if (report.numFailedTestSuites > 0 && report.numFailedTests === 0) failed += report.numFailedTestSuites;
  } catch {
    failed += 1;
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
