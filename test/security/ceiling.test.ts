/**
 * Issue 10 item 1: the national ceiling (PermenPANRB 4/2025 Pasal 13(1): at most 2 flexible-location days a
 * week from 2025-04-21) is a property of Indonesian law, not of a document's self-description. Every hostile
 * document in corpus/ is refused with its code by validatePolicy, resolvePolicy and the four capabilities;
 * a resolved policy passed back in is trusted only when unmodified.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  checkEligibility,
  evaluateEarlyWarning,
  generateSchedule,
  MkdError,
  preparePolicy,
  resolvePolicy,
  scoreMonth,
  validatePolicy,
} from "../../src/index.js";
import { ELIGIBLE_EMPLOYEE } from "../support/fixtures.js";

interface CorpusEntry {
  description: string;
  code: string;
  asOf: string;
  document?: unknown;
  jurisdiction?: string;
  documents?: unknown[];
}
const CORPUS_DIR = join(import.meta.dirname, "corpus");
const corpus: [string, CorpusEntry][] = readdirSync(CORPUS_DIR)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => [f, JSON.parse(readFileSync(join(CORPUS_DIR, f), "utf8")) as CorpusEntry]);

/** The codes of an MkdError and its issues, from whatever `fn` throws (fails when it does not throw). */
function refusal(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(MkdError);
    const err = e as MkdError;
    return [err.code, ...err.issues.map((i) => i.code)];
  }
  return expect.unreachable("accepted") as never;
}

const docs = (e: CorpusEntry) => (e.documents ? { documents: e.documents } : {});
const TARGETS = [
  {
    id: "berkas",
    name: "Berkas",
    target: 10,
    unit: "berkas",
    weight: 100,
    direction: "higher_is_better",
    aspect: "quantity",
  },
];

describe("the hostile policy corpus", () => {
  it("holds at least a dozen documents", () => expect(corpus.length).toBeGreaterThanOrEqual(12));

  describe.each(corpus)("%s", (_file, entry) => {
    it(`is flagged by validatePolicy with ${entry.code}`, () => {
      const target = entry.document ?? entry.documents![0];
      const others = entry.document !== undefined ? (entry.documents ?? []) : entry.documents!.slice(1);
      const result = validatePolicy(target, { documents: others });
      expect(result.valid).toBe(false);
      expect(result.issues.map((i) => i.code)).toContain(entry.code);
    });

    it("is refused by resolvePolicy with the code", () => {
      expect(refusal(() => resolvePolicy(entry.document ?? entry.jurisdiction, entry.asOf, docs(entry)))).toContain(
        entry.code,
      );
    });

    it("is refused by preparePolicy with the code, so no decision, schedule or score can take it", () => {
      // The decision functions take prepared policies only (a document is policy_not_prepared): preparePolicy
      // is the one gate every supplied document passes.
      expect(refusal(() => preparePolicy(entry.document ?? entry.jurisdiction, docs(entry)))).toContain(entry.code);
      if (entry.document === undefined) return;
      expect(
        refusal(() => checkEligibility(ELIGIBLE_EMPLOYEE, { policy: entry.document as never, asOf: entry.asOf })),
      ).toContain("policy_not_prepared");
      const schedule = {
        unit: { id: "u", kind: "general" },
        members: [{ id: "a", grantedFlexibleDays: 5 }],
        period: entry.asOf.slice(0, 7),
        policy: entry.document,
      };
      expect(refusal(() => generateSchedule(schedule as never))).toContain("policy_not_prepared");
      const month = {
        employee: "x",
        month: entry.asOf.slice(0, 7),
        targets: TARGETS,
        realisations: { berkas: { value: 10 } },
        behaviour: "as_expected",
        policy: entry.document,
      };
      expect(refusal(() => scoreMonth(month as never))).toContain("policy_not_prepared");
      const history = [{ month: entry.asOf.slice(0, 7), composite: 100, reportSubmitted: true }];
      expect(refusal(() => evaluateEarlyWarning(history as never, { policy: entry.document } as never))).toContain(
        "policy_not_prepared",
      );
    });
  });
});

describe("results name the document that decided", () => {
  it("a shipped resolution says shipped, with the document's content hash and the shipped law", () => {
    const p = resolvePolicy("jabar", "2026-03-02");
    expect(p.decidedBy).toEqual({
      document: "jabar@2026-01-01",
      origin: "shipped",
      contentHash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
      shippedLaw: true,
    });
    expect(p.chain.every((l) => l.origin === "shipped")).toBe(true);
    const d = checkEligibility(ELIGIBLE_EMPLOYEE, { jurisdiction: "jabar", asOf: "2026-03-02" });
    expect(d.policy.decidedBy).toEqual(p.decidedBy);
  });

  it("a municipal overlay says supplied; an identical copy of a shipped document counts as the shipped one", () => {
    const overlay = JSON.parse(
      readFileSync(join(import.meta.dirname, "../../examples/policies/kota-tasikmalaya.policy.json"), "utf8"),
    );
    const p = resolvePolicy(overlay, "2026-12-01");
    expect(p.decidedBy.origin).toBe("supplied");
    expect(p.chain.map((l) => l.origin)).toEqual([...p.chain.slice(0, -1).map(() => "shipped"), "supplied"]);
    const copy = JSON.parse(
      readFileSync(join(import.meta.dirname, "../../src/policies/jabar/2026-01-01/policy.json"), "utf8"),
    );
    expect(resolvePolicy(copy, "2026-03-02").decidedBy).toEqual(resolvePolicy("jabar", "2026-03-02").decidedBy);
  });

  it("a document of the national jurisdiction itself may change the national rules, and every result says it is not the shipped law", () => {
    const national = JSON.parse(
      readFileSync(join(import.meta.dirname, "../../src/policies/id-nasional/2025-04-21/policy.json"), "utf8"),
    );
    national.version = "2026-what-if";
    national.effectiveFrom = "2026-01-01";
    national.parameters.schedule.maxFlexibleDaysPerWeek.value = 3;
    national.parameters.eligibility.allowedFlexibleDays.value = [1, 2, 3];
    const p = resolvePolicy("jabar", "2026-03-02", { documents: [national] });
    expect(p.decidedBy.shippedLaw).toBe(false);
    const d = checkEligibility(ELIGIBLE_EMPLOYEE, {
      policy: preparePolicy("jabar", { documents: [national] }),
      asOf: "2026-03-02",
    });
    expect(d.policy.decidedBy.shippedLaw).toBe(false);
    expect(resolvePolicy(national, "2026-03-02").decidedBy).toMatchObject({
      document: "id-nasional@2026-what-if",
      origin: "supplied",
      shippedLaw: false,
    });
  });
});

describe("a resolved policy passed back in", () => {
  const ASOF = "2026-03-02";
  const tampered = (): Record<string, any> => {
    const p = JSON.parse(JSON.stringify(resolvePolicy("jabar", ASOF)));
    p.parameters.schedule.maxFlexibleDaysPerWeek.value = 5;
    p.parameters.eligibility.allowedFlexibleDays.value = [1, 2, 3, 4, 5];
    p.parameters.eligibility.quotaWithoutTrackRecord.value = 5;
    return p;
  };

  it("is used as is when resolvePolicy returned it (frozen, so unmodified)", () => {
    const p = resolvePolicy("jabar", ASOF);
    expect(Object.isFrozen(p.parameters.schedule.maxFlexibleDaysPerWeek)).toBe(true);
    expect(checkEligibility(ELIGIBLE_EMPLOYEE, { policy: p, asOf: ASOF }).policy.version).toBe("2026-01-01");
  });

  it("is accepted after a JSON round trip only when it equals the shipped resolution", () => {
    const copy = JSON.parse(JSON.stringify(resolvePolicy("jabar", ASOF)));
    expect(checkEligibility(ELIGIBLE_EMPLOYEE, { policy: copy, asOf: ASOF }).policy.decidedBy.document).toBe(
      "jabar@2026-01-01",
    );
  });

  it("is refused with policy_resolved_untrusted when modified, in all four capabilities and in a schedule input", () => {
    const code = "policy_resolved_untrusted";
    expect(
      refusal(() =>
        checkEligibility({ ...ELIGIBLE_EMPLOYEE, requestedFormat: "5-0" }, { policy: tampered() as never, asOf: ASOF }),
      ),
    ).toContain(code);
    const schedule = {
      unit: { id: "u", kind: "general" },
      members: [{ id: "a", grantedFlexibleDays: 5 }],
      period: "2026-03",
      policy: tampered(),
    };
    // A schedule input file carrying its own `policy` is parsed JSON: the same path.
    expect(refusal(() => generateSchedule(JSON.parse(JSON.stringify(schedule))))).toContain(code);
    const month = {
      employee: "x",
      month: "2026-03",
      targets: TARGETS,
      realisations: { berkas: { value: 10 } },
      behaviour: "as_expected",
      policy: tampered(),
    };
    expect(refusal(() => scoreMonth(month as never))).toContain(code);
    expect(
      refusal(() =>
        evaluateEarlyWarning(
          [{ month: "2026-03", composite: 100, reportSubmitted: true }] as never,
          { policy: tampered() } as never,
        ),
      ),
    ).toContain(code);
  });

  it("is refused when it claims to be a supplied overlay's resolution (cannot be re-derived)", () => {
    const overlay = JSON.parse(
      readFileSync(join(import.meta.dirname, "../../examples/policies/kota-tasikmalaya.policy.json"), "utf8"),
    );
    const copy = JSON.parse(JSON.stringify(resolvePolicy(overlay, "2026-12-01")));
    expect(refusal(() => checkEligibility(ELIGIBLE_EMPLOYEE, { policy: copy, asOf: "2026-12-01" }))).toContain(
      "policy_resolved_untrusted",
    );
  });
});
