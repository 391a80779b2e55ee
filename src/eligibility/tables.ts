/**
 * The decision tables of an eligibility context: everything about a decision that depends only on the
 * policy (the limit plans for every request and track-record level, the reasons and warnings of each
 * interned rule result, the fallbacks a failed rule says, each in every language), built once per policy
 * on its first decision and shared by every decision after it. Separate from check.ts, which reads them
 * per decision, because they are a cache with its own layout: the decision only looks things up.
 */
import type { Locale } from "../i18n/index.js";
import type { FactDefinition } from "../policy/fact-definition.js";
import { FACTS, type FactName } from "../policy/facts.js";
import { EXPLANATION_LIMIT, type RuleResult } from "../rules/compile.js";
import type { EligibilityLimit } from "./check.js";
import type { EligibilityContext, LimitSource } from "./context.js";
import type { Employee } from "./employee.js";
import { blamesFact, render, ruleMemo, type EligibilityReason } from "./explain.js";

const REQUEST_PATH: readonly string[] = Object.freeze(["requestedFormat"]);

/**
 * What the limits decide for one (request, track-record level): the days, the limit entries with their
 * sources, and the reasons that follow each outcome. A function of the policy and those two values only,
 * so it is built once per policy (8 requests x 4 levels) and every decision shares it.
 */
interface LimitPlan {
  /** The least of the request, the cap and the quota. */
  readonly bound: number;
  /** The largest allowed number of days within `bound` (0: none fits). */
  readonly within: number;
  readonly limits: readonly EligibilityLimit[];
  /** Reasons after the failed rules, by outcome (codes and parameters; rendered when asked). */
  readonly eligible: readonly EligibilityReason[];
  readonly needsApproval: readonly EligibilityReason[];
  readonly noDays: EligibilityReason;
}

/** Everything about a decision that depends only on the policy, built once per policy. */
interface Tables {
  /** Index: requested days (0 = no request) * 4 + level index (green, yellow, red, none). */
  readonly plans: readonly LimitPlan[];
  /**
   * By rule and interned explanation id: the rule's reason (null: none, undefined: not made yet).
   * Preallocated and filled with `undefined`, so they stay packed arrays.
   */
  readonly reasons: (EligibilityReason | null | undefined)[][];
  /** Same layout: the rule's missing-fact warning. */
  readonly warnings: (EligibilityReason | null | undefined)[][];
  /** Per rule: the fallbacks of the facts it reads (see `FactDefinition.fallback`), said when it fails. */
  readonly fallbacks: readonly (readonly (readonly [FactName, Fallback])[])[];
  /**
   * Per rule with fallbacks, by interned explanation id and fallback: whether the interned result blames
   * the fallback's fact (0: not computed yet, 1: no, 2: yes); the result of an id never changes.
   */
  readonly blames: readonly Uint8Array[];
  /** The same reasons, warnings and plan reasons with their messages in each language, made when first asked. */
  readonly localized: Readonly<Record<Locale, LocalizedTables>>;
}

/** The tables of one language: the same layout as {@link Tables}, each reason with its `message`. */
interface LocalizedTables {
  readonly reasons: (EligibilityReason | null | undefined)[][];
  readonly warnings: (EligibilityReason | null | undefined)[][];
  /** By plan index: the plan's reasons rendered (undefined: not made yet). */
  readonly plans: (LocalizedPlan | undefined)[];
  /** Fallback reasons rendered, by rule, fallback and parameter values (at most {@link EXPLANATION_LIMIT}, then cleared). */
  readonly fallbackSaid: Map<string, EligibilityReason>;
}

interface LocalizedPlan {
  readonly eligible: readonly EligibilityReason[];
  readonly needsApproval: readonly EligibilityReason[];
  readonly noDays: EligibilityReason;
}

type Fallback = NonNullable<FactDefinition["fallback"]>;
const FALLBACKS = (Object.keys(FACTS) as FactName[]).flatMap((name) => {
  const fb = (FACTS[name] as FactDefinition).fallback;
  return fb === undefined ? [] : [[name, fb] as const];
});

/**
 * After a failed rule's reason: the reason of each fallback that applies to this employee, for a fact
 * whose condition made the rule fail (a value measured from a fallback is said where it decided).
 */
export function fallbackReasons(
  list: readonly (readonly [FactName, Fallback])[],
  e: Employee,
  result: RuleResult,
  out: unknown[],
  n: number,
  locale: Locale | undefined,
  blames: Uint8Array | undefined,
  id: number,
  said: Map<string, EligibilityReason> | undefined,
): number {
  for (let i = 0; i < list.length; i++) {
    const [fact, fb] = list[i]!;
    if (!fb.when(e)) continue;
    let blamed: boolean;
    if (blames === undefined) blamed = blamesFact(result, fact);
    else {
      const at = id * list.length + i;
      if (blames[at] === 0) blames[at] = blamesFact(result, fact) ? 2 : 1;
      blamed = blames[at] === 2;
    }
    if (!blamed) continue;
    const params = fb.params(e);
    if (locale === undefined) {
      out[n++] = Object.freeze({ code: fb.code, rule: result.id, params: Object.freeze(params) });
      continue;
    }
    // With a language: the same rule, fallback, values and language give the same rendered reason, made
    // once (bounded); rendering is what costs, making the object does not (measured).
    const key = `${result.id}\u0000${i}\u0000${JSON.stringify(params)}`;
    let reason = said!.get(key);
    if (reason === undefined) {
      reason = render(Object.freeze({ code: fb.code, rule: result.id, params: Object.freeze(params) }), locale);
      if (said!.size >= EXPLANATION_LIMIT) said!.clear();
      said!.set(key, reason);
    }
    out[n++] = reason;
  }
  return n;
}

/**
 * Makes the reason and warning of an interned rule result into the tables, and into the tables of
 * `lt`'s language when a language is asked.
 */
export function memoize(
  t: Tables,
  k: number,
  id: number,
  result: RuleResult,
  lt: LocalizedTables | undefined,
  locale: Locale | undefined,
): void {
  if (t.reasons[k]![id] === undefined) {
    const memo = ruleMemo(result);
    t.reasons[k]![id] = memo.reason;
    t.warnings[k]![id] = memo.warning;
  }
  if (lt !== undefined) {
    const reason = t.reasons[k]![id]!;
    const warning = t.warnings[k]![id]!;
    lt.reasons[k]![id] = reason === null ? null : render(reason, locale);
    lt.warnings[k]![id] = warning === null ? null : render(warning, locale);
  }
}

/** A plan's reasons in a language, made on first use. */
export function localizedPlan(lt: LocalizedTables, index: number, plan: LimitPlan, locale: Locale): LocalizedPlan {
  let p = lt.plans[index];
  if (p === undefined) {
    p = Object.freeze({
      eligible: Object.freeze(plan.eligible.map((r) => render(r, locale))),
      needsApproval: Object.freeze(plan.needsApproval.map((r) => render(r, locale))),
      noDays: render(plan.noDays, locale),
    });
    lt.plans[index] = p;
  }
  return p;
}
const LEVEL_ORDER = ["green", "yellow", "red", "none"] as const;
/** The tables of a context, built on its first decision (a pure memo on the context). */
export function tables(ctx: EligibilityContext): Tables {
  let t = ctx.memo.tables as Tables | undefined;
  if (t === undefined) {
    t = buildTables(ctx);
    ctx.memo.tables = t;
  }
  return t;
}

function buildTables(ctx: EligibilityContext): Tables {
  const cite = (src: LimitSource) => ({
    provenance: src.provenance,
    sources: src.sources,
    legalBases: src.legalBases,
    note: src.note,
  });
  const allowed = ctx.allowed;
  const cap = ctx.cap;
  // Entries shared by every plan (a limit entry is a value: the same days, binding and source).
  const capLimit = [false, true].map((binding) =>
    Object.freeze({ kind: "cap" as const, days: cap, binding, ...cite(ctx.capSource) }),
  );
  const byCap: EligibilityReason = Object.freeze({
    code: "eligibility_limited_by_cap",
    params: Object.freeze({ days: cap }),
  });
  const plans: LimitPlan[] = [];
  for (let requestIndex = 0; requestIndex <= 7; requestIndex++) {
    const requested = requestIndex === 0 ? undefined : requestIndex;
    for (const level of LEVEL_ORDER) {
      const quota = ctx.quota[level];
      let bound = cap < quota ? cap : quota;
      if (requested !== undefined && requested < bound) bound = requested;
      let within = 0;
      for (let i = allowed.length - 1; i >= 0; i--) {
        if (allowed[i]! <= bound) {
          within = allowed[i]!;
          break;
        }
      }
      const limits: EligibilityLimit[] = [];
      if (requested !== undefined)
        limits.push(
          Object.freeze({
            kind: "request" as const,
            days: requested,
            binding: requested === bound,
            inputPath: REQUEST_PATH,
          }),
        );
      limits.push(
        capLimit[cap === bound ? 1 : 0]!,
        Object.freeze({
          kind: "quota" as const,
          days: quota,
          binding: quota === bound,
          level,
          ...cite(level === "none" ? ctx.quotaNoneSource : ctx.quotaSource),
        }),
        Object.freeze({
          kind: "allowed_formats" as const,
          days: within,
          binding: within < bound,
          allowed,
          ...cite(ctx.allowedSource),
        }),
      );
      // The limits that cut the days, said when the requirements pass and some days fit.
      const cuts: EligibilityReason[] = [];
      if (cap === bound && (requested === undefined || cap < requested)) cuts.push(byCap);
      if (quota === bound && (requested === undefined || quota < requested) && quota < cap) {
        cuts.push(
          Object.freeze({ code: "eligibility_limited_by_quota", params: Object.freeze({ days: quota, level }) }),
        );
      }
      if (within < bound)
        cuts.push(
          Object.freeze({
            code: "eligibility_limited_by_allowed_formats",
            params: Object.freeze({ days: within, allowed }),
          }),
        );
      const eligible: EligibilityReason[] = [
        Object.freeze({
          code: "eligibility_eligible",
          params: Object.freeze({ days: within, format: ctx.formats[within]! }),
        }),
        ...cuts,
      ];
      const noDays: EligibilityReason = Object.freeze({
        code: "eligibility_no_days_within_limits",
        params: Object.freeze({ allowed, limit: bound }),
      });
      plans.push(
        Object.freeze({
          bound,
          within,
          limits: Object.freeze(limits),
          eligible: Object.freeze(eligible),
          needsApproval: Object.freeze(cuts),
          noDays,
        }),
      );
    }
  }
  const perRule = () =>
    ctx.compiled.rules.map(() => new Array<EligibilityReason | null | undefined>(EXPLANATION_LIMIT).fill(undefined));
  const fallbacks = ctx.compiled.rules.map((r) =>
    FALLBACKS.filter(([name]) => ctx.compiled.rulesByFact.get(name)?.includes(r.id)).map(
      ([name, fb]) => [name, fb] as const,
    ),
  );
  const blames = fallbacks.map((list) => new Uint8Array(list.length * EXPLANATION_LIMIT));
  const localizedTables = (): LocalizedTables => ({
    reasons: perRule(),
    warnings: perRule(),
    plans: new Array<LocalizedPlan | undefined>(plans.length).fill(undefined),
    fallbackSaid: new Map(),
  });
  return {
    plans,
    reasons: perRule(),
    warnings: perRule(),
    fallbacks,
    blames,
    localized: { id: localizedTables(), en: localizedTables() },
  };
}
