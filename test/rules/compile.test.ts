import { describe, expect, it } from "vitest";
import { compileRules, MkdError, resolvePolicy, type ResolvedPolicy } from "../../src/index.js";
import { createRulesEngine, plainPathResolver } from "../../src/json-rules-engine.js";

const base = resolvePolicy("jabar", "2025-06-02");

/** A resolved policy whose rules are replaced (what an integrator could hand over). */
function withRules(rules: Record<string, unknown>): ResolvedPolicy {
  return {
    ...base,
    parameters: { ...base.parameters, eligibility: { ...base.parameters.eligibility, rules: rules as never } },
  };
}
const rule = (conditions: unknown, kind = "requirement") => ({
  kind,
  description: { id: "uji", en: "test" },
  conditions,
  provenance: "assumption",
  sources: ["mkd-engine-assumption"],
});
function compileError(rules: Record<string, unknown>): MkdError {
  try {
    compileRules(withRules(rules));
  } catch (e) {
    if (e instanceof MkdError) return e;
    throw e;
  }
  throw new Error("expected compileRules to refuse the rules");
}

describe("compileRules", () => {
  it("compiles once per resolved policy object", () => {
    expect(compileRules(base)).toBe(compileRules(base));
    // The same rules in another object (resolvePolicy gives the same frozen value for the same date) compile again.
    expect(compileRules(structuredClone(base))).not.toBe(compileRules(base));
  });

  it("evaluates every condition of every rule, with no short-circuit, and records fact, threshold and actual value", () => {
    const compiled = compileRules(
      withRules({
        r: rule({
          all: [
            { fact: "talentBox", operator: "in", value: [4, 5] },
            {
              any: [
                { fact: "hasLaptop", operator: "equal", value: true },
                { fact: "bandwidthMbps", operator: "greaterThan", value: 10 },
              ],
            },
            { not: { fact: "disciplinaryStatus", operator: "equal", value: "serving" } },
          ],
        }),
      }),
    );
    const result = compiled.evaluate({
      talentBox: 3,
      hasLaptop: false,
      bandwidthMbps: 50,
      disciplinaryStatus: "serving",
    });
    expect(result.failed).toEqual(["r"]);
    expect(result.rules[0]!.conditions).toEqual({
      all: [
        {
          fact: "talentBox",
          path: undefined,
          operator: "in",
          threshold: [4, 5],
          actual: 3,
          passed: false,
          missing: false,
        },
        {
          any: [
            {
              fact: "hasLaptop",
              path: undefined,
              operator: "equal",
              threshold: true,
              actual: false,
              passed: false,
              missing: false,
            },
            {
              fact: "bandwidthMbps",
              path: undefined,
              operator: "greaterThan",
              threshold: 10,
              actual: 50,
              passed: true,
              missing: false,
            },
          ],
          passed: true,
        },
        {
          not: {
            fact: "disciplinaryStatus",
            path: undefined,
            operator: "equal",
            threshold: "serving",
            actual: "serving",
            passed: true,
            missing: false,
          },
          passed: false,
        },
      ],
      passed: false,
    });
  });

  it("flags a missing fact on its leaf and its rule instead of letting it pass unseen", () => {
    const result = compileRules(base).evaluate({ jobCriteria: {} });
    const job = result.rules.find((r) => r.id === "job_suitable_for_flexible_work")!;
    expect(job.missing).toEqual([
      "jobCriteria.workableOutsideOffice",
      "jobCriteria.noSpecialRoomOrEquipment",
      "jobCriteria.itBased",
      "jobCriteria.minimalFaceToFace",
      "jobCriteria.noContinuousSupervision",
    ]);
    const laptop = result.rules.find((r) => r.id === "has_laptop")!;
    expect(laptop.passed).toBe(false);
    expect(laptop.missing).toEqual(["hasLaptop"]);
  });

  it("uses json-rules-engine's operator semantics: numeric strings compare as numbers, other types fail numeric operators", () => {
    const compiled = compileRules(
      withRules({ r: rule({ all: [{ fact: "tenureMonths", operator: "greaterThanInclusive", value: 12 }] }) }),
    );
    expect(compiled.evaluate({ tenureMonths: "12" }).passed).toBe(true);
    expect(compiled.evaluate({ tenureMonths: "abc" }).passed).toBe(false);
    expect(compiled.evaluate({ tenureMonths: null }).passed).toBe(false);
    expect(compiled.evaluate({ tenureMonths: true }).passed).toBe(false);
  });

  it("refuses unknown facts and operators with the codes validatePolicy uses, listing every problem with its path", () => {
    const error = compileError({
      a: rule({ all: [{ fact: "salary", operator: "greaterThan", value: 1 }] }),
      b: rule({ all: [{ fact: "talentBox", operator: "regex", value: "." }] }),
    });
    expect(error.code).toBe("invalid_policy");
    expect(error.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["policy_rule_unknown_fact", "parameters.eligibility.rules.a.conditions.all.0.fact"],
      ["policy_rule_unknown_operator", "parameters.eligibility.rules.b.conditions.all.0.operator"],
    ]);
    expect(error.issues[0]!.message.id).toContain("salary");
    expect(error.issues[0]!.message.en).toContain("Unknown fact salary");
  });

  it.each([
    ["a JSONPath filter", "$..[?(@.itBased)]", "policy_rule_path_script"],
    ["a JSONPath script", "$[(@.length-1)]", "policy_rule_path_script"],
    ["a recursive descent", "$..itBased", "policy_rule_path_script"],
    ["a wildcard", "$.*", "policy_rule_path_not_plain"],
  ])("refuses %s in a rule path: rule documents cannot execute code", (_, path, code) => {
    const error = compileError({ r: rule({ all: [{ fact: "jobCriteria", path, operator: "equal", value: true }] }) });
    expect(error.issues.map((i) => i.code)).toEqual([code]);
  });

  it.each(["$.__proto__", "$.constructor", "$.prototype"])(
    "refuses the prototype-reaching path %s (not a property of the fact)",
    (path) => {
      const error = compileError({ r: rule({ all: [{ fact: "jobCriteria", path, operator: "equal", value: true }] }) });
      expect(error.issues.map((i) => i.code)).toEqual(["policy_rule_path_unknown_property"]);
    },
  );

  it("refuses a __proto__ fact, a __proto__ rule id and a __proto__ key inside a condition", () => {
    const rules = JSON.parse(`{
      "__proto__": ${JSON.stringify(rule({ all: [{ fact: "hasLaptop", operator: "equal", value: true }] }))},
      "a": ${JSON.stringify(rule({ all: [{ fact: "__proto__", operator: "equal", value: true }] }))},
      "b": ${JSON.stringify(rule({ all: [{ fact: "hasLaptop", operator: "equal", value: true }] })).replace('"value":true', '"value":true,"__proto__":{"polluted":true}')}
    }`);
    const error = compileError(rules);
    expect(error.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["forbidden_key", "parameters.eligibility.rules.__proto__"],
      ["policy_rule_unknown_fact", "parameters.eligibility.rules.a.conditions.all.0.fact"],
      ["forbidden_key", "parameters.eligibility.rules.b.conditions.all.0.__proto__"],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses a value that is a fact reference, and values of the wrong kind for their operator", () => {
    const error = compileError({
      a: rule({ all: [{ fact: "tenureMonths", operator: "greaterThan", value: { fact: "requestedFlexibleDays" } }] }),
      b: rule({ all: [{ fact: "talentBox", operator: "in", value: 4 }] }),
      c: rule({ all: [{ fact: "tenureMonths", operator: "lessThan", value: "12" }] }),
    });
    expect(error.issues.map((i) => i.code)).toEqual([
      "policy_rule_value_type_mismatch",
      "policy_rule_value_type_mismatch",
      "policy_rule_value_type_mismatch",
    ]);
  });

  it("refuses a rule source that is not a legal basis of the policy", () => {
    const error = compileError({
      r: { ...rule({ all: [{ fact: "hasLaptop", operator: "equal", value: true }] }), sources: ["blog-post"] },
    });
    expect(error.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["policy_source_unknown", "parameters.eligibility.rules.r.sources.0"],
    ]);
  });

  it("refuses conditions nested deeper than 32 levels", () => {
    let deep: unknown = { fact: "hasLaptop", operator: "equal", value: true };
    for (let i = 0; i < 40; i++) deep = { not: deep };
    expect(compileError({ r: rule({ all: [deep] }) }).issues[0]!.code).toBe("policy_condition_too_deep");
  });

  it("resolves each rule's sources to the policy's legal bases", () => {
    const discipline = compileRules(base).rules.find((r) => r.id === "not_under_discipline")!;
    expect(discipline.legalBases.map((b) => b.id)).toEqual(["permenpanrb-4-2025-pasal-25"]);
    expect(discipline.legalBases[0]!.title).toMatch(/4/);
  });
});

describe("createRulesEngine", () => {
  it("loads one json-rules-engine rule per policy rule, each with one event named by the rule id", async () => {
    const engine = createRulesEngine(base);
    const result = await engine.run({
      talentBox: 3,
      faceToFaceService: false,
      hasLaptop: true,
      bandwidthMbps: 20,
      trackRecordQuotaDays: 2,
      leaderApproved: false,
      disciplinaryStatus: "none",
      employmentStatus: "pns",
      tenureMonths: 40,
      monthsInPosition: 40,
      jobCriteria: {},
    });
    expect(result.failureEvents.map((e) => e.type).sort()).toEqual(["leader_approval", "talent_box"]);
    expect(result.failureEvents.find((e) => e.type === "leader_approval")!.params).toEqual({ kind: "approval" });
  });

  it("rejects a run that does not supply a fact the rules need, rather than reading it as undefined", async () => {
    await expect(createRulesEngine(base).run({ talentBox: 4 })).rejects.toThrow(/Undefined fact/);
  });

  it("lets an integrator add a rule and an asynchronous fact", async () => {
    const engine = createRulesEngine(resolvePolicy("id-nasional", "2025-06-02"));
    engine.addFact("attendanceRate", async () => 0.97);
    engine.addRule({
      name: "attendance",
      conditions: { all: [{ fact: "attendanceRate", operator: "greaterThanInclusive", value: 0.95 }] },
      event: { type: "attendance" },
    });
    const result = await engine.run({
      disciplinaryStatus: "none",
      employmentStatus: "pns",
      tenureMonths: 30,
      monthsInPosition: 30,
      jobCriteria: {},
      leaderApproved: true,
    });
    expect(result.failureEvents).toEqual([]);
    expect(result.events.map((e) => e.type).sort()).toEqual([
      "attendance",
      "job_suitable_for_flexible_work",
      "leader_approval",
      "not_new_employee",
      "not_under_discipline",
    ]);
  });

  it("refuses the same unsafe rules compileRules refuses", () => {
    expect(() =>
      createRulesEngine(
        withRules({ r: rule({ all: [{ fact: "jobCriteria", path: "$..*", operator: "equal", value: true }] }) }),
      ),
    ).toThrow(MkdError);
  });

  it("resolves paths with own properties only: a prototype path is inert", () => {
    expect(plainPathResolver({ itBased: true }, "$.itBased")).toBe(true);
    expect(plainPathResolver({}, "$.__proto__")).toBeUndefined();
    expect(plainPathResolver({}, "$.constructor")).toBeUndefined();
    expect(plainPathResolver({}, "$.toString")).toBeUndefined();
    expect(plainPathResolver({ a: 1 }, "$..a")).toBeUndefined();
  });
});
