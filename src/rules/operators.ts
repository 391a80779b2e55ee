/**
 * json-rules-engine's built-in operators, re-implemented synchronously with the exact semantics of
 * json-rules-engine 7.3.1 (`dist/engine-default-operators.js`), so a compiled rule and a real
 * `Engine` always agree:
 *
 * - `equal` / `notEqual`: strict `===` / `!==`.
 * - `in` / `notIn`: `value.indexOf(fact)` (arrays by `===`, strings by substring, as the engine does).
 * - `contains` / `doesNotContain`: only when the fact is an array (else false), `fact.indexOf(value)`.
 * - numeric operators: false unless `Number.parseFloat(fact)` is a number, then JavaScript `<`, `<=`, `>`, `>=`.
 */
import type { OperatorName } from "../policy/vocabulary.js";

/**
 * Operator numbers used by the compiled evaluator (a switch on small integers is the fastest dispatch).
 *
 * @example
 * ```ts
 * applyOperator(OP.in, 4, [4, 5, 7, 8, 9]); // true
 * ```
 */
export const OP = {
  equal: 0,
  notEqual: 1,
  in: 2,
  notIn: 3,
  contains: 4,
  doesNotContain: 5,
  lessThan: 6,
  lessThanInclusive: 7,
  greaterThan: 8,
  greaterThanInclusive: 9,
} as const satisfies Record<OperatorName, number>;

/**
 * json-rules-engine's `numberValidator`: `Number.parseFloat(x).toString() !== "NaN"`.
 *
 * @example
 * ```ts
 * isNumberLike("12"); // true
 * isNumberLike("abc"); // false
 * ```
 */
export function isNumberLike(value: unknown): boolean {
  // Fast path with the same answer for numbers: parseFloat(String(n)) is NaN only for NaN.
  if (typeof value === "number") return value === value;
  return Number.parseFloat(value as string).toString() !== "NaN";
}

function indexOf(container: unknown, item: unknown): number {
  // The engine calls `b.indexOf(a)` and would throw a TypeError on a non-indexable value; policy
  // validation and compileRules only let arrays (and strings) through, so this never throws here.
  return (container as { indexOf(x: unknown): number }).indexOf(item);
}

/**
 * Applies an operator to a fact value and a rule value, exactly as json-rules-engine does.
 *
 * @example
 * ```ts
 * applyOperator(OP.greaterThanInclusive, "12", 10); // true (the engine accepts numeric strings)
 * applyOperator(OP.greaterThanInclusive, undefined, 10); // false
 * ```
 */
export function applyOperator(op: number, fact: unknown, value: unknown): boolean {
  switch (op) {
    case 0:
      return fact === value;
    case 1:
      return fact !== value;
    case 2:
      return indexOf(value, fact) > -1;
    case 3:
      return indexOf(value, fact) === -1;
    case 4:
      return Array.isArray(fact) && fact.indexOf(value) > -1;
    case 5:
      return Array.isArray(fact) && fact.indexOf(value) === -1;
    case 6:
      return isNumberLike(fact) && (fact as number) < (value as number);
    case 7:
      return isNumberLike(fact) && (fact as number) <= (value as number);
    case 8:
      return isNumberLike(fact) && (fact as number) > (value as number);
    case 9:
      return isNumberLike(fact) && (fact as number) >= (value as number);
    default:
      return false;
  }
}
