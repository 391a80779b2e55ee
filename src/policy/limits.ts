/**
 * Limits on a policy document, checked before any other work on it (issue 10): a document from outside
 * (a municipality, a BKD, an upload) cannot make validation recurse without bound, nor pass validation and
 * then exhaust memory at the first decision. Each limit has its own stable code (the `policy-checks` message
 * domain, like every code only the validation of a document raises).
 */
import { issue, type Issue, type IssuePath } from "../core/errors.js";
import { policyCheckMessages } from "../i18n/messages/policy-checks.js";

/**
 * The limits every policy document (given directly or in `documents`) must stay within. The shipped
 * documents use a few percent of each: the largest is about 19,000 characters with 6 rules, conditions
 * 3 deep and no string above 500 characters.
 *
 * @example
 * ```ts
 * POLICY_LIMITS.maxRules; // 200
 * ```
 */
export const POLICY_LIMITS = Object.freeze({
  /** Characters of the document as JSON (estimated while walking it, never by serialising it): `policy_too_large`. */
  maxDocumentChars: 1_000_000,
  /** Eligibility rules in one document: `policy_too_many_rules`. */
  maxRules: 200,
  /** Nesting of `all` / `any` / `not` in one rule, the root group being level 0: `policy_condition_too_deep`. */
  maxConditionDepth: 32,
  /** Characters of any one string (a key, a note, a title): `policy_string_too_long`. */
  maxStringLength: 10_000,
  /** Nesting of objects and arrays anywhere in the document: `policy_too_deep`. */
  maxNesting: 100,
});

type Frame = { value: unknown; path: (string | number)[]; depth: number };

/**
 * Every limit the raw `document` breaks, or an empty list. Walks the value iteratively (no recursion, so
 * no stack overflow), stops at the first size or nesting breach, and never throws: a getter or Proxy trap
 * that throws, a cycle, or a value JSON cannot hold is reported as an input issue at its path.
 *
 * @example
 * ```ts
 * policyLimitIssues({ parameters: { eligibility: { rules: Object.fromEntries(Array.from({ length: 60_000 }, (_, i) => [`r${i}`, {}])) } } })[0]?.code;
 * // "policy_too_large"
 * ```
 */
export function policyLimitIssues(document: unknown): Issue[] {
  const L = POLICY_LIMITS;
  const out: Issue[] = [];
  let chars = 0;
  const stack: Frame[] = [{ value: document, path: [], depth: 0 }];
  const onPath = new Set<object>();
  const exits: { obj: object; after: number }[] = [];
  while (stack.length > 0) {
    while (exits.length > 0 && stack.length <= exits[exits.length - 1]!.after) onPath.delete(exits.pop()!.obj);
    const { value, path, depth } = stack.pop()!;
    switch (typeof value) {
      case "string":
        chars += value.length + 2;
        if (value.length > L.maxStringLength)
          out.push(
            issue(
              "policy_string_too_long",
              path,
              { maximum: L.maxStringLength, length: value.length },
              policyCheckMessages,
            ),
          );
        break;
      case "number":
      case "boolean":
      case "undefined":
        chars += 6;
        break;
      case "bigint":
      case "symbol":
      case "function":
        return [issue("input_not_plain_data", path, { kind: typeof value })];
      case "object": {
        chars += 2;
        if (value === null) break;
        if (depth >= L.maxNesting)
          return [issue("policy_too_deep", path, { maximum: L.maxNesting }, policyCheckMessages)];
        let keys: string[];
        let isArray: boolean;
        try {
          if (onPath.has(value)) return [issue("input_cyclic", path)];
          isArray = Array.isArray(value);
          keys = isArray ? [] : Object.keys(value);
          if (isArray) {
            const n = (value as unknown[]).length;
            if (n > L.maxDocumentChars)
              return [issue("policy_too_large", [], { maximum: L.maxDocumentChars }, policyCheckMessages)];
            for (let i = 0; i < n; i++) keys.push(String(i));
          }
        } catch (error) {
          return [
            issue("input_unreadable", path, {
              detail: error instanceof Error ? error.message : "a value that could not be read",
            }),
          ];
        }
        onPath.add(value);
        exits.push({ obj: value, after: stack.length });
        for (let i = keys.length - 1; i >= 0; i--) {
          const key = keys[i]!;
          if (!isArray) {
            chars += key.length + 3;
            if (key.length > L.maxStringLength)
              out.push(
                issue(
                  "policy_string_too_long",
                  path,
                  { maximum: L.maxStringLength, length: key.length },
                  policyCheckMessages,
                ),
              );
          }
          let child: unknown;
          try {
            child = (value as Record<string, unknown>)[key];
          } catch (error) {
            return [
              issue("input_unreadable", [...path, isArray ? i : key], {
                detail: error instanceof Error ? error.message : "a value that could not be read",
              }),
            ];
          }
          stack.push({ value: child, path: [...path, isArray ? i : key], depth: depth + 1 });
        }
        break;
      }
    }
    if (chars > L.maxDocumentChars)
      return [issue("policy_too_large", [], { maximum: L.maxDocumentChars }, policyCheckMessages)];
    if (out.length > 20) return out;
  }
  if (out.length > 0) return out;

  // The document is plain, bounded data from here on: ordinary reads are safe.
  const rules = ruleRecord(document);
  if (rules === undefined) return out;
  const ids = Object.keys(rules);
  const rulesPath = ["parameters", "eligibility", "rules"];
  if (ids.length > L.maxRules)
    return [issue("policy_too_many_rules", rulesPath, { maximum: L.maxRules, count: ids.length }, policyCheckMessages)];
  for (const id of ids) {
    const rule = rules[id];
    if (rule === null || typeof rule !== "object") continue;
    const tooDeep = deepestCondition((rule as Record<string, unknown>).conditions, [...rulesPath, id, "conditions"]);
    if (tooDeep)
      out.push(issue("policy_condition_too_deep", tooDeep, { maximum: L.maxConditionDepth }, policyCheckMessages));
  }
  return out;
}

function ruleRecord(document: unknown): Record<string, unknown> | undefined {
  const get = (o: unknown, k: string): unknown =>
    o !== null && typeof o === "object" && !Array.isArray(o) && Object.prototype.hasOwnProperty.call(o, k)
      ? (o as Record<string, unknown>)[k]
      : undefined;
  const rules = get(get(get(document, "parameters"), "eligibility"), "rules");
  return rules !== null && typeof rules === "object" && !Array.isArray(rules)
    ? (rules as Record<string, unknown>)
    : undefined;
}

/** The path of the first condition nested deeper than the limit (the root group is level 0), if any. */
function deepestCondition(root: unknown, at: IssuePath): IssuePath | undefined {
  const stack: { node: unknown; path: IssuePath; depth: number }[] = [{ node: root, path: at, depth: 0 }];
  while (stack.length > 0) {
    const { node, path, depth } = stack.pop()!;
    if (node === null || typeof node !== "object" || Array.isArray(node)) continue;
    if (depth > POLICY_LIMITS.maxConditionDepth) return path;
    const c = node as Record<string, unknown>;
    for (const group of ["all", "any"] as const) {
      const list = Object.prototype.hasOwnProperty.call(c, group) ? c[group] : undefined;
      if (Array.isArray(list))
        list.forEach((child, i) => stack.push({ node: child, path: [...path, group, i], depth: depth + 1 }));
    }
    if (Object.prototype.hasOwnProperty.call(c, "not"))
      stack.push({ node: c.not, path: [...path, "not"], depth: depth + 1 });
  }
  return undefined;
}
