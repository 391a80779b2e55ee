/**
 * Everything a decision needs from a policy, computed once per resolved policy and shared by every
 * decision: the compiled rules, the working days of the policy week, the limits with their legal bases,
 * the policy summary, and scratch arrays for the kernel (decisions are synchronous, so one set suffices).
 */
import { isIsoDate, type IsoDate } from "../core/dates.js";
import { issue, MkdError, type Issue } from "../core/errors.js";
import {
  isPreparedPolicy,
  policyInForce,
  trustedResolvedPolicy,
  unpreparedPolicyIssue,
  type PolicyChainLink,
  type PolicyDecidedBy,
  type PreparedPolicy,
  type ResolvedPolicy,
} from "../policy/in-force.js";
import type { DerivationEnv } from "../policy/fact-definition.js";
import type { Cited, Provenance } from "../policy/schema.js";
import { compileTrustedRules, type CompiledRules, type ExplainEntry, type LegalBasisRef } from "../rules/compile.js";

/**
 * A limit's citation: where the number comes from.
 *
 * @example
 * ```ts
 * decision.limits[1]?.legalBases; // where the cap comes from
 * ```
 */
export interface LimitSource {
  readonly provenance: Provenance;
  readonly sources: readonly string[];
  readonly legalBases: readonly LegalBasisRef[];
  readonly note: string | undefined;
}

/**
 * The policy a decision was made under.
 *
 * @example
 * ```ts
 * decision.policy.chain.map((l) => `${l.jurisdiction}@${l.version}`); // ["jabar@2023-06-19", ...]
 * ```
 */
export interface DecisionPolicy {
  readonly jurisdiction: string;
  readonly version: string;
  readonly title: { readonly id: string; readonly en: string };
  /** Base document first, this version last. */
  readonly chain: readonly PolicyChainLink[];
  /** True when a document in the chain is illustrative (its rules are not published). */
  readonly illustrative: boolean;
  /** When the policy data was last checked against its instruments (`ResolvedPolicy.reviewedOn`). */
  readonly reviewedOn: string | undefined;
  /** The document that decided: shipped or supplied, its content hash, and whether the national law is the shipped one. */
  readonly decidedBy: PolicyDecidedBy;
}

/**
 * The compiled context of a resolved policy that every step of a decision reads (not exported from the package;
 * not tagged internal, since the declarations of eligibility/derive.ts name it).
 */
export interface EligibilityContext {
  readonly policy: ResolvedPolicy;
  readonly compiled: CompiledRules;
  readonly workingDays: number;
  readonly cap: number;
  readonly capSource: LimitSource;
  readonly quota: { readonly green: number; readonly yellow: number; readonly red: number; readonly none: number };
  readonly quotaSource: LimitSource;
  readonly quotaNoneSource: LimitSource;
  /** Allowed flexible-day counts, ascending. */
  readonly allowed: readonly number[];
  readonly allowedSource: LimitSource;
  readonly summary: DecisionPolicy;
  /** "d-(workingDays-d)" for every d, so a decision never builds the string. */
  readonly formats: readonly string[];
  readonly needsServiceCategory: readonly string[] | undefined;
  readonly needsRequest: readonly string[] | undefined;
  readonly values: unknown[];
  readonly nodeResults: Uint8Array;
  readonly ruleResults: Uint8Array;
  /** Scratch: the explained rules of the decision being made that were not interned. */
  readonly explained: ExplainEntry[];
  /** Scratch: the interned explanation id of each rule of the decision being made (-1: see `explained`). */
  readonly explainedIds: Int32Array;
  /** Scratch: the reasons of the decision being made (one per rule and a few about the limits at most). */
  readonly reasonScratch: unknown[];
  /**
   * Pure memos of values derived from this context alone, made on first use and read on every decision
   * (a field load, where a WeakMap lookup per decision cost 20-30 ns): the policy's decision tables
   * (check.ts), the optional facts its rules read (derive.ts) and the derivation environment of the last
   * decision date.
   */
  readonly memo: { tables?: object; required?: readonly object[]; env?: DerivationEnv };
}

const contexts = new WeakMap<ResolvedPolicy, EligibilityContext>();
let lastPolicy: ResolvedPolicy | undefined;
let lastContext: EligibilityContext | undefined;

function citeOf(policy: ResolvedPolicy, cited: Cited<unknown>): LimitSource {
  const refs: LegalBasisRef[] = [];
  for (const id of cited.sources) {
    const b = Object.prototype.hasOwnProperty.call(policy.legalBases, id) ? policy.legalBases[id] : undefined;
    if (b) refs.push(Object.freeze({ id: b.id, kind: b.kind, title: b.title, article: b.article, url: b.url }));
  }
  return Object.freeze({
    provenance: cited.provenance,
    sources: Object.freeze([...cited.sources]),
    legalBases: Object.freeze(refs),
    note: cited.note,
  });
}

/** @internal The shared context of a resolved policy (compiled once, cached on the policy object). */
export function eligibilityContext(policy: ResolvedPolicy): EligibilityContext {
  // The same policy as the last call (a loop of decisions): no WeakMap lookup.
  if (policy === lastPolicy) return lastContext!;
  let ctx = contexts.get(policy);
  if (ctx) {
    lastPolicy = policy;
    lastContext = ctx;
    return ctx;
  }
  // Every policy reaching a decision was resolved here (shipped or prepared: its rules already checked).
  const compiled = compileTrustedRules(policy);
  const e = policy.parameters.eligibility;
  const s = policy.parameters.schedule;
  const week = s.workingWeek.value as Record<string, unknown>;
  const workingDays = Object.values(week).filter((d) => d !== null).length;
  const formats: string[] = [];
  for (let d = 0; d <= 7; d++) formats.push(`${d}-${Math.max(workingDays - d, 0)}`);
  ctx = {
    policy,
    compiled,
    workingDays,
    cap: s.maxFlexibleDaysPerWeek.value,
    capSource: citeOf(policy, s.maxFlexibleDaysPerWeek),
    quota: Object.freeze({ ...e.trackRecordQuota.value, none: e.quotaWithoutTrackRecord.value }),
    quotaSource: citeOf(policy, e.trackRecordQuota),
    quotaNoneSource: citeOf(policy, e.quotaWithoutTrackRecord),
    allowed: Object.freeze([...new Set(e.allowedFlexibleDays.value)].sort((a, b) => a - b)),
    allowedSource: citeOf(policy, e.allowedFlexibleDays),
    summary: Object.freeze({
      jurisdiction: policy.jurisdiction,
      version: policy.version,
      title: policy.title,
      chain: policy.chain,
      illustrative: policy.illustrative,
      reviewedOn: policy.reviewedOn,
      decidedBy: policy.decidedBy,
    }),
    formats: Object.freeze(formats),
    needsServiceCategory: compiled.rulesByFact.get("serviceCategory"),
    needsRequest: compiled.rulesByFact.get("requestedFlexibleDays"),
    values: new Array<unknown>(compiled.slotCount).fill(undefined),
    nodeResults: new Uint8Array(compiled.nodeCount),
    ruleResults: new Uint8Array(compiled.rules.length),
    explained: new Array<ExplainEntry>(compiled.rules.length),
    explainedIds: new Int32Array(compiled.rules.length),
    // Filled up front so it stays a packed array; a decision writes at most one reason per rule, one per
    // fallback of a fact the rule reads, and 4 about the limits.
    reasonScratch: new Array<unknown>(compiled.rules.length * 4 + 8).fill(null),
    memo: { tables: undefined, required: undefined, env: undefined },
  };
  contexts.set(policy, ctx);
  return ctx;
}

/**
 * Where the policy of a decision comes from: a shipped jurisdiction, or a policy you pass.
 *
 * @example
 * ```ts
 * checkEligibility(employee, { policy: myOverlayDocument, documents: [], asOf: "2026-12-01" });
 * ```
 */
export interface PolicySelector {
  /** A shipped jurisdiction id (`jabar`, `id-nasional`). */
  readonly jurisdiction?: string | undefined;
  /**
   * A policy of your own: a {@link PreparedPolicy} (`preparePolicy(overlay)`: a municipal overlay, validated
   * once and resolved here at `asOf`) or a {@link ResolvedPolicy} (from `resolvePolicy`, used as given). A
   * policy document itself is refused (`policy_not_prepared`): validating it is `preparePolicy`'s job, once,
   * not every decision's.
   */
  readonly policy?: PreparedPolicy | ResolvedPolicy | undefined;
  /** The decision date, `YYYY-MM-DD`. Tenure, approval dates and the policy version are read at it. */
  readonly asOf: IsoDate;
}

let lastOptions: { jurisdiction: unknown; policy: unknown; asOf: unknown; resolved: ResolvedPolicy } | undefined;

/** @internal Resolves the policy of a decision, or throws `invalid_eligibility_options` / a resolution error. */
export function selectPolicy(options: PolicySelector): ResolvedPolicy {
  // The same options again (a loop of single decisions): the same policy, without re-checking. Only for
  // sources that cannot change: a jurisdiction id, a prepared policy, a resolved policy resolvePolicy froze.
  const last = lastOptions;
  if (
    last !== undefined &&
    options !== null &&
    typeof options === "object" &&
    options.asOf === last.asOf &&
    options.jurisdiction === last.jurisdiction &&
    options.policy === last.policy &&
    (options as { documents?: unknown }).documents === undefined
  ) {
    return last.resolved;
  }
  const resolved = selectPolicyUncached(options);
  // A resolved policy that is a copy (not the frozen value itself) can change before the next call.
  if (options.policy !== undefined && options.policy !== resolved && !isPreparedPolicy(options.policy)) {
    lastOptions = undefined;
    return resolved;
  }
  lastOptions = {
    jurisdiction: options.jurisdiction,
    policy: options.policy,
    asOf: options.asOf,
    resolved,
  };
  return resolved;
}

function selectPolicyUncached(options: PolicySelector): ResolvedPolicy {
  const issues: Issue[] = [];
  if (options === null || typeof options !== "object") {
    throw new MkdError("invalid_eligibility_options", { count: 1 }, [
      issue("input_invalid_type", [], { expected: "object" }),
    ]);
  }
  const { jurisdiction, policy, asOf } = options;
  // Documents are prepared (validated) once by preparePolicy, never at a decision (0.4.0).
  const { documents } = options as { documents?: unknown };
  if (!isIsoDate(asOf))
    issues.push(issue(asOf === undefined ? "input_required" : "invalid_date", ["asOf"], { value: String(asOf) }));
  if (jurisdiction === undefined && policy === undefined)
    issues.push(issue("eligibility_policy_source_required", ["jurisdiction"]));
  if (jurisdiction !== undefined && policy !== undefined)
    issues.push(issue("eligibility_policy_source_ambiguous", ["policy"]));
  if (jurisdiction !== undefined && typeof jurisdiction !== "string")
    issues.push(issue("input_invalid_type", ["jurisdiction"], { expected: "string" }));
  if (documents !== undefined) issues.push(issue("policy_not_prepared", ["documents"]));
  if (issues.length > 0) throw new MkdError("invalid_eligibility_options", { count: issues.length }, issues);

  if (typeof jurisdiction === "string") return policyInForce(jurisdiction, asOf);
  if (isPreparedPolicy(policy)) return policyInForce(policy, asOf);
  // A resolved policy is used only when resolvePolicy returned it unmodified (or it equals the shipped
  // resolution): its parameters are never read on trust (issue 10: a copy with the cap set to 5).
  const trusted = trustedResolvedPolicy(policy, ["policy"]);
  if (trusted) {
    const policy = trusted;
    const from = policy.effectiveFrom;
    const until = policy.effectiveUntil;
    if (asOf < from || (until !== undefined && asOf > until)) {
      throw new MkdError("invalid_eligibility_options", { count: 1 }, [
        issue("eligibility_policy_not_in_force", ["asOf"], {
          jurisdiction: policy.jurisdiction,
          version: policy.version,
          asOf,
          from,
          until: until ?? "-",
        }),
      ]);
    }
    return policy;
  }
  throw new MkdError("invalid_eligibility_options", { count: 1 }, [
    policy === null || typeof policy !== "object"
      ? issue("input_invalid_type", ["policy"], { expected: "object" })
      : unpreparedPolicyIssue(policy, ["policy"]),
  ]);
}
