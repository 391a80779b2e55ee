import { describe, expect, it, vi } from "vitest";
import {
  checkEligibility,
  checkEligibilityBatch,
  checkSchedule,
  evaluateEarlyWarning,
  generateSchedule,
  MkdError,
  resolvePolicy,
  safeCheckEligibility,
  safeCheckSchedule,
  safeEvaluateEarlyWarning,
  safeGenerateSchedule,
  safeResolvePolicy,
  safeScoreMonth,
  scoreMonth,
  scoreMonthBatch,
  type BatchRow,
  type ScheduleInput,
} from "../../src/index.js";

const eligibilityOptions = { jurisdiction: "jabar", asOf: "2026-03-02" } as const;
const scoreRow = {
  employee: "e1",
  month: "2026-03",
  targets: [
    { id: "letters", target: 40, unit: "document", weight: 100, direction: "higher_is_better", aspect: "quantity" },
  ],
  realisations: { letters: { value: 38 } },
};

/** The keys of a row, sorted: the shape without the payload. */
const keysOf = (row: BatchRow<unknown>) => Object.keys(row).sort();

describe("one answer shape for every batch", () => {
  it("eligibility and scoring rows are { index, ok: true, value } | { index, ok: false, error } with the same plain error", () => {
    const elig = [...checkEligibilityBatch([{ id: "x" }, null], eligibilityOptions)];
    const score = [
      ...scoreMonthBatch([scoreRow, { ...scoreRow, realisations: { nope: { value: 1 } } }], { jurisdiction: "jabar" }),
    ];
    expect(keysOf(score[0]!)).toEqual(["index", "ok", "value"]);
    for (const row of [...elig, score[1]!]) {
      expect(keysOf(row)).toEqual(["error", "index", "ok"]);
      if (row.ok) throw new Error("expected an error row");
      // Plain data, the same type in both batches: it survives structuredClone and JSON unchanged.
      expect(Object.getPrototypeOf(row.error)).toBe(Object.prototype);
      expect(structuredClone(row.error)).toEqual(row.error);
      expect(JSON.parse(JSON.stringify(row.error))).toEqual(row.error);
      expect(Object.keys(row.error).sort()).toEqual(["code", "issues", "message", "params"]);
      expect(row.error.message.id).not.toEqual(row.error.message.en);
    }
  });

  it("a row's error turns back into the MkdError the single call throws", () => {
    const [row] = [...checkEligibilityBatch([{ id: "x" }], eligibilityOptions)];
    if (!row || row.ok) throw new Error("expected an error row");
    const single = safeCheckEligibility({ id: "x" } as never, eligibilityOptions);
    if (single.success) throw new Error("expected a failure");
    const revived = MkdError.fromJSON(row.error);
    expect(MkdError.is(revived)).toBe(true);
    expect(revived.toJSON()).toEqual(single.error.toJSON());
  });
});

describe("MkdError.is", () => {
  it("recognises an MkdError from another copy of the module (as an ESM and a CJS build are) and instanceof follows it", async () => {
    vi.resetModules();
    // A query string makes the module loader evaluate the file again: a second MkdError class, as in a
    // project that loads both the ESM and the CJS build.
    const copy = "../../src/core/errors.js?copy";
    const other = (await import(/* @vite-ignore */ copy)) as typeof import("../../src/core/errors.js");
    expect(other.MkdError).not.toBe(MkdError);
    const foreign = new other.MkdError("invalid_date", { value: "2026-13-01" });
    expect(MkdError.is(foreign)).toBe(true);
    expect(foreign instanceof MkdError).toBe(true);
    expect(other.MkdError.is(new MkdError("invalid_date", { value: "x" }))).toBe(true);
  });

  it("is false for ordinary errors, plain objects with the same fields, and non-objects", () => {
    expect(MkdError.is(new Error("x"))).toBe(false);
    expect(MkdError.is(new MkdError("invalid_date", { value: "x" }).toJSON())).toBe(false);
    expect(MkdError.is({ code: "invalid_date", issues: [] })).toBe(false);
    expect(MkdError.is(null)).toBe(false);
    expect(MkdError.is("invalid_date")).toBe(false);
    expect(new Error("x") instanceof MkdError).toBe(false);
  });
});

describe("safe* variants", () => {
  const schedule: ScheduleInput = {
    unit: { id: "u", kind: "general" },
    members: [{ id: "a", grantedFlexibleDays: 2 }],
    period: "2026-12",
    jurisdiction: "jabar",
  };
  const history = [{ month: "2026-02", composite: 104, reportSubmitted: true }];

  it("answer { success: true, data } with exactly what the throwing function returns", () => {
    const generated = generateSchedule(schedule);
    const cases: [unknown, unknown][] = [
      [safeResolvePolicy("jabar", "2026-03-02"), resolvePolicy("jabar", "2026-03-02")],
      [safeGenerateSchedule(schedule), generated],
      [safeCheckSchedule(generated, schedule), checkSchedule(generated, schedule)],
      [
        safeScoreMonth({ ...scoreRow, jurisdiction: "jabar" } as never),
        scoreMonth({ ...scoreRow, jurisdiction: "jabar" } as never),
      ],
      [
        safeEvaluateEarlyWarning(history, { jurisdiction: "jabar" }),
        evaluateEarlyWarning(history, { jurisdiction: "jabar" }),
      ],
    ];
    for (const [safe, thrown] of cases) expect(safe).toEqual({ success: true, data: thrown });
  });

  it("answer { success: false, error } with the MkdError instead of throwing", () => {
    const failures = [
      safeResolvePolicy("atlantis", "2026-03-02"),
      safeGenerateSchedule({} as never),
      safeScoreMonth({ ...scoreRow, jurisdiction: "jabar", realisations: { nope: { value: 1 } } } as never),
      safeEvaluateEarlyWarning([{ month: "2026-03" }, { month: "2026-01" }], { jurisdiction: "jabar" }),
      safeCheckEligibility({ id: "x" } as never, eligibilityOptions),
    ];
    for (const r of failures) {
      expect(r.success).toBe(false);
      if (!r.success) expect(MkdError.is(r.error)).toBe(true);
    }
    expect(() => checkEligibility({ id: "x" } as never, eligibilityOptions)).toThrow(MkdError);
  });
});
