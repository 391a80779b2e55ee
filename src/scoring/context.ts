/**
 * Turns a resolved policy into what the scoring hot path needs: plain numbers, the matrix, the cited
 * parameters each formula relies on (frozen, shared by every result). Resolution is cached so a batch
 * resolves the policy once per distinct (jurisdiction, month).
 */
import type { IsoMonth } from "../core/dates.js";
import { issue, MkdError, type Issue, type IssuePath, type SharedCode } from "../core/errors.js";
import { scoringMessages } from "../i18n/messages/scoring.js";
import {
  isPreparedPolicy,
  policyInForce,
  trustedResolvedPolicy,
  unpreparedPolicyIssue,
  type ResolvedPolicy,
} from "../policy/in-force.js";
import type { Cited, LegalBasis, Predikat, Rating } from "../policy/schema.js";
import { EXPRESSIONS } from "./formulas.js";
import type { ScoringCitedParameter, ScoringExplanation, LegacyCategory, ScoringPolicyReference } from "./types.js";

/** Everything scoring and the early warning read from one policy version. */
export interface ScoringContext {
  readonly ref: ScoringPolicyReference;
  readonly resolved: ResolvedPolicy;
  readonly method: "permenpanrb" | "skp_legacy";
  readonly capAbove: number;
  readonly capScore: number;
  readonly aboveFrom: number;
  readonly asExpectedFrom: number;
  readonly matrix: Readonly<Record<Rating, Readonly<Record<Rating, Predikat>>>>;
  /** Sorted from the highest `from` down. */
  readonly legacy: readonly { readonly from: number; readonly category: LegacyCategory }[];
  readonly weightsTotal: number | null;
  readonly greenFrom: number;
  readonly redBelow: number;
  readonly missingReportLevel: "green" | "yellow" | "red";
  readonly consecutiveYellowToRed: number;
  readonly decliningMonths: number;
  readonly quota: { readonly green: number; readonly yellow: number; readonly red: number };
  readonly maxFlexibleDaysPerWeek: number;
  /** Cited parameters each kind of rule relies on. */
  readonly basis: {
    readonly achievement: readonly ScoringCitedParameter[];
    readonly cap: readonly ScoringCitedParameter[];
    readonly composite: readonly ScoringCitedParameter[];
    readonly bands: readonly ScoringCitedParameter[];
    readonly predikat: readonly ScoringCitedParameter[];
    readonly legacyCategory: readonly ScoringCitedParameter[];
    readonly earlyWarning: readonly ScoringCitedParameter[];
    readonly quota: readonly ScoringCitedParameter[];
  };
  /**
   * Explanations that depend on the policy alone (or on a few discrete inputs), built once and shared,
   * frozen, by every result: a missing realisation under either rule, the composite and rating of a month
   * without a report, and the nine predikat cells.
   */
  readonly fixed: {
    readonly missingScoredZero: ScoringExplanation<number | null>;
    readonly missingExcluded: ScoringExplanation<number | null>;
    readonly noReportComposite: ScoringExplanation<number | null>;
    readonly noReportRating: ScoringExplanation<Rating | null>;
    readonly predikat: Readonly<Record<Rating, Readonly<Record<Rating, ScoringExplanation<Predikat>>>>>;
  };
}

/** Freezes an explanation and its inputs (its basis is already frozen). */
function frozenExplanation<R>(e: ScoringExplanation<R>): ScoringExplanation<R> {
  Object.freeze(e.inputs);
  return Object.freeze(e);
}

const RATINGS: readonly Rating[] = ["above", "as_expected", "below"];

function citedParameter(policy: ResolvedPolicy, parameter: string, value: Cited<unknown>): ScoringCitedParameter {
  const legalBases = value.sources.map((id) => {
    const b: LegalBasis | undefined = policy.legalBases[id];
    const out: { id: string; title: string; article?: string; url?: string } = { id, title: b?.title ?? id };
    if (b?.article !== undefined) out.article = b.article;
    if (b?.url !== undefined) out.url = b.url;
    return Object.freeze(out);
  });
  const out: ScoringCitedParameter = {
    parameter,
    provenance: value.provenance,
    sources: Object.freeze([...value.sources]),
    legalBases: Object.freeze(legalBases),
    ...(value.note !== undefined ? { note: value.note } : {}),
  };
  return Object.freeze(out);
}

/** Compiles a resolved policy into a {@link ScoringContext}. */
export function compileContext(policy: ResolvedPolicy): ScoringContext {
  const s = policy.parameters.scoring;
  const e = policy.parameters.eligibility;
  const method = citedParameter(policy, "scoring.method", s.method);
  const cap = citedParameter(policy, "scoring.achievementCap", s.achievementCap);
  const legacyCats = citedParameter(policy, "scoring.legacyCategories", s.legacyCategories);
  const weights = citedParameter(policy, "scoring.weightsTotal", s.weightsTotal);
  const bands = citedParameter(policy, "scoring.resultBands", s.resultBands);
  const matrix = citedParameter(policy, "scoring.predikatMatrix", s.predikatMatrix);
  const ew = citedParameter(policy, "scoring.earlyWarning", s.earlyWarning);
  const quota = citedParameter(policy, "eligibility.trackRecordQuota", e.trackRecordQuota);
  const weekCap = citedParameter(
    policy,
    "schedule.maxFlexibleDaysPerWeek",
    policy.parameters.schedule.maxFlexibleDaysPerWeek,
  );
  const freeze = (xs: ScoringCitedParameter[]) => Object.freeze(xs);
  const basis = {
    // The capaian formulas are those of the method in force; the cap parameter cites the guide that writes
    // them out (PermenPANRB 8/2021 lineage), the legacy categories cite PP 46/2011.
    achievement: freeze(s.method.value === "skp_legacy" ? [method, legacyCats] : [method, cap]),
    cap: freeze([cap]),
    composite: freeze([method, weights]),
    bands: freeze([bands]),
    predikat: freeze([matrix]),
    legacyCategory: freeze([legacyCats]),
    earlyWarning: freeze([ew]),
    quota: freeze([quota, weekCap]),
  };
  const bandValues = s.resultBands.value;
  const matrixValue = s.predikatMatrix.value;
  const predikatRow = (results: Rating) =>
    Object.freeze(
      Object.fromEntries(
        RATINGS.map((behaviour) => [
          behaviour,
          frozenExplanation<Predikat>({
            formula: "predikat_matrix",
            expression: EXPRESSIONS.predikat_matrix,
            inputs: { results, behaviour },
            result: matrixValue[results][behaviour],
            basis: basis.predikat,
          }),
        ]),
      ) as Record<Rating, ScoringExplanation<Predikat>>,
    );
  const missing = (formula: "missing_scored_zero" | "missing_excluded") =>
    frozenExplanation<number | null>({
      formula,
      expression: EXPRESSIONS[formula],
      inputs: { R: null },
      result: formula === "missing_excluded" ? null : 0,
      basis: basis.composite,
    });
  return {
    ref: Object.freeze({
      jurisdiction: policy.jurisdiction,
      version: policy.version,
      asOf: policy.asOf,
      chain: policy.chain,
      illustrative: policy.illustrative,
      reviewedOn: policy.reviewedOn,
      decidedBy: policy.decidedBy,
    }),
    resolved: policy,
    method: s.method.value,
    capAbove: s.achievementCap.value.above,
    capScore: s.achievementCap.value.score,
    aboveFrom: s.resultBands.value.aboveFrom,
    asExpectedFrom: s.resultBands.value.asExpectedFrom,
    matrix: s.predikatMatrix.value,
    legacy: [...s.legacyCategories.value].sort((a, b) => b.from - a.from),
    weightsTotal: s.weightsTotal.value,
    greenFrom: s.earlyWarning.value.greenFrom,
    redBelow: s.earlyWarning.value.redBelow,
    missingReportLevel: s.earlyWarning.value.missingReportLevel,
    consecutiveYellowToRed: s.earlyWarning.value.consecutiveYellowToRed,
    decliningMonths: s.earlyWarning.value.decliningMonths,
    quota: e.trackRecordQuota.value,
    maxFlexibleDaysPerWeek: policy.parameters.schedule.maxFlexibleDaysPerWeek.value,
    basis,
    fixed: {
      missingScoredZero: missing("missing_scored_zero"),
      missingExcluded: missing("missing_excluded"),
      noReportComposite: frozenExplanation<number | null>({
        formula: "composite_weighted_mean",
        expression: EXPRESSIONS.composite_weighted_mean,
        inputs: { Σwᵢ: null, "Σ(wᵢ × Aᵢ)": null },
        result: null,
        basis: basis.composite,
      }),
      noReportRating: frozenExplanation<Rating | null>({
        formula: "results_rating_bands",
        expression: EXPRESSIONS.results_rating_bands,
        inputs: { C: null, aboveFrom: bandValues.aboveFrom, asExpectedFrom: bandValues.asExpectedFrom },
        result: null,
        basis: basis.bands,
      }),
      predikat: Object.freeze({
        above: predikatRow("above"),
        as_expected: predikatRow("as_expected"),
        below: predikatRow("below"),
      }),
    },
  };
}

/** Re-throws a policy resolution error with the path of the value that caused it. */
function withPath(error: unknown, path: IssuePath): never {
  if (error instanceof MkdError && error.issues.length === 0) {
    // Policy resolution raises shared codes only (unknown_jurisdiction, date_after_version_end...).
    const code = error.code as SharedCode;
    throw new MkdError(code, error.params, [issue(code, path, error.params)]);
  }
  throw error;
}

const shippedCache = new Map<string, Map<string, ScoringContext>>();
let shippedCount = 0;
// The last shipped lookup: consecutive rows of one jurisdiction and month skip the maps entirely.
let lastJurisdiction: string | undefined;
let lastMonth: string | undefined;
let lastContext: ScoringContext | undefined;
/** The context compiled from each resolved policy (resolvePolicy returns one frozen value per content and date). */
const resolvedCache = new WeakMap<object, ScoringContext>();
const SHIPPED_CACHE_LIMIT = 1024;

/** The context of a resolved policy this library returned (complete by construction), compiled once per value. */
function contextOfResolved(policy: ResolvedPolicy): ScoringContext {
  let ctx = resolvedCache.get(policy);
  if (!ctx) resolvedCache.set(policy, (ctx = compileContext(policy)));
  return ctx;
}

/** A policy source as accepted by scoring functions (validated by the caller's schema). */
export interface PolicySourceLike {
  readonly jurisdiction?: string | undefined;
  readonly policy?: unknown;
}

/**
 * The scoring context for `month`: the policy in force on the month's first day. A {@link ResolvedPolicy}
 * passed as `policy` is used as given, whatever the month; a prepared policy is resolved for the month.
 * Shipped jurisdictions are cached for the process (the shipped documents never change). A policy document
 * or `documents` is refused with `policy_not_prepared`: documents are validated once, by preparePolicy.
 */
export function contextFor(source: PolicySourceLike, month: IsoMonth, path: IssuePath = []): ScoringContext {
  if (source.policy === undefined && source.jurisdiction === lastJurisdiction && month === lastMonth) {
    return lastContext!;
  }
  const asOf = `${month}-01`;
  try {
    // An options object is not schema-checked: a `documents` left from 0.3 would otherwise be ignored.
    if ((source as { documents?: unknown }).documents !== undefined)
      throw notPrepared(issue("policy_not_prepared", [...path, "documents"]));
    if (isPreparedPolicy(source.policy)) return contextOfResolved(policyInForce(source.policy, asOf));
    if (source.policy !== undefined) {
      const given = source.policy as object;
      // A resolved policy is trusted only when unmodified (issue 10): never read on trust.
      const trusted = trustedResolvedPolicy(given, [...path, "policy"]);
      if (trusted) {
        // Trusted means resolved here (or equal to the shipped resolution): complete by construction.
        return contextOfResolved(trusted);
      }
      throw notPrepared(unpreparedPolicyIssue(given, [...path, "policy"]));
    }
    const jurisdiction = source.jurisdiction!;
    if (jurisdiction === lastJurisdiction && month === lastMonth) return lastContext!;
    let byMonth = shippedCache.get(jurisdiction);
    let ctx = byMonth?.get(month);
    if (ctx === undefined) {
      ctx = compileContext(policyInForce(jurisdiction, asOf));
      if (shippedCount >= SHIPPED_CACHE_LIMIT) {
        shippedCache.clear();
        shippedCount = 0;
        byMonth = undefined;
      }
      if (!byMonth) shippedCache.set(jurisdiction, (byMonth = new Map()));
      byMonth.set(month, ctx);
      shippedCount++;
    }
    lastJurisdiction = jurisdiction;
    lastMonth = month;
    lastContext = ctx;
    return ctx;
  } catch (error) {
    withPath(error, path);
  }
}

/** A policy document (or `documents`) where a prepared or resolved policy belongs. */
function notPrepared(reason: Issue): MkdError {
  return new MkdError("invalid_policy", { count: 1 }, [reason]);
}

/** Checks that exactly one of `jurisdiction` / `policy` is given; returns the issue otherwise. */
export function policySourceIssue(source: PolicySourceLike, path: IssuePath = []) {
  const hasJ = typeof source.jurisdiction === "string";
  const hasP = source.policy !== undefined && source.policy !== null;
  return hasJ === hasP ? issue("scoring_policy_source_required", path, {}, scoringMessages) : undefined;
}
