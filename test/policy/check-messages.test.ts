/**
 * The codes only the validation of a policy document raises are their own message domain (`policy-checks`),
 * outside the shared catalogues, so a bundle that never validates a document carries none of their texts:
 * the validator's modules render their issues from that catalogue themselves. Here: wherever such an issue
 * surfaces (validatePolicy, the document limits, compileRules, an `invalid_policy` error from
 * assertValidPolicy, preparePolicy or resolvePolicy, and that error's JSON form), it reads as its sentence in
 * Indonesian and in English, never as the bare code.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  assertValidPolicy,
  compileRules,
  formatMessage,
  formatPath,
  MkdError,
  preparePolicy,
  resolvePolicy,
  validatePolicy,
  type Issue,
  type ResolvedPolicy,
} from "../../src/index.js";
import { MESSAGE_DOMAINS } from "../../src/i18n/index.js";
import { policyCheckMessages } from "../../src/i18n/messages/policy-checks.js";
import { SHARED_MESSAGES } from "../../src/i18n/shared.js";
import { tasikmalayaInvalid } from "./helpers.js";
import { overlayWithRules } from "../support/fixtures.js";
import { thrown } from "../support/thrown.js";

const CHECK_CODES = new Set(Object.keys(policyCheckMessages.id));

/** Each hostile document of the security corpus, with the other documents it is validated against. */
const CORPUS_DIR = join(import.meta.dirname, "..", "security", "corpus");
const corpus = readdirSync(CORPUS_DIR)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(CORPUS_DIR, f), "utf8")) as { document?: unknown; documents?: unknown[] })
  .map((e) =>
    e.document !== undefined
      ? { target: e.document, others: e.documents ?? [] }
      : { target: e.documents![0], others: e.documents!.slice(1) },
  );

const rule = (conditions: unknown, sources = ["kota-x-sk"]) => ({
  kind: "requirement",
  description: { id: "Uji", en: "Test" },
  conditions,
  provenance: "assumption",
  sources,
});
const deep = (depth: number): unknown => {
  let node: unknown = { fact: "tenureMonths", operator: "greaterThanInclusive", value: 0 };
  for (let i = 0; i < depth; i++) node = { all: [node] };
  return node;
};

/** Documents whose issues reach the rule checks, the citations and the limits as well as the corpus's. */
const badRules = overlayWithRules({
  a: rule({ all: [{ fact: "salary", operator: "greaterThan", value: 1 }] }),
  b: rule({ all: [{ fact: "talentBox", operator: "regex", value: "." }] }),
  c: rule({ all: [{ fact: "jobCriteria", path: "$..[?(@.itBased)]", operator: "equal", value: true }] }),
  d: rule({ all: [{ fact: "tenureMonths", operator: "in", value: "x" }] }, ["nowhere"]),
});
const tooDeep = overlayWithRules({ deep: rule(deep(2_000)) });

/** Fails unless `i` reads as its own sentence in both languages (as formatMessage renders its code). */
function expectRendered(i: Issue): void {
  for (const locale of ["id", "en"] as const) {
    expect([i.code, locale, i.message[locale]]).not.toEqual([i.code, locale, i.code]);
    expect([i.code, locale, i.message[locale]]).toEqual([i.code, locale, formatMessage(i.code, i.params, locale)]);
  }
}

/** Fails unless the error's text in each language lists each of its issues' sentences, also after toJSON / fromJSON. */
function expectErrorRendered(error: MkdError): void {
  expect(error.code).toBe("invalid_policy");
  expect(error.issues.length).toBeGreaterThan(0);
  const back = MkdError.fromJSON(JSON.parse(JSON.stringify(error)));
  for (const locale of ["id", "en"] as const) {
    const text = error.localizedMessage(locale);
    expect(back.localizedMessage(locale)).toBe(text);
    for (const i of error.issues.slice(0, 20)) {
      expectRendered(i);
      expect(text).toContain(`  - ${formatPath(i.path)}: ${i.message[locale]}`);
    }
  }
}

describe("the policy-checks messages (validation only)", () => {
  it("are no shared catalogue, and no shared catalogue declares one of their codes; formatMessage reaches them", () => {
    expect(SHARED_MESSAGES).not.toContain(policyCheckMessages);
    expect(SHARED_MESSAGES.flatMap((c) => Object.keys(c.id)).filter((code) => CHECK_CODES.has(code))).toEqual([]);
    expect(MESSAGE_DOMAINS).toContain(policyCheckMessages);
  });

  it("a validation issue's message is a sentence, not the bare code", () => {
    const first = validatePolicy(tasikmalayaInvalid()).issues[0]!;
    expect(CHECK_CODES.has(first.code)).toBe(true);
    expect(first.message.en).not.toBe(first.code);
    expect(first.message.en).toMatch(/^\S.* .*\.$/);
    expect(first.message.id).not.toBe(first.code);
    expect(first.message.id).toMatch(/^\S.* .*\.$/);
  });

  it("validatePolicy renders every issue in both languages, across the corpus, the rule checks and the limits", () => {
    const seen = new Set<string>();
    const documents = [
      ...corpus,
      { target: tasikmalayaInvalid(), others: [] },
      { target: badRules, others: [] },
      { target: tooDeep, others: [] },
    ];
    for (const { target, others } of documents) {
      const { valid, issues } = validatePolicy(target, { documents: others });
      expect(valid).toBe(false);
      for (const i of issues) {
        expectRendered(i);
        seen.add(i.code);
      }
    }
    // The documents above reach most of the domain (the check can fail): a third of its codes at least.
    expect([...seen].filter((c) => CHECK_CODES.has(c)).length).toBeGreaterThan(CHECK_CODES.size / 3);
  });

  it("an invalid_policy error lists each issue's sentence in id and en: assertValidPolicy, preparePolicy, resolvePolicy", () => {
    for (const doc of [tasikmalayaInvalid(), badRules, tooDeep]) {
      expectErrorRendered(thrown(() => assertValidPolicy(doc)));
      expectErrorRendered(thrown(() => resolvePolicy(doc, "2026-03-02")));
      expectErrorRendered(thrown(() => preparePolicy(doc)));
    }
  });

  it("compileRules refuses unsafe rules with the same rendered sentences", () => {
    const base = resolvePolicy("jabar", "2025-06-02");
    const withRules: ResolvedPolicy = {
      ...base,
      parameters: {
        ...base.parameters,
        eligibility: {
          ...base.parameters.eligibility,
          rules: (badRules as { parameters: { eligibility: { rules: never } } }).parameters.eligibility.rules,
        },
      },
    };
    const error = thrown(() => compileRules(withRules));
    expect(error.issues.map((i) => i.code)).toContain("policy_rule_unknown_fact");
    expectErrorRendered(error);
  });
});
