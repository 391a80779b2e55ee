/**
 * Compiles a policy's eligibility rules (json-rules-engine JSON) into one synchronous evaluator.
 *
 * Why not run json-rules-engine itself: it is Promise-only and clones the rule tree on every run
 * (about 60,000 decisions a second, ENGINEERING.md). The compiled form evaluates every condition of
 * every rule, with no short-circuit, into flat result arrays, and records for each leaf the fact, the
 * path, the operator, the threshold, the actual value and the result: the explanation has no holes.
 *
 * Safety: a rule document is data. The rules are checked by `validateRules` (src/policy/validate.ts),
 * the rule checks of `validatePolicy` with the same codes: only the facts of the fact registry and
 * json-rules-engine's built-in operators, plain property paths, values of the right kind, sources among
 * the legal bases, no prototype keys. A path is resolved by own-property lookups, never handed to a
 * JSONPath implementation, and the size and depth limits of policy/limits.ts hold before any walk.
 *
 * Missing facts: a leaf whose fact (or path) value is `undefined` is evaluated with json-rules-engine's
 * semantics (so both engines agree) and additionally flagged `missing: true`, so no missing value can
 * pass unseen. `checkEligibility` goes further: the facts a policy's rules need must be in the input.
 */
import { issue, MkdError } from "../core/errors.js";
import type { FactDefinition } from "../policy/fact-definition.js";
import { FACTS, type FactName } from "../policy/facts.js";
import type { OperatorName } from "../policy/vocabulary.js";
import { policyLimitIssues } from "../policy/limits.js";
import { validateRules } from "../policy/validate.js";
import type { ResolvedPolicy } from "../policy/resolve.js";
import type { EligibilityRule, LegalBasis, Provenance, RuleCondition } from "../policy/schema.js";
import { interning, Kind, type ExplainEntry, type Node } from "./interning.js";
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
  runExplained(
    values: readonly unknown[],
    nodeResults: Uint8Array,
    ruleResults: Uint8Array,
    ids: Int32Array,
    fresh: ExplainEntry[],
  ): number;
  /** @internal Per rule, the interned results by id (see {@link runExplained}). */
  readonly resultsById: readonly (readonly RuleResult[])[];
}

/** @internal For the eligibility kernel (eligibility/check.ts). */
export { ENTRY_MISSING, EXPLANATION_LIMIT } from "./interning.js";
export type { ExplainEntry } from "./interning.js";

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
  ...Object.entries(FACTS as Readonly<Record<string, FactDefinition>>).flatMap(([name, def]) =>
    (def.properties ?? []).map((p) => `${name}.${p}`),
  ),
]);
const SLOT_INDEX: ReadonlyMap<string, number> = new Map(SLOT_LAYOUT.map((k, i) => [k, i]));

const cache = new WeakMap<ResolvedPolicy, CompiledRules>();
function own(obj: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

/**
 * Compiles the eligibility rules of a resolved policy into a synchronous evaluator, once per policy
 * object (cached in a WeakMap on the {@link ResolvedPolicy}).
 *
 * Throws `invalid_policy` (an {@link MkdError}) listing every unsafe or unknown part of the rules, with
 * the codes `validatePolicy` gives (`policy_rule_*`, `policy_source_unknown`, `forbidden_key`):
 * an unknown fact, an operator json-rules-engine does not have, a non-plain path or a property the fact
 * does not have, a fact reference or a value of the wrong kind for its operator, a source that is not
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
    checkRules(policy.parameters?.eligibility?.rules ?? {}, policy.legalBases ?? {});
    compiled = build(policy);
    cache.set(policy, compiled);
  }
  return compiled;
}

/**
 * {@link compileRules} for a policy this library resolved (shipped, or prepared by `preparePolicy`, whose
 * validation already checked the rules with the same checks): compiled without checking them again, so the
 * decision path does not carry the rule checks.
 */
export function compileTrustedRules(policy: ResolvedPolicy): CompiledRules {
  let compiled = cache.get(policy);
  if (!compiled) {
    compiled = build(policy);
    cache.set(policy, compiled);
  }
  return compiled;
}

/**
 * The rules of a resolved policy, checked as `validatePolicy` checks a document's rules, with the same
 * codes (a resolved policy may come from a caller): the size and depth limits first (policy/limits.ts,
 * before anything walks the tree recursively), then `validateRules` (`policy_rule_*`,
 * `policy_source_unknown`, `forbidden_key`).
 */
function checkRules(ruleRecord: unknown, legalBases: Readonly<Record<string, unknown>>): void {
  const limits = policyLimitIssues({ parameters: { eligibility: { rules: ruleRecord } } });
  const issues = limits.length > 0 ? limits : validateRules(ruleRecord, new Set(Object.keys(legalBases)));
  if (issues.length > 0) throw new MkdError("invalid_policy", { count: issues.length }, issues);
}

/** The compiled rules of a policy whose rules are valid (checkRules, or validated before it was resolved). */
function build(policy: ResolvedPolicy): CompiledRules {
  const ruleRecord = (policy.parameters?.eligibility?.rules ?? {}) as Readonly<Record<string, EligibilityRule>>;
  const legalBases = policy.legalBases ?? {};

  const nodes: Node[] = [];
  // Fixed slot layout (SLOT_LAYOUT): every policy's evaluator reads the same vector, so a caller can
  // derive the facts straight into it.
  const slots: { fact: FactName; segments: readonly string[] | null }[] = SLOT_LAYOUT.map((key) => {
    const dot = key.indexOf(".");
    return dot < 0
      ? { fact: key as FactName, segments: null }
      : { fact: key.slice(0, dot) as FactName, segments: [key.slice(dot + 1)] };
  });
  const rules: CompiledRule[] = [];
  const roots: number[] = [];
  const kinds: number[] = [];
  const factsUsed = new Set<FactName>();
  const rulesByFact = new Map<FactName, string[]>();
  const slotFor = (fact: FactName, path: string | undefined): number =>
    SLOT_INDEX.get(path === undefined ? fact : `${fact}.${path.slice(2)}`)!;
  const push = (n: Node): number => nodes.push(n) - 1;

  /** A combinator node (all, any, not): only its kind and children mean anything. */
  const pushCombinator = (kind: Kind, children: number[]): number =>
    push({ kind, children, op: 0, slot: 0, value: undefined, fact: "", path: undefined, operator: "" });
  // The rules are valid here (checkRules): build the tree, children first.
  const compileNode = (cond: RuleCondition, ruleId: string): number => {
    if ("all" in cond || "any" in cond) {
      const all = "all" in cond;
      return pushCombinator(
        all ? Kind.All : Kind.Any,
        (all ? cond.all : cond.any).map((child) => compileNode(child, ruleId)),
      );
    }
    if ("not" in cond) return pushCombinator(Kind.Not, [compileNode(cond.not, ruleId)]);
    const { fact, operator, path, value } = cond as {
      fact: FactName;
      operator: OperatorName;
      path?: string;
      value: unknown;
    };
    factsUsed.add(fact);
    const users = rulesByFact.get(fact) ?? [];
    if (!users.includes(ruleId)) users.push(ruleId);
    rulesByFact.set(fact, users);
    return push({
      kind: Kind.Leaf,
      children: [],
      op: OP[operator],
      slot: slotFor(fact, path),
      // Frozen copy: the compiled evaluator never shares a mutable array with the caller's document.
      value: Array.isArray(value) ? Object.freeze([...value]) : value,
      fact,
      path,
      operator,
    });
  };

  for (const id of Object.keys(ruleRecord)) {
    const rule = ruleRecord[id]!;
    const refs: LegalBasisRef[] = rule.sources.map((src) => {
      const basis = legalBases[src]!;
      return Object.freeze({
        id: basis.id,
        kind: basis.kind,
        title: basis.title,
        article: basis.article,
        url: basis.url,
      });
    });
    roots.push(compileNode(rule.conditions as RuleCondition, id));
    rules.push(
      Object.freeze({
        id,
        kind: rule.kind,
        description: Object.freeze({ id: rule.description.id, en: rule.description.en }),
        provenance: rule.provenance,
        sources: Object.freeze([...rule.sources]),
        note: rule.note,
        legalBases: Object.freeze(refs),
      }),
    );
    kinds.push(rule.kind === "approval" ? APPROVAL_FAILED : REQUIREMENT_FAILED);
  }

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

  const { explainInto, runExplained, resultsById } = interning({
    nodes,
    roots,
    rules,
    slots,
    rootFns,
    ruleKinds: rKind,
  });

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
      if (facts === null || typeof facts !== "object")
        throw new MkdError("invalid_input", { count: 1 }, [issue("input_invalid_type", [], { expected: "object" })]);
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
