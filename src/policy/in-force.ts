/**
 * Which policy is in force on a date, from sources that are already trusted: a shipped jurisdiction, or a
 * {@link PreparedPolicy} (documents a caller supplied, validated once by `preparePolicy`). Overlays hold only
 * what changes: parameters replace inherited ones whole, rules merge by id (`null` removes an inherited rule),
 * legal bases accumulate.
 *
 * This module never validates a document: the decision, schedule and scoring paths import it, so a bundle that
 * never prepares a document carries no validator (policy/resolve.ts, which does, is the public entry for
 * documents).
 */
import { isIsoDate, type IsoDate } from "../core/dates.js";
import { issue, MkdError, type Issue, type IssuePath } from "../core/errors.js";
import { deepFreeze } from "../core/freeze.js";
import { canonicalJson } from "../core/hash.js";
import { documentChain, documentKey, inForce, mergeChain, selectVersion, shippedPolicies } from "./chain.js";
import { documentHash, isShipped, NATIONAL_JURISDICTION, nationalDocuments, originOf } from "./national.js";
import type { EligibilityRule, LegalBasis, PolicyDocument, PolicyParameters } from "./schema.js";

/** One document in a resolved policy's chain, base first. */
export interface PolicyChainLink {
  readonly jurisdiction: string;
  readonly version: string;
  readonly effectiveFrom: IsoDate;
  readonly effectiveUntil: IsoDate | undefined;
  readonly illustrative: boolean;
  /** When this document's values were last checked against their instruments, if it says. */
  readonly reviewedOn: IsoDate | undefined;
  /** `shipped` when the document is one mkd-engine ships (or an identical copy), `supplied` otherwise. */
  readonly origin: "shipped" | "supplied";
  /** `sha256:` and the SHA-256 of the document's canonical JSON: names exactly which text decided. */
  readonly contentHash: string;
}

/**
 * The document that decided a result and the law it was checked against. Every decision, schedule and
 * score carries it.
 *
 * @example
 * ```ts
 * resolvePolicy("jabar", "2026-03-02").decidedBy;
 * // { document: "jabar@2026-01-01", origin: "shipped", contentHash: "sha256:…", shippedLaw: true }
 * ```
 */
export interface PolicyDecidedBy {
  /** `jurisdiction@version` of the document in force (the last of the chain). */
  readonly document: string;
  readonly origin: "shipped" | "supplied";
  readonly contentHash: string;
  /**
   * False when a supplied document replaced the national jurisdiction (id-nasional): the national rules
   * applied, the 2-day cap of PermenPANRB 4/2025 Pasal 13(1) among them, are then not the shipped law.
   */
  readonly shippedLaw: boolean;
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
  /** The document that decided, where it comes from, and whether the national law is the shipped one. */
  readonly decidedBy: PolicyDecidedBy;
  /**
   * Whether rules whose end is not confirmed apply (`applyUnconfirmedRules` along the chain, default
   * true); when `false` they are left out of `parameters` and give no warning.
   */
  readonly unconfirmedRules: "applied" | "excluded";
  /**
   * What a result that applies this policy must say: a collective day whose instrument has no confirmed
   * end (`policy_rule_end_unconfirmed`, e.g. the national Friday work from home of 2026-04-10).
   */
  readonly warnings: readonly Issue[];
  readonly parameters: PolicyParameters & {
    readonly eligibility: PolicyParameters["eligibility"] & {
      readonly rules: Readonly<Record<string, EligibilityRule>>;
    };
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

/**
 * A policy source checked once, by `preparePolicy`: a jurisdiction id or a policy document (a municipal overlay),
 * with the extra documents resolution may use (what it extends, a BKD's own versions), every document validated
 * (shape, sources, rules, the national ceiling) and frozen. Pass it as `policy` to `checkEligibility`,
 * `generateSchedule`, `scoreMonth` or their batches: it is resolved for each date without being read again.
 * Only a value `preparePolicy` returned in this process is one (a copy or a JSON round trip is not).
 *
 * @example
 * ```ts
 * const tasik = preparePolicy(overlay); // validated here, once
 * checkEligibility(employee, { policy: tasik, asOf: "2026-03-02" });
 * ```
 */
export interface PreparedPolicy {
  /** The jurisdiction resolution starts from: the document's own, or the id given. */
  readonly jurisdiction: string;
  /** The document given in place of a jurisdiction, validated and frozen; undefined when an id was given. */
  readonly document: PolicyDocument | undefined;
  /** The extra documents, validated and frozen. */
  readonly documents: readonly PolicyDocument[];
}

/**
 * The issue for a `policy` that is neither prepared here nor resolved: `policy_prepared_elsewhere` when it has the
 * shape of a {@link PreparedPolicy} (one made by another copy of mkd-engine, the CJS build beside the ESM one, or
 * copied: its documents cannot be trusted without validating them again), `policy_not_prepared` otherwise (a
 * document).
 */
export function unpreparedPolicyIssue(value: unknown, path: IssuePath): Issue {
  const o = value as Partial<Record<keyof PreparedPolicy, unknown>> | null;
  const looksPrepared =
    o !== null &&
    typeof o === "object" &&
    !("schemaVersion" in o) &&
    typeof o.jurisdiction === "string" &&
    "document" in o &&
    Array.isArray(o.documents);
  return looksPrepared ? issue("policy_prepared_elsewhere", path) : issue("policy_not_prepared", path);
}

/** Every value sealPrepared returned (weakly held): only those are trusted as prepared. */
const preparedValues = new WeakSet<object>();

/**
 * True when `value` is a {@link PreparedPolicy} that `preparePolicy` returned in this process.
 *
 * @example
 * ```ts
 * isPreparedPolicy(preparePolicy("jabar")); // true
 * isPreparedPolicy({ jurisdiction: "jabar", documents: [] }); // false: not prepared here
 * ```
 */
export function isPreparedPolicy(value: unknown): value is PreparedPolicy {
  return typeof value === "object" && value !== null && preparedValues.has(value);
}

/**
 * Freezes validated documents into a {@link PreparedPolicy}. Only `preparePolicy` calls this, after validating
 * every document: what it seals is trusted by every resolution.
 */
export function sealPrepared(
  jurisdiction: string,
  document: PolicyDocument | undefined,
  documents: readonly PolicyDocument[],
): PreparedPolicy {
  const copy = (d: PolicyDocument): PolicyDocument => deepFreeze(JSON.parse(JSON.stringify(d)) as PolicyDocument);
  const prepared: PreparedPolicy = Object.freeze({
    jurisdiction,
    document: document === undefined ? undefined : copy(document),
    documents: Object.freeze(documents.map(copy)),
  });
  preparedValues.add(prepared);
  return prepared;
}

// Resolutions are remembered per source and date: a shipped jurisdiction's (the shipped data never changes
// within a process) in one bounded map, a prepared policy's with the prepared value (frozen, so never stale).
const CACHE_LIMIT = 256;
const shippedAt = new Map<string, ResolvedPolicy>();
const preparedAt = new WeakMap<PreparedPolicy, Map<IsoDate, ResolvedPolicy>>();

function remember(map: Map<string, ResolvedPolicy>, key: string, value: ResolvedPolicy): ResolvedPolicy {
  if (map.size >= CACHE_LIMIT) map.delete(map.keys().next().value!);
  map.set(key, value);
  return value;
}

/**
 * The policy in force on `asOf` for a shipped jurisdiction or a {@link PreparedPolicy}, with its `extends`
 * chain applied. Throws {@link MkdError}: `invalid_date`, `unknown_jurisdiction`, `date_before_first_version`,
 * `date_after_version_end`, `unknown_policy_version`, `policy_versions_overlap`, `policy_extends_cycle`. The same
 * source and date give the same frozen value.
 *
 * @example
 * ```ts
 * policyInForce("jabar", "2025-05-01").parameters.schedule.maxFlexibleDaysPerWeek.value; // 2
 * ```
 */
export function policyInForce(source: string | PreparedPolicy, asOf: IsoDate): ResolvedPolicy {
  if (!isIsoDate(asOf)) throw new MkdError("invalid_date", { value: String(asOf) });
  if (typeof source === "string") {
    const key = `${source}|${asOf}`;
    return shippedAt.get(key) ?? remember(shippedAt, key, resolveChain(source, [], asOf));
  }
  let byDate = preparedAt.get(source);
  if (!byDate) preparedAt.set(source, (byDate = new Map()));
  return (
    byDate.get(asOf) ??
    remember(byDate, asOf, resolveChain(source.document ?? source.jurisdiction, source.documents, asOf))
  );
}

/**
 * The resolution itself, from documents that are shipped or were validated: `subject` is a jurisdiction id
 * or the document in force, `extra` the supplied documents resolution may use.
 */
function resolveChain(
  subject: string | PolicyDocument,
  extra: readonly PolicyDocument[],
  asOf: IsoDate,
): ResolvedPolicy {
  // A copy of a shipped document is the shipped document (validation refused any other use of its name).
  const supplied = extra.filter((d) => originOf(d).kind === "supplied");
  let top: PolicyDocument | undefined;
  if (typeof subject !== "string") {
    const origin = originOf(subject);
    top = origin.kind === "shipped" ? origin.shipped : subject;
  }
  // The national rules: shipped, unless a supplied national document replaces them whole.
  const national = nationalDocuments(top && !isShipped(top) ? [top, ...supplied] : supplied);
  const suppliedKeys = new Set(supplied.map(documentKey));
  if (top) suppliedKeys.add(documentKey(top));
  const all = [
    ...shippedPolicies().filter(
      (d) => !suppliedKeys.has(documentKey(d)) && !(national.replaced && d.jurisdiction.id === NATIONAL_JURISDICTION),
    ),
    ...supplied.filter((d) => !top || documentKey(d) !== documentKey(top)),
    ...(top && !isShipped(top) ? [top] : []),
  ];
  if (top === undefined) {
    top = selectVersion(all, subject as string, asOf);
  } else if (!inForce(top, asOf)) {
    throw new MkdError(asOf < top.effectiveFrom ? "date_before_first_version" : "date_after_version_end", {
      jurisdiction: top.jurisdiction.id,
      asOf,
      first: top.effectiveFrom,
      version: top.version,
      until: top.effectiveUntil,
    });
  }
  const chain = documentChain(all, top, asOf);
  const { parameters, legalBases, origins } = mergeChain(chain, asOf);
  // The chain is complete: every shipped document is (test/policy/validate.test.ts), and preparePolicy refused
  // any supplied chain that leaves a parameter unset on some date (validatePolicy, policy_parameter_missing).
  // A copy, since the documents are frozen and the collective days may be filtered below.
  const complete = JSON.parse(JSON.stringify(parameters)) as PolicyParameters;
  // A rule whose end is not confirmed applies unless the chain's last word says otherwise (one overlay line).
  const applyUnconfirmed = chain.reduce((on, d) => d.applyUnconfirmedRules ?? on, true);
  const collective = complete.schedule.collectiveFlexibleDays;
  if (!applyUnconfirmed) collective.value = collective.value.filter((c) => c.endConfirmed !== false);
  const origin = (d: PolicyDocument): "shipped" | "supplied" => (isShipped(d) ? "shipped" : "supplied");
  const resolved: ResolvedPolicy = {
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
      origin: origin(d),
      contentHash: documentHash(d),
    })),
    illustrative: chain.some((d) => d.illustrative === true),
    legalBases,
    decidedBy: {
      document: documentKey(top),
      origin: origin(top),
      contentHash: documentHash(top),
      shippedLaw: !national.replaced,
    },
    unconfirmedRules: applyUnconfirmed ? "applied" : "excluded",
    warnings: applyUnconfirmed
      ? unconfirmedEnds(collective, origins["schedule.collectiveFlexibleDays"] ?? documentKey(top))
      : [],
    parameters: complete as ResolvedPolicy["parameters"],
  };
  // A private deep copy, frozen: only such a value is trusted when passed back in, and being frozen it
  // cannot have been modified since (see trustedResolvedPolicy).
  const frozen = deepFreeze(JSON.parse(JSON.stringify(resolved)) as ResolvedPolicy);
  issued.add(frozen);
  return frozen;
}

/** One warning per collective day whose instrument has no confirmed end. */
function unconfirmedEnds(collective: PolicyParameters["schedule"]["collectiveFlexibleDays"], origin: string): Issue[] {
  return collective.value.flatMap((c, i) =>
    c.endConfirmed === false
      ? [
          issue("policy_rule_end_unconfirmed", ["parameters", "schedule", "collectiveFlexibleDays", "value", i], {
            weekday: c.weekday,
            origin,
            sources: collective.sources.join(", "),
          }),
        ]
      : [],
  );
}

/** The oldest review date along a chain, ignoring documents that state none. */
function oldestReview(chain: readonly PolicyDocument[]): IsoDate | undefined {
  let oldest: IsoDate | undefined;
  for (const d of chain)
    if (d.reviewedOn !== undefined && (oldest === undefined || d.reviewedOn < oldest)) oldest = d.reviewedOn;
  return oldest;
}

/** Every resolved policy this module returned in this process (weakly held). */
const issued = new WeakSet<object>();

/**
 * True when `value` has the shape of a {@link ResolvedPolicy} (as opposed to a policy document), whether
 * or not it can be trusted.
 *
 * @example
 * ```ts
 * looksResolved(resolvePolicy("jabar", "2026-03-02")); // true
 * looksResolved({ schemaVersion: 1, jurisdiction: { id: "kota-x" } }); // false
 * ```
 */
export function looksResolved(value: unknown): boolean {
  if (value === null || typeof value !== "object") return false;
  const o = value as Record<string, unknown>;
  return (
    !("schemaVersion" in o) &&
    typeof o.jurisdiction === "string" &&
    Array.isArray(o.chain) &&
    typeof o.parameters === "object"
  );
}

/**
 * A resolved policy passed back into mkd-engine (as `policy` of a decision, a schedule or a score), once
 * checked: the value itself when `resolvePolicy` returned it in this process (it is frozen, so unmodified);
 * otherwise (a JSON round trip, a copy, an edited object) it is re-derived from the shipped policies and
 * accepted only when it equals, field for field, what `resolvePolicy` gives for its jurisdiction and date.
 * Anything else is refused with `invalid_policy` / `policy_resolved_untrusted` at `path`: parameters of a
 * resolved object are never read on trust (a copy with the cap set to 5 would bypass every ceiling check).
 * Returns undefined when `value` does not look resolved (it is a document: resolve it instead).
 *
 * @example
 * ```ts
 * trustedResolvedPolicy(JSON.parse(JSON.stringify(resolvePolicy("jabar", "2026-03-02"))), ["policy"]); // accepted: equals the shipped resolution
 * ```
 */
export function trustedResolvedPolicy(value: unknown, path: IssuePath): ResolvedPolicy | undefined {
  if (value !== null && typeof value === "object" && issued.has(value)) return value as ResolvedPolicy;
  if (!looksResolved(value)) return undefined;
  const o = value as Record<string, unknown>;
  const refuse = (): never => {
    const document =
      typeof o.jurisdiction === "string" && typeof o.version === "string" ? `${o.jurisdiction}@${o.version}` : "?";
    throw new MkdError("invalid_policy", { count: 1 }, [issue("policy_resolved_untrusted", path, { document })]);
  };
  if (typeof o.asOf !== "string" || !isIsoDate(o.asOf) || typeof o.jurisdiction !== "string") return refuse();
  let fresh: ResolvedPolicy;
  try {
    fresh = policyInForce(o.jurisdiction, o.asOf);
  } catch {
    return refuse();
  }
  let same = false;
  try {
    same = canonicalJson(value) === canonicalJson(fresh);
  } catch {
    same = false;
  }
  return same ? fresh : refuse();
}
