import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MkdError,
  preparePolicy,
  resolvePolicy,
  round2,
  scoreMonth,
  scoreMonthBatch,
  type ScoreMonthInput,
} from "../../src/index.js";
import { scoreMonthInputSchema } from "../../src/scoring/input.js";
import { scoreMonthReference } from "../../src/scoring/score-month.js";
import { thrown } from "../support/thrown.js";

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
    expect(round2((11 / 10) * 100)).toBe(110);
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
    expect(t.cap).toMatchObject({
      formula: "capaian_cap",
      inputs: { A: 116.67, "cap.above": 110, "cap.score": 120 },
      result: 120,
    });
    expect(t.cap!.basis[0]).toMatchObject({
      parameter: "scoring.achievementCap",
      provenance: "derived",
      sources: ["capaian-kinerja-formula"],
    });
    expect(t.cap!.basis[0]!.legalBases[0]!.url).toMatch(/^http/);
    expect(s.compositeExplanation).toMatchObject({
      formula: "composite_weighted_mean",
      inputs: { Σwᵢ: 100, "Σ(wᵢ × Aᵢ)": 10500 },
      result: 105,
    });
    expect(s.resultsRatingExplanation.basis[0]!.provenance).toBe("assumption");
    expect(s.policy).toMatchObject({ jurisdiction: "jabar", version: "2026-01-01", asOf: "2026-03-01" });
    expect(s.policy.chain.map((l) => l.version)).toEqual(["2023-06-19", "2025-04-21", "2026-01-01"]);
  });

  it("shares the explanations that depend on the policy alone, frozen, between results", () => {
    const a = scoreMonth({ ...base, behaviour: "as_expected" });
    const b = scoreMonth({ ...base, employee: "other", behaviour: "as_expected" });
    expect(a.predikatExplanation).toBe(b.predikatExplanation);
    expect(a.predikatExplanation).toMatchObject({
      formula: "predikat_matrix",
      inputs: { results: "as_expected", behaviour: "as_expected" },
      result: "baik",
    });
    expect(Object.isFrozen(a.predikatExplanation)).toBe(true);
    expect(Object.isFrozen(a.predikatExplanation!.inputs)).toBe(true);
    const missing = scoreMonth({ ...base, realisations: { letters: { value: 40 } } });
    expect(missing.indicators[1]!.explanation).toEqual({
      formula: "missing_scored_zero",
      expression: expect.any(String),
      inputs: { R: null },
      result: 0,
      basis: expect.any(Array),
    });
    expect(Object.isFrozen(missing.indicators[1]!.explanation)).toBe(true);
    // Per-month parts are the caller's own.
    expect(a.indicators[0]!.explanation).not.toBe(b.indicators[0]!.explanation);
    expect(Object.isFrozen(a.indicators[0]!.explanation)).toBe(false);
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
    const e = errorOf(() =>
      scoreMonth({ ...base, behavior: "above", targets: [{ ...base.targets[0], weight: -1, target: "40" }] } as never),
    );
    expect(codes(e)).toEqual([
      "input_invalid_type @ targets.0.target",
      "input_too_small @ targets.0.weight",
      "input_unrecognized_key @ ",
    ]);
    expect(e.localizedMessage("id")).toContain("Masukan penilaian bulanan tidak valid");
    expect(e.localizedMessage("en")).toContain("Unrecognised keys: behavior");
  });

  it("refuses a bad month, a missing or double policy source, and a month before the first policy version", () => {
    expect(codes(errorOf(() => scoreMonth({ ...base, month: "2026-13" })))).toEqual(["invalid_month @ month"]);
    const { jurisdiction: _, ...noSource } = base;
    expect(codes(errorOf(() => scoreMonth(noSource as never)))).toEqual(["scoring_policy_source_required @ "]);
    const early = errorOf(() => scoreMonth({ ...base, month: "2023-06" }));
    expect(early.code).toBe("date_before_first_version");
  });

  it("refuses realisations in a month marked as not reported", () => {
    expect(codes(errorOf(() => scoreMonth({ ...base, report: { submitted: false } })))).toEqual([
      "scoring_report_contradiction @ report.submitted",
    ]);
  });

  it("ignores inherited object keys: an indicator called constructor without a realisation is missing, not scored", () => {
    const s = scoreMonth({
      ...base,
      targets: [
        { ...base.targets[0]!, id: "constructor", weight: 50 },
        { ...base.targets[0]!, weight: 50 },
      ],
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
          targets: rows.map((r, i) => ({
            id: `i${i}`,
            target: r.target,
            unit: "u",
            weight: r.weight,
            direction: r.direction,
            aspect: "quantity",
          })),
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

  it("answers exactly as the reference path (zod, then every semantic check) on random inputs: same score or same issues (property)", () => {
    // A valid month (weights adding up to 100, units matching, ids distinct), then zero to two mutations that
    // each break one rule or take an unusual but valid form, so both paths and both outcomes get exercised.
    const ids = ["a", "b", "c"];
    const splits = [[100], [50, 50], [30, 70], [50, 30, 20]];
    const num = fc.oneof(
      { arbitrary: fc.integer({ min: 0, max: 60 }), weight: 6 },
      { arbitrary: fc.double({ min: 0, max: 200, noNaN: true }), weight: 2 },
    );
    const indicator = (id: string, weight: number) =>
      fc
        .record({
          id: fc.constant(id),
          name: fc.option(fc.constant(`Indicator ${id}`), { nil: undefined }),
          target: fc.oneof(
            { arbitrary: fc.integer({ min: 1, max: 50 }), weight: 4 },
            {
              arbitrary: fc
                .tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 20 }))
                .map(([lo, w]) => ({ min: lo, max: lo + w })),
              weight: 1,
            },
          ),
          unit: fc.constant("u"),
          weight: fc.constant(weight),
          direction: fc.constantFrom("higher_is_better" as const, "lower_is_better" as const),
          aspect: fc.constantFrom("quantity" as const, "quality" as const, "time" as const, "cost" as const),
        })
        .map((o) => (o.name === undefined ? (({ name: _, ...rest }) => rest)(o) : o));
    const valid = fc
      .constantFrom(...splits)
      .chain((split) =>
        fc.record({
          targets: fc.tuple(...split.map((w, i) => indicator(ids[i]!, w))),
          present: fc.array(fc.boolean(), { minLength: split.length, maxLength: split.length }),
          values: fc.array(num, { minLength: split.length, maxLength: split.length }),
          withUnit: fc.boolean(),
          employee: fc.constantFrom<string | { id: string; name?: string }>("e", { id: "e", name: "Siti" }),
          month: fc.constantFrom("2026-02", "2026-07"),
          behaviour: fc.option(fc.constantFrom("above" as const, "as_expected" as const, "below" as const), {
            nil: undefined,
          }),
          missing: fc.option(fc.constantFrom("score_zero" as const, "exclude" as const), { nil: undefined }),
          source: fc.constantFrom<Record<string, unknown>>(
            { jurisdiction: "jabar" },
            { jurisdiction: "jabar" },
            { policy: legacyPolicy },
          ),
        }),
      )
      .map((v) => {
        const realisations: Record<string, unknown> = {};
        v.targets.forEach((t, i) => {
          if (v.present[i])
            realisations[t.id] = v.withUnit ? { value: v.values[i], unit: "u" } : { value: v.values[i] };
        });
        const o: Record<string, unknown> = {
          employee: v.employee,
          month: v.month,
          targets: v.targets,
          realisations,
          ...v.source,
        };
        if (v.behaviour !== undefined) o.behaviour = v.behaviour;
        if (v.missing !== undefined) o.missingRealisations = v.missing;
        return o;
      });
    const junk = fc.constantFrom<unknown>(undefined, null, "", "x", -1, 0, Number.NaN, Infinity, true, {}, [], {
      min: 1,
    });
    type Input = Record<string, unknown> & {
      targets: Record<string, unknown>[];
      realisations: Record<string, unknown>;
    };
    const mutation = fc.oneof(
      // one field of one indicator
      fc
        .tuple(
          fc.nat(2),
          fc.constantFrom("id", "name", "target", "unit", "weight", "direction", "aspect", "extra"),
          junk,
        )
        .map(([i, k, v]) => (o: Input) => {
          const ts = [...o.targets];
          if (ts[i % ts.length]) ts[i % ts.length] = { ...ts[i % ts.length], [k]: v };
          return { ...o, targets: ts };
        }),
      // a duplicate id, a unit mismatch, a range with an extra key, weights off
      fc.constant((o: Input) => ({ ...o, targets: [...o.targets, o.targets[0]] })),
      fc.constant((o: Input) => ({ ...o, targets: o.targets.map((t) => ({ ...t, unit: "v" })) })),
      fc.constant((o: Input) => ({
        ...o,
        targets: o.targets.map((t) => ({ ...t, target: { min: 1, max: 9, extra: 1 } })),
      })),
      fc.constant((o: Input) => ({ ...o, targets: o.targets.map((t) => ({ ...t, weight: 10 })) })),
      // a realisation: junk, an unknown or prototype key, a unit, an extra key
      fc
        .tuple(
          fc.constantFrom("a", "b", "zz", "__proto__", "constructor"),
          fc.oneof(
            junk,
            num.map((value) => ({ value })),
            fc.constant({ value: 1, unit: "v" }),
            fc.constant({ value: 1, note: "n", extra: 1 }),
          ),
        )
        .map(([k, v]) => (o: Input) => {
          const r = { ...o.realisations };
          Object.defineProperty(r, k, { value: v, enumerable: true, writable: true, configurable: true });
          return { ...o, realisations: r };
        }),
      // top level: junk in a known key, an explicit undefined, an unknown key, a second policy source
      fc
        .tuple(
          fc.constantFrom(
            "employee",
            "month",
            "targets",
            "realisations",
            "behaviour",
            "report",
            "missingRealisations",
            "jurisdiction",
            "policy",
            "documents",
            "behavior",
          ),
          junk,
        )
        .map(([k, v]) => (o: Input) => ({ ...o, [k]: v })),
      fc
        .constantFrom<unknown>({ submitted: false }, { submitted: true }, { submitted: false, extra: 1 })
        .map((report) => (o: Input) => ({ ...o, report })),
      fc
        .constantFrom("2019-01", "2026-13", "atlantis")
        .map(
          (m) => (o: Input) => (m === "atlantis" ? { ...o, jurisdiction: m, policy: undefined } : { ...o, month: m }),
        ),
      fc.constant((o: Input) => ({ ...o, realisations: {} })),
    );
    // A mutation meets the targets or realisations another mutation may have junked: it then leaves them be.
    const guarded = (m: (o: Input) => unknown) => (o: Input) =>
      Array.isArray(o.targets) && o.targets.length > 0 && typeof o.realisations === "object" && o.realisations !== null
        ? m(o)
        : o;
    const input = fc
      .tuple(
        valid,
        fc.oneof(
          { arbitrary: fc.constant([]), weight: 3 },
          { arbitrary: fc.array(mutation, { minLength: 1, maxLength: 2 }), weight: 4 },
        ),
      )
      .map(([o, ms]) => ms.reduce((acc, m) => guarded(m)(acc as Input), o as unknown));
    // The answer of one path: the score, or the error's code and issues.
    const answer = (f: () => unknown) => {
      try {
        return { ok: true, value: f() };
      } catch (e) {
        expect(e).toBeInstanceOf(MkdError);
        const m = e as MkdError;
        return { ok: false, code: m.code, issues: m.issues };
      }
    };
    let scored = 0;
    let refused = 0;
    fc.assert(
      fc.property(input, (x) => {
        const fast = answer(() => scoreMonth(x as ScoreMonthInput));
        const reference = answer(() => scoreMonthReference(x));
        expect(fast).toEqual(reference);
        if (fast.ok) scored++;
        else refused++;
        // Whatever either path accepted, the zod schema accepts.
        if (fast.ok) expect(scoreMonthInputSchema.safeParse(x).success).toBe(true);
      }),
      { numRuns: 600 },
    );
    // The generators must reach both outcomes often enough for the property to mean something.
    expect(scored).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(100);
  });

  it("reports the structure first when an indicator or realisation tested during the pass is malformed and another error comes earlier", () => {
    // The row is tested without its indicators and realisations; those are tested as the pass reads them.
    // A policy, month or semantic error found before a malformed part must not win: zod's issues do.
    const targets = [
      { id: "a", target: 10, unit: "u", weight: 50, direction: "higher_is_better", aspect: "quantity" },
      { id: "b", target: 4, unit: "u", weight: 50, direction: "lower_is_better", aspect: "time" },
    ];
    const real = { a: { value: 12 }, b: { value: 5 } };
    const bad = { ...targets[1], weight: "50" };
    const cases: Record<string, unknown>[] = [
      { jurisdiction: "atlantis", targets: [targets[0], bad], realisations: real },
      { month: "2026-13", targets, realisations: { a: { value: 12 }, b: { value: "5" } } },
      { targets: [targets[0], targets[0], bad], realisations: real },
      { targets: [{ ...targets[0], weight: 10 }, targets[1]], realisations: { b: { value: 5 }, a: { value: -1 } } },
      { targets, realisations: { ...real, zz: { value: "1" } } },
      { targets, realisations: { ...real, zz: { value: 1 } }, report: { submitted: false } },
      { targets: [targets[0], null], realisations: real },
    ];
    for (const c of cases) {
      const x = { employee: "e", month: "2026-03", jurisdiction: "jabar", ...c };
      const reference = thrown(() => scoreMonthReference(x));
      const fast = thrown(() => scoreMonth(x as ScoreMonthInput));
      expect([fast.code, fast.issues]).toEqual([reference.code, reference.issues]);
    }
    // All but the sixth are structural (the issue is zod's, at the malformed part); the sixth is semantic.
    expect(
      thrown(() =>
        scoreMonth({
          employee: "e",
          month: "2026-03",
          jurisdiction: "atlantis",
          targets: [targets[0], bad],
          realisations: real,
        } as never),
      ).issues[0]!.path,
    ).toEqual(["targets", 1, "weight"]);
  });

  it("reads each indicator and realisation field once on the aligned pass yet answers as the reference path on every edge it checks", () => {
    // The aligned pass (realisations in the targets' order) checks each field inline; these are the edges
    // where an inline check could drift from the schema and the semantic pass.
    const targets = [
      { id: "a", target: 10, unit: "u", weight: 50, direction: "higher_is_better", aspect: "quantity" },
      { id: "b", target: { min: 2, max: 4 }, unit: "u", weight: 50, direction: "lower_is_better", aspect: "time" },
    ];
    const real = { a: { value: 12 }, b: { value: 5 } };
    const edit = (i: number, patch: Record<string, unknown>) =>
      targets.map((t, j) => (j === i ? { ...t, ...patch } : t));
    const cases: unknown[] = [
      { targets, realisations: real },
      { targets: edit(0, { name: "Letters" }), realisations: real },
      { targets: edit(0, { name: "" }), realisations: real },
      { targets: edit(0, { unit: "" }), realisations: real },
      { targets: edit(0, { weight: Infinity }), realisations: real },
      { targets: edit(0, { weight: 0 }), realisations: real },
      { targets: edit(0, { target: Infinity }), realisations: real },
      { targets: edit(1, { target: { min: 0, max: 4 } }), realisations: real },
      { targets: edit(1, { target: { min: 2, max: 4, extra: 1 } }), realisations: real },
      {
        targets: edit(1, { target: Object.assign(Object.create({ inherited: 1 }), { min: 2, max: 4 }) }),
        realisations: real,
      },
      { targets: [targets[0], [1]], realisations: real },
      { targets, realisations: { a: { value: 12, unit: "u", note: "ok" }, b: { value: 5 } } },
      { targets, realisations: { a: { value: 12, unit: "" }, b: { value: 5 } } },
      { targets, realisations: { a: { value: 12, note: 5 }, b: { value: 5 } } },
      { targets, realisations: { a: { value: Infinity }, b: { value: 5 } } },
      { targets, realisations: { a: { value: -0 }, b: { value: 5 } } },
      { targets, realisations: { a: [12], b: { value: 5 } } },
      { targets, realisations: { a: null, b: { value: 5 } } },
      { targets, realisations: { a: { value: 12 }, b: { value: 5 }, c: { value: 1 } } },
      { targets, realisations: { a: { value: 12 } } },
      { targets, realisations: { b: { value: 5 }, a: { value: 12 } } },
    ];
    const answer = (f: () => unknown) => {
      try {
        return { ok: true, value: f() };
      } catch (e) {
        const m = e as MkdError;
        return { ok: false, code: m.code, issues: m.issues };
      }
    };
    for (const c of cases) {
      const x = { employee: "e", month: "2026-03", jurisdiction: "jabar", ...(c as object) };
      expect(answer(() => scoreMonth(x as ScoreMonthInput))).toEqual(answer(() => scoreMonthReference(x)));
    }
    expect(
      scoreMonth({
        employee: "e",
        month: "2026-03",
        jurisdiction: "jabar",
        targets,
        realisations: real,
      } as ScoreMonthInput).composite,
    ).toBe(
      scoreMonthReference({ employee: "e", month: "2026-03", jurisdiction: "jabar", targets, realisations: real })
        .composite,
    );
  });
});

// The legacy method (PP 46/2011) over jabar, so the property above also meets the legacy-only checks.
const legacyPolicy = preparePolicy({
  schemaVersion: 1,
  jurisdiction: { id: "legacy-method-example", name: "Legacy method example", parent: "jabar" },
  version: "2026-01-01",
  title: { id: "Metode lama", en: "Legacy method" },
  effectiveFrom: "2026-01-01",
  effectiveUntil: "2026-12-31",
  extends: { jurisdiction: "jabar" },
  illustrative: true,
  legalBases: [],
  parameters: { scoring: { method: { value: "skp_legacy", provenance: "official", sources: ["pp-46-2011"] } } },
});

// A policy document with free weights, for properties over arbitrary weights.
const freeWeights = preparePolicy({
  schemaVersion: 1,
  jurisdiction: { id: "free-weights-example", name: "Free weights example", parent: "jabar" },
  version: "2026-01-01",
  title: { id: "Bobot bebas", en: "Free weights" },
  effectiveFrom: "2026-01-01",
  effectiveUntil: "2026-12-31",
  extends: { jurisdiction: "jabar" },
  illustrative: true,
  legalBases: [],
  parameters: {
    scoring: { weightsTotal: { value: null, provenance: "assumption", sources: ["mkd-engine-assumption"] } },
  },
});

describe("scoreMonthBatch", () => {
  const rows = [
    base,
    { ...base, realisations: { nope: { value: 1 } } },
    { ...base, month: "2026-04", jurisdiction: undefined },
    "not an object",
  ];

  it("answers every row in order, with errors at their index, over an iterable", () => {
    const out = [...scoreMonthBatch(rows, { jurisdiction: "jabar" })];
    expect(out.map((r) => [r.index, r.ok])).toEqual([
      [0, true],
      [1, false],
      [2, true],
      [3, false],
    ]);
    const bad = out[1]!;
    if (bad.ok) throw new Error("row 1 should fail");
    expect(bad.error.code).toBe("scoring_invalid_input");
    expect(bad.error.issues[0]!.path).toEqual(["realisations", "nope"]);
    expect(out[2]!.ok && out[2]!.value.policy.asOf).toBe("2026-04-01");
  });

  it("answers every row in order over an async iterable", async () => {
    async function* stream() {
      for (const r of rows) yield r;
    }
    const out: unknown[] = [];
    for await (const r of scoreMonthBatch(stream(), { jurisdiction: "jabar" })) out.push([r.index, r.ok]);
    expect(out).toEqual([
      [0, true],
      [1, false],
      [2, true],
      [3, false],
    ]);
  });

  it("resolves a caller's prepared policy once per month: rows of one month share one policy reference", () => {
    const { jurisdiction: _, ...rest } = base;
    const many = Array.from({ length: 5 }, (_, i) => ({
      ...rest,
      employee: `e${i}`,
      month: i < 3 ? "2026-02" : "2026-03",
    }));
    const out = [...scoreMonthBatch(many, { policy: freeWeights })].map((r) => (r.ok ? r.value.policy : null));
    expect(out[0]).toBe(out[1]);
    expect(out[1]).toBe(out[2]);
    expect(out[3]).toBe(out[4]);
    expect(out[2]).not.toBe(out[3]);
  });

  it("behaves as a generator: lazy, closes its source on return() and throw(), done after the end", () => {
    let pulled = 0;
    let closed = 0;
    const source = {
      [Symbol.iterator]() {
        return {
          next: () => (pulled < 3 ? { value: (pulled++, base), done: false } : { value: undefined, done: true }),
          return: () => (closed++, { value: undefined, done: true }),
        };
      },
    };
    const gen = scoreMonthBatch(source);
    expect(pulled).toBe(0);
    expect(Object.prototype.toString.call(gen)).toBe("[object Generator]");
    expect(gen[Symbol.iterator]()).toBe(gen);
    expect(gen.next().value).toMatchObject({ index: 0, ok: true });
    expect(pulled).toBe(1);
    expect(gen.return(undefined)).toEqual({ value: undefined, done: true });
    expect(closed).toBe(1);
    expect(gen.next()).toEqual({ value: undefined, done: true });
    const thrown = scoreMonthBatch(source);
    thrown.next();
    expect(() => thrown.throw(new Error("stop"))).toThrow("stop");
    expect(closed).toBe(2);
    expect(thrown.next().done).toBe(true);
    // Breaking out of for-of closes the source too; running to the end does not call return().
    pulled = 0;
    for (const _ of scoreMonthBatch(source)) break;
    expect(closed).toBe(3);
    pulled = 0;
    expect([...scoreMonthBatch(source)].map((r) => r.index)).toEqual([0, 1, 2]);
    expect(closed).toBe(3);
  });

  it("lets an error of the source itself end the batch (it is not a row)", () => {
    function* failing() {
      yield base;
      throw new Error("cursor lost");
    }
    const gen = scoreMonthBatch(failing());
    expect(gen.next().value?.ok).toBe(true);
    expect(() => gen.next()).toThrow("cursor lost");
    expect(gen.next().done).toBe(true);
  });

  it("reads an array source as its built-in iterator would: rows pushed meanwhile are scored, holes are error rows", () => {
    const grow: unknown[] = [base];
    const seen: number[] = [];
    for (const r of scoreMonthBatch(grow)) {
      seen.push(r.index);
      if (grow.length < 3) grow.push(base);
    }
    expect(seen).toEqual([0, 1, 2]);
    const holey: unknown[] = [base];
    holey[2] = base;
    expect([...scoreMonthBatch(holey)].map((r) => [r.index, r.ok])).toEqual([
      [0, true],
      [1, false],
      [2, true],
    ]);
  });

  it("iterates an array through its own iterator method when it has one, and closes it on early exit", () => {
    let closed = 0;
    const custom: unknown[] = [base, base, base];
    Object.defineProperty(custom, Symbol.iterator, {
      value() {
        let i = 0;
        return {
          next: () => (i < 1 ? { value: custom[i++], done: false } : { value: undefined, done: true }),
          return: () => (closed++, { value: undefined, done: true }),
        };
      },
    });
    expect([...scoreMonthBatch(custom)].map((r) => r.index)).toEqual([0]);
    for (const _ of scoreMonthBatch(custom)) break;
    expect(closed).toBe(1);
    expect(() => scoreMonthBatch(42 as unknown as unknown[]).next()).toThrow(TypeError);
  });

  it("gives each row the policy of its own source and month when sources and months alternate", () => {
    const { jurisdiction: _, ...rest } = base;
    const mixed = [
      base,
      { ...rest, policy: freeWeights },
      base,
      { ...base, month: "2026-04" },
      base,
      { ...rest },
      { ...base, jurisdiction: "nowhere" },
      base,
    ];
    const out = [...scoreMonthBatch(mixed, { jurisdiction: "jabar" })];
    const ref = (r: (typeof out)[number]) => (r.ok ? [r.value.policy.jurisdiction, r.value.policy.asOf] : r.error.code);
    const single = mixed.map((row) => {
      try {
        const named = "jurisdiction" in row || "policy" in row;
        const s = scoreMonth((named ? row : { ...row, jurisdiction: "jabar" }) as ScoreMonthInput);
        return [s.policy.jurisdiction, s.policy.asOf];
      } catch (e) {
        return (e as MkdError).code;
      }
    });
    expect(out.map(ref)).toEqual(single);
    expect(out.map((r) => r.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(out[6]!.ok).toBe(false);
  });

  it("turns a row that throws while it is read into an input error answer at its index", () => {
    const throwing = { ...base };
    Object.defineProperty(throwing, "targets", {
      enumerable: true,
      get: () => {
        throw new TypeError("gone");
      },
    });
    const stringy = { ...base };
    Object.defineProperty(stringy, "targets", {
      enumerable: true,
      get: () => {
        throw "bad row";
      },
    });
    const out = [...scoreMonthBatch([base, throwing, stringy, base])];
    expect(out.map((r) => [r.index, r.ok])).toEqual([
      [0, true],
      [1, false],
      [2, false],
      [3, true],
    ]);
    // The getter is the caller's fault, whatever it throws (issue 10): an input error at its path, never
    // internal_error, which stays for defects of mkd-engine.
    expect(!out[1]!.ok && out[1]!.error.code).toBe("invalid_input");
    expect(!out[1]!.ok && out[1]!.error.issues[0]).toMatchObject({ code: "input_unreadable", path: ["targets"] });
    expect(!out[2]!.ok && out[2]!.error.code).toBe("invalid_input");
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
