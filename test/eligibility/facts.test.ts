/**
 * The fact registry is the one declaration of each fact: the input schema, its JSON Schema, the rule
 * vocabulary policy validation checks and the compiled rules' layout all come from it. Also the facts
 * added through it: the start in the current position (PermenPANRB 4/2025 Pasal 25, pegawai baru) and
 * plausible dates (issue 10 item 5).
 */
import { describe, expect, it } from "vitest";
import type { FactDefinition } from "../../src/policy/fact-definition.js";
import { FACTS } from "../../src/policy/facts.js";
import { SLOT_LAYOUT } from "../../src/rules/compile.js";
import {
  checkEligibility,
  employeeJsonSchema,
  employeeSchema,
  MkdError,
  validatePolicy,
  type EmployeeInput,
} from "../../src/index.js";
import { APPROVED_EMPLOYEE } from "../support/fixtures.js";

const ASOF = "2026-03-02";
const employee = APPROVED_EMPLOYEE as EmployeeInput;

function errorOf(input: unknown, asOf = ASOF): MkdError {
  try {
    checkEligibility(input as never, { jurisdiction: "jabar", asOf });
  } catch (error) {
    return error as MkdError;
  }
  throw new Error("expected an error");
}

describe("the fact registry", () => {
  it("declares every fact with a type, a description in both languages and a legal source", () => {
    for (const [name, def] of Object.entries(FACTS as Readonly<Record<string, FactDefinition>>)) {
      expect([name, typeof def.derive]).toEqual([name, "function"]);
      expect(def.description.id.length * def.description.en.length * def.source.length).toBeGreaterThan(0);
      if (def.type === "object") expect(def.properties?.length).toBeGreaterThan(0);
    }
  });

  it("the compiled rules read facts in the registry's order, then each property of an object fact", () => {
    expect(SLOT_LAYOUT.slice(0, Object.keys(FACTS).length)).toEqual(Object.keys(FACTS));
    expect(SLOT_LAYOUT.slice(Object.keys(FACTS).length)).toEqual(
      FACTS.jobCriteria.properties.map((p) => `jobCriteria.${p}`),
    );
  });

  it("the input schema and its JSON Schema carry the fields the facts declare", () => {
    const schema = employeeJsonSchema() as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual([
      "id",
      "talentBox",
      "talent",
      "job",
      "equipment",
      "disciplinaryStatus",
      "employmentStatus",
      "appointmentDate",
      "positionStartDate",
      "leaderApproval",
      "requestedFormat",
      "trackRecord",
    ]);
    expect(employeeSchema.safeParse({ ...employee, positionStartDate: "2024-02-30" }).success).toBe(false);
  });

  it("policy validation speaks the registry's vocabulary: a new fact is usable, an unknown one is refused", () => {
    const doc = (fact: string, value: unknown) => ({
      schemaVersion: 1,
      jurisdiction: { id: "kota-uji", name: "Kota Uji", parent: "jabar" },
      version: "2026-02-01",
      title: { id: "Uji", en: "Test" },
      effectiveFrom: "2026-02-01",
      extends: { jurisdiction: "jabar" },
      illustrative: true,
      legalBases: [],
      parameters: {
        eligibility: {
          rules: {
            r: {
              kind: "requirement",
              description: { id: "r", en: "r" },
              conditions: { all: [{ fact, operator: "equal", value }] },
              provenance: "assumption",
              sources: ["mkd-engine-assumption"],
            },
          },
        },
      },
    });
    expect(validatePolicy(doc("tenureMeasuredFrom", "position_start")).issues).toEqual([]);
    expect(validatePolicy(doc("tenureMeasuredFrom", "hire")).issues.map((i) => i.code)).toEqual([
      "policy_rule_value_not_allowed",
    ]);
    expect(validatePolicy(doc("monthsInJob", 1)).issues.map((i) => i.code)).toEqual(["policy_rule_unknown_fact"]);
  });
});

describe("pegawai baru is measured from the start in the current position (PermenPANRB 4/2025 Pasal 25)", () => {
  it("a recent promotion makes a long-serving PNS a new employee; without the date the appointment counts, and the reason says so", () => {
    const promoted = checkEligibility(
      { ...employee, appointmentDate: "2005-01-01", positionStartDate: "2025-12-01" },
      { jurisdiction: "jabar", asOf: ASOF, locale: "en" },
    );
    expect([
      promoted.outcome,
      promoted.facts.monthsInPosition,
      promoted.facts.tenureMonths,
      promoted.facts.tenureMeasuredFrom,
    ]).toEqual(["ineligible", 3, 254, "position_start"]);
    expect(promoted.reasons.map((r) => r.code)).toEqual(["eligibility_requirement_not_met"]);
    const undated = checkEligibility(
      { ...employee, appointmentDate: "2025-12-01", positionStartDate: undefined },
      { jurisdiction: "jabar", asOf: ASOF, locale: "en" },
    );
    expect([undated.outcome, undated.facts.monthsInPosition, undated.facts.tenureMeasuredFrom]).toEqual([
      "ineligible",
      3,
      "appointment",
    ]);
    expect(undated.reasons.map((r) => r.code)).toEqual([
      "eligibility_requirement_not_met",
      "eligibility_position_start_not_given",
    ]);
    expect(undated.reasons[1]!.message).toContain("2025-12-01");
  });

  it("the fallback is not mentioned when the months in position did not decide", () => {
    const cpns = checkEligibility({ ...employee, employmentStatus: "cpns" }, { jurisdiction: "jabar", asOf: ASOF });
    expect(cpns.reasons.map((r) => r.code)).toEqual(["eligibility_requirement_not_met"]);
  });
});

describe("plausible dates (issue 10 item 5): before 1950 or after the decision date is an input error with its path", () => {
  it.each([
    ["appointmentDate", { appointmentDate: "0000-01-01" }, "eligibility_date_before_1950"],
    ["appointmentDate", { appointmentDate: "1949-12-31" }, "eligibility_date_before_1950"],
    ["appointmentDate", { appointmentDate: "2026-03-03" }, "eligibility_appointment_after_as_of"],
    ["positionStartDate", { positionStartDate: "1900-05-01" }, "eligibility_date_before_1950"],
    ["positionStartDate", { positionStartDate: "2026-04-01" }, "eligibility_position_start_after_as_of"],
    ["leaderApproval.at", { leaderApproval: { approved: true, at: "1949-01-01" } }, "eligibility_date_before_1950"],
    ["leaderApproval.at", { leaderApproval: { approved: true, at: "2026-03-03" } }, "eligibility_approval_after_as_of"],
  ])("%s: %j", (path, change, code) => {
    const error = errorOf({ ...employee, ...change });
    expect(error.code).toBe("invalid_employee");
    expect(error.issues.map((i) => [i.code, i.path.join(".")])).toEqual([[code, path]]);
    expect(error.issues[0]!.message.id.length * error.issues[0]!.message.en.length).toBeGreaterThan(0);
  });

  it("accepts the edges: 1950-01-01 and the decision date itself", () => {
    const d = checkEligibility(
      {
        ...employee,
        appointmentDate: "1950-01-01",
        positionStartDate: ASOF,
        leaderApproval: { approved: true, at: ASOF },
      },
      { jurisdiction: "jabar", asOf: ASOF },
    );
    expect(d.facts.monthsInPosition).toBe(0);
  });

  it("lists every implausible date at once", () => {
    const error = errorOf({
      ...employee,
      appointmentDate: "1900-01-01",
      positionStartDate: "2030-01-01",
      leaderApproval: { approved: true, at: "2030-01-01" },
    });
    expect(error.issues.map((i) => i.path.join("."))).toEqual([
      "appointmentDate",
      "positionStartDate",
      "leaderApproval.at",
    ]);
  });
});
