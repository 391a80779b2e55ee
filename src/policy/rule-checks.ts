/**
 * The raw checks of a policy document that a schema cannot express: keys that reach prototypes, and the
 * eligibility rules' condition trees (known facts and operators, plain paths only, values of the fact's type,
 * citations of known legal bases). Shared by {@link validatePolicy} (policy/validate.ts) and by rule
 * compilation (rules/compile.ts), so both refuse a rule with the same `policy_rule_*` codes.
 */
import type { MessageParams } from "../i18n/index.js";
import { formatPath, fromZodIssues, issue, type Issue, type IssuePath } from "../core/errors.js";
import { policyCheckMessages } from "../i18n/messages/policy-checks.js";
import type { FactDefinition } from "./fact-definition.js";
import { FACTS, isFactName } from "./facts.js";
import { FORBIDDEN_KEYS, OPERATORS, PLAIN_PATH } from "./vocabulary.js";
import { policySchemas } from "./schema.js";

type Raw = Record<string, unknown>;
/** A plain object (not an array, not null). */
export const isObject = (v: unknown): v is Raw => typeof v === "object" && v !== null && !Array.isArray(v);
/** An own property, never one reached through the prototype. */
export const own = (o: Raw, k: string): unknown => (Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined);

export function walkForbiddenKeys(value: unknown, path: IssuePath, out: Issue[], seen: Set<object>): void {
  if (typeof value !== "object" || value === null || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    value.forEach((v, i) => walkForbiddenKeys(v, [...path, i], out, seen));
    return;
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) out.push(issue("forbidden_key", [...path, key], { key }));
    else walkForbiddenKeys((value as Raw)[key], [...path, key], out, seen);
  }
}

export function cloneWithoutForbiddenKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(cloneWithoutForbiddenKeys);
  if (!isObject(value)) return value;
  const out: Raw = {};
  for (const key of Object.keys(value)) if (!FORBIDDEN_KEYS.has(key)) out[key] = cloneWithoutForbiddenKeys(value[key]);
  return out;
}

/** Where a document keeps its eligibility rules. */
export const RULES_PATH: IssuePath = ["parameters", "eligibility", "rules"];

/** The fact, operator, path and value checks of every rule's condition tree (raw input, every rule). */
export function conditionIssues(rawRules: unknown, base: IssuePath): Issue[] {
  const out: Issue[] = [];
  if (!isObject(rawRules)) return out;
  for (const id of Object.keys(rawRules)) {
    const rule = rawRules[id];
    if (isObject(rule) && FORBIDDEN_KEYS.has(id) === false)
      walkCondition(own(rule, "conditions"), [...base, id, "conditions"], out);
  }
  return out;
}

/** zod's issues, except where a specific rule code says the same place better; prototype keys are reported apart. */
export function mergeSchemaIssues(
  schemaIssues: readonly Issue[],
  specificIssues: readonly Issue[],
  out: Issue[],
): void {
  const specific = new Set(specificIssues.map((i) => formatPath(i.path)));
  for (const zi of schemaIssues) {
    if (specific.has(formatPath(zi.path))) continue;
    if (zi.code === "input_unrecognized_key") {
      const keys = (zi.params.keys as string[]).filter((k) => !FORBIDDEN_KEYS.has(k));
      if (keys.length > 0) out.push(issue("input_unrecognized_key", zi.path, { keys }));
      continue;
    }
    out.push(zi);
  }
}

/**
 * The rule checks of {@link validatePolicy} alone, for a rule set outside its document (the rules of a
 * resolved policy, which `compileRules` and `createRulesEngine` accept from callers): prototype-reaching
 * keys, each rule's shape, its facts, operators, paths and values against the fact registry, and its
 * sources against `legalBaseIds`. Issues carry document paths (`parameters.eligibility.rules...`).
 *
 * @example
 * ```ts
 * validateRules({ r: { kind: "requirement", description: { id: "r", en: "r" }, conditions: { all: [{ fact: "salary", operator: "equal", value: 1 }] }, provenance: "assumption", sources: [] } }, new Set());
 * // [{ code: "policy_rule_unknown_fact", path: ["parameters", "eligibility", "rules", "r", "conditions", "all", 0, "fact"], ... }]
 * ```
 */
export function validateRules(rules: unknown, legalBaseIds: ReadonlySet<string>): Issue[] {
  const out: Issue[] = [];
  walkForbiddenKeys(rules, RULES_PATH, out, new Set());
  const specific = conditionIssues(rules, RULES_PATH);
  out.push(...specific);
  const schemaIssues: Issue[] = [];
  if (!isObject(rules)) schemaIssues.push(issue("input_invalid_type", RULES_PATH, { expected: "object" }));
  else {
    for (const id of Object.keys(rules)) {
      if (FORBIDDEN_KEYS.has(id)) continue;
      const rule = rules[id];
      const parsed = policySchemas().rule.safeParse(rule);
      if (!parsed.success)
        for (const i of fromZodIssues(parsed.error.issues))
          schemaIssues.push({ ...i, path: [...RULES_PATH, id, ...i.path] });
      const sources = isObject(rule) ? own(rule, "sources") : undefined;
      if (Array.isArray(sources)) {
        sources.forEach((src, j) => {
          if (typeof src === "string" && !legalBaseIds.has(src))
            out.push(
              issue("policy_source_unknown", [...RULES_PATH, id, "sources", j], { source: src }, policyCheckMessages),
            );
        });
      }
    }
  }
  mergeSchemaIssues(schemaIssues, specific, out);
  const unique = dedupe(out);
  unique.sort((x, y) => comparePaths(x.path, y.path));
  return unique;
}

/** `$..[?(@.x)]`, `$[(@.length-1)]`, `$.a[?(@ > 1)]`: JSONPath filters and scripts run code in some engines. */
const SCRIPT_SYNTAX = /[?()@]|\.\./;

function walkCondition(node: unknown, path: IssuePath, out: Issue[]): void {
  if (!isObject(node)) return;
  for (const group of ["all", "any"] as const) {
    const items = own(node, group);
    if (Array.isArray(items)) items.forEach((c, i) => walkCondition(c, [...path, group, i], out));
  }
  if (isObject(own(node, "not"))) walkCondition(node.not, [...path, "not"], out);
  if ("fact" in node) checkLeaf(node, path, out);
}

const typeLabel = (t: string): string => t;

function checkLeaf(leaf: Raw, path: IssuePath, out: Issue[]): void {
  const fact = own(leaf, "fact");
  const operator = own(leaf, "operator");
  const rulePath = own(leaf, "path");
  const value = own(leaf, "value");
  let def: FactDefinition | undefined;
  if (typeof fact === "string") {
    if (isFactName(fact)) def = FACTS[fact];
    else
      out.push(
        issue("policy_rule_unknown_fact", [...path, "fact"], { fact, known: Object.keys(FACTS) }, policyCheckMessages),
      );
  }
  const operatorKnown = typeof operator === "string" && (OPERATORS as readonly string[]).includes(operator);
  if (typeof operator === "string" && !operatorKnown) {
    out.push(
      issue(
        "policy_rule_unknown_operator",
        [...path, "operator"],
        { operator, known: [...OPERATORS] },
        policyCheckMessages,
      ),
    );
  }

  let pathOk = true;
  let propertyPath = false;
  if (typeof rulePath === "string") {
    if (!PLAIN_PATH.test(rulePath)) {
      pathOk = false;
      out.push(
        issue(
          SCRIPT_SYNTAX.test(rulePath) ? "policy_rule_path_script" : "policy_rule_path_not_plain",
          [...path, "path"],
          { path: rulePath },
          policyCheckMessages,
        ),
      );
    } else if (def) {
      propertyPath = true;
      if (def.type !== "object") {
        pathOk = false;
        out.push(
          issue("policy_rule_path_not_allowed", [...path, "path"], { fact, path: rulePath }, policyCheckMessages),
        );
      } else {
        const property = rulePath.slice(2);
        const known = "properties" in def ? (def.properties ?? []) : [];
        if (!known.includes(property)) {
          pathOk = false;
          out.push(
            issue(
              "policy_rule_path_unknown_property",
              [...path, "path"],
              { fact, property, known: [...known] },
              policyCheckMessages,
            ),
          );
        }
      }
    }
  } else if (def?.type === "object") {
    pathOk = false;
    const example = "properties" in def ? (def.properties?.[0] ?? "property") : "property";
    out.push(issue("policy_rule_path_required", [...path, "fact"], { fact, example }, policyCheckMessages));
  }
  if (!def || !operatorKnown || !pathOk) return;

  // Value types: json-rules-engine silently answers false for a comparison it cannot make, so a policy
  // typo would become a condition that never holds. Catch it at load time instead.
  const op = operator as (typeof OPERATORS)[number];
  // A property of an object fact (jobCriteria) is a boolean flag.
  const type = propertyPath ? "boolean" : def.type;
  const allowed = !propertyPath && "values" in def ? def.values : undefined;
  const valuePath = [...path, "value"];
  const scalarOk = (v: unknown): boolean => typeof v === type;
  const notAllowed = (v: unknown): boolean => allowed !== undefined && typeof v === "string" && !allowed.includes(v);
  switch (op) {
    case "contains":
    case "doesNotContain":
      // json-rules-engine applies these to array facts only; no policy fact is an array.
      out.push(
        issue(
          "policy_rule_operator_not_applicable",
          [...path, "operator"],
          { operator: op, fact, factType: typeLabel(type) },
          policyCheckMessages,
        ),
      );
      return;
    case "lessThan":
    case "lessThanInclusive":
    case "greaterThan":
    case "greaterThanInclusive":
      if (type !== "number")
        out.push(
          issue(
            "policy_rule_operator_not_applicable",
            [...path, "operator"],
            { operator: op, fact, factType: typeLabel(type) },
            policyCheckMessages,
          ),
        );
      else if (typeof value !== "number" || !Number.isFinite(value))
        out.push(
          issue(
            "policy_rule_value_type_mismatch",
            valuePath,
            { operator: op, fact, expected: "number" },
            policyCheckMessages,
          ),
        );
      return;
    case "in":
    case "notIn":
      if (!Array.isArray(value) || value.length === 0 || !value.every(scalarOk)) {
        out.push(
          issue(
            "policy_rule_value_type_mismatch",
            valuePath,
            { operator: op, fact, expected: `array of ${type}` },
            policyCheckMessages,
          ),
        );
      } else {
        value.forEach((v, i) => {
          if (notAllowed(v))
            out.push(
              issue(
                "policy_rule_value_not_allowed",
                [...valuePath, i],
                { fact, value: JSON.stringify(v), allowed: [...allowed!] },
                policyCheckMessages,
              ),
            );
        });
      }
      return;
    case "equal":
    case "notEqual":
      if (!scalarOk(value))
        out.push(
          issue(
            "policy_rule_value_type_mismatch",
            valuePath,
            { operator: op, fact, expected: type },
            policyCheckMessages,
          ),
        );
      else if (notAllowed(value))
        out.push(
          issue(
            "policy_rule_value_not_allowed",
            valuePath,
            { fact, value: JSON.stringify(value), allowed: [...allowed!] },
            policyCheckMessages,
          ),
        );
      return;
  }
}

/** Every `{ provenance, sources }` the raw document holds (parameters and rules), with its path. */
export function rawCitations(document: unknown): { path: IssuePath; sources: unknown[] }[] {
  const out: { path: IssuePath; sources: unknown[] }[] = [];
  const parameters = isObject(document) ? own(document, "parameters") : undefined;
  if (!isObject(parameters)) return out;
  for (const section of Object.keys(parameters)) {
    const values = parameters[section];
    if (!isObject(values) || FORBIDDEN_KEYS.has(section)) continue;
    for (const name of Object.keys(values)) {
      const entry = values[name];
      if (!isObject(entry) || FORBIDDEN_KEYS.has(name)) continue;
      if (section === "eligibility" && name === "rules") {
        for (const id of Object.keys(entry)) {
          const rule = entry[id];
          if (isObject(rule) && !FORBIDDEN_KEYS.has(id) && Array.isArray(own(rule, "sources"))) {
            out.push({ path: ["parameters", section, name, id, "sources"], sources: rule.sources as unknown[] });
          }
        }
      } else if (Array.isArray(own(entry, "sources"))) {
        out.push({ path: ["parameters", section, name, "sources"], sources: entry.sources as unknown[] });
      }
    }
  }
  return out;
}

/** Issues without repeats (same code, path and parameters). */
export function dedupe(issues: readonly Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const k = `${i.code}|${formatPath(i.path)}|${JSON.stringify(i.params as MessageParams)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Orders issue paths as a reader expects: by key, and numerically by index. */
export function comparePaths(a: IssuePath, b: IssuePath): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === "number" && typeof y === "number") return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}
