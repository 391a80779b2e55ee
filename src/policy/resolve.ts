/**
 * Which policy is in force on a date, with its whole `extends` chain applied and recorded.
 * Overlays hold only what changes: parameters replace inherited ones whole, rules merge by id
 * (`null` removes an inherited rule), legal bases accumulate.
 */
import { isIsoDate, type IsoDate } from "../core/dates.js";
import { issue, MkdError } from "../core/errors.js";
import { documentChain, documentKey, inForce, mergeChain, selectVersion, shippedPolicies } from "./chain.js";
import { assertValidPolicy } from "./validate.js";
import {
  policyParametersSchema,
  type EligibilityRule,
  type LegalBasis,
  type PolicyDocument,
  type PolicyParameters,
} from "./schema.js";

/** One document in a resolved policy's chain, base first. */
export interface PolicyChainLink {
  readonly jurisdiction: string;
  readonly version: string;
  readonly effectiveFrom: IsoDate;
  readonly effectiveUntil: IsoDate | undefined;
  readonly illustrative: boolean;
  /** When this document's values were last checked against their instruments, if it says. */
  readonly reviewedOn: IsoDate | undefined;
}

/**
 * A policy as it applies on one date: complete parameters, the chain that produced them and every
 * legal basis cited along the chain. Every decision, schedule and score carries its `jurisdiction`,
 * `version` and `chain`.
 */
export interface ResolvedPolicy {
  readonly jurisdiction: string;
  readonly jurisdictionName: string;
  /** The jurisdiction whose ceilings bind this one, if any. */
  readonly parentJurisdiction: string | undefined;
  readonly version: string;
  readonly title: { readonly id: string; readonly en: string };
  readonly effectiveFrom: IsoDate;
  readonly effectiveUntil: IsoDate | undefined;
  /** The date the policy was resolved for. */
  readonly asOf: IsoDate;
  /**
   * How fresh the law behind this policy is: the oldest `reviewedOn` along the chain (a policy is only as
   * current as its least recently checked document), or `undefined` when no document states one. Every
   * eligibility decision, schedule and score carries it.
   */
  readonly reviewedOn: IsoDate | undefined;
  /** Base document first, this version last. */
  readonly chain: readonly PolicyChainLink[];
  /** True when any document in the chain is illustrative (its rules are not published). */
  readonly illustrative: boolean;
  /** Every legal basis cited along the chain, by id. */
  readonly legalBases: Readonly<Record<string, LegalBasis>>;
  readonly parameters: PolicyParameters & {
    readonly eligibility: PolicyParameters["eligibility"] & { readonly rules: Readonly<Record<string, EligibilityRule>> };
  };
}

/**
 * A short label for a resolved policy's version chain, base first.
 *
 * @example
 * ```ts
 * describeChain(resolvePolicy("jabar", "2025-05-01").chain); // "jabar@2023-06-19 > jabar@2025-04-21"
 * ```
 */
export function describeChain(chain: readonly PolicyChainLink[]): string {
  return chain.map((l) => `${l.jurisdiction}@${l.version}`).join(" > ");
}

/** Options for {@link resolvePolicy}. */
export interface ResolvePolicyOptions {
  /** Extra policy documents (municipal overlays, a BKD's own version) available to resolution and `extends`. */
  readonly documents?: readonly unknown[];
}

/** The shipped policy documents, validated once. */
export { shippedPolicies, selectVersion, documentChain, mergeChain } from "./chain.js";

/**
 * Every jurisdiction id with a shipped policy.
 *
 * @example
 * ```ts
 * shippedJurisdictions(); // ["id-nasional", "jabar"]
 * ```
 */
export function shippedJurisdictions(): string[] {
  return [...new Set(shippedPolicies().map((d) => d.jurisdiction.id))];
}

// Validation of a given document costs about a millisecond (several chain resolutions for the ceiling
// checks); callers resolve the same document for many dates. Results are remembered by the documents'
// JSON text, so a document mutated between calls is validated again, never served stale.
const VALIDATED_LIMIT = 64;
const validated = new Map<string, PolicyDocument>();

function validatedDocument(document: unknown, context: readonly unknown[]): PolicyDocument {
  let key: string | undefined;
  try {
    key = JSON.stringify([document, context]);
  } catch {
    key = undefined; // cyclic or BigInt input: validatePolicy reports it
  }
  const hit = key === undefined ? undefined : validated.get(key);
  if (hit) return hit;
  const doc = assertValidPolicy(document, { documents: context });
  if (key !== undefined) {
    if (validated.size >= VALIDATED_LIMIT) validated.delete(validated.keys().next().value!);
    validated.set(key, doc);
  }
  return doc;
}

/** The oldest review date along a chain, ignoring documents that state none. */
function oldestReview(chain: readonly PolicyDocument[]): IsoDate | undefined {
  let oldest: IsoDate | undefined;
  for (const d of chain) if (d.reviewedOn !== undefined && (oldest === undefined || d.reviewedOn < oldest)) oldest = d.reviewedOn;
  return oldest;
}

/**
 * The policy in force on `asOf` for a jurisdiction (shipped, or among `options.documents`), or for a
 * policy document you pass yourself (a municipal overlay), with its `extends` chain applied.
 *
 * Throws {@link MkdError} with a stable code: `unknown_jurisdiction`, `date_before_first_version`,
 * `date_after_version_end`, `unknown_policy_version`, `invalid_policy`, `invalid_date`. A document you
 * pass (directly or in `options.documents`) is first checked with `validatePolicy`; any issue
 * (a value above the parent's ceiling, an unknown source, a JSONPath script...) gives `invalid_policy`
 * with every issue listed.
 *
 * @example
 * ```ts
 * const policy = resolvePolicy("jabar", "2025-05-01");
 * policy.parameters.schedule.maxFlexibleDaysPerWeek.value; // 2
 * describeChain(policy.chain); // "jabar@2023-06-19 > jabar@2025-04-21"
 * ```
 */
export function resolvePolicy(jurisdictionOrDocument: string | unknown, asOf: IsoDate, options: ResolvePolicyOptions = {}): ResolvedPolicy {
  if (!isIsoDate(asOf)) throw new MkdError("invalid_date", { value: String(asOf) });
  // An integrator's own documents are refused with every issue validatePolicy finds (ceilings, sources,
  // rules), not only their shape: a 4-day overlay must not resolve quietly after 2025-04-21.
  const given = options.documents ?? [];
  const extra = given.map((d, i) => {
    try {
      return validatedDocument(d, given.filter((o) => o !== d));
    } catch (error) {
      if (!(error instanceof MkdError)) throw error;
      const issues = error.issues.map((x) => ({ ...x, path: ["documents", i, ...x.path] }));
      throw new MkdError("invalid_policy", { count: issues.length }, issues);
    }
  });
  // A given document replaces the shipped one with the same jurisdiction and version.
  const givenKeys = new Set(extra.map(documentKey));
  const base = [...shippedPolicies().filter((d) => !givenKeys.has(documentKey(d))), ...extra];
  let top: PolicyDocument;
  let all: PolicyDocument[];
  if (typeof jurisdictionOrDocument === "string") {
    all = base;
    top = selectVersion(all, jurisdictionOrDocument, asOf);
  } else {
    top = validatedDocument(jurisdictionOrDocument, given);
    all = [...base.filter((d) => documentKey(d) !== documentKey(top)), top];
    if (!inForce(top, asOf)) {
      throw new MkdError(asOf < top.effectiveFrom ? "date_before_first_version" : "date_after_version_end", {
        jurisdiction: top.jurisdiction.id,
        asOf,
        first: top.effectiveFrom,
        version: top.version,
        until: top.effectiveUntil,
      });
    }
  }
  const chain = documentChain(all, top, asOf);
  const { parameters, legalBases } = mergeChain(chain);
  const complete = policyParametersSchema.safeParse(parameters);
  if (!complete.success) {
    // An overlay chain that never supplies a parameter: say which, at its path.
    const issues = complete.error.issues.map((zi) => issue("policy_parameter_missing", ["parameters", ...zi.path.map(String)], {}));
    throw new MkdError("invalid_policy", { count: issues.length }, issues);
  }
  return {
    jurisdiction: top.jurisdiction.id,
    jurisdictionName: top.jurisdiction.name,
    parentJurisdiction: top.jurisdiction.parent,
    version: top.version,
    title: top.title,
    effectiveFrom: top.effectiveFrom,
    effectiveUntil: top.effectiveUntil,
    asOf,
    reviewedOn: oldestReview(chain),
    chain: chain.map((d) => ({
      jurisdiction: d.jurisdiction.id,
      version: d.version,
      effectiveFrom: d.effectiveFrom,
      effectiveUntil: d.effectiveUntil,
      illustrative: d.illustrative === true,
      reviewedOn: d.reviewedOn,
    })),
    illustrative: chain.some((d) => d.illustrative === true),
    legalBases,
    parameters: complete.data as ResolvedPolicy["parameters"],
  };
}
