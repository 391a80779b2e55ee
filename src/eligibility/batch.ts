/**
 * Eligibility over a stream of employees: one answer per row, in order, never a thrown batch and never
 * a dropped row. The policy is resolved and compiled once; rows are read and answered one at a time, so
 * memory stays flat however long the stream (nothing is collected).
 */
import { errorRow, issue, MkdError, type BatchRow } from "../core/errors.js";
import { decideInput, prepareEligibility, type EligibilityDecision, type EligibilityOptions } from "./check.js";

/**
 * One answer of {@link checkEligibilityBatch}: the row's index and its decision (`value`) or its error.
 *
 * @example
 * ```ts
 * const failed = [...checkEligibilityBatch(rows, options)].filter((a) => !a.ok).map((a) => a.index);
 * ```
 */
export type EligibilityBatchAnswer = BatchRow<EligibilityDecision>;

type Prepared = ReturnType<typeof prepareEligibility>;

/** One row's answer: its decision, or its error at its own index (a batch never throws for a row). */
function answer(row: unknown, index: number, { ctx, env, locale }: Prepared): EligibilityBatchAnswer {
  try {
    return { index, ok: true, value: decideInput(row, env, ctx, locale) };
  } catch (error) {
    return errorRow(index, error, row);
  }
}

function* overIterable(
  rows: Iterable<unknown>,
  prepared: Prepared,
): Generator<EligibilityBatchAnswer, void, undefined> {
  let index = 0;
  for (const row of rows) {
    yield answer(row, index++, prepared);
  }
}

async function* overAsyncIterable(
  rows: AsyncIterable<unknown>,
  prepared: Prepared,
): AsyncGenerator<EligibilityBatchAnswer, void, undefined> {
  let index = 0;
  for await (const row of rows) {
    yield answer(row, index++, prepared);
  }
}

/**
 * Checks many employees under one policy and date. Over an `Iterable` (an array, a generator) it returns
 * an `Iterable` (a generator, evaluated lazily); over an `AsyncIterable` (a stream of parsed CSV rows,
 * a database cursor) it returns an `AsyncIterable`. Every row gets exactly one answer, in input order:
 * `{ index, ok: true, value }` (the decision) or `{ index, ok: false, error }` where `error` is the
 * {@link MkdError} as JSON (`code`, bilingual `message`, `issues` with paths): a {@link BatchRow}, the shape
 * of every batch in mkd-engine.
 *
 * Invalid options (no policy, a bad date) throw at once, before any row is read.
 *
 * @example
 * ```ts
 * for (const answer of checkEligibilityBatch(rows, { jurisdiction: "jabar", asOf: "2026-03-02" })) {
 *   if (answer.ok) console.log(answer.index, answer.value.outcome);
 *   else console.log(answer.index, answer.error.issues.map((i) => i.path.join(".")));
 * }
 * // Streams: for await (const answer of checkEligibilityBatch(csvRows, options)) { ... }
 * ```
 */
export function checkEligibilityBatch(
  rows: Iterable<unknown>,
  options: EligibilityOptions,
): Iterable<EligibilityBatchAnswer>;
export function checkEligibilityBatch(
  rows: AsyncIterable<unknown>,
  options: EligibilityOptions,
): AsyncIterable<EligibilityBatchAnswer>;
export function checkEligibilityBatch(
  rows: Iterable<unknown> | AsyncIterable<unknown>,
  options: EligibilityOptions,
): Iterable<EligibilityBatchAnswer> | AsyncIterable<EligibilityBatchAnswer> {
  // Resolve and compile once, now, so bad options fail at the call and not at the first `next()`.
  const prepared = prepareEligibility(options);
  if (rows !== null && typeof rows === "object" && Symbol.asyncIterator in rows)
    return overAsyncIterable(rows as AsyncIterable<unknown>, prepared);
  if (rows !== null && typeof rows === "object" && Symbol.iterator in rows)
    return overIterable(rows as Iterable<unknown>, prepared);
  throw new MkdError("invalid_eligibility_options", { count: 1 }, [
    issue("input_invalid_type", ["rows"], { expected: "Iterable | AsyncIterable" }),
  ]);
}
