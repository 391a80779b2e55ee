/**
 * The policy document as JSON Schema (draft 2020-12), generated from the zod schema so the two can never
 * disagree. Editors (VS Code reads `$schema`) and non-TypeScript backends validate policy files with it;
 * the semantic checks (sources, facts, ceilings, hours) stay in `validatePolicy`.
 */
import * as z from "zod/mini";
import { policySchemas } from "./schema.js";

/** A JSON Schema object (draft 2020-12). */
export type JsonSchema = Record<string, unknown>;

/** Where the published schema lives, for `$id`. */
export const POLICY_SCHEMA_ID = "https://github.com/mkd-engine/mkd-engine/blob/main/schemas/policy.schema.json";

/**
 * The JSON Schema (draft 2020-12) of a policy document: every field with its type, enum, pattern (rule
 * paths must match the plain property path `^\$(\.[A-Za-z_][A-Za-z0-9_]*)+$`) and description. A fresh
 * object on every call. The committed copy is `schemas/policy.schema.json` (`npm run schemas:write`).
 *
 * @example
 * ```ts
 * import Ajv2020 from "ajv/dist/2020";
 * const validate = new Ajv2020({ strict: false }).compile(policyJsonSchema());
 * validate(JSON.parse(text)); // shape only; run validatePolicy for sources, facts and ceilings
 * ```
 */
export function policyJsonSchema(): JsonSchema {
  const schema = z.toJSONSchema(policySchemas().document, {
    target: "draft-2020-12",
    // Describe what a file may contain (inputs), e.g. optional fields stay optional.
    io: "input",
    // `value` of a leaf rule condition is any JSON value.
    unrepresentable: "any",
  }) as JsonSchema;
  const { $schema, ...rest } = schema;
  return { $schema, $id: POLICY_SCHEMA_ID, ...rest };
}
