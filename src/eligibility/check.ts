/**
 * checkEligibility: may this civil servant do MKD, with how many flexible days a week, and why (not)?
 *
 * The decision follows the policy in force on `asOf`:
 * - every `requirement` rule must pass (else `ineligible`);
 * - flexible days = the largest value of `allowedFlexibleDays` that is at most the least of the request,
 *   the cap `schedule.maxFlexibleDaysPerWeek` and the track-record quota (`eligibility.trackRecordQuota`,
 *   or `quotaWithoutTrackRecord`); when no allowed value fits, the employee is `ineligible`
 *   (`eligibility_no_days_within_limits`), since MKD with zero flexible days is no MKD;
 * - every `approval` rule must pass (else `needs_approval`: the days are shown as `daysWithinLimits`).
 *
 * What depends only on the policy (the limit plans, the reasons of interned rule results) is built once per
 * policy in tables.ts; this module decides and looks those up.
 */
import type { IsoDate } from "../core/dates.js";
import { issue, MkdError, toSafeResult, type SafeResult } from "../core/errors.js";
import type { TrackRecordLevel } from "../core/track-record.js";
import type { Locale } from "../i18n/index.js";
import { decisionDate, type DerivationEnv, type FactWarning } from "../policy/fact-definition.js";
import { FACTS, type FactName } from "../policy/facts.js";
import type { FactValues } from "../policy/fact-types.js";
import type { ResolvedPolicy } from "../policy/resolve.js";
import type { Provenance } from "../policy/schema.js";
import {
  APPROVAL_FAILED,
  ENTRY_MISSING,
  REQUIREMENT_FAILED,
  type LegalBasisRef,
  type RuleResult,
} from "../rules/compile.js";
import type { EarlyWarningResult } from "../scoring/types.js";
import {
  eligibilityContext,
  selectPolicy,
  type DecisionPolicy,
  type EligibilityContext,
  type PolicySelector,
} from "./context.js";
import { deriveInto, evaluationOf, factsOf, validateEmployee } from "./derive.js";
import type { Employee, EmployeeInput } from "./employee.js";
import { factWarning, render, ruleMemo, type EligibilityReason } from "./explain.js";
import { fallbackReasons, localizedPlan, memoize, tables } from "./tables.js";

export type { EligibilityReason } from "./explain.js";

/**
 * The three outcomes: `needs_approval` means every requirement is met and only an approval is missing.
 *
 * @example
 * ```ts
 * if (decision.outcome === "needs_approval") notifyLeader(decision.employeeId);
 * ```
 */
export type EligibilityOutcome = "eligible" | "ineligible" | "needs_approval";

/**
 * The facts the rules see, derived from the input by the fact registry (src/policy/facts.ts): one
 * property per fact, an object fact (`jobCriteria`) with each of its properties (undefined when not
 * recorded). Feed them to `createRulesEngine`'s engine (`engine.run(decision.facts)`) to run the same
 * rules in json-rules-engine.
 *
 * @example
 * ```ts
 * const { failureEvents } = await createRulesEngine(policy).run({ ...decision.facts });
 * ```
 */
export type EligibilityFacts = FactValues;

/**
 * Every rule of the policy with its result, every condition, its legal basis and its provenance.
 *
 * @example
 * ```ts
 * decision.rules.filter((r) => !r.passed).map((r) => [r.id, r.legalBases[0]?.title]);
 * ```
 */
export type RuleDecision = RuleResult;

/**
 * One of the limits on the flexible days, with where it comes from and whether it cut the days.
 *
 * @example
 * ```ts
 * decision.limits.filter((l) => l.binding).map((l) => `${l.kind}: ${l.days}`); // ["quota: 1"]
 * ```
 */
export interface EligibilityLimit {
  readonly kind: "request" | "cap" | "quota" | "allowed_formats";
  /** The most days this limit allows (for `allowed_formats`: the largest allowed value that fits). */
  readonly days: number;
  /** True when this limit is what set `daysWithinLimits`. */
  readonly binding: boolean;
  /** For `quota`: the track-record level it was read for. */
  readonly level?: TrackRecordLevel | "none" | undefined;
  /** For `allowed_formats`: every allowed number of flexible days. */
  readonly allowed?: readonly number[] | undefined;
  /** For `request`: where it is in the input. Other limits cite the policy. */
  readonly inputPath?: readonly string[] | undefined;
  readonly provenance?: Provenance | undefined;
  readonly sources?: readonly string[] | undefined;
  readonly legalBases?: readonly LegalBasisRef[] | undefined;
  readonly note?: string | undefined;
}

/**
 * The answer of {@link checkEligibility}.
 *
 * @example
 * ```ts
 * const { outcome, grantedFormat, reasons } = checkEligibility(employee, { jurisdiction: "jabar", asOf: "2026-03-02" });
 * ```
 */
export interface EligibilityDecision {
  readonly employeeId: string;
  readonly asOf: IsoDate;
  readonly outcome: EligibilityOutcome;
  /** Flexible days a week granted now: 0 unless `eligible`. */
  readonly grantedFlexibleDays: number;
  /** "flexible-office", e.g. "2-3"; null unless `eligible`. */
  readonly grantedFormat: string | null;
  /** What the limits alone allow, whatever the rules say (what a `needs_approval` would get once approved). */
  readonly daysWithinLimits: number;
  readonly requestedFlexibleDays: number | null;
  /** The request, the cap, the quota and the allowed formats, each with its source. */
  readonly limits: readonly EligibilityLimit[];
  /** Every rule, in policy order. */
  readonly rules: readonly RuleDecision[];
  /** Why: failed rules first, then the grant and the limits that cut it. */
  readonly reasons: readonly EligibilityReason[];
  /** Things to check that did not decide the outcome (unknown job criteria, a stale track record...). */
  readonly warnings: readonly EligibilityReason[];
  readonly facts: EligibilityFacts;
  /**
   * When the track record was given as a history of months: its evaluation by `evaluateEarlyWarning`
   * under this decision's policy (each month's level with its reasons); `facts.trackRecordLevel` is its
   * `level`. Undefined when the track record was given as a level (or not at all).
   */
  readonly earlyWarning?: EarlyWarningResult | undefined;
  readonly policy: DecisionPolicy;
}

/**
 * Options of {@link checkEligibility}: the policy (by jurisdiction, or one you pass), the date, the language.
 *
 * @example
 * ```ts
 * checkEligibility(employee, { jurisdiction: "jabar", asOf: "2026-03-02", locale: "en" });
 * ```
 */
export interface EligibilityOptions extends PolicySelector {
  /** When given, each reason and warning also carries its `message` in this language. */
  readonly locale?: Locale | undefined;
}

const NO_WARNINGS: readonly EligibilityReason[] = Object.freeze([]);

// ---------------------------------------------------------------------------------------------------
// The decision.

// Slots of the facts the limits read (the fact layout is the registry's order).
const SLOT_REQUEST = (Object.keys(FACTS) as FactName[]).indexOf("requestedFlexibleDays");
const SLOT_LEVEL = (Object.keys(FACTS) as FactName[]).indexOf("trackRecordLevel");
const SLOT_QUOTA = (Object.keys(FACTS) as FactName[]).indexOf("trackRecordQuotaDays");

/**
 * @internal What a derivation reads besides the input, for one policy and date (a batch makes it once).
 */
export function derivationEnv(ctx: EligibilityContext, asOf: IsoDate): DerivationEnv {
  // A loop of single decisions on one date reads the date once (a pure memo: the environment is a
  // function of the context and the date).
  const last = ctx.memo.env;
  if (last !== undefined && last.at.date === asOf) return last;
  const env: DerivationEnv = Object.freeze({ at: decisionDate(asOf), quota: ctx.quota, workingDays: ctx.workingDays });
  ctx.memo.env = env;
  return env;
}

/** @internal Decides for a validated employee under a prepared context. */
export function decide(
  e: Employee,
  env: DerivationEnv,
  ctx: EligibilityContext,
  locale: Locale | undefined,
): EligibilityDecision {
  const fromFacts = deriveInto(e, env, ctx.values);
  return explained(e, fromFacts, env.at.date, ctx, locale);
}

/**
 * @internal Validates and decides one input (throws `invalid_employee` listing every problem).
 */
export function decideInput(
  input: unknown,
  env: DerivationEnv,
  ctx: EligibilityContext,
  locale: Locale | undefined,
): EligibilityDecision {
  return decide(validateEmployee(input, env, ctx), env, ctx, locale);
}

/** The decision from the facts in the context's fact vector: every rule explained, the limits, the reasons. */
function explained(
  e: Employee,
  fromFacts: FactWarning[] | undefined,
  asOf: IsoDate,
  ctx: EligibilityContext,
  locale: Locale | undefined,
): EligibilityDecision {
  const compiled = ctx.compiled;
  const values = ctx.values;
  const nodeResults = ctx.nodeResults;
  const ruleResults = ctx.ruleResults;
  // Every rule, every condition: evaluated and explained in one pass (interned explanations by id,
  // with their reasons memoized per id in the policy's tables).
  const ids = ctx.explainedIds;
  const fresh = ctx.explained;
  const flags = compiled.runExplained(values, nodeResults, ruleResults, ids, fresh);
  const t = tables(ctx);
  const resultsById = compiled.resultsById;
  // The reasons of the asked language come from its own tables, rendered once per interned reason.
  const lt = locale === undefined ? undefined : t.localized[locale];
  const reasonTable = lt === undefined ? t.reasons : lt.reasons;
  const warningTable = lt === undefined ? t.warnings : lt.warnings;
  const fallbackSaid = lt?.fallbackSaid;
  const ruleCount = ids.length;
  const rules: RuleDecision[] = new Array<RuleDecision>(ruleCount);
  // Reasons are gathered in a scratch array and copied out at their exact length (no array growth).
  const scratch = ctx.reasonScratch as EligibilityReason[];
  let n = 0;
  let warnings: EligibilityReason[] | undefined;
  if (fromFacts !== undefined) {
    warnings = [];
    for (let i = 0; i < fromFacts.length; i++) warnings.push(render(factWarning(fromFacts[i]!, asOf), locale));
  }
  for (let k = 0; k < ruleCount; k++) {
    const code = ids[k]!;
    if (code >= 0) {
      const id = code >> 2;
      // Stored, not read: the decision shares the interned result without loading it.
      rules[k] = resultsById[k]![id]!;
      const missing = (code & ENTRY_MISSING) !== 0;
      if (ruleResults[k] === 0 || missing) {
        let reason = reasonTable[k]![id];
        if (reason === undefined) {
          memoize(t, k, id, resultsById[k]![id]!, lt, locale);
          reason = reasonTable[k]![id]!;
        }
        if (reason !== null) scratch[n++] = reason;
        if (missing) (warnings ??= []).push(warningTable[k]![id]!);
        if (ruleResults[k] === 0 && t.fallbacks[k]!.length > 0)
          n = fallbackReasons(
            t.fallbacks[k]!,
            e,
            resultsById[k]![id]!,
            scratch,
            n,
            locale,
            t.blames[k],
            id,
            fallbackSaid,
          );
      }
    } else {
      // Not interned (a cache full or a value without an id): explained afresh, reasons made afresh.
      const result = fresh[k]!.result;
      rules[k] = result;
      if (!result.passed || result.missing.length > 0) {
        const memo = ruleMemo(result);
        if (memo.reason !== null) scratch[n++] = render(memo.reason, locale);
        if (memo.warning !== null) (warnings ??= []).push(render(memo.warning, locale));
        if (!result.passed && t.fallbacks[k]!.length > 0)
          n = fallbackReasons(t.fallbacks[k]!, e, result, scratch, n, locale, undefined, 0, fallbackSaid);
      }
    }
  }

  // The limits on the days: a shared plan per (request, level).
  const requested = values[SLOT_REQUEST] as number | undefined;
  const level = values[SLOT_LEVEL] as TrackRecordLevel | "none";
  const planIndex =
    (requested === undefined ? 0 : requested) * 4 +
    (level === "green" ? 0 : level === "yellow" ? 1 : level === "red" ? 2 : 3);
  const plan = t.plans[planIndex]!;
  const said = lt === undefined ? plan : localizedPlan(lt, planIndex, plan, locale!);
  const within = plan.within;
  let outcome: EligibilityOutcome;
  let tail: readonly EligibilityReason[] | undefined;
  if (flags & REQUIREMENT_FAILED) outcome = "ineligible";
  else if (within === 0) {
    outcome = "ineligible";
    scratch[n++] = said.noDays;
  } else if (flags & APPROVAL_FAILED) {
    outcome = "needs_approval";
    tail = said.needsApproval;
  } else {
    outcome = "eligible";
    tail = said.eligible;
  }
  if (tail !== undefined) for (let i = 0; i < tail.length; i++) scratch[n++] = tail[i]!;
  // Array literals for the usual one to three reasons (allocated inline), a copy beyond.
  const reasons =
    n === 1
      ? [scratch[0]!]
      : n === 2
        ? [scratch[0]!, scratch[1]!]
        : n === 3
          ? [scratch[0]!, scratch[1]!, scratch[2]!]
          : scratch.slice(0, n);
  const granted = outcome === "eligible" ? within : 0;

  return {
    employeeId: e.id,
    asOf,
    outcome,
    grantedFlexibleDays: granted,
    grantedFormat: outcome === "eligible" ? ctx.formats[granted]! : null,
    daysWithinLimits: within,
    requestedFlexibleDays: requested ?? null,
    limits: plan.limits,
    rules,
    // With a language asked, each reason above came with its message (rendered once per shared reason).
    reasons,
    warnings: warnings === undefined ? NO_WARNINGS : warnings,
    facts: factsOf(values),
    earlyWarning: evaluationOf(e),
    policy: ctx.summary,
  };
}

/**
 * @internal The decision kernel alone (benchmarks, property tests): facts, every rule, the limits; no
 * explanation. Returns `outcome * 8 + grantedDays` with outcome 0 eligible, 1 needs_approval, 2 ineligible.
 */
export function decideKernel(e: Employee, env: DerivationEnv, ctx: EligibilityContext): number {
  const { compiled, values, nodeResults, ruleResults } = ctx;
  deriveInto(e, env, values);
  const flags = compiled.run(values, nodeResults, ruleResults);
  if (flags & REQUIREMENT_FAILED) return 16;
  const requested = values[SLOT_REQUEST] as number | undefined;
  const quota = values[SLOT_QUOTA] as number;
  let bound = ctx.cap < quota ? ctx.cap : quota;
  if (requested !== undefined && requested < bound) bound = requested;
  const allowed = ctx.allowed;
  for (let i = allowed.length - 1; i >= 0; i--)
    if (allowed[i]! <= bound) return flags & APPROVAL_FAILED ? 8 : allowed[i]!;
  return 16;
}

/**
 * Decides whether an employee may do MKD under the policy in force on `asOf`, with how many flexible
 * days a week, and why. Synchronous and pure: same input, same decision, in any process time zone.
 *
 * The track record is a level (`{ level, month? }`, e.g. an `evaluateEarlyWarning` result) or a history of
 * scored months, which is evaluated with `evaluateEarlyWarning` under the same policy (its evaluation is
 * returned as `earlyWarning`). The decision's rule results, limits and reasons are frozen objects shared by
 * every decision with the same values.
 *
 * Throws {@link MkdError}: `invalid_employee` listing every problem of the input (with its path and
 * messages in Indonesian and English), `invalid_eligibility_options`, or a policy resolution error.
 * An ineligible employee is a normal answer, not an error.
 *
 * @example
 * ```ts
 * const decision = checkEligibility(
 *   { id: "199001012015011001", talentBox: 8, job: { faceToFaceService: false },
 *     equipment: { laptop: true, bandwidthMbps: 25 }, disciplinaryStatus: "none", employmentStatus: "pns",
 *     appointmentDate: "2015-01-01", leaderApproval: { approved: true, by: "kabid", at: "2026-02-27" },
 *     requestedFormat: "2-3", trackRecord: { level: "green", month: "2026-01" } },
 *   { jurisdiction: "jabar", asOf: "2026-03-02" },
 * );
 * decision.outcome;        // "eligible"
 * decision.grantedFormat;  // "2-3"
 * decision.reasons.map((r) => formatMessage(r.code, r.params, "en"));
 * // ["Eligible for MKD: 2 flexible days a week (format 2-3)."]
 * ```
 */
export function checkEligibility(employee: EmployeeInput, options: EligibilityOptions): EligibilityDecision {
  const policy = selectPolicy(options);
  checkLocale(options.locale);
  const ctx = eligibilityContext(policy);
  return decideInput(employee, derivationEnv(ctx, options.asOf), ctx, options.locale);
}

/**
 * {@link checkEligibility} that never throws: `{ success: true, data }` or `{ success: false, error }`
 * with the {@link MkdError}.
 *
 * @example
 * ```ts
 * const result = safeCheckEligibility({ id: "x" }, { jurisdiction: "jabar", asOf: "2026-03-02" });
 * if (!result.success) result.error.issues.map((i) => i.path.join(".")); // ["job", "equipment", ...]
 * ```
 */
export function safeCheckEligibility(
  employee: EmployeeInput,
  options: EligibilityOptions,
): SafeResult<EligibilityDecision> {
  return toSafeResult(() => checkEligibility(employee, options), { employee, options });
}

function checkLocale(locale: unknown): void {
  if (locale !== undefined && locale !== "id" && locale !== "en") {
    throw new MkdError("invalid_eligibility_options", { count: 1 }, [
      issue("input_invalid_value", ["locale"], { options: ['"id"', '"en"'] }),
    ]);
  }
}

/** @internal Prepared state for many decisions under one policy and date (used by the batch). */
export function prepareEligibility(options: EligibilityOptions): {
  ctx: EligibilityContext;
  env: DerivationEnv;
  locale: Locale | undefined;
  policy: ResolvedPolicy;
} {
  const policy = selectPolicy(options);
  checkLocale(options.locale);
  const ctx = eligibilityContext(policy);
  return { ctx, env: derivationEnv(ctx, options.asOf), locale: options.locale, policy };
}
