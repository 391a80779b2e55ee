/**
 * Issue 10 item 3: no row can abort a batch. Any thrown value (no prototype, a Proxy, a revoked Proxy, a
 * throwing getter, a BigInt, a Symbol, a cycle) becomes an input error at its own row; `internal_error`
 * stays reserved for defects of mkd-engine; `safe*` never throws.
 */
import { describe, expect, it } from "vitest";
import { checkEligibilityBatch, MkdError, safeCheckEligibility, scoreMonthBatch } from "../../src/index.js";
import { asMkdError, plainDataIssue } from "../../src/core/errors.js";
import { ELIGIBLE_EMPLOYEE } from "../support/fixtures.js";

const OPTIONS = { jurisdiction: "jabar", asOf: "2026-03-02" } as const;

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** Hostile values, each built fresh: the kinds the issue lists, as a row and inside a row. */
const HOSTILE: readonly (() => unknown)[] = [
  () => Object.create(null),
  () => Object.assign(Object.create(null), { id: "x" }),
  () =>
    new Proxy(
      {},
      {
        get: () => {
          throw Object.create(null);
        },
      },
    ),
  () =>
    new Proxy(
      {},
      {
        ownKeys: () => {
          throw Symbol("trap");
        },
      },
    ),
  () => revoked(),
  () => ({ ...ELIGIBLE_EMPLOYEE, job: revoked() }),
  () => ({
    ...ELIGIBLE_EMPLOYEE,
    get talentBox() {
      throw Object.create(null);
    },
  }),
  () => ({
    ...ELIGIBLE_EMPLOYEE,
    get talentBox() {
      throw 42n;
    },
  }),
  () => ({
    ...ELIGIBLE_EMPLOYEE,
    get talentBox() {
      throw Symbol("boom");
    },
  }),
  () => ({
    ...ELIGIBLE_EMPLOYEE,
    get talentBox() {
      throw revoked();
    },
  }),
  () => ({ ...ELIGIBLE_EMPLOYEE, talentBox: 8n }),
  () => ({ ...ELIGIBLE_EMPLOYEE, id: Symbol("id") }),
  () => {
    const row: Record<string, unknown> = { ...ELIGIBLE_EMPLOYEE };
    row.self = row;
    return row;
  },
  () => 10n,
  () => Symbol("row"),
  () => null,
];

describe("asMkdError never throws", () => {
  it.each([
    ["a null-prototype object", Object.create(null)],
    ["a revoked Proxy", revoked()],
    [
      "a Proxy whose traps throw",
      new Proxy(
        {},
        {
          getPrototypeOf: () => {
            throw new Error("trap");
          },
          get: () => {
            throw new Error("trap");
          },
        },
      ),
    ],
    ["a Symbol", Symbol("s")],
    ["a BigInt", 12n],
    ["undefined", undefined],
  ])("turns %s into an MkdError", (_name, thrown) => {
    const e = asMkdError(thrown);
    expect(e).toBeInstanceOf(MkdError);
    expect(e.code).not.toBe("internal_error");
  });

  it("keeps a TypeError from plain input an internal_error: that is a defect of ours", () => {
    expect(asMkdError(new TypeError("x is undefined"), { id: "a" }).code).toBe("internal_error");
    expect(asMkdError(new TypeError("x is undefined")).code).toBe("internal_error");
  });

  it("blames the input when the input itself cannot be read as plain data", () => {
    const e = asMkdError(new TypeError("Cannot perform 'get' on a proxy that has been revoked"), { job: revoked() });
    expect(e.code).toBe("invalid_input");
    expect(e.issues[0]).toMatchObject({ code: "input_unreadable", path: ["job"] });
  });
});

describe("plainDataIssue", () => {
  it("names the first value that is not plain data, with its path", () => {
    expect(plainDataIssue({ a: [1, { b: 2n }] })).toMatchObject({ code: "input_not_plain_data", path: ["a", 1, "b"] });
    const cyc: Record<string, unknown> = { a: {} };
    (cyc.a as Record<string, unknown>).back = cyc;
    expect(plainDataIssue(cyc)).toMatchObject({ code: "input_cyclic", path: ["a", "back"] });
    expect(plainDataIssue({ a: 1, b: { c: "x", d: [null, true] } })).toBeUndefined();
  });

  it("does not mistake a shared, non-cyclic sub-object for a cycle", () => {
    const shared = { x: 1 };
    expect(plainDataIssue({ a: shared, b: shared, c: [shared, shared] })).toBeUndefined();
  });

  it("refuses 10,000-deep nesting without exhausting the stack", () => {
    let deep: unknown = {};
    for (let i = 0; i < 10_000; i++) deep = { d: deep };
    expect(plainDataIssue(deep)).toMatchObject({ code: "input_too_deep" });
  });
});

describe("safeCheckEligibility never throws", () => {
  it.each(HOSTILE.map((make, i) => [i, make] as const))("hostile input #%i gives an input error", (_i, make) => {
    const r = safeCheckEligibility(make() as never, OPTIONS);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.code).not.toBe("internal_error");
  });

  it("hostile options give an error value too", () => {
    for (const options of [
      revoked(),
      Object.create(null),
      {
        ...OPTIONS,
        get asOf() {
          throw Symbol("x");
        },
      },
    ]) {
      const r = safeCheckEligibility(ELIGIBLE_EMPLOYEE, options as never);
      expect(r.success).toBe(false);
      if (!r.success) expect(r.error.code).not.toBe("internal_error");
    }
  });
});

describe("batches never abort", () => {
  it("100,000 malformed rows give 100,000 eligibility answers, in order, none internal_error", () => {
    const N = 100_000;
    function* rows() {
      for (let i = 0; i < N; i++) yield HOSTILE[i % HOSTILE.length]!();
    }
    let n = 0;
    let internal = 0;
    for (const a of checkEligibilityBatch(rows(), OPTIONS)) {
      expect(a.index).toBe(n);
      if (!a.ok && a.error.code === "internal_error") internal++;
      n++;
    }
    expect(n).toBe(N);
    expect(internal).toBe(0);
  });

  it("malformed rows between valid ones give an error at their own index and decisions elsewhere", () => {
    const rows = [ELIGIBLE_EMPLOYEE, ...HOSTILE.map((m) => m()), ELIGIBLE_EMPLOYEE];
    const answers = [...checkEligibilityBatch(rows, OPTIONS)];
    expect(answers.map((a) => a.index)).toEqual(rows.map((_, i) => i));
    expect(answers[0]!.ok).toBe(true);
    expect(answers.at(-1)!.ok).toBe(true);
    expect(answers.slice(1, -1).every((a) => !a.ok && a.error.code !== "internal_error")).toBe(true);
  });

  it("scoreMonthBatch answers every hostile row at its index, none internal_error", () => {
    const rows = Array.from({ length: 2_000 }, (_, i) => HOSTILE[i % HOSTILE.length]!());
    const answers = [...scoreMonthBatch(rows, { jurisdiction: "jabar" })];
    expect(answers.map((a) => a.index)).toEqual(rows.map((_, i) => i));
    const codes = answers.map((a) => (a.ok ? "ok" : a.error.code));
    expect(codes).not.toContain("internal_error");
    expect(codes).not.toContain("ok");
  });
});
