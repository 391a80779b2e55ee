/**
 * Issue 10 item 6: for random overlays (any parent or none, any cap, formats, quotas, collective days that
 * do or do not claim to count) and random employees and units, no decision and no schedule after 2025-04-21
 * ever gives more than 2 flexible-location days a week (PermenPANRB 4/2025 Pasal 13(1)). A document is
 * either refused with a code or bounded by the national ceiling; there is no third way.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkEligibility,
  generateSchedule,
  MkdError,
  preparePolicy,
  resolvePolicy,
  type PreparedPolicy,
} from "../../src/index.js";
import { ELIGIBLE_EMPLOYEE } from "../support/fixtures.js";

const NATIONAL_CAP = 2;
const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday"] as const;
const cited = (value: unknown) => ({ value, provenance: "assumption", sources: ["kota-prop-sk"] });

const overlayArb = fc.record({
  /** Formats and quotas derived from the cap (a document a BKD would write) rather than drawn freely. */
  coherent: fc.boolean(),
  // Repeated entries weight the draw towards documents that can resolve.
  parent: fc.constantFrom(undefined, undefined, "jabar", "jabar", "id-nasional", "kota-prop", "atlantis"),
  jurisdiction: fc.constantFrom("kota-prop", "kota-prop", "kota-prop", "jabar"),
  version: fc.constantFrom("2025-06-01", "2026-02-01", "2026-07-01", "2027-02-01"),
  // Half the caps at or under the national 2 (documents that can resolve), half anywhere up to 7.
  cap: fc.option(fc.oneof(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 7 })), { nil: undefined, freq: 4 }),
  allowed: fc.option(fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 5 }), {
    nil: undefined,
  }),
  quota: fc.option(fc.integer({ min: 0, max: 7 }), { nil: undefined }),
  collective: fc.option(
    fc.uniqueArray(
      fc.record({
        weekday: fc.constantFrom(...WEEKDAYS),
        kind: fc.constantFrom("mandatory", "on_request"),
        countsTowardCap: fc.boolean(),
      }),
      { maxLength: 5, selector: (c) => c.weekday },
    ),
    { nil: undefined, freq: 2 },
  ),
});

type Overlay = typeof overlayArb extends fc.Arbitrary<infer T> ? T : never;

function overlayDocument(o: Overlay): unknown {
  const eligibility: Record<string, unknown> = {};
  const schedule: Record<string, unknown> = {};
  if (o.cap !== undefined) schedule.maxFlexibleDaysPerWeek = cited(o.cap);
  const allowed =
    o.coherent && o.cap !== undefined ? Array.from({ length: Math.max(1, o.cap) }, (_, i) => i + 1) : o.allowed;
  const quota = o.coherent && o.cap !== undefined ? o.cap : o.quota;
  if (allowed !== undefined) eligibility.allowedFlexibleDays = cited(allowed);
  if (quota !== undefined) {
    eligibility.trackRecordQuota = cited({ green: quota, yellow: quota, red: quota });
    eligibility.quotaWithoutTrackRecord = cited(quota);
  }
  if (o.collective !== undefined) {
    schedule.collectiveFlexibleDays = cited(
      o.collective.map((c) => ({ ...c, exemptUnitKinds: [], description: { id: "Kolektif", en: "Collective" } })),
    );
  }
  return {
    schemaVersion: 1,
    jurisdiction: { id: o.jurisdiction, name: "Uji", ...(o.parent !== undefined ? { parent: o.parent } : {}) },
    version: o.version,
    title: { id: "Uji", en: "Test" },
    effectiveFrom: o.version,
    effectiveUntil: `${o.version.slice(0, 4)}-12-31`,
    extends: { jurisdiction: "jabar", version: "2025-04-21" },
    legalBases: [{ id: "kota-prop-sk", kind: "decree", title: "Keputusan (uji)" }],
    parameters: { eligibility, schedule },
  };
}

/** The flexible-location days of each member in each ISO week, national flexible-work days (set by the national government itself) aside. */
function flexibleDaysPerWeek(result: ReturnType<typeof generateSchedule>): number[] {
  if (result.status !== "scheduled") return [];
  const counts: number[] = [];
  for (const m of result.schedule.members) {
    const byWeek = new Map<number, number>();
    for (const a of m.assignments) {
      if (a.mode !== "flexible" || a.reasons.includes("national_flexible_work_day" as never)) continue;
      const d = new Date(`${a.date}T00:00:00Z`);
      const monday = Math.floor((d.getTime() / 86_400_000 + 3) / 7);
      byWeek.set(monday, (byWeek.get(monday) ?? 0) + 1);
    }
    counts.push(...byWeek.values());
  }
  return counts;
}

describe("the national ceiling holds for any overlay (property)", () => {
  it("no decision or schedule after 2025-04-21 gives more than 2 flexible-location days a week", () => {
    let accepted = 0;
    let refused = 0;
    let weeksChecked = 0;
    fc.assert(
      fc.property(
        overlayArb,
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: 7 }),
        (o, requested, members, granted) => {
          const doc = overlayDocument(o);
          const asOf = `${o.version.slice(0, 7)}-02`;
          let policy: PreparedPolicy;
          try {
            policy = preparePolicy(doc);
            resolvePolicy(policy, asOf);
          } catch (e) {
            expect(e).toBeInstanceOf(MkdError);
            refused++;
            return;
          }
          accepted++;
          const format = `${requested}-${Math.max(0, 5 - requested)}`;
          const decision = checkEligibility({ ...ELIGIBLE_EMPLOYEE, requestedFormat: format }, { policy, asOf });
          expect(decision.grantedFlexibleDays).toBeLessThanOrEqual(NATIONAL_CAP);
          let result: ReturnType<typeof generateSchedule>;
          try {
            result = generateSchedule({
              unit: { id: "u", kind: "general" },
              members: Array.from({ length: members }, (_, i) => ({
                id: `m${i}`,
                grantedFlexibleDays: Math.min(granted, 7),
              })),
              period: asOf.slice(0, 7),
              policy,
            } as never);
          } catch (e) {
            // A grant above the policy's cap is an input error, not a schedule.
            expect(e).toBeInstanceOf(MkdError);
            return;
          }
          for (const n of flexibleDaysPerWeek(result)) {
            weeksChecked++;
            expect(n).toBeLessThanOrEqual(NATIONAL_CAP);
          }
        },
      ),
      { numRuns: 200, seed: 20261130 },
    );
    // The generator reaches both sides: documents that are refused and documents that resolve.
    expect(refused).toBeGreaterThan(10);
    expect(accepted).toBeGreaterThan(10);
    expect(weeksChecked).toBeGreaterThan(50);
  }, 120_000);
});
