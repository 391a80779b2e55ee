/**
 * Runs the "eligibility" golden cases beside each shipped policy version, and checks that together they
 * cover every rule of the version, with both outcomes, and the needs_approval path.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkEligibility, formatMessage, resolvePolicy, type EligibilityDecision } from "../../src/index.js";

interface GoldenCase {
  name: string;
  jurisdiction: string;
  asOf: string;
  employee: unknown;
  expect: {
    outcome: string;
    grantedFlexibleDays: number;
    grantedFormat: string | null;
    daysWithinLimits: number;
    failedRules: string[];
    warningCodes: string[];
    bindingLimits?: string[];
    reasonCodes?: string[];
    facts?: Record<string, unknown>;
  };
}

const ROOT = new URL("../../src/policies/", import.meta.url).pathname;
const versions = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((j) =>
    readdirSync(join(ROOT, j.name)).map((v) => ({
      jurisdiction: j.name,
      version: v,
      file: join(ROOT, j.name, v, "cases.json"),
    })),
  );

describe.each(versions)("golden eligibility cases of $jurisdiction@$version", ({ jurisdiction, version, file }) => {
  const cases = (JSON.parse(readFileSync(file, "utf8")) as { eligibility: GoldenCase[] }).eligibility;
  const decisions: EligibilityDecision[] = [];

  it("has cases", () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const d = checkEligibility(c.employee as never, { jurisdiction: c.jurisdiction, asOf: c.asOf });
    decisions.push(d);
    expect(d.policy.version).toBe(version);
    expect({
      outcome: d.outcome,
      grantedFlexibleDays: d.grantedFlexibleDays,
      grantedFormat: d.grantedFormat,
      daysWithinLimits: d.daysWithinLimits,
      failedRules: d.rules.filter((r) => !r.passed).map((r) => r.id),
      warningCodes: d.warnings.map((w) => w.code),
    }).toEqual({
      outcome: c.expect.outcome,
      grantedFlexibleDays: c.expect.grantedFlexibleDays,
      grantedFormat: c.expect.grantedFormat,
      daysWithinLimits: c.expect.daysWithinLimits,
      failedRules: c.expect.failedRules,
      warningCodes: c.expect.warningCodes,
    });
    if (c.expect.bindingLimits)
      expect(d.limits.filter((l) => l.binding).map((l) => l.kind)).toEqual(c.expect.bindingLimits);
    if (c.expect.reasonCodes) expect(d.reasons.map((r) => r.code)).toEqual(c.expect.reasonCodes);
    if (c.expect.facts) expect(d.facts).toMatchObject(c.expect.facts);
    // Every reason renders in both languages, with no placeholder left.
    for (const r of [...d.reasons, ...d.warnings]) {
      for (const locale of ["id", "en"] as const)
        expect(formatMessage(r.code, r.params, locale)).not.toMatch(/\{\w+\}/);
    }
  });

  it("cover every rule of the version with both outcomes, and the needs_approval path", () => {
    const policy = resolvePolicy(jurisdiction, cases[0]!.asOf);
    const ids = Object.keys(policy.parameters.eligibility.rules);
    for (const id of ids) {
      const outcomes = new Set(decisions.map((d) => d.rules.find((r) => r.id === id)!.passed));
      expect([id, [...outcomes].sort()]).toEqual([id, [false, true]]);
      // A case where this rule alone fails.
      expect(
        decisions.some(
          (d) =>
            d.rules
              .filter((r) => !r.passed)
              .map((r) => r.id)
              .join() === id,
        ),
      ).toBe(true);
    }
    expect(decisions.some((d) => d.outcome === "needs_approval")).toBe(true);
    expect(decisions.some((d) => d.outcome === "eligible")).toBe(true);
  });
});
