/**
 * The public entry for policy documents: {@link preparePolicy} validates what a caller supplies (a municipal
 * overlay, a BKD's own versions) once, and {@link resolvePolicy} gives the policy in force on a date for a
 * jurisdiction, a document or a prepared policy. The resolution itself is in in-force.ts, which never validates:
 * the decision, schedule and scoring paths take prepared or resolved policies, so only a bundle that imports this
 * module carries the validator.
 */
import { isIsoDate, type IsoDate } from "../core/dates.js";
import { issue, MkdError } from "../core/errors.js";
import { type PreparedPolicy, policyInForce, isPreparedPolicy, sealPrepared, type ResolvedPolicy } from "./in-force.js";
import { shippedPolicies } from "./chain.js";
import { policyLimitIssues } from "./limits.js";
import { assertValidPolicy } from "./validate.js";
import type { PolicyDocument } from "./schema.js";

export {
  describeChain,
  isPreparedPolicy,
  looksResolved,
  type PolicyChainLink,
  type PolicyDecidedBy,
  type PreparedPolicy,
  type ResolvedPolicy,
} from "./in-force.js";

/** Options for {@link resolvePolicy} and {@link preparePolicy}. */
export interface ResolvePolicyOptions {
  /** Extra policy documents (municipal overlays, a BKD's own version) available to resolution and `extends`. */
  readonly documents?: readonly unknown[];
}

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

// What a caller supplies is remembered by its content, never by object identity: the JSON text is the key,
// so a document mutated between calls is validated and resolved again, never served stale (an integrator's
// test that edits an overlay and decides again gets the edited overlay's answer and hash).

/** The JSON text of `parts`, or undefined for a value JSON cannot hold (cyclic, BigInt), which the caller reports. */
function contentKey(parts: readonly unknown[]): string | undefined {
  try {
    return JSON.stringify(parts);
  } catch {
    return undefined;
  }
}

/** True when a supplied document is within the limits (checked before anything serialises it). */
function withinLimits(document: unknown): boolean {
  return policyLimitIssues(document).length === 0;
}

// Validation of a given document costs about a millisecond (several chain resolutions for the ceiling
// checks); callers resolve the same document for many dates.
const VALIDATED_LIMIT = 64;
const validated = new Map<string, PolicyDocument>();

function validatedDocument(document: unknown, context: readonly unknown[]): PolicyDocument {
  // The limits before anything else touches the document (serialising a 16 MB or 10,000-deep document for
  // the cache key would already cost what the limits exist to prevent).
  const over = policyLimitIssues(document);
  if (over.length > 0) throw new MkdError("invalid_policy", { count: over.length }, over);
  const key = contentKey([document, context]);
  const hit = key === undefined ? undefined : validated.get(key);
  if (hit) return hit;
  const doc = assertValidPolicy(document, { documents: context });
  if (key !== undefined) {
    if (validated.size >= VALIDATED_LIMIT) validated.delete(validated.keys().next().value!);
    validated.set(key, doc);
  }
  return doc;
}

/**
 * Validates a policy source once, for every later decision, schedule and score: a jurisdiction id (shipped, or
 * among `options.documents`) or a policy document you pass yourself (a municipal overlay), with the extra
 * documents resolution may use. Each document is checked with `validatePolicy` (shape, sources, rules, a value
 * above the national or a parent's ceiling on any date, a shadowed shipped name) and frozen; the result is
 * resolved for each date without being read again. `checkEligibility`, `generateSchedule` and `scoreMonth`
 * take it as `policy`; they do not take documents, so a browser bundle that never prepares one carries no
 * validator.
 *
 * Throws {@link MkdError} `invalid_policy` with every issue, at its path (`documents[i]...` for an extra
 * document). An unknown jurisdiction or a date outside every version is reported when the policy is resolved.
 *
 * @example
 * ```ts
 * const tasik = preparePolicy(overlay);
 * checkEligibility(employee, { policy: tasik, asOf: "2026-03-02" });
 * generateSchedule({ unit, members, period: "2026-03", policy: tasik });
 * ```
 */
export function preparePolicy(
  jurisdictionOrDocument: string | unknown,
  options: ResolvePolicyOptions = {},
): PreparedPolicy {
  const given = options.documents ?? [];
  if (!Array.isArray(given))
    throw new MkdError("invalid_policy", { count: 1 }, [
      issue("input_invalid_type", ["documents"], { expected: "array" }),
    ]);
  // Already prepared: the same value (preparing is idempotent), or prepared again with the documents added.
  if (isPreparedPolicy(jurisdictionOrDocument)) {
    if (given.length === 0) return jurisdictionOrDocument;
    const { document, jurisdiction, documents } = jurisdictionOrDocument;
    return preparePolicy(document ?? jurisdiction, { documents: [...documents, ...given] });
  }
  const documents = given.map((d, i) => {
    try {
      return validatedDocument(
        d,
        given.filter((o) => o !== d),
      );
    } catch (error) {
      if (!(error instanceof MkdError)) throw error;
      const issues = error.issues.map((x) => ({ ...x, path: ["documents", i, ...x.path] }));
      throw new MkdError("invalid_policy", { count: issues.length }, issues);
    }
  });
  if (typeof jurisdictionOrDocument === "string") return sealPrepared(jurisdictionOrDocument, undefined, documents);
  const document = validatedDocument(jurisdictionOrDocument, given);
  return sealPrepared(document.jurisdiction.id, document, documents);
}

/**
 * The policy in force on `asOf` for a jurisdiction (shipped, or among `options.documents`), a policy document
 * you pass yourself (a municipal overlay), or a {@link PreparedPolicy}, with its `extends` chain applied.
 *
 * Throws {@link MkdError} with a stable code: `unknown_jurisdiction`, `date_before_first_version`,
 * `date_after_version_end`, `unknown_policy_version`, `invalid_policy`, `invalid_date`. A document you pass
 * (directly or in `options.documents`) is first checked with `validatePolicy` (as by {@link preparePolicy});
 * any issue (a value above the parent's ceiling, an unknown source, a JSONPath script...) gives
 * `invalid_policy` with every issue listed. The same supplied content and date give the same frozen value.
 *
 * @example
 * ```ts
 * const policy = resolvePolicy("jabar", "2025-05-01");
 * policy.parameters.schedule.maxFlexibleDaysPerWeek.value; // 2
 * describeChain(policy.chain); // "jabar@2023-06-19 > jabar@2025-04-21"
 * ```
 */
export function resolvePolicy(
  jurisdictionOrDocument: string | PreparedPolicy | unknown,
  asOf: IsoDate,
  options: ResolvePolicyOptions = {},
): ResolvedPolicy {
  if (!isIsoDate(asOf)) throw new MkdError("invalid_date", { value: String(asOf) });
  const extra = options.documents !== undefined && (!Array.isArray(options.documents) || options.documents.length > 0);
  if (!extra && (typeof jurisdictionOrDocument === "string" || isPreparedPolicy(jurisdictionOrDocument)))
    return policyInForce(jurisdictionOrDocument, asOf);
  // Supplied documents resolve once per content and date: the same content gives back the same frozen value,
  // so what callers compile from it (eligibility and scoring contexts, cached by that value) is reused.
  const suppliedKey = suppliedContentKey(jurisdictionOrDocument, options.documents, asOf);
  const remembered = suppliedKey === undefined ? undefined : resolvedBySupplied.get(suppliedKey);
  if (remembered) return remembered;
  const resolved = policyInForce(preparePolicy(jurisdictionOrDocument, options), asOf);
  if (suppliedKey !== undefined) {
    if (resolvedBySupplied.size >= RESOLVED_LIMIT) resolvedBySupplied.delete(resolvedBySupplied.keys().next().value!);
    resolvedBySupplied.set(suppliedKey, resolved);
  }
  return resolved;
}

const RESOLVED_LIMIT = 256;
const resolvedBySupplied = new Map<string, ResolvedPolicy>();

/**
 * The content key of a resolution from supplied documents (a document in place of a jurisdiction, or
 * `options.documents`), or undefined when nothing is supplied (shipped documents never change) or when a
 * document is over the limits or not JSON (the resolution then reports it).
 */
function suppliedContentKey(
  jurisdictionOrDocument: unknown,
  documents: readonly unknown[] | undefined,
  asOf: IsoDate,
): string | undefined {
  const given = typeof jurisdictionOrDocument === "string" ? [] : [jurisdictionOrDocument];
  if (documents !== undefined) {
    if (!Array.isArray(documents)) return undefined; // preparePolicy reports it
    given.push(...documents);
  }
  if (given.length === 0 || !given.every(withinLimits)) return undefined;
  return contentKey([jurisdictionOrDocument, documents ?? [], asOf]);
}
