/**
 * Issue 10 item 2: limits with codes, checked before any work; validatePolicy never throws; validate and
 * resolve agree on the condition depth.
 */
import { describe, expect, it } from "vitest";
import { checkEligibility, POLICY_LIMITS, preparePolicy, resolvePolicy, validatePolicy } from "../../src/index.js";
import { ELIGIBLE_EMPLOYEE, overlayWithRules } from "../support/fixtures.js";

const LEAF = { fact: "tenureMonths", operator: "greaterThanInclusive", value: 0 };

const rule = (conditions: unknown) => ({
  kind: "requirement",
  description: { id: "Uji", en: "Test" },
  conditions,
  provenance: "assumption",
  sources: ["kota-x-sk"],
});

/** A `not` chain `depth` levels below the root group (the root group is level 0). */
function notChain(depth: number): unknown {
  let node: unknown = LEAF;
  for (let i = 0; i < depth - 1; i++) node = { not: node };
  return { all: [node] };
}
function allChain(depth: number): unknown {
  let node: unknown = LEAF;
  for (let i = 0; i < depth; i++) node = { all: [node] };
  return node;
}
const codes = (r: { issues: readonly { code: string }[] }) => r.issues.map((i) => i.code);

describe("policy limits", () => {
  it("refuses 2,000- and 10,000-deep nesting with a code, without throwing", () => {
    for (const depth of [2_000, 10_000]) {
      const r = validatePolicy(overlayWithRules({ deep: rule(allChain(depth)) }));
      expect(r.valid).toBe(false);
      expect(codes(r)).toEqual(["policy_too_deep"]);
      expect(() => resolvePolicy(overlayWithRules({ deep: rule(allChain(depth)) }), "2026-03-02")).toThrow(
        /policy|kebijakan/i,
      );
    }
  });

  it("refuses a 60,000-rule document (16 MB) for its size, before parsing it", () => {
    const rules: Record<string, unknown> = {};
    for (let i = 0; i < 60_000; i++) rules[`rule_${i}`] = rule({ all: [LEAF] });
    const r = validatePolicy(overlayWithRules(rules));
    expect(codes(r)).toEqual(["policy_too_large"]);
  });

  it("refuses more rules than maxRules in a small document with its own code", () => {
    const rules: Record<string, unknown> = {};
    for (let i = 0; i <= POLICY_LIMITS.maxRules; i++)
      rules[`r${i}`] = {
        kind: "requirement",
        description: { id: "u", en: "t" },
        conditions: { all: [LEAF] },
        provenance: "assumption",
        sources: ["kota-x-sk"],
      };
    expect(codes(validatePolicy(overlayWithRules(rules)))).toEqual(["policy_too_many_rules"]);
  });

  it("refuses a string longer than maxStringLength at its path", () => {
    const doc = overlayWithRules({});
    doc.title.en = "x".repeat(POLICY_LIMITS.maxStringLength + 1);
    const r = validatePolicy(doc);
    expect(r.issues[0]).toMatchObject({ code: "policy_string_too_long", path: ["title", "en"] });
  });

  it.each([
    POLICY_LIMITS.maxConditionDepth - 1,
    POLICY_LIMITS.maxConditionDepth,
    POLICY_LIMITS.maxConditionDepth + 1,
    40,
    100,
  ])("validate and resolve agree on a %i-deep not chain", (depth) => {
    const doc = overlayWithRules({ deep: rule(notChain(depth)) });
    const valid = validatePolicy(doc).valid;
    let resolved = true;
    try {
      checkEligibility(ELIGIBLE_EMPLOYEE, { policy: preparePolicy(doc), asOf: "2026-03-02" });
    } catch {
      resolved = false;
    }
    expect(resolved).toBe(valid);
    expect(valid).toBe(depth <= POLICY_LIMITS.maxConditionDepth);
  });

  it("names the limit broken by a not chain past the condition depth", () => {
    const r = validatePolicy(overlayWithRules({ deep: rule(notChain(40)) }));
    expect(codes(r)).toEqual(["policy_condition_too_deep"]);
    expect(codes(validatePolicy(overlayWithRules({ deep: rule(notChain(100)) })))).toEqual(["policy_too_deep"]);
  });

  it("never throws on a cyclic, unreadable or non-JSON document", () => {
    const cyclic = overlayWithRules({});
    cyclic.parameters.self = cyclic;
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const getter = overlayWithRules({});
    Object.defineProperty(getter, "title", {
      enumerable: true,
      get: () => {
        throw new Error("no");
      },
    });
    for (const [doc, code] of [
      [cyclic, "input_cyclic"],
      [{ a: proxy }, "input_unreadable"],
      [getter, "input_unreadable"],
      [{ a: 1n }, "input_not_plain_data"],
    ] as const) {
      expect(codes(validatePolicy(doc))).toEqual([code]);
      expect(codes(validatePolicy(overlayWithRules({}), { documents: [doc] }))).toContain(
        "policy_context_document_invalid",
      );
    }
  });
});
