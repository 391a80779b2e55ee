/**
 * Batch scoring: one answer per row, in order, errors at their index. The policy is resolved once per
 * distinct (policy source, month) of the batch.
 */
import { asMkdError } from "../core/errors.js";
import { contextFor, type PolicySourceLike, type ScoringContext } from "./context.js";
import { scoreMonthWith } from "./score-month.js";
import type { ScoringBatchRow, MonthScore, ScoringPolicySource } from "./types.js";

/** Options of {@link scoreMonthBatch}: a policy source for rows that name none. */
export type ScoreMonthBatchOptions = ScoringPolicySource | Record<string, never>;

function batchResolver(): (source: PolicySourceLike, month: string) => ScoringContext {
  const ids = new WeakMap<object, number>();
  let next = 0;
  const cache = new Map<string, ScoringContext>();
  let lastSource: PolicySourceLike | undefined;
  let lastJurisdiction: string | undefined;
  let lastMonth: string | undefined;
  let lastContext: ScoringContext | undefined;
  return (source, month) => {
    // Consecutive rows of one source and month (the common case) skip the key and the map.
    if (month === lastMonth && (source === lastSource || (source.policy === undefined && source.documents === undefined && source.jurisdiction === lastJurisdiction))) {
      return lastContext!;
    }
    let key: string;
    if (source.policy !== undefined) {
      const o = source.policy as object;
      let id = ids.get(o);
      if (id === undefined) ids.set(o, (id = next++));
      key = `#${id}|${month}`;
    } else key = `${source.jurisdiction}|${month}`;
    if (source.documents !== undefined) {
      let id = ids.get(source.documents);
      if (id === undefined) ids.set(source.documents, (id = next++));
      key += `|d${id}`;
    }
    let ctx = cache.get(key);
    if (ctx === undefined) {
      ctx = contextFor(source, month);
      cache.set(key, ctx);
    }
    lastSource = source;
    lastJurisdiction = source.policy === undefined && source.documents === undefined ? source.jurisdiction : undefined;
    lastMonth = month;
    lastContext = ctx;
    return ctx;
  };
}

function isAsyncIterable(x: unknown): x is AsyncIterable<unknown> {
  return typeof x === "object" && x !== null && typeof (x as AsyncIterable<unknown>)[Symbol.asyncIterator] === "function";
}

function* syncBatch(rows: Iterable<unknown>, defaults: PolicySourceLike | undefined): Generator<ScoringBatchRow<MonthScore>, void, undefined> {
  const resolve = batchResolver();
  let index = 0;
  for (const row of rows) {
    try {
      yield { index, ok: true, result: scoreMonthWith(row, resolve, defaults) };
    } catch (error) {
      yield { index, ok: false, error: asMkdError(error) };
    }
    index++;
  }
}

async function* asyncBatch(rows: AsyncIterable<unknown>, defaults: PolicySourceLike | undefined): AsyncGenerator<ScoringBatchRow<MonthScore>, void, undefined> {
  const resolve = batchResolver();
  let index = 0;
  for await (const row of rows) {
    try {
      yield { index, ok: true, result: scoreMonthWith(row, resolve, defaults) };
    } catch (error) {
      yield { index, ok: false, error: asMkdError(error) };
    }
    index++;
  }
}

/**
 * Scores many employee-months lazily: a generator for an iterable, an async generator for an async
 * iterable (a database cursor, a CSV stream). Every row gets exactly one answer, in order:
 * `{ index, ok: true, result }` or `{ index, ok: false, error }` with the {@link MkdError} `scoreMonth`
 * would have thrown. Rows that name no `jurisdiction`/`policy` use the one in `options`. The policy is
 * resolved once per distinct (source, month).
 *
 * @example
 * ```ts
 * const rows = [
 *   { employee: "a", month: "2026-03", targets, realisations: { letters: { value: 40 } } },
 *   { employee: "b", month: "2026-03", targets, realisations: { nope: { value: 1 } } },
 * ];
 * for (const row of scoreMonthBatch(rows, { jurisdiction: "jabar" })) {
 *   if (row.ok) console.log(row.index, row.result.composite);
 *   else console.log(row.index, row.error.code); // 1 "scoring_invalid_input"
 * }
 * ```
 */
export function scoreMonthBatch(rows: Iterable<unknown>, options?: ScoreMonthBatchOptions): Generator<ScoringBatchRow<MonthScore>, void, undefined>;
export function scoreMonthBatch(rows: AsyncIterable<unknown>, options?: ScoreMonthBatchOptions): AsyncGenerator<ScoringBatchRow<MonthScore>, void, undefined>;
export function scoreMonthBatch(
  rows: Iterable<unknown> | AsyncIterable<unknown>,
  options?: ScoreMonthBatchOptions,
): Generator<ScoringBatchRow<MonthScore>, void, undefined> | AsyncGenerator<ScoringBatchRow<MonthScore>, void, undefined> {
  const defaults = options && ("jurisdiction" in options || "policy" in options) ? (options as PolicySourceLike) : undefined;
  return isAsyncIterable(rows) ? asyncBatch(rows, defaults) : syncBatch(rows as Iterable<unknown>, defaults);
}
