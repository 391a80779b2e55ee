import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkEligibility, checkEligibilityBatch, MkdError, type EligibilityBatchAnswer } from "../../src/index.js";
import { generateEmployee, rng } from "./generate.js";

const ASOF = "2026-03-02";
const options = { jurisdiction: "jabar", asOf: ASOF } as const;

function rows(n: number, seed = 1): Record<string, unknown>[] {
  const next = rng(seed);
  return Array.from({ length: n }, (_, i) => generateEmployee(next, i, ASOF));
}

async function* asAsync<T>(items: Iterable<T>): AsyncGenerator<T> {
  for (const item of items) {
    await Promise.resolve();
    yield item;
  }
}

describe("checkEligibilityBatch", () => {
  it("answers every row of an iterable, in order, with the same decision checkEligibility gives", () => {
    const input = rows(200);
    const answers = [...checkEligibilityBatch(input, options)];
    expect(answers.map((a) => a.index)).toEqual(input.map((_, i) => i));
    for (const a of answers) {
      expect(a.ok).toBe(true);
      if (a.ok) expect(a.value).toEqual(checkEligibility(input[a.index] as never, options));
    }
  });

  it("turns bad rows into error answers at their own index, with issue paths, and keeps going", () => {
    const input: unknown[] = rows(10);
    input[2] = { id: "broken", talentBox: 12 };
    input[5] = null;
    input[7] = "not an employee";
    const answers = [...checkEligibilityBatch(input, options)];
    expect(answers).toHaveLength(10);
    expect(answers.filter((a) => !a.ok).map((a) => a.index)).toEqual([2, 5, 7]);
    const bad = answers[2] as Extract<EligibilityBatchAnswer, { ok: false }>;
    expect(bad.error.code).toBe("invalid_employee");
    expect(bad.error.issues.map((i) => i.path.join("."))).toContain("talentBox");
    expect(bad.error.message.id).toMatch(/Data pegawai tidak valid/);
    expect(JSON.parse(JSON.stringify(bad)).error.issues.length).toBe(bad.error.issues.length);
  });

  it("gives one answer per input row for any mix of good and bad rows", () => {
    const row = fc.oneof(
      fc.integer().map((seed) => generateEmployee(rng(seed), 0, ASOF)),
      fc.anything(),
      fc.record({ id: fc.string(), talentBox: fc.integer() }),
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (input) => {
        const answers = [...checkEligibilityBatch(input, options)];
        expect(answers.map((a) => a.index)).toEqual(input.map((_, i) => i));
      }),
      { numRuns: 150, seed: 42 },
    );
  });

  it("over an async iterable returns an async iterable with the same answers", async () => {
    const input: unknown[] = rows(50, 9);
    input[10] = { id: "x" };
    const answers: EligibilityBatchAnswer[] = [];
    const stream = checkEligibilityBatch(asAsync(input), options);
    expect(Symbol.asyncIterator in stream).toBe(true);
    for await (const a of stream) answers.push(a);
    expect(answers.map((a) => a.index)).toEqual(input.map((_, i) => i));
    expect(answers.map((a) => a.ok)).toEqual([...checkEligibilityBatch(input, options)].map((a) => a.ok));
    expect(answers[10]!.ok).toBe(false);
  });

  it("streams: rows are read one at a time as answers are consumed, never collected", () => {
    let produced = 0;
    function* endless(): Generator<unknown> {
      const next = rng(2);
      for (let i = 0; ; i++) {
        produced++;
        yield generateEmployee(next, i, ASOF);
      }
    }
    const it = checkEligibilityBatch(endless(), options)[Symbol.iterator]();
    for (let i = 0; i < 5; i++) it.next();
    expect(produced).toBe(5);
  });

  it("fails at the call, before reading any row, when the options are bad", () => {
    let read = false;
    function* lazy(): Generator<unknown> {
      read = true;
      yield {};
    }
    expect(() => checkEligibilityBatch(lazy(), { jurisdiction: "jabar", asOf: "someday" })).toThrow(MkdError);
    expect(() => checkEligibilityBatch(42 as never, options)).toThrow(MkdError);
    expect(read).toBe(false);
  });
});
