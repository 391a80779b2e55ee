/**
 * Compiles a policy's eligibility rules (json-rules-engine JSON) into one synchronous evaluator.
 *
 * Why not run json-rules-engine itself: it is Promise-only and clones the rule tree on every run
 * (about 60,000 decisions a second, ENGINEERING.md). The compiled form evaluates every condition of
 * every rule, with no short-circuit, into flat result arrays, and records for each leaf the fact, the
 * path, the operator, the threshold, the actual value and the result: the explanation has no holes.
 *
 * Safety: a rule document is data. Only the facts of `FACTS` and the operators of `OPERATORS` are
 * accepted, paths must be plain property paths (`$.a.b`, `PLAIN_PATH`) without prototype keys, and a
 * path is resolved by own-property lookups, never handed to a JSONPath implementation. A rule value
 * that is a fact reference (`{ "fact": ... }`, which json-rules-engine would resolve) is rejected.
 *
 * Missing facts: a leaf whose fact (or path) value is `undefined` is evaluated with json-rules-engine's
 * semantics (so both engines agree) and additionally flagged `missing: true`, so no missing value can
 * pass unseen. `checkEligibility` goes further: the facts a policy's rules need must be in the input.
 */
import { issue, MkdError, type Issue, type IssuePath } from "../core/errors.js";
import { POLICY_LIMITS } from "../policy/limits.js";
import { FACTS, FORBIDDEN_KEYS, isFactName, OPERATORS, PLAIN_PATH, type FactDefinition, type FactName, type OperatorName } from "../policy/facts.js";
import type { ResolvedPolicy } from "../policy/resolve.js";
import type { EligibilityRule, LegalBasis, Provenance, RuleCondition } from "../policy/schema.js";
import { applyOperator, isNumberLike, OP } from "./operators.js";

/**
 * A legal basis as cited by a rule or a limit: enough to show and to link.
 *
 * @example
 * ```ts
 * compileRules(policy).rules[0]?.legalBases.map((b) => `${b.title} ${b.article ?? ""}`);
 * ```
 */
export interface LegalBasisRef {
  readonly id: string;
  readonly kind: LegalBasis["kind"];
  readonly title: string;
  readonly article: string | undefined;
  readonly url: string | undefined;
}

/** Kinds of nodes in a compiled condition tree. */
const enum Kind {
  Leaf = 0,
  All = 1,
  Any = 2,
  Not = 3,
}

/** One node of a compiled condition tree (nodes are stored children first). */
interface Node {
  readonly kind: Kind;
  /** Indexes of the child nodes (all / any: every child; not: one). */
  readonly children: readonly number[];
  // Leaf fields (unused on boolean nodes).
  readonly op: number;
  readonly slot: number;
  readonly value: unknown;
  readonly fact: FactName | "";
  readonly path: string | undefined;
  readonly operator: OperatorName | "";
}

/**
 * A rule of the policy with everything a decision cites about it, computed once.
 *
 * @example
 * ```ts
 * compileRules(policy).rules.map((r) => [r.id, r.kind, r.provenance]);
 * ```
 */
export interface CompiledRule {
  /** The rule id: its stable reason code. */
  readonly id: string;
  readonly kind: "requirement" | "approval";
  readonly description: { readonly id: string; readonly en: string };
  readonly provenance: Provenance;
  readonly sources: readonly string[];
  readonly note: string | undefined;
  /** The rule's sources resolved against the policy's legal bases. */
  readonly legalBases: readonly LegalBasisRef[];
}

/**
 * The result of one leaf condition: what was compared with what, and how it came out.
 *
 * @example
 * ```ts
 * // { fact: "talentBox", operator: "in", threshold: [4, 5, 7, 8, 9], actual: 6, passed: false, missing: false }
 * ```
 */
export interface LeafConditionResult {
  readonly fact: string;
  readonly path: string | undefined;
  readonly operator: OperatorName;
  /** The rule's value (json-rules-engine's `value`), e.g. the list of eligible talent boxes. */
  readonly threshold: unknown;
  /** The fact's value (after the path), json-rules-engine's `factResult`. */
  readonly actual: unknown;
  readonly passed: boolean;
  /** True when the fact (or the value at its path) was `undefined`. */
  readonly missing: boolean;
}

/**
 * The result of a condition tree, node by node, in json-rules-engine's shape.
 *
 * @example
 * ```ts
 * const leaves = (c: ConditionResult): number => ("fact" in c ? 1 : "not" in c ? leaves(c.not) : ("all" in c ? c.all : c.any).reduce((n, x) => n + leaves(x), 0));
 * ```
 */
export type ConditionResult =
  | LeafConditionResult
  | { readonly all: readonly ConditionResult[]; readonly passed: boolean }
  | { readonly any: readonly ConditionResult[]; readonly passed: boolean }
  | { readonly not: ConditionResult; readonly passed: boolean };

/**
 * The result of one rule: pass or fail, every condition, the facts found missing, and its citation.
 *
 * @example
 * ```ts
 * compileRules(policy).evaluate(decision.facts).rules.find((r) => r.id === "talent_box")?.passed;
 * ```
 */
export interface RuleResult {
  /** The rule id: its stable reason code. */
  readonly id: string;
  readonly kind: "requirement" | "approval";
  readonly passed: boolean;
  readonly description: { readonly id: string; readonly en: string };
  readonly provenance: Provenance;
  /** The rule's sources resolved against the policy's legal bases. */
  readonly legalBases: readonly LegalBasisRef[];
  readonly note: string | undefined;
  /** The condition tree with each leaf's fact, path, operator, threshold, actual value and result. */
  readonly conditions: ConditionResult;
  /** Facts (with their path) whose value was `undefined` in this rule, e.g. `jobCriteria.itBased`. */
  readonly missing: readonly string[];
}

/**
 * What {@link CompiledRules.evaluate} returns.
 *
 * @example
 * ```ts
 * const { failed, requirementsPassed } = compileRules(policy).evaluate(facts);
 * ```
 */
export interface RulesEvaluation {
  /** True when every rule passed. */
  readonly passed: boolean;
  /** True when every `requirement` rule passed. */
  readonly requirementsPassed: boolean;
  /** True when every `approval` rule passed. */
  readonly approvalsPassed: boolean;
  /** Every rule, in policy order. */
  readonly rules: readonly RuleResult[];
  /** Ids of the rules that failed. */
  readonly failed: readonly string[];
}

/**
 * Bit set by {@link CompiledRules.run} when a requirement failed.
 *
 * @example
 * ```ts
 * if (flags & REQUIREMENT_FAILED) outcome = "ineligible";
 * ```
 */
export const REQUIREMENT_FAILED = 1;
/**
 * Bit set by {@link CompiledRules.run} when an approval failed.
 *
 * @example
 * ```ts
 * if (flags & APPROVAL_FAILED) outcome = "needs_approval";
 * ```
 */
export const APPROVAL_FAILED = 2;

/**
 * A policy's rules compiled into one synchronous evaluator. Obtain it with {@link compileRules}.
 *
 * @example
 * ```ts
 * const compiled = compileRules(resolvePolicy("jabar", "2026-03-02"));
 * compiled.rules.length; // 9
 * ```
 */
export interface CompiledRules {
  /** The rules, in policy order, with their resolved legal bases. */
  readonly rules: readonly CompiledRule[];
  /** Every fact some rule reads. */
  readonly factsUsed: ReadonlySet<FactName>;
  /** For each fact the rules read, the ids of the rules that read it. */
  readonly rulesByFact: ReadonlyMap<FactName, readonly string[]>;
  /**
   * Evaluates every rule and every condition against a facts object (e.g. `decision.facts`).
   *
   * @example
   * ```ts
   * const rules = compileRules(resolvePolicy("jabar", "2025-05-01"));
   * const result = rules.evaluate({ ...facts, talentBox: 3 });
   * result.failed; // ["talent_box"]
   * ```
   */
  evaluate(facts: Readonly<Record<string, unknown>>): RulesEvaluation;
  /** @internal Number of value slots (the length of SLOT_LAYOUT). */
  readonly slotCount: number;
  /** @internal Number of condition nodes. */
  readonly nodeCount: number;
  /** @internal Fills `values` (one per slot) from a facts object, own properties only. */
  loadSlots(facts: Readonly<Record<string, unknown>>, values: unknown[]): void;
  /**
   * @internal The kernel: evaluates every node into `nodeResults` and every rule into `ruleResults`
   * (1 = passed), and returns {@link REQUIREMENT_FAILED} | {@link APPROVAL_FAILED} bits. No allocation.
   */
  run(values: readonly unknown[], nodeResults: Uint8Array, ruleResults: Uint8Array): number;
  /** @internal The value slots: which fact (and path) each one holds. */
  readonly slots: readonly { readonly fact: FactName; readonly segments: readonly string[] | null }[];
  /**
   * @internal Builds every rule's explanation from the kernel's result arrays into `out`. Results are
   * interned (frozen, shared by every decision with the same fact values), so this rarely allocates.
   */
  explainInto(values: readonly unknown[], nodeResults: Uint8Array, out: ExplainEntry[]): void;
  /**
   * @internal {@link run} and {@link explainInto} in one pass, for a caller that needs the explanation:
   * a rule whose values already have an interned explanation takes its result from it (the explanation
   * was made by evaluating every node of the rule on exactly these values: the keys are exact value ids,
   * not hashes); any other rule is evaluated node by node, then explained and interned. Writes each
   * rule's result into `ruleResults` and the code of its interned explanation into `ids`: its id * 4 +
   * {@link ENTRY_PASSED} + {@link ENTRY_MISSING} bits (-1: not interned, the explanation is then in
   * `fresh[k]`); `nodeResults` is written only for the rules evaluated. Returns the
   * same flags as {@link run}.
   */
  runExplained(values: readonly unknown[], nodeResults: Uint8Array, ruleResults: Uint8Array, ids: Int32Array, fresh: ExplainEntry[]): number;
  /** @internal Per rule, the interned results by id (see {@link runExplained}). */
  readonly resultsById: readonly (readonly RuleResult[])[];
}

/**
 * @internal An explained rule result. Interned entries (frozen, shared by every decision with the same
 * values) have an id per rule; a caller keeps what it derives from an entry (e.g. its rendered reason)
 * in its own tables by that id. An entry that could not be interned is fresh every time (id -1).
 */
export interface ExplainEntry {
  readonly result: RuleResult;
  /** `result.passed`, kept here so a caller need not load the result to know. */
  readonly passed: boolean;
  /** `result.missing.length > 0`, kept here so a caller need not load the result to know. */
  readonly hasMissing: boolean;
  /** Its id among the rule's interned explanations (an index of `resultsById`), -1 when not interned. */
  readonly id: number;
}

/** @internal The most explanations interned per rule (ids run from 0 to this - 1): bounded memory for a server running for years. */
export const EXPLANATION_LIMIT = 4096;
/** @internal Bit of an entry code (see {@link CompiledRules.runExplained}): the interned rule result passed. */
export const ENTRY_PASSED = 1;
/** @internal Bit of an entry code: the interned rule result has missing facts. */
export const ENTRY_MISSING = 2;

/**
 * @internal The value vector every compiled evaluator reads: each fact, then each job criterion
 * property of an object fact (`jobCriteria.<criterion>`), at a fixed index: the fact registry's order.
 *
 * @example
 * ```ts
 * SLOT_LAYOUT.indexOf("tenureMonths"); // 10 (its place in FACTS)
 * ```
 */
export const SLOT_LAYOUT: readonly string[] = Object.freeze([
  ...Object.keys(FACTS),
  ...Object.entries(FACTS as Readonly<Record<string, FactDefinition>>).flatMap(([name, def]) => (def.properties ?? []).map((p) => `${name}.${p}`)),
]);
const SLOT_INDEX: ReadonlyMap<string, number> = new Map(SLOT_LAYOUT.map((k, i) => [k, i]));

const cache = new WeakMap<ResolvedPolicy, CompiledRules>();
// The same limit validatePolicy checks first (policy/limits.ts), so validation and compilation agree.
const MAX_DEPTH = POLICY_LIMITS.maxConditionDepth;
const OPERATOR_SET: ReadonlySet<string> = new Set(OPERATORS);
const NUMERIC: ReadonlySet<string> = new Set(["lessThan", "lessThanInclusive", "greaterThan", "greaterThanInclusive"]);

function isPrimitive(v: unknown): boolean {
  return v === null || typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v));
}

function own(obj: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

/**
 * Compiles the eligibility rules of a resolved policy into a synchronous evaluator, once per policy
 * object (cached in a WeakMap on the {@link ResolvedPolicy}).
 *
 * Throws `invalid_policy` (an {@link MkdError}) listing every unsafe or unknown part of the rules:
 * an unknown fact, an operator json-rules-engine does not have, a non-plain or prototype-reaching
 * path, a fact reference as a value, a value of the wrong kind for its operator, a source that is not
 * a legal basis of the policy.
 *
 * @example
 * ```ts
 * const compiled = compileRules(resolvePolicy("jabar", "2023-07-01"));
 * compiled.rules.map((r) => r.id); // ["talent_box", "no_face_to_face_service", ...]
 * ```
 */
export function compileRules(policy: ResolvedPolicy): CompiledRules {
  let compiled = cache.get(policy);
  if (!compiled) {
    compiled = build(policy);
    cache.set(policy, compiled);
  }
  return compiled;
}

function build(policy: ResolvedPolicy): CompiledRules {
  const issues: Issue[] = [];
  const nodes: Node[] = [];
  // Fixed slot layout (SLOT_LAYOUT): every policy's evaluator reads the same vector, so a caller can
  // derive the facts straight into it.
  const slots: { fact: FactName; segments: readonly string[] | null }[] = SLOT_LAYOUT.map((key) => {
    const dot = key.indexOf(".");
    return dot < 0 ? { fact: key as FactName, segments: null } : { fact: key.slice(0, dot) as FactName, segments: [key.slice(dot + 1)] };
  });
  const rules: CompiledRule[] = [];
  const roots: number[] = [];
  const kinds: number[] = [];
  const factsUsed = new Set<FactName>();
  const rulesByFact = new Map<FactName, string[]>();
  const base: IssuePath = ["parameters", "eligibility", "rules"];
  const ruleRecord = (policy.parameters?.eligibility?.rules ?? {}) as Readonly<Record<string, EligibilityRule>>;
  const legalBases = policy.legalBases ?? {};

  const slotFor = (fact: FactName, path: string | undefined): number => SLOT_INDEX.get(path === undefined ? fact : `${fact}.${path.slice(2)}`)!;

  const compileNode = (cond: unknown, at: IssuePath, depth: number, ruleId: string): number => {
    const push = (n: Node): number => nodes.push(n) - 1;
    const bad = (code: Parameters<typeof issue>[0], path: IssuePath, params = {}): number => {
      issues.push(issue(code, path, params));
      return push({ kind: Kind.All, children: [], op: 0, slot: 0, value: undefined, fact: "", path: undefined, operator: "" });
    };
    if (depth > MAX_DEPTH) return bad("rules_invalid_condition", at, { detail: `nesting deeper than ${MAX_DEPTH}` });
    if (cond === null || typeof cond !== "object" || Array.isArray(cond)) return bad("rules_invalid_condition", at, { detail: "not an object" });
    for (const key of Object.keys(cond)) if (FORBIDDEN_KEYS.has(key)) return bad("forbidden_key", [...at, key], { key });
    const c = cond as Record<string, unknown>;
    for (const bool of ["all", "any"] as const) {
      if (own(c, bool)) {
        const list = c[bool];
        if (!Array.isArray(list)) return bad("rules_invalid_condition", [...at, bool], { detail: `"${bool}" must be an array` });
        const children = list.map((child, i) => compileNode(child, [...at, bool, i], depth + 1, ruleId));
        return push({ kind: bool === "all" ? Kind.All : Kind.Any, children, op: 0, slot: 0, value: undefined, fact: "", path: undefined, operator: "" });
      }
    }
    if (own(c, "not")) {
      const child = compileNode(c.not, [...at, "not"], depth + 1, ruleId);
      return push({ kind: Kind.Not, children: [child], op: 0, slot: 0, value: undefined, fact: "", path: undefined, operator: "" });
    }
    if (own(c, "condition")) return bad("rules_invalid_condition", [...at, "condition"], { detail: "shared condition references are not supported" });
    // A leaf.
    const fact = c.fact;
    const operator = c.operator;
    const path = c.path;
    const value = c.value;
    let ok = true;
    if (typeof fact !== "string" || !isFactName(fact)) {
      issues.push(issue("rules_unknown_fact", [...at, "fact"], { fact: String(fact), known: Object.keys(FACTS) }));
      ok = false;
    }
    if (typeof operator !== "string" || !OPERATOR_SET.has(operator)) {
      issues.push(issue("rules_unknown_operator", [...at, "operator"], { operator: String(operator), known: [...OPERATORS] }));
      ok = false;
    }
    if (path === undefined && typeof fact === "string" && isFactName(fact) && FACTS[fact].type === "object") {
      // An object fact is compared through a path to one of its properties, never as a whole.
      issues.push(issue("rules_unknown_path", [...at, "path"], { path: "-", fact, known: (FACTS[fact] as { properties?: readonly string[] }).properties ?? [] }));
      ok = false;
    }
    if (path !== undefined) {
      if (typeof path !== "string" || !PLAIN_PATH.test(path)) {
        issues.push(issue("rules_unsafe_path", [...at, "path"], { path: String(path) }));
        ok = false;
      } else {
        const segments = path.slice(2).split(".");
        const forbidden = segments.find((s) => FORBIDDEN_KEYS.has(s));
        if (forbidden !== undefined) {
          issues.push(issue("forbidden_key", [...at, "path"], { key: forbidden }));
          ok = false;
        } else if (typeof fact === "string" && isFactName(fact)) {
          const def = FACTS[fact] as { type: string; properties?: readonly string[] };
          if (def.type !== "object" || !def.properties?.includes(segments[0]!) || segments.length !== 1) {
            issues.push(issue("rules_unknown_path", [...at, "path"], { path, fact, known: def.properties ?? [] }));
            ok = false;
          }
        }
      }
    }
    if (!own(c, "value")) {
      issues.push(issue("rules_invalid_value", [...at, "value"], { operator: String(operator), expected: "value" }));
      ok = false;
    } else if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      // json-rules-engine would read `{ "fact": ... }` as another fact's value: not data, refused.
      issues.push(issue("rules_fact_reference", [...at, "value"], {}));
      ok = false;
    } else if (typeof operator === "string" && OPERATOR_SET.has(operator)) {
      const expected = NUMERIC.has(operator)
        ? typeof value === "number" && Number.isFinite(value)
          ? ""
          : "number"
        : operator === "in" || operator === "notIn"
          ? Array.isArray(value) && value.every(isPrimitive)
            ? ""
            : "array"
          : isPrimitive(value)
            ? ""
            : "primitive";
      if (expected !== "") {
        issues.push(issue("rules_invalid_value", [...at, "value"], { operator, expected }));
        ok = false;
      }
    }
    if (!ok) return push({ kind: Kind.All, children: [], op: 0, slot: 0, value: undefined, fact: "", path: undefined, operator: "" });
    const f = fact as FactName;
    factsUsed.add(f);
    const users = rulesByFact.get(f) ?? [];
    if (!users.includes(ruleId)) users.push(ruleId);
    rulesByFact.set(f, users);
    return push({
      kind: Kind.Leaf,
      children: [],
      op: OP[operator as OperatorName],
      slot: slotFor(f, path as string | undefined),
      // Frozen copy: the compiled evaluator never shares a mutable array with the caller's document.
      value: Array.isArray(value) ? Object.freeze([...value]) : value,
      fact: f,
      path: path as string | undefined,
      operator: operator as OperatorName,
    });
  };

  for (const id of Object.keys(ruleRecord)) {
    const at: IssuePath = [...base, id];
    if (FORBIDDEN_KEYS.has(id)) {
      issues.push(issue("forbidden_key", at, { key: id }));
      continue;
    }
    const rule = ruleRecord[id];
    if (!rule || typeof rule !== "object") {
      issues.push(issue("rules_invalid_condition", at, { detail: "not an object" }));
      continue;
    }
    if (rule.kind !== "requirement" && rule.kind !== "approval") {
      issues.push(issue("rules_invalid_condition", [...at, "kind"], { detail: `kind must be requirement or approval` }));
    }
    const conds = rule.conditions as unknown;
    if (conds === null || typeof conds !== "object" || !(own(conds, "all") || own(conds, "any") || own(conds, "not"))) {
      issues.push(issue("rules_invalid_condition", [...at, "conditions"], { detail: "top level must be all, any or not" }));
      continue;
    }
    const root = compileNode(conds as RuleCondition, [...at, "conditions"], 0, id);
    const sources = Array.isArray(rule.sources) ? rule.sources : [];
    const refs: LegalBasisRef[] = [];
    sources.forEach((s, i) => {
      const basis = own(legalBases, s) ? legalBases[s] : undefined;
      if (!basis) issues.push(issue("rules_unknown_source", [...at, "sources", i], { source: s }));
      else refs.push(Object.freeze({ id: basis.id, kind: basis.kind, title: basis.title, article: basis.article, url: basis.url }));
    });
    rules.push(
      Object.freeze({
        id,
        kind: rule.kind,
        description: Object.freeze({ id: rule.description?.id ?? id, en: rule.description?.en ?? id }),
        provenance: rule.provenance,
        sources: Object.freeze([...sources]),
        note: rule.note,
        legalBases: Object.freeze(refs),
      }),
    );
    roots.push(root);
    kinds.push(rule.kind === "approval" ? APPROVAL_FAILED : REQUIREMENT_FAILED);
  }
  if (issues.length > 0) throw new MkdError("invalid_policy", { count: issues.length }, issues);

  const nodeCount = nodes.length;
  const ruleCount = rules.length;
  // Parallel arrays: the kernel reads small integer arrays, not objects of mixed shape.
  const rKind = Uint8Array.from(kinds);
  const slotFacts = slots.map((s) => s.fact);
  const slotSegments = slots.map((s) => s.segments);

  // Each node becomes a small function that computes its result, records it in `nr` and returns it.
  // Boolean nodes call every child (no short-circuit: the explanation has no holes). Specialised per
  // operator at compile time, so evaluating a node is a call and a comparison, not an interpretation.
  type NodeFn = (v: readonly unknown[], nr: Uint8Array) => number;
  /** A leaf's function; `also` is a single-child all/any parent whose result is the leaf's (one call, not two). */
  const leafFn = (n: Node, i: number, also: number): NodeFn => {
    const slot = n.slot;
    const b = n.value;
    const j = also < 0 ? i : also;
    switch (n.op) {
      case OP.equal:
        return (v, nr) => (nr[i] = nr[j] = v[slot] === b ? 1 : 0);
      case OP.notEqual:
        return (v, nr) => (nr[i] = nr[j] = v[slot] !== b ? 1 : 0);
      case OP.in: {
        const list = b as readonly unknown[];
        return (v, nr) => (nr[i] = nr[j] = list.indexOf(v[slot]) > -1 ? 1 : 0);
      }
      case OP.greaterThanInclusive: {
        const t = b as number;
        return (v, nr) => {
          const a = v[slot];
          return (nr[i] = nr[j] = (typeof a === "number" ? a >= t : isNumberLike(a) && (a as number) >= t) ? 1 : 0);
        };
      }
      case OP.greaterThan: {
        const t = b as number;
        return (v, nr) => {
          const a = v[slot];
          return (nr[i] = nr[j] = (typeof a === "number" ? a > t : isNumberLike(a) && (a as number) > t) ? 1 : 0);
        };
      }
      default: {
        const op = n.op;
        return (v, nr) => (nr[i] = nr[j] = applyOperator(op, v[slot], b) ? 1 : 0);
      }
    }
  };
  const fns: NodeFn[] = [];
  for (let i = 0; i < nodeCount; i++) {
    const n = nodes[i]!;
    let fn: NodeFn;
    if (n.kind === Kind.Leaf) fn = leafFn(n, i, -1);
    else {
      const children = n.children.map((c) => fns[c]!);
      const count = children.length;
      if (n.kind === Kind.Not) {
        const child = children[0]!;
        fn = (v, nr) => (nr[i] = child(v, nr) ^ 1);
      } else if (count === 1) {
        // json-rules-engine: a single-condition all / any is that condition.
        const c = n.children[0]!;
        const child = children[0]!;
        fn = nodes[c]!.kind === Kind.Leaf ? leafFn(nodes[c]!, c, i) : (v, nr) => (nr[i] = child(v, nr));
      } else if (n.kind === Kind.All) {
        // An empty `all` (and an empty `any`) is true in json-rules-engine.
        fn = (v, nr) => {
          let r = 1;
          for (let j = 0; j < count; j++) r &= children[j]!(v, nr);
          return (nr[i] = r);
        };
      } else {
        fn = (v, nr) => {
          let r = count === 0 ? 1 : 0;
          for (let j = 0; j < count; j++) r |= children[j]!(v, nr);
          return (nr[i] = r);
        };
      }
    }
    fns.push(fn);
  }
  const rootFns = roots.map((r) => fns[r]!);

  const run = (values: readonly unknown[], nr: Uint8Array, rr: Uint8Array): number => {
    let flags = 0;
    for (let k = 0; k < ruleCount; k++) {
      const passed = rootFns[k]!(values, nr);
      rr[k] = passed;
      if (passed === 0) flags |= rKind[k]!;
    }
    return flags;
  };

  const loadSlots = (facts: Readonly<Record<string, unknown>>, values: unknown[]): void => {
    for (let s = 0; s < slotFacts.length; s++) {
      const name = slotFacts[s]!;
      let v: unknown = own(facts, name) ? facts[name] : undefined;
      const segs = slotSegments[s];
      // json-rules-engine applies a path only to an object fact value; other values pass through.
      if (segs !== null && segs !== undefined && v !== null && typeof v === "object") {
        for (let j = 0; j < segs.length; j++) {
          const key = segs[j]!;
          v = v !== null && typeof v === "object" && own(v, key) ? (v as Record<string, unknown>)[key] : undefined;
        }
      }
      values[s] = v;
    }
  };

  // Explanations are interned per rule. A rule's explanation is a function of the values of the slots
  // it reads, so each value gets a small id per slot (booleans and undefined have fixed ids) and the
  // ids of a rule's slots fold into one number: the key of a frozen explanation shared by every
  // decision with the same values. A national batch repeats a few thousand explanations millions of
  // times; this makes explaining them a handful of lookups. Caches are bounded.
  const VALUE_LIMIT = 1020;
  const SMALL_INTS = 512;
  const BASE = VALUE_LIMIT + 4;
  const RULE_LIMIT = EXPLANATION_LIMIT;
  const MAX_KEY = 2 ** 30;
  /** Rules whose key space is at most this big get a dense, preallocated table (an indexed load). */
  const DENSE_LIMIT = 65536;
  const NO_MISSING: readonly string[] = Object.freeze([]);
  const slotValueIds: Map<unknown, number>[] = slots.map(() => new Map());
  // Boolean facts (and the job criteria) need only the four fixed ids: a smaller radix keeps every key
  // a small integer. String facts with a closed set of values get ids from 4 up (room for the declared
  // values and a few more); number facts give small non-negative integers fixed ids and other numbers
  // ids above them.
  const slotKind = slots.map((sl) => (sl.segments !== null ? "boolean" : (FACTS[sl.fact] as { type: string }).type));
  const radix = Int32Array.from(slots, (sl, i) =>
    slotKind[i] === "boolean" ? 4 : slotKind[i] === "string" && (FACTS[sl.fact] as { values?: readonly string[] }).values ? 8 + (FACTS[sl.fact] as { values: readonly string[] }).values.length : BASE,
  );
  const idBase = Int32Array.from(slots, (_, i) => (slotKind[i] === "number" ? 4 + SMALL_INTS : 4));
  const numberSlot = Uint8Array.from(slots, (_, i) => (slotKind[i] === "number" ? 1 : 0));
  // String facts with declared values: those values get fixed ids (4, 5, ...) found by a short scan.
  const declared: (readonly string[] | null)[] = slots.map((sl, i) => (slotKind[i] === "string" ? ((FACTS[sl.fact] as { values?: readonly string[] }).values ?? null) : null));
  const declaredCount = Int32Array.from(declared, (d) => (d === null ? 0 : d.length));
  const ruleSlots: Int32Array[] = roots.map((root) => {
    const used: number[] = [];
    const visit = (i: number): void => {
      const n = nodes[i]!;
      if (n.kind === Kind.Leaf) {
        if (!used.includes(n.slot)) used.push(n.slot);
      } else for (const c of n.children) visit(c);
    };
    visit(root);
    return Int32Array.from(used);
  });
  // Per rule: the radix of each slot it reads, in the same order, and the size of its key space (the
  // product of the radices; -1 when past 2^30, and then the rule is explained afresh every time).
  const ruleRadix: Int32Array[] = ruleSlots.map((used) => Int32Array.from(used, (sl) => radix[sl]!));
  const keySpace = Float64Array.from(ruleRadix, (rad) => rad.reduce((p, r) => p * r, 1));
  const cacheable = Uint8Array.from(keySpace, (size) => (size <= MAX_KEY ? 1 : 0));
  // Dense tables are filled with `undefined` up front, so they stay packed (not sparse) arrays.
  // Interned explanations get a dense id per rule (0, 1, 2... in order of first use, at most RULE_LIMIT):
  // the key -> id tables are typed arrays (dense rules, filled with -1) or a Map (other rules), and
  // what a decision reads per rule (its state, its result) sits in small per-rule tables indexed by
  // id, so a decision touches a few compact arrays instead of chasing pointers into scattered objects.
  const dense = Uint8Array.from(keySpace, (size) => (size <= DENSE_LIMIT ? 1 : 0));
  // The dense tables of all rules side by side in one typed array (rule k's at denseBase[k]), and the
  // slots and radices of all rules in flat arrays (rule k's from slotStart[k] to slotStart[k + 1]): the
  // per-decision loop reads a few typed arrays whose storage does not change, instead of per-rule arrays.
  const denseBase = new Int32Array(ruleCount);
  let denseTotal = 0;
  for (let k = 0; k < ruleCount; k++) {
    denseBase[k] = denseTotal;
    if (dense[k] === 1) denseTotal += keySpace[k]!;
  }
  const denseAll = new Int32Array(denseTotal).fill(-1);
  const slotStart = new Int32Array(ruleCount + 1);
  for (let k = 0; k < ruleCount; k++) slotStart[k + 1] = slotStart[k]! + ruleSlots[k]!.length;
  const flatSlots = new Int32Array(slotStart[ruleCount]!);
  const flatRadix = new Int32Array(slotStart[ruleCount]!);
  const flatNumber = new Uint8Array(slotStart[ruleCount]!);
  for (let k = 0; k < ruleCount; k++) {
    for (let j = 0; j < ruleSlots[k]!.length; j++) {
      const sl = ruleSlots[k]![j]!;
      flatSlots[slotStart[k]! + j] = sl;
      flatRadix[slotStart[k]! + j] = radix[sl]!;
      flatNumber[slotStart[k]! + j] = numberSlot[sl]!;
    }
  }
  const idSparse: Map<number, number>[] = rules.map(() => new Map());
  const entriesById: ExplainEntry[][] = rules.map(() => []);
  const resultsById: RuleResult[][] = rules.map(() => []);
  const ruleCacheSize = new Int32Array(ruleCount);

  const valueId = (s: number, v: unknown): number => {
    if (v === undefined) return 0;
    if (v === false) return 1;
    if (v === true) return 2;
    if (v === null) return 3;
    if (typeof v === "object" || typeof v === "function") return -1;
    // Small non-negative integers (talent boxes, months of service) have fixed ids; other values get
    // ids from a per-slot table, above that range. (-0 is not 0 here: `1 / v > 0` tells them apart.)
    if (numberSlot[s] === 1 && typeof v === "number" && v >= 0 && v < SMALL_INTS && (v | 0) === v && (v !== 0 || 1 / v > 0)) return v + 4;
    const known = declared[s];
    if (known !== null && known !== undefined) for (let i = 0; i < known.length; i++) if (known[i] === v) return 4 + i;
    const ids = slotValueIds[s]!;
    let id = ids.get(v);
    if (id === undefined) {
      const base = idBase[s]! + declaredCount[s]!;
      if (base + ids.size >= VALUE_LIMIT) return -1;
      id = base + ids.size;
      ids.set(v, id);
    }
    return id;
  };

  const explainNode = (i: number, values: readonly unknown[], nr: Uint8Array, missing: string[]): ConditionResult => {
    const n = nodes[i]!;
    const passed = nr[i] === 1;
    switch (n.kind) {
      case Kind.Leaf: {
        const actual = values[n.slot];
        const isMissing = actual === undefined;
        if (isMissing) missing.push(n.path === undefined ? n.fact : `${n.fact}${n.path.slice(1)}`);
        return { fact: n.fact, path: n.path, operator: n.operator as OperatorName, threshold: n.value, actual, passed, missing: isMissing };
      }
      case Kind.All:
        return { all: n.children.map((c) => explainNode(c, values, nr, missing)), passed };
      case Kind.Any:
        return { any: n.children.map((c) => explainNode(c, values, nr, missing)), passed };
      default:
        return { not: explainNode(n.children[0]!, values, nr, missing), passed };
    }
  };

  const deepFreeze = (c: ConditionResult): void => {
    if ("all" in c) c.all.forEach(deepFreeze), Object.freeze(c.all);
    else if ("any" in c) c.any.forEach(deepFreeze), Object.freeze(c.any);
    else if ("not" in c) deepFreeze(c.not);
    Object.freeze(c);
  };

  const explainRule = (k: number, values: readonly unknown[], nr: Uint8Array): RuleResult => {
    const missing: string[] = [];
    const conditions = explainNode(roots[k]!, values, nr, missing);
    const rule = rules[k]!;
    return {
      id: rule.id,
      kind: rule.kind,
      passed: nr[roots[k]!] === 1,
      description: rule.description,
      provenance: rule.provenance,
      legalBases: rule.legalBases,
      note: rule.note,
      conditions,
      missing: missing.length === 0 ? NO_MISSING : missing,
    };
  };

  /**
   * The interning key of rule `k` for these values: the ids of the values of the slots it reads, folded
   * into one integer; -1 when the rule is not cacheable or a value has no id in its slot's radix.
   */
  const keyOf = (k: number, values: readonly unknown[]): number => {
    if (cacheable[k] !== 1) return -1;
    const end = slotStart[k + 1]!;
    let key = 0;
    for (let j = slotStart[k]!; j < end; j++) {
      const sl = flatSlots[j]!;
      const v = values[sl];
      // Booleans, undefined and small non-negative integers (most slots) inline; the rest through the
      // id tables (valueId, which gives the same ids for these).
      const id =
        v === true
          ? 2
          : v === false
            ? 1
            : v === undefined
              ? 0
              : flatNumber[j] === 1 && typeof v === "number" && v >= 0 && v < SMALL_INTS && (v | 0) === v && (v !== 0 || 1 / v > 0)
                ? v + 4
                : valueId(sl, v);
      const r = flatRadix[j]!;
      // An id outside the slot's radix (a non-boolean in a boolean fact, a value past the id table) is not cached.
      if (id < 0 || id >= r) return -1;
      key = key * r + id;
    }
    return key;
  };

  /** Explains rule `k` from the node results (evaluated for these values), frozen and interned under `key` when there is room. */
  const intern = (k: number, key: number, values: readonly unknown[], nr: Uint8Array): ExplainEntry => {
    const made = explainRule(k, values, nr);
    if (key >= 0 && ruleCacheSize[k]! < RULE_LIMIT) {
      deepFreeze(made.conditions);
      Object.freeze(made.missing);
      Object.freeze(made);
      const id = ruleCacheSize[k]!++;
      const entry: ExplainEntry = { result: made, passed: made.passed, hasMissing: made.missing.length > 0, id };
      entriesById[k]![id] = entry;
      resultsById[k]![id] = made;
      // The entry code: the id with the entry's state in the two low bits, so one load says all.
      const code = id * 4 + (made.passed ? ENTRY_PASSED : 0) + (entry.hasMissing ? ENTRY_MISSING : 0);
      if (dense[k] === 1) denseAll[denseBase[k]! + key] = code;
      else idSparse[k]!.set(key, code);
      return entry;
    }
    return { result: made, passed: made.passed, hasMissing: made.missing.length > 0, id: -1 };
  };

  /** The entry code (id * 4 + state bits) of the interned explanation of rule `k` under `key`, or -1. */
  const lookupId = (k: number, key: number): number => {
    if (key < 0) return -1;
    if (dense[k] === 1) return denseAll[denseBase[k]! + key]!;
    const id = idSparse[k]!.get(key);
    return id === undefined ? -1 : id;
  };

  const explainInto = (values: readonly unknown[], nr: Uint8Array, out: ExplainEntry[]): void => {
    for (let k = 0; k < ruleCount; k++) {
      const key = keyOf(k, values);
      const id = lookupId(k, key);
      out[k] = id >= 0 ? entriesById[k]![id >> 2]! : intern(k, key, values, nr);
    }
  };

  const runExplained = (values: readonly unknown[], nr: Uint8Array, rr: Uint8Array, ids: Int32Array, fresh: ExplainEntry[]): number => {
    let flags = 0;
    for (let k = 0; k < ruleCount; k++) {
      const key = keyOf(k, values);
      let code = lookupId(k, key);
      let passed: boolean;
      if (code >= 0) passed = (code & ENTRY_PASSED) !== 0;
      else {
        // First time these values meet this rule (or they cannot be interned): evaluate every node of
        // the rule, then explain it from the node results.
        rootFns[k]!(values, nr);
        const entry = intern(k, key, values, nr);
        if (entry.id < 0) fresh[k] = entry;
        else code = entry.id * 4 + (entry.passed ? ENTRY_PASSED : 0) + (entry.hasMissing ? ENTRY_MISSING : 0);
        passed = entry.passed;
      }
      ids[k] = code;
      if (passed) rr[k] = 1;
      else {
        rr[k] = 0;
        flags |= rKind[k]!;
      }
    }
    return flags;
  };

  return Object.freeze({
    rules: Object.freeze(rules),
    factsUsed,
    rulesByFact,
    slotCount: slots.length,
    nodeCount,
    loadSlots,
    run,
    slots: Object.freeze(slots.map((x) => Object.freeze({ ...x }))),
    explainInto,
    runExplained,
    resultsById,
    evaluate(facts: Readonly<Record<string, unknown>>): RulesEvaluation {
      if (facts === null || typeof facts !== "object") throw new MkdError("invalid_input", { count: 1 }, [issue("input_invalid_type", [], { expected: "object" })]);
      const values = new Array<unknown>(slots.length);
      const nr = new Uint8Array(nodeCount);
      const rr = new Uint8Array(ruleCount);
      loadSlots(facts, values);
      const flags = run(values, nr, rr);
      const entries: ExplainEntry[] = new Array(ruleCount);
      explainInto(values, nr, entries);
      const results = entries.map((x) => x.result);
      return {
        passed: flags === 0,
        requirementsPassed: (flags & REQUIREMENT_FAILED) === 0,
        approvalsPassed: (flags & APPROVAL_FAILED) === 0,
        rules: results,
        failed: results.filter((r) => !r.passed).map((r) => r.id),
      };
    },
  });
}
