/**
 * Explanations of compiled rules, interned: a rule's explanation is a function of the values of the
 * slots it reads, so each value gets a small id per slot (booleans and undefined have fixed ids) and the
 * ids of a rule's slots fold into one number, the key of a frozen explanation shared by every decision
 * with the same values. A national batch repeats a few thousand explanations millions of times; this
 * makes explaining them a handful of lookups. Caches are bounded.
 */
import { FACTS, type FactName } from "../policy/facts.js";
import type { OperatorName } from "../policy/vocabulary.js";
import type { CompiledRule, ConditionResult, RuleResult } from "./compile.js";

/** @internal Kinds of nodes in a compiled condition tree. */
export const Kind = { Leaf: 0, All: 1, Any: 2, Not: 3 } as const;
/** @internal A node kind. */
export type Kind = (typeof Kind)[keyof typeof Kind];

/** @internal One node of a compiled condition tree (nodes are stored children first). */
export interface Node {
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
 * An explained rule result. Interned entries (frozen, shared by every decision with the same values) have an
 * id per rule; a caller keeps what it derives from an entry (e.g. its rendered reason) in its own tables by
 * that id. An entry that could not be interned is fresh every time (id -1). Not tagged internal: the
 * eligibility context's declarations name it (it stays out of the public types all the same).
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

/** What the interning reads of a compiled rule set. */
interface Compiled {
  readonly nodes: readonly Node[];
  readonly roots: readonly number[];
  readonly rules: readonly CompiledRule[];
  readonly slots: readonly { readonly fact: FactName; readonly segments: readonly string[] | null }[];
  /** Each rule's root node function (evaluates the rule's nodes into the node results). */
  readonly rootFns: readonly ((v: readonly unknown[], nr: Uint8Array) => number)[];
  /** Each rule's failure flag (requirement or approval). */
  readonly ruleKinds: Uint8Array;
}

/** @internal Builds the interning explainers of a compiled rule set. */
export function interning({ nodes, roots, rules, slots, rootFns, ruleKinds: rKind }: Compiled): {
  explainInto: (values: readonly unknown[], nr: Uint8Array, out: ExplainEntry[]) => void;
  runExplained: (
    values: readonly unknown[],
    nr: Uint8Array,
    rr: Uint8Array,
    ids: Int32Array,
    fresh: ExplainEntry[],
  ) => number;
  resultsById: readonly (readonly RuleResult[])[];
} {
  const ruleCount = rules.length;
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
    slotKind[i] === "boolean"
      ? 4
      : slotKind[i] === "string" && (FACTS[sl.fact] as { values?: readonly string[] }).values
        ? 8 + (FACTS[sl.fact] as { values: readonly string[] }).values.length
        : BASE,
  );
  const idBase = Int32Array.from(slots, (_, i) => (slotKind[i] === "number" ? 4 + SMALL_INTS : 4));
  const numberSlot = Uint8Array.from(slots, (_, i) => (slotKind[i] === "number" ? 1 : 0));
  // String facts with declared values: those values get fixed ids (4, 5, ...) found by a short scan.
  const declared: (readonly string[] | null)[] = slots.map((sl, i) =>
    slotKind[i] === "string" ? ((FACTS[sl.fact] as { values?: readonly string[] }).values ?? null) : null,
  );
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
    if (
      numberSlot[s] === 1 &&
      typeof v === "number" &&
      v >= 0 &&
      v < SMALL_INTS &&
      (v | 0) === v &&
      (v !== 0 || 1 / v > 0)
    )
      return v + 4;
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
        return {
          fact: n.fact,
          path: n.path,
          operator: n.operator as OperatorName,
          threshold: n.value,
          actual,
          passed,
          missing: isMissing,
        };
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
              : flatNumber[j] === 1 &&
                  typeof v === "number" &&
                  v >= 0 &&
                  v < SMALL_INTS &&
                  (v | 0) === v &&
                  (v !== 0 || 1 / v > 0)
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

  const runExplained = (
    values: readonly unknown[],
    nr: Uint8Array,
    rr: Uint8Array,
    ids: Int32Array,
    fresh: ExplainEntry[],
  ): number => {
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

  return { explainInto, runExplained, resultsById };
}
