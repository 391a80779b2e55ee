import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MkdError, resolvePolicy, round2, scoreMonth, scoreMonthBatch, type ScoreMonthInput } from "../../src/index.js";
import { fastCheckScoreMonthInput, scoreMonthInputSchema } from "../../src/scoring/input.js";

const base = {
  employee: "199001012020011001",
  month: "2026-03",
  jurisdiction: "jabar",
  targets: [
    { id: "letters", target: 40, unit: "document", weight: 60, direction: "higher_is_better", aspect: "quantity" },
    { id: "turnaround", target: 3, unit: "day", weight: 40, direction: "lower_is_better", aspect: "time" },
  ],
  realisations: { letters: { value: 38 }, turnaround: { value: 2.5 } },
} satisfies ScoreMonthInput;

function errorOf(fn: () => unknown): MkdError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(MkdError);
    return e as MkdError;
  }
  throw new Error("expected an MkdError");
}
const codes = (e: MkdError) => e.issues.map((i) => `${i.code} @ ${i.path.join(".")}`);

describe("round2", () => {
  it("rounds half away from zero and absorbs binary floating-point noise", () => {
    expect(round2(1.005)).toBe(1.01);
    expect(round2(-2.675)).toBe(-2.68);
    expect(round2(0.1 + 0.2)).toBe(0.3);
    expect(round2(11 / 10 * 100)).toBe(110);
    expect(round2(-0.001)).toBe(0);
    expect(Object.is(round2(-0.001), -0)).toBe(false);
  });
});

describe("scoreMonth", () => {
  it("explains every number with its formula, inputs, result, legal basis and provenance", () => {
    const s = scoreMonth(base);
    expect(s.composite).toBe(105);
    const t = s.indicators[1]!;
    expect(t.explanation).toMatchObject({ formula: "capaian_lower", inputs: { R: 2.5, T: 3 }, result: 116.67 });
    expect(t.cap).toMatchObject({ formula: "capaian_cap", inputs: { A: 116.67, "cap.above": 110, "cap.score": 120 }, result: 120 });
    expect(t.cap!.basis[0]).toMatchObject({ parameter: "scoring.achievementCap", provenance: "official", sources: ["capaian-kinerja-formula"] });
    expect(t.cap!.basis[0]!.legalBases[0]!.url).toMatch(/^http/);
    expect(s.compositeExplanation).toMatchObject({ formula: "composite_weighted_mean", inputs: { "Σwᵢ": 100, "Σ(wᵢ × Aᵢ)": 10500 }, result: 105 });
    expect(s.resultsRatingExplanation.basis[0]!.provenance).toBe("assumption");
    expect(s.policy).toMatchObject({ jurisdiction: "jabar", version: "2026-01-01", asOf: "2026-03-01" });
    expect(s.policy.chain.map((l) => l.version)).toEqual(["2023-06-19", "2025-04-21", "2026-01-01"]);
  });

  it("applies the policy in force on the first day of the month: April 2025 is still the 2023 launch version", () => {
    expect(scoreMonth({ ...base, month: "2025-04" }).policy.version).toBe("2023-06-19");
    expect(scoreMonth({ ...base, month: "2025-05" }).policy.version).toBe("2025-04-21");
  });

  it("accepts the employee as an object and a resolved policy instead of a jurisdiction", () => {
    const policy = resolvePolicy("jabar", "2026-03-01");
    const { jurisdiction: _, ...rest } = base;
    const s = scoreMonth({ ...rest, employee: { id: "E1", name: "Siti" }, policy } as ScoreMonthInput);
    expect(s.employee).toBe("E1");
    expect(s.composite).toBe(105);
  });

  it("gives the same answer through the fast path and through zod (explicit undefined keys take the zod path)", () => {
    const slow = scoreMonth({ ...base, behaviour: undefined, report: undefined });
    expect(slow).toEqual(scoreMonth(base));
  });

  it("refuses non-positive targets, duplicate ids, unknown realisations, unit mismatches and weights off 100, all at once", () => {
    const e = errorOf(() =>
      scoreMonth({
        ...base,
        targets: [
          { id: "a", target: 0, unit: "u", weight: 30, direction: "higher_is_better", aspect: "quantity" },
          { id: "a", target: 2, unit: "u", weight: 30, direction: "higher_is_better", aspect: "quantity" },
          { id: "r", target: { min: 5, max: 2 }, unit: "u", weight: 30, direction: "lower_is_better", aspect: "time" },
        ],
        realisations: { a: { value: 1, unit: "v" }, ghost: { value: 1 } },
      }),
    );
    expect(e.code).toBe("scoring_invalid_input");
    expect(codes(e)).toEqual([
      "scoring_target_not_positive @ targets.0.target",
      "scoring_unit_mismatch @ realisations.a.unit",
      "scoring_duplicate_indicator @ targets.1.id",
      "scoring_range_invalid @ targets.2.target",
      "scoring_weights_total_mismatch @ targets",
      "scoring_unknown_indicator @ realisations.ghost",
    ]);
    expect(e.issues[4]!.message).toEqual({
      id: "Jumlah bobot indikator 90 tidak sama dengan 100 yang diwajibkan kebijakan.",
      en: "Indicator weights add up to 90, not the 100 the policy requires.",
    });
  });

  it("reports structural problems with paths in both languages, including a misspelt option", () => {
    const e = errorOf(() => scoreMonth({ ...base, behavior: "above", targets: [{ ...base.targets[0], weight: -1, target: "40" }] } as never));
    expect(codes(e)).toEqual(["input_invalid_type @ targets.0.target", "input_too_small @ targets.0.weight", "input_unrecognized_key @ "]);
    expect(e.localizedMessage("id")).toContain("Masukan penilaian bulanan tidak valid");
    expect(e.localizedMessage("en")).toContain("Unrecognised key(s): behavior");
  });

  it("refuses a bad month, a missing or double policy source, and a month before the first policy version", () => {
    expect(codes(errorOf(() => scoreMonth({ ...base, month: "2026-13" })))).toEqual(["invalid_month @ month"]);
    const { jurisdiction: _, ...noSource } = base;
    expect(codes(errorOf(() => scoreMonth(noSource as never)))).toEqual(["scoring_policy_source_required @ "]);
    const early = errorOf(() => scoreMonth({ ...base, month: "2023-06" }));
    expect(early.code).toBe("date_before_first_version");
  });

  it("refuses realisations in a month marked as not reported", () => {
    expect(codes(errorOf(() => scoreMonth({ ...base, report: { submitted: false } })))).toEqual(["scoring_report_contradiction @ report.submitted"]);
  });

  it("ignores inherited object keys: an indicator called constructor without a realisation is missing, not scored", () => {
    const s = scoreMonth({
      ...base,
      targets: [{ ...base.targets[0]!, id: "constructor", weight: 50 }, { ...base.targets[0]!, weight: 50 }],
      realisations: { letters: { value: 40 } },
    });
    expect(s.indicators[0]).toMatchObject({ id: "constructor", status: "missing", achievement: 0 });
    expect(s.composite).toBe(50);
  });

  it("keeps the composite between the lowest and highest counted achievement (property)", () => {
    const indicator = fc.record({
      target: fc.oneof(fc.double({ min: 0.5, max: 1e6, noNaN: true }), fc.integer({ min: 1, max: 500 })),
      value: fc.double({ min: 0, max: 2e6, noNaN: true }),
      weight: fc.integer({ min: 1, max: 10 }),
      direction: fc.constantFrom("higher_is_better" as const, "lower_is_better" as const),
    });
    fc.assert(
      fc.property(fc.array(indicator, { minLength: 1, maxLength: 6 }), (rows) => {
        const s = scoreMonth({
          employee: "p",
          month: "2026-02",
          policy: freeWeights,
          targets: rows.map((r, i) => ({ id: `i${i}`, target: r.target, unit: "u", weight: r.weight, direction: r.direction, aspect: "quantity" })),
          realisations: Object.fromEntries(rows.map((r, i) => [`i${i}`, { value: r.value }])),
        });
        const a = s.indicators.map((i) => i.achievement!);
        for (const x of a) expect(x >= 0 && x <= 120 && round2(x) === x).toBe(true);
        expect(s.composite!).toBeGreaterThanOrEqual(Math.min(...a) - 0.01);
        expect(s.composite!).toBeLessThanOrEqual(Math.max(...a) + 0.01);
      }),
      { numRuns: 150 },
    );
  });

  it("accepts on the fast path only inputs the zod schema accepts (property)", () => {
    const anything = fc.oneof(fc.constant(undefined), fc.constant(null), fc.string({ maxLength: 3 }), fc.double(), fc.boolean(), fc.constant({}));
    // Mostly valid values, sometimes junk: both sides of the fast check get exercised.
    const mostly = <T,>(valid: fc.Arbitrary<T>) => fc.oneof({ arbitrary: valid, weight: 40 }, { arbitrary: anything, weight: 1 });
    const num = fc.oneof({ arbitrary: fc.integer({ min: -5, max: 100 }), weight: 6 }, { arbitrary: fc.double(), weight: 1 });
    // Now and then an unknown key, which the schema's strict objects refuse.
    const rareExtra = <T extends object>(arb: fc.Arbitrary<T>) =>
      fc.tuple(arb, fc.integer({ min: 0, max: 15 })).map(([o, k]) => (k === 0 ? { ...o, extra: 1 } : o));
    const indicatorish = fc.record(
      {
        id: mostly(fc.constantFrom("a", "b", "")),
        name: mostly(fc.constant("n")),
        target: mostly(fc.oneof(num, fc.record({ min: num, max: mostly(num) }))),
        unit: mostly(fc.constant("u")),
        weight: mostly(num),
        direction: mostly(fc.constantFrom("higher_is_better", "lower_is_better", "up")),
        aspect: mostly(fc.constantFrom("quantity", "time", "quality", "cost", "speed")),
      },
      { requiredKeys: ["id", "target", "unit", "weight", "direction", "aspect"] },
    ).chain((o) => rareExtra(fc.constant(o)));
    const realisationish = fc.record({ value: mostly(num), unit: mostly(fc.constant("u")), note: mostly(fc.string({ maxLength: 2 })) }, { requiredKeys: ["value"] }).chain((o) =>
      rareExtra(fc.constant(o)),
    );
    const input = fc.record(
      {
        employee: mostly(fc.oneof(fc.constant("e"), fc.record({ id: mostly(fc.constant("e")), name: fc.string() }))),
        month: mostly(fc.constant("2026-02")),
        targets: mostly(fc.array(indicatorish, { maxLength: 3 })),
        realisations: mostly(fc.dictionary(fc.constantFrom("a", "b", "__proto__"), realisationish)),
        behaviour: mostly(fc.constantFrom("above", "as_expected", "below", "good")),
        report: mostly(fc.record({ submitted: mostly(fc.boolean()) })),
        missingRealisations: mostly(fc.constantFrom("score_zero", "exclude", "drop")),
        jurisdiction: mostly(fc.constant("jabar")),
        documents: mostly(fc.constant([])),
      },
      { requiredKeys: ["employee", "month", "targets"] },
    ).chain((o) => rareExtra(fc.constant(o)));
    let accepted = 0;
    fc.assert(
      fc.property(input, (x) => {
        const fast = fastCheckScoreMonthInput(x);
        if (fast) accepted++;
        if (fast) expect(scoreMonthInputSchema.safeParse(x).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
    // The generators must reach the accepting side often enough for the property to mean something.
    expect(accepted).toBeGreaterThan(20);
  });
});

// A policy document with free weights, for properties over arbitrary weights.
const freeWeights = {
  schemaVersion: 1,
  jurisdiction: { id: "free-weights-example", name: "Free weights example", parent: "jabar" },
  version: "2026-01-01",
  title: { id: "Bobot bebas", en: "Free weights" },
  effectiveFrom: "2026-01-01",
  effectiveUntil: "2026-12-31",
  extends: { jurisdiction: "jabar" },
  illustrative: true,
  legalBases: [],
  parameters: { scoring: { weightsTotal: { value: null, provenance: "assumption", sources: ["mkd-engine-assumption"] } } },
};

describe("scoreMonthBatch", () => {
  const rows = [base, { ...base, realisations: { nope: { value: 1 } } }, { ...base, month: "2026-04", jurisdiction: undefined }, "not an object"];

  it("answers every row in order, with errors at their index, over an iterable", () => {
    const out = [...scoreMonthBatch(rows, { jurisdiction: "jabar" })];
    expect(out.map((r) => [r.index, r.ok])).toEqual([[0, true], [1, false], [2, true], [3, false]]);
    const bad = out[1]!;
    if (bad.ok) throw new Error("row 1 should fail");
    expect(bad.error.code).toBe("scoring_invalid_input");
    expect(bad.error.issues[0]!.path).toEqual(["realisations", "nope"]);
    expect(out[2]!.ok && out[2]!.result.policy.asOf).toBe("2026-04-01");
  });

  it("answers every row in order over an async iterable", async () => {
    async function* stream() {
      for (const r of rows) yield r;
    }
    const out: unknown[] = [];
    for await (const r of scoreMonthBatch(stream(), { jurisdiction: "jabar" })) out.push([r.index, r.ok]);
    expect(out).toEqual([[0, true], [1, false], [2, true], [3, false]]);
  });

  it("resolves a caller's policy document once per month: rows of one month share one policy reference", () => {
    const { jurisdiction: _, ...rest } = base;
    const many = Array.from({ length: 5 }, (_, i) => ({ ...rest, employee: `e${i}`, month: i < 3 ? "2026-02" : "2026-03" }));
    const out = [...scoreMonthBatch(many, { policy: freeWeights })].map((r) => (r.ok ? r.result.policy : null));
    expect(out[0]).toBe(out[1]);
    expect(out[1]).toBe(out[2]);
    expect(out[3]).toBe(out[4]);
    expect(out[2]).not.toBe(out[3]);
  });

  it("gives one answer per row for any mix of good and bad rows (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 30 }), (goods) => {
        const input = goods.map((g) => (g ? base : { ...base, month: "nope" }));
        const out = [...scoreMonthBatch(input)];
        expect(out.map((r) => r.index)).toEqual(goods.map((_, i) => i));
        expect(out.map((r) => r.ok)).toEqual(goods);
      }),
      { numRuns: 50 },
    );
  });
});

describe("validMonth", () => {
  it("agrees with isIsoMonth on every shape of month string", async () => {
    const { validMonth } = await import("../../src/scoring/context.js");
    const { isIsoMonth } = await import("../../src/core/dates.js");
    for (const m of ["2026-01", "2026-12", "2026-00", "2026-13", "2026-1", "026-01", "2026/01", "２０２６-01", "20a6-01", "2026-01 ", "", "9999-09"]) {
      expect(validMonth(m), m).toBe(isIsoMonth(m));
    }
    fc.assert(fc.property(fc.string({ maxLength: 8 }), (m) => validMonth(m) === isIsoMonth(m)), { numRuns: 500 });
  });
});
