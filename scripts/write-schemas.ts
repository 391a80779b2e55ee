/**
 * Writes the JSON Schemas under schemas/ from the functions that build them. A test fails when a committed
 * file drifts from its function: run `npm run schemas:write` and commit the result.
 *
 * To publish another schema, add one line to SCHEMA_FILES.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { policyJsonSchema } from "../src/policy/json-schema.js";
import { employeeJsonSchema } from "../src/eligibility/employee.js";
import { scheduleInputJsonSchema } from "../src/schedule/schema.js";
import { scoreMonthInputJsonSchema } from "../src/scoring/input.js";

/** Each published schema: its file under schemas/ and the function that builds it. */
export const SCHEMA_FILES: readonly { readonly file: string; readonly build: () => unknown }[] = [
  { file: "policy.schema.json", build: policyJsonSchema },
  { file: "employee.schema.json", build: employeeJsonSchema },
  { file: "schedule-input.schema.json", build: scheduleInputJsonSchema },
  { file: "score-month-input.schema.json", build: scoreMonthInputJsonSchema },
];

/** The repository's schemas/ folder. */
export const SCHEMAS_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "schemas");

/** The exact text written for a schema (2-space JSON with a final newline). */
export function renderSchema(schema: unknown): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  mkdirSync(SCHEMAS_DIR, { recursive: true });
  for (const { file, build } of SCHEMA_FILES) {
    writeFileSync(join(SCHEMAS_DIR, file), renderSchema(build()));
    console.log(`wrote schemas/${file}`);
  }
}
