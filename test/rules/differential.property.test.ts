/**
 * Differential property test: for thousands of generated employees per shipped policy version, the
 * compiled evaluator (inside checkEligibility) and a real json-rules-engine Engine (createRulesEngine)
 * agree on the outcome, the set of failed rules and the result of every condition. A second property
 * feeds both raw fact values of the wrong types (numeric strings, null, undefined, arrays) to prove the
 * operators have json-rules-engine's exact semantics, against an Engine with its default JSONPath resolver.
 */
import * as fc from "fast-check";
import { Engine } from "json-rules-engine";
import { describe, expect, it } from "vitest";
import {
  checkEligibility,
  compileRules,
  resolvePolicy,
  type ConditionResult,
  type EligibilityOutcome,
} from "../../src/index.js";
import { createRulesEngine } from "../../src/json-rules-engine.js";

const VERSIONS = [
  { jurisdiction: "id-nasional", asOf: "2025-06-02" },
  { jurisdiction: "jabar", asOf: "2023-07-03" },
  { jurisdiction: "jabar", asOf: "2025-06-02" },
  { jurisdiction: "jabar", asOf: "2026-03-02" },
];
const RUNS = 2000;

const bool = fc.boolean();
const criteria = fc.record(
  {
    workableOutsideOffice: bool,
    noSpecialRoomOrEquipment: bool,
    itBased: bool,
    minimalFaceToFace: bool,
    noContinuousSupervision: bool,
  },
  { requiredKeys: [] },
);
const day = fc.integer({ min: 1, max: 28 }).map((d) => String(d).padStart(2, "0"));
const month = fc.integer({ min: 1, max: 12 }).map((m) => String(m).padStart(2, "0"));
const pastDate = (asOf: string) =>
  fc
    .tuple(fc.integer({ min: 1985, max: Number(asOf.slice(0, 4)) - 1 }), month, day)
    .map(([y, m, d]) => `${y}-${m}-${d}`);

function employee(asOf: string) {
  const year = Number(asOf.slice(0, 4));
  return fc.record(
    {
      id: fc.string({ minLength: 1, maxLength: 8 }),
      talentBox: fc.integer({ min: 1, max: 9 }),
      job: fc.record({ faceToFaceService: bool, criteria }, { requiredKeys: ["faceToFaceService"] }),
      equipment: fc.record({ laptop: bool, bandwidthMbps: fc.constantFrom(0, 1, 9.99, 10, 10.01, 25, 100) }),
      disciplinaryStatus: fc.constantFrom("none", "none", "none", "being_processed", "serving"),
      employmentStatus: fc.constantFrom("cpns", "pns", "pns", "pppk"),
      appointmentDate: fc.oneof(
        pastDate(asOf),
        fc.tuple(month, day).map(([m, d]) => `${year - 1}-${m}-${d}`),
      ),
      positionStartDate: fc.oneof(
        pastDate(asOf),
        fc.tuple(month, day).map(([m, d]) => `${year - 1}-${m}-${d}`),
      ),
      leaderApproval: fc.record(
        { approved: bool, at: fc.constantFrom(`${year - 1}-12-01`, `${year - 1}-06-30`) },
        { requiredKeys: ["approved"] },
      ),
      requestedFormat: fc.oneof(fc.constantFrom("1-4", "2-3", "3-2", "4-1"), fc.integer({ min: 1, max: 5 })),
      trackRecord: fc.oneof(
        fc.constant(null),
        fc.record({ level: fc.constantFrom("green", "yellow", "red") as fc.Arbitrary<"green" | "yellow" | "red"> }),
      ),
    },
    {
      requiredKeys: [
        "id",
        "talentBox",
        "job",
        "equipment",
        "disciplinaryStatus",
        "employmentStatus",
        "appointmentDate",
      ],
    },
  );
}

/**
 * json-rules-engine's condition tree as [passed, children...]. The engine leaves `result` unset on the
 * top-level node (the rule's own `result` holds it), so the root takes the rule result.
 */
function shapeOfEngine(c: Record<string, unknown>, rootResult?: boolean): unknown {
  const result = rootResult ?? c.result;
  for (const k of ["all", "any"])
    if (Array.isArray(c[k])) return [result, ...(c[k] as Record<string, unknown>[]).map((x) => shapeOfEngine(x))];
  if (c.not) return [result, shapeOfEngine(c.not as Record<string, unknown>)];
  return result;
}
function shapeOfOurs(c: ConditionResult): unknown {
  if ("all" in c) return [c.passed, ...c.all.map(shapeOfOurs)];
  if ("any" in c) return [c.passed, ...c.any.map(shapeOfOurs)];
  if ("not" in c) return [c.passed, shapeOfOurs(c.not)];
  return c.passed;
}

describe.each(VERSIONS)(
  "compiled rules and json-rules-engine agree under $jurisdiction on $asOf",
  ({ jurisdiction, asOf }) => {
    const policy = resolvePolicy(jurisdiction, asOf);
    const engine = createRulesEngine(policy);
    const kinds = new Map(Object.entries(policy.parameters.eligibility.rules).map(([id, r]) => [id, r.kind]));

    it(`on the outcome, the failed rules and every condition, for ${RUNS} generated employees`, async () => {
      await fc.assert(
        fc.asyncProperty(employee(asOf), async (e) => {
          const decision = checkEligibility(e, { policy, asOf });
          const run = await engine.run(decision.facts as unknown as Record<string, unknown>);
          const failed = run.failureResults.map((r) => r.name as string).sort();
          expect(
            decision.rules
              .filter((r) => !r.passed)
              .map((r) => r.id)
              .sort(),
          ).toEqual(failed);
          // The outcome json-rules-engine's results imply, with the same limits.
          const requirementFailed = failed.some((id) => kinds.get(id) === "requirement");
          const approvalFailed = failed.some((id) => kinds.get(id) === "approval");
          const expected: EligibilityOutcome =
            requirementFailed || decision.daysWithinLimits === 0
              ? "ineligible"
              : approvalFailed
                ? "needs_approval"
                : "eligible";
          expect(decision.outcome).toBe(expected);
          for (const r of [...run.results, ...run.failureResults]) {
            const ours = decision.rules.find((x) => x.id === r.name)!;
            expect(shapeOfOurs(ours.conditions)).toEqual(
              shapeOfEngine(r.conditions as unknown as Record<string, unknown>, r.result),
            );
          }
        }),
        { numRuns: RUNS, seed: 20250421 },
      );
    });
  },
);

describe("operators have json-rules-engine's exact semantics on raw fact values", () => {
  const policy = resolvePolicy("jabar", "2025-06-02");
  const compiled = compileRules(policy);
  // A default Engine: JSONPath resolver, undefined facts allowed, the same rule JSON.
  const reference = new Engine([], { allowUndefinedFacts: true });
  for (const [id, rule] of Object.entries(policy.parameters.eligibility.rules)) {
    reference.addRule({ name: id, conditions: JSON.parse(JSON.stringify(rule.conditions)), event: { type: id } });
  }
  const odd = fc.oneof(
    fc.constant(undefined),
    fc.constant(null),
    fc.boolean(),
    fc.integer({ min: -2, max: 20 }),
    fc.constantFrom("12", "9.99", "abc", "", "none", "cpns", "green", "5", "12abc"),
    fc.double({ noNaN: false }),
    fc.constant([4, 5]),
  );
  const facts = fc.record({
    talentBox: odd,
    faceToFaceService: odd,
    hasLaptop: odd,
    bandwidthMbps: odd,
    trackRecordQuotaDays: odd,
    leaderApproved: odd,
    disciplinaryStatus: odd,
    employmentStatus: odd,
    tenureMonths: odd,
    jobCriteria: fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      odd,
      fc.dictionary(
        fc.constantFrom(
          "itBased",
          "workableOutsideOffice",
          "minimalFaceToFace",
          "noContinuousSupervision",
          "noSpecialRoomOrEquipment",
        ),
        odd,
      ),
    ),
  });

  it("for 600 fact sets of mixed types, including undefined facts and non-object path facts", async () => {
    await fc.assert(
      fc.asyncProperty(facts, async (f) => {
        const ours = compiled.evaluate(f);
        const run = await reference.run(f as Record<string, unknown>);
        expect([...ours.failed].sort()).toEqual(run.failureResults.map((r) => r.name as string).sort());
        for (const r of [...run.results, ...run.failureResults]) {
          expect(shapeOfOurs(ours.rules.find((x) => x.id === r.name)!.conditions)).toEqual(
            shapeOfEngine(r.conditions as unknown as Record<string, unknown>, r.result),
          );
        }
      }),
      { numRuns: 600, seed: 7 },
    );
  });
});
