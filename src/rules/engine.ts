/**
 * The json-rules-engine adapter: the only place that imports json-rules-engine. It builds a real
 * `Engine` from the same rule JSON the compiled evaluator runs, for integrators who add their own
 * rules or asynchronous facts (attendance from their database, say).
 */
import { Engine, type EngineOptions, type RuleProperties } from "json-rules-engine";
import type { ResolvedPolicy } from "../policy/resolve.js";
import { FORBIDDEN_KEYS } from "../policy/vocabulary.js";
import { compileRules } from "./compile.js";

/**
 * Resolves a plain property path (`$.a.b`) with own-property lookups only, the same way the compiled
 * evaluator does. Used instead of json-rules-engine's default JSONPath resolver, so no path in a rule
 * is ever executed as JSONPath and no path can reach a prototype.
 *
 * @example
 * ```ts
 * plainPathResolver({ itBased: true }, "$.itBased"); // true
 * plainPathResolver({}, "$.__proto__"); // undefined
 * ```
 */
export function plainPathResolver(value: object, path: string): unknown {
  if (!/^\$(\.[A-Za-z_][A-Za-z0-9_]*)+$/.test(path)) return undefined;
  let cur: unknown = value;
  for (const key of path.slice(2).split(".")) {
    if (
      FORBIDDEN_KEYS.has(key) ||
      cur === null ||
      typeof cur !== "object" ||
      !Object.prototype.hasOwnProperty.call(cur, key)
    )
      return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/**
 * Options for {@link createRulesEngine}: json-rules-engine's own engine options.
 *
 * @example
 * ```ts
 * createRulesEngine(policy, { allowUndefinedFacts: true });
 * ```
 */
export type RulesEngineOptions = Omit<EngineOptions, "pathResolver">;

/**
 * A real json-rules-engine `Engine` loaded with the policy's eligibility rules: one rule per policy
 * rule, named by its id, each with one event `{ type: <rule id>, params: { kind } }`, all at priority 1
 * (one priority, so the engine evaluates every condition and its results have no holes).
 *
 * The rules are first checked by {@link compileRules} (unknown facts, unsafe paths and fact references
 * are refused with an `invalid_policy` MkdError). Undefined facts are an error by default
 * (`allowUndefinedFacts: false`): a fact you forget to supply is reported, never read as `undefined`.
 * Paths are resolved by {@link plainPathResolver}, never by JSONPath.
 *
 * Feed it the facts of a decision (`checkEligibility(...).facts`) plus your own.
 *
 * @example
 * ```ts
 * const policy = resolvePolicy("jabar", "2026-03-02");
 * const engine = createRulesEngine(policy);
 * engine.addRule({ name: "attended_training", conditions: { all: [{ fact: "training", operator: "equal", value: true }] }, event: { type: "attended_training" } });
 * const decision = checkEligibility(employee, { policy, asOf: "2026-03-02" });
 * const { failureEvents } = await engine.run({ ...decision.facts, training: true });
 * ```
 */
export function createRulesEngine(policy: ResolvedPolicy, options: RulesEngineOptions = {}): Engine {
  const compiled = compileRules(policy);
  const engine = new Engine([], { allowUndefinedFacts: false, ...options, pathResolver: plainPathResolver });
  for (const rule of compiled.rules) {
    const source = policy.parameters.eligibility.rules[rule.id]!;
    const properties: RuleProperties = {
      name: rule.id,
      priority: 1,
      // A deep copy: json-rules-engine writes results into its condition objects.
      conditions: JSON.parse(JSON.stringify(source.conditions)) as RuleProperties["conditions"],
      event: { type: rule.id, params: { kind: rule.kind } },
    };
    engine.addRule(properties);
  }
  return engine;
}
