/**
 * The rule vocabulary besides the fact names: json-rules-engine's operators a policy may use, the plain
 * property path a condition may read, and the object keys no document may carry. Separate from the fact
 * registry (facts.ts) because none of it depends on the facts: the policy schema and the rules engine read
 * it without loading the registry and its input fragments.
 */

/**
 * json-rules-engine's built-in operators: the only ones a policy may use.
 *
 * @example
 * ```ts
 * OPERATORS.includes("greaterThanInclusive"); // true
 * ```
 */
export const OPERATORS = [
  "equal",
  "notEqual",
  "in",
  "notIn",
  "contains",
  "doesNotContain",
  "lessThan",
  "lessThanInclusive",
  "greaterThan",
  "greaterThanInclusive",
] as const;

/**
 * An operator a policy rule may use.
 *
 * @example
 * ```ts
 * const op: OperatorName = "in";
 * ```
 */
export type OperatorName = (typeof OPERATORS)[number];

/**
 * A rule path must be a plain property path such as `$.itBased`: no filters, scripts or wildcards.
 *
 * @example
 * ```ts
 * PLAIN_PATH.test("$.itBased"); // true
 * ```
 */
export const PLAIN_PATH = /^\$(\.[A-Za-z_][A-Za-z0-9_]*)+$/;

/**
 * Object keys that could reach a prototype when a document is merged or read.
 *
 * @example
 * ```ts
 * FORBIDDEN_KEYS.has("__proto__"); // true
 * ```
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);
