import { describe, expect, it } from "vitest";
import { inputFields, MAIN_FUNCTIONS } from "../../scripts/input-docs.mjs";

// Issue 11 item 1: every field a caller writes into the three main functions has TSDoc (its unit, and its legal
// source where it has one), so an editor's hover and the API reference explain it. The walk (scripts/input-docs.mjs)
// follows the declared parameter types of checkEligibility, generateSchedule and scoreMonth in the sources, into
// every nested object type; examples/consumer/check.mjs runs the same walk over the published declarations.
const fields = inputFields(new URL("../../src/index.ts", import.meta.url).pathname);

describe.each(MAIN_FUNCTIONS)("the input of %s", (fn) => {
  const own = fields.filter((f) => f.fn === fn);

  it("is walked into its nested fields", () => {
    // A walk that found nothing (a renamed export, a parameter typed `unknown`) would pass the next test vacuously.
    expect(own.length).toBeGreaterThan(8);
    expect(own.some((f) => f.path.split(".").length > 2)).toBe(true);
  });

  it("documents every field", () => {
    expect(own.filter((f) => !f.documented).map((f) => f.path)).toEqual([]);
  });
});
