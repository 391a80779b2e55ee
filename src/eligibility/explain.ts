/**
 * Explanations of a decision: the reason of each failed rule (which conditions failed, with the fact's
 * label from the fact registry, the value found and the value needed), the warnings of missing facts,
 * and the reasons the limits give. A reason holds a code and its parameters; its message is rendered
 * only when a decision is asked for in a language, once per reason object (a pure memo: shared reasons
 * are frozen and interned per policy, so each is rendered once per language).
 */
import type { IsoDate } from "../core/dates.js";
import type { Locale, MessageCode, MessageParams } from "../i18n/index.js";
import { renderShared, type SharedCode } from "../i18n/shared.js";
import type { FactWarning } from "../policy/fact-definition.js";
import { FACTS, type FactName } from "../policy/facts.js";
import type { OperatorName } from "../policy/vocabulary.js";
import type { ConditionResult, LeafConditionResult, RuleResult } from "../rules/compile.js";

/**
 * A reason or warning: a stable message code and the values its message needs.
 *
 * @example
 * ```ts
 * decision.reasons.map((r) => formatMessage(r.code, r.params, "id"));
 * ```
 */
export interface EligibilityReason {
  /** Stable code: render it with `formatMessage(code, params, locale)`. */
  readonly code: MessageCode;
  /** The rule the reason is about, when it is about one. */
  readonly rule?: string | undefined;
  readonly params: Readonly<Record<string, unknown>>;
  /** The message in the `locale` of the call, when a locale was given. */
  readonly message?: string | undefined;
}

const NEGATE: Readonly<Record<OperatorName, OperatorName>> = {
  equal: "notEqual",
  notEqual: "equal",
  in: "notIn",
  notIn: "in",
  contains: "doesNotContain",
  doesNotContain: "contains",
  lessThan: "greaterThanInclusive",
  lessThanInclusive: "greaterThan",
  greaterThan: "lessThanInclusive",
  greaterThanInclusive: "lessThan",
};

const OP_CODE: Readonly<Record<OperatorName, MessageCode>> = {
  equal: "eligibility_op_equal",
  notEqual: "eligibility_op_not_equal",
  in: "eligibility_op_in",
  notIn: "eligibility_op_not_in",
  contains: "eligibility_op_contains",
  doesNotContain: "eligibility_op_does_not_contain",
  lessThan: "eligibility_op_less_than",
  lessThanInclusive: "eligibility_op_less_than_inclusive",
  greaterThan: "eligibility_op_greater_than",
  greaterThanInclusive: "eligibility_op_greater_than_inclusive",
};

/**
 * A reason's text: eligibility's codes are among the shared catalogues, so a bundle of checkEligibility
 * carries no other capability's messages (the generic formatMessage would reach them all).
 */
function say(code: MessageCode, params: MessageParams | undefined, locale: Locale): string {
  return renderShared(code as SharedCode, params, locale);
}

function showValue(v: unknown, locale: Locale): string {
  if (v === true) return say("eligibility_value_true", undefined, locale);
  if (v === false) return say("eligibility_value_false", undefined, locale);
  if (Array.isArray(v)) return v.map((x) => showValue(x, locale)).join(", ");
  return String(v);
}

function factLabel(fact: string, path: string | undefined, locale: Locale): string {
  const def = Object.prototype.hasOwnProperty.call(FACTS, fact) ? FACTS[fact as FactName] : undefined;
  const label = def ? def.description[locale] : fact;
  return path === undefined ? label : `${label} › ${path.slice(2)}`;
}

/** The leaves that made a failed condition fail, with the operator as it should have held. */
function blame(
  c: ConditionResult,
  negated: boolean,
  out: { leaf: LeafConditionResult; operator: OperatorName }[],
): void {
  if ("fact" in c) {
    if (c.passed === negated) out.push({ leaf: c, operator: negated ? NEGATE[c.operator] : c.operator });
  } else if ("all" in c) {
    for (const x of c.all) if (x.passed === negated) blame(x, negated, out);
  } else if ("any" in c) {
    for (const x of c.any) blame(x, negated, out);
  } else {
    blame(c.not, !negated, out);
  }
}

/** True when a leaf reading `fact` is among those that made the failed rule fail. */
export function blamesFact(rule: RuleResult, fact: string): boolean {
  const leaves: { leaf: LeafConditionResult; operator: OperatorName }[] = [];
  blame(rule.conditions, false, leaves);
  return leaves.some((l) => l.leaf.fact === fact);
}

function detail(rule: RuleResult, locale: Locale): string {
  const leaves: { leaf: LeafConditionResult; operator: OperatorName }[] = [];
  blame(rule.conditions, false, leaves);
  return leaves
    .map(({ leaf, operator }) => {
      // "should be not no" reads badly: a boolean compared with equal / notEqual is said as the value it needs.
      const expectation =
        typeof leaf.threshold === "boolean" && (operator === "equal" || operator === "notEqual")
          ? showValue(operator === "equal" ? leaf.threshold : !leaf.threshold, locale)
          : say(OP_CODE[operator], { value: showValue(leaf.threshold, locale) }, locale);
      const fact = factLabel(leaf.fact, leaf.path, locale);
      return leaf.missing
        ? say("eligibility_detail_missing", { fact, expectation }, locale)
        : say("eligibility_detail", { fact, actual: showValue(leaf.actual, locale), expectation }, locale);
    })
    .join(" ");
}

/** Rendered reasons by language, keyed by the reason object itself (a pure memo: reasons are frozen). */
const rendered: Readonly<Record<Locale, WeakMap<EligibilityReason, EligibilityReason>>> = {
  id: new WeakMap(),
  en: new WeakMap(),
};

/**
 * The reason with its message in `locale` (the reason itself when no locale is asked).
 *
 * @example
 * ```ts
 * render({ code: "eligibility_limited_by_cap", params: { days: 2 } }, "en").message;
 * ```
 */
export function render(r: EligibilityReason, locale: Locale | undefined): EligibilityReason {
  if (locale === undefined) return r;
  const memo = rendered[locale];
  let out = memo.get(r);
  if (out === undefined) {
    out = Object.freeze({ ...r, message: say(r.code, r.params, locale) });
    memo.set(r, out);
  }
  return out;
}

/** A fact's warning about its input (e.g. an old track record), with the message of `locale` when given. */
export function factWarning(w: FactWarning, asOf: IsoDate): EligibilityReason {
  return Object.freeze({ code: w.code, params: Object.freeze({ month: w.value, asOf }) });
}

/** What a decision derives from one explained rule: its reason and its warning (null when none). */
export interface RuleMemo {
  readonly reason: EligibilityReason | null;
  readonly warning: EligibilityReason | null;
}

export function ruleMemo(rule: RuleResult): RuleMemo {
  const reason = rule.passed
    ? null
    : Object.freeze(
        rule.kind === "requirement"
          ? {
              code: "eligibility_requirement_not_met",
              rule: rule.id,
              params: Object.freeze({
                rule: rule.id,
                description_id: rule.description.id,
                description_en: rule.description.en,
                detail_id: detail(rule, "id"),
                detail_en: detail(rule, "en"),
              }),
            }
          : {
              code: "eligibility_approval_pending",
              rule: rule.id,
              params: Object.freeze({
                rule: rule.id,
                description_id: rule.description.id,
                description_en: rule.description.en,
              }),
            },
      );
  // A missing value never passes unseen: the rule is listed with what was unknown.
  const warning =
    rule.missing.length === 0
      ? null
      : Object.freeze({
          code: "eligibility_fact_unknown" as const,
          rule: rule.id,
          params: Object.freeze({ fact: rule.missing, rule: rule.id }),
        });
  return { reason, warning };
}
