/**
 * The employee input of `checkEligibility`, built from the fact registry (src/policy/facts.ts): each
 * fact declares the input fields it is read from, with their TSDoc, and this module merges them with the
 * employee's `id` into one zod schema, the source of truth for the TypeScript type, runtime validation,
 * the fast path (compiled from the schema, core/accepts.ts) and `employeeJsonSchema()`.
 */
import * as z from "zod/mini";
import type { TrackRecord } from "../core/track-record.js";
import type { FactInputFields, FactOutputFields } from "../policy/fact-types.js";
import { FACTS } from "../policy/facts.js";
import { compileAccepts } from "../core/accepts.js";

type Shape = { [field: string]: z.ZodMiniType | Shape };

const isSchema = (v: unknown): v is z.ZodMiniType => v !== null && typeof v === "object" && "_zod" in v;

/** Merges one fact's input fields into the shape (groups such as `job` collect the fields of several facts). */
function mergeInto(target: Shape, fragment: Readonly<Record<string, unknown>>, path: string): void {
  for (const [key, value] of Object.entries(fragment)) {
    const existing = target[key];
    if (isSchema(value)) {
      if (existing !== undefined) throw new Error(`mkd-engine: input field ${path}${key} is declared by two facts`);
      target[key] = value;
    } else {
      if (existing !== undefined && isSchema(existing))
        throw new Error(`mkd-engine: input field ${path}${key} is both a field and a group`);
      const group = (existing as Shape | undefined) ?? (target[key] = {});
      mergeInto(group as Shape, value as Record<string, unknown>, `${path}${key}.`);
    }
  }
}

/** A shape of schemas and groups as a zod strict object (a group is a required nested object). */
function toSchema(shape: Shape): z.ZodMiniType {
  const out: Record<string, z.ZodMiniType> = {};
  for (const [key, value] of Object.entries(shape)) out[key] = isSchema(value) ? value : toSchema(value);
  return z.strictObject(out);
}

const shape: Shape = {
  // Not a fact: the caller's identifier, echoed in the decision.
  id: z.string().check(z.minLength(1)),
};
for (const def of Object.values(FACTS)) if ("input" in def) mergeInto(shape, def.input, "");

/**
 * What a caller passes to `checkEligibility`: each field with its unit and legal source in its TSDoc
 * (declared with the fact that reads it, in the fact registry). Either `talentBox` or `talent` is
 * required; dates run from 1950-01-01 to the decision date.
 *
 * @example
 * ```ts
 * const row: EmployeeInput = { id: "1", talentBox: 7, job: { faceToFaceService: false }, equipment: { laptop: true, bandwidthMbps: 20 }, disciplinaryStatus: "none", employmentStatus: "pns", appointmentDate: "2019-01-02", positionStartDate: "2024-07-01" };
 * ```
 */
export type EmployeeInput = {
  /** Your identifier of the employee (NIP or an internal id); echoed in the decision. */
  id: string;
} & FactInputFields;

/**
 * An employee after validation. A track record given as a history of months has been evaluated by then:
 * `trackRecord` is a level (with its month).
 *
 * @example
 * ```ts
 * const level = (employee: Employee) => employee.trackRecord?.level ?? "none";
 * ```
 */
export type Employee = { readonly id: string } & Omit<FactOutputFields, "trackRecord"> & {
    readonly trackRecord?: TrackRecord | null | undefined;
  };

/**
 * The employee input schema, merged from the fact registry. Either `talentBox` or `talent` is required;
 * when both are given they must name the same box, and dates must be plausible at the decision date
 * (checked with the decision date, see `checkEligibility`).
 *
 * @example
 * ```ts
 * const employee: EmployeeInput = {
 *   id: "198703152010011002",
 *   talentBox: 7,
 *   job: { faceToFaceService: false, serviceCategory: "planning" },
 *   equipment: { laptop: true, bandwidthMbps: 20 },
 *   disciplinaryStatus: "none",
 *   employmentStatus: "pns",
 *   appointmentDate: "2010-01-01",
 *   positionStartDate: "2022-01-03",
 *   leaderApproval: { approved: true, by: "196801011990031001", at: "2026-02-20" },
 *   requestedFormat: "2-3",
 *   trackRecord: { level: "green", month: "2026-01" },
 * };
 * employeeSchema.parse(employee);
 * ```
 */
export const employeeSchema = toSchema(shape) as z.ZodMiniType<FactOutputFields & { id: string }, EmployeeInput>;

/**
 * @internal True only when `input` certainly passes {@link employeeSchema} with the same values on its
 * keys (compiled from the schema at load, core/accepts.ts); false means "ask zod".
 */
export const isValidEmployeeShape = compileAccepts(employeeSchema) as (input: unknown) => input is Employee;

/**
 * The JSON Schema (draft 2020-12) of the employee input, for integrators validating in other languages.
 *
 * @example
 * ```ts
 * const schema = employeeJsonSchema();
 * schema.required; // ["id", "job", "equipment", "disciplinaryStatus", "employmentStatus", "appointmentDate"]
 * ```
 */
export function employeeJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(employeeSchema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
}
