/**
 * Deep freezing, for the values the library hands out and trusts by identity afterwards (shipped and prepared
 * documents, resolved policies): a frozen value cannot have been modified since it was checked.
 */

/**
 * Freezes `value` and everything reachable from it, in place; returns it.
 *
 * @example
 * ```ts
 * const p = deepFreeze({ cap: { value: 2 } });
 * Object.isFrozen(p.cap); // true
 * ```
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
