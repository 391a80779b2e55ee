/**
 * mkd-engine writes its fast paths (core/accepts, the eligibility fact readers) as generated functions only where
 * zod would: an app under a strict content-security policy sets `z.config({ jitless: true })` once, before
 * importing mkd-engine, and then neither library calls `new Function`, and every answer is the same.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import * as z from "zod/mini";
import { anEmployee, aScoringMonth } from "../../src/testing/index.js";

const employees = [
  anEmployee().build(),
  anEmployee().inBox(6).build(),
  anEmployee().withoutLaptop().requesting("1-4").build(),
  anEmployee().withoutApproval().build(),
  { ...anEmployee().build(), talentbox: 7 },
  { id: "" },
];
const options = { jurisdiction: "jabar", asOf: "2026-12-03", locale: "en" } as const;

async function answers() {
  const { checkEligibilityBatch, scoreMonthBatch } = await import("../../src/index.js");
  return {
    decisions: [...checkEligibilityBatch(employees, options)],
    scores: [
      ...scoreMonthBatch([aScoringMonth().build(), aScoringMonth().realising("letters", 20).build(), { month: "x" }]),
    ],
  };
}

describe("zod's jitless switch", () => {
  afterEach(() => {
    z.config({ jitless: false });
    vi.restoreAllMocks();
  });

  it("stops every generated function of mkd-engine and changes no answer", async () => {
    vi.resetModules();
    const reference = await answers();

    vi.resetModules();
    z.config({ jitless: true });
    const generated = vi.fn();
    const RealFunction = globalThis.Function;
    vi.stubGlobal(
      "Function",
      new Proxy(RealFunction, {
        construct(target, args) {
          generated(args);
          return Reflect.construct(target, args);
        },
        apply(target, self, args) {
          generated(args);
          return Reflect.apply(target, self, args);
        },
      }),
    );
    const { codeGenerationAllowed } = await import("../../src/core/accepts.js");
    const jitless = await answers();
    vi.unstubAllGlobals();

    expect(codeGenerationAllowed()).toBe(false);
    expect(generated).not.toHaveBeenCalled();
    expect(jitless).toEqual(reference);
  });

  it("generates where allowed (the default in Node)", async () => {
    vi.resetModules();
    const { codeGenerationAllowed } = await import("../../src/core/accepts.js");
    expect(codeGenerationAllowed()).toBe(true);
  });
});
