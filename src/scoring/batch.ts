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

/**
 * One row's answer. The try/catch sits here, not around the generators' `yield`: an error thrown into the
 * generator by its consumer (`gen.throw()`) then ends the batch as it should instead of becoming a row, and
 * the generators stay small.
 */
function answer(row: unknown, index: number, resolve: (source: PolicySourceLike, month: string) => ScoringContext, defaults: PolicySourceLike | undefined): ScoringBatchRow<MonthScore> {
  try {
    return { index, ok: true, result: scoreMonthWith(row, resolve, defaults) };
  } catch (error) {
    return { index, ok: false, error: asMkdError(error) };
  }
}

/** %IteratorPrototype%: what every built-in iterator (and every generator object) inherits from. */
const IteratorPrototype: object = Object.getPrototypeOf(Object.getPrototypeOf((function* () {})()));

/**
 * The synchronous batch: a generator written by hand. It behaves as `function*` with `for (const row of rows)
 * yield answer(row)` would (lazy, the source opened on the first `next()`, closed by `return()` and `throw()`,
 * a source error ends the batch), but a call to `next()` is an ordinary method call that the engine inlines
 * into the caller's loop, where resuming a generator frame is not: about a tenth of a scored row.
 */
class SyncBatch {
  private source: Iterator<unknown> | undefined = undefined;
  private finished = false;
  private index = 0;
  private readonly resolve = batchResolver();

  constructor(
    private readonly rows: Iterable<unknown>,
    private readonly defaults: PolicySourceLike | undefined,
  ) {}

  next(): IteratorResult<ScoringBatchRow<MonthScore>, void> {
    if (this.finished) return { value: undefined, done: true };
    let source = this.source;
    if (source === undefined) source = this.source = this.rows[Symbol.iterator]();
    let step: IteratorResult<unknown>;
    try {
      step = source.next();
    } catch (error) {
      this.finish();
      throw error;
    }
    if (step.done === true) {
      this.finish();
      return { value: undefined, done: true };
    }
    return { value: answer(step.value, this.index++, this.resolve, this.defaults), done: false };
  }

  return(value?: void): IteratorResult<ScoringBatchRow<MonthScore>, void> {
    const source = this.source;
    const open = !this.finished && source !== undefined;
    this.finish();
    if (open) source.return?.();
    return { value, done: true };
  }

  throw(error: unknown): IteratorResult<ScoringBatchRow<MonthScore>, void> {
    this.return();
    throw error;
  }

  [Symbol.iterator](): this {
    return this;
  }

  private finish(): void {
    this.finished = true;
    this.source = undefined;
  }
}
Object.setPrototypeOf(SyncBatch.prototype, IteratorPrototype);
Object.defineProperty(SyncBatch.prototype, Symbol.toStringTag, { value: "Generator", configurable: true });

async function* asyncBatch(rows: AsyncIterable<unknown>, defaults: PolicySourceLike | undefined): AsyncGenerator<ScoringBatchRow<MonthScore>, void, undefined> {
  const resolve = batchResolver();
  let index = 0;
  for await (const row of rows) {
    yield answer(row, index, resolve, defaults);
    index++;
  }
}

/**
 * Scores many employee-months lazily: a generator for an iterable (hand-written, with generator behaviour:
 * lazy, the source closed by `return()`, `throw()` or breaking out of for-of), an async generator for an async
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
  return isAsyncIterable(rows)
    ? asyncBatch(rows, defaults)
    : (new SyncBatch(rows as Iterable<unknown>, defaults) as unknown as Generator<ScoringBatchRow<MonthScore>, void, undefined>);
}
