/**
 * Version selection and `extends` chains over a set of parsed policy documents. Shared by
 * `resolvePolicy` and `validatePolicy`, so resolution and validation can never disagree about
 * which documents stand under which.
 * Internal module, not public API. (Not tagged internal: on a file header, stripInternal drops the first statement.)
 */
import type { IsoDate } from "../core/dates.js";
import { MkdError } from "../core/errors.js";
import { deepFreeze } from "../core/freeze.js";
import { SHIPPED_POLICY_DOCUMENTS } from "../policies/index.js";
import type { EligibilityRule, LegalBasis, PolicyDocument } from "./schema.js";

let shipped: readonly PolicyDocument[] | undefined;

/**
 * The shipped policy documents, frozen once. They are not parsed here: test/policy/validate.test.ts holds every
 * shipped document to `validatePolicy` (the schema, sources, rules, ceilings), so the decision path does not
 * carry the document schema, which only the validator of supplied documents needs.
 *
 * @example
 * ```ts
 * shippedPolicies().map((d) => `${d.jurisdiction.id}@${d.version}`); // ["id-nasional@2025-04-21", "jabar@2023-06-19", ...]
 * ```
 */
export function shippedPolicies(): readonly PolicyDocument[] {
  shipped ??= SHIPPED_POLICY_DOCUMENTS.map((doc) => deepFreeze(doc as PolicyDocument));
  return shipped;
}

/** `jurisdiction@version`, the key a document is known by. */
export function documentKey(doc: Pick<PolicyDocument, "jurisdiction" | "version">): string {
  return `${doc.jurisdiction.id}@${doc.version}`;
}

/** True when `doc` is in force on `asOf` (both ends inclusive). */
export function inForce(doc: PolicyDocument, asOf: IsoDate): boolean {
  return doc.effectiveFrom <= asOf && (doc.effectiveUntil === undefined || asOf <= doc.effectiveUntil);
}

/** The documents of one jurisdiction, oldest first. */
export function versionsOf(all: readonly PolicyDocument[], jurisdiction: string): PolicyDocument[] {
  return all
    .filter((d) => d.jurisdiction.id === jurisdiction)
    .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
}

/** Picks the version of `jurisdiction` in force on `asOf`, or throws the precise reason there is none. */
export function selectVersion(all: readonly PolicyDocument[], jurisdiction: string, asOf: IsoDate): PolicyDocument {
  const versions = versionsOf(all, jurisdiction);
  if (versions.length === 0) {
    throw new MkdError("unknown_jurisdiction", {
      jurisdiction,
      known: [...new Set(all.map((d) => d.jurisdiction.id))],
    });
  }
  const found = versions.filter((d) => inForce(d, asOf));
  if (found.length === 1) return found[0]!;
  if (found.length > 1) {
    throw new MkdError("policy_versions_overlap", { jurisdiction, asOf, versions: found.map((d) => d.version) });
  }
  const first = versions[0]!;
  if (asOf < first.effectiveFrom)
    throw new MkdError("date_before_first_version", { jurisdiction, asOf, first: first.effectiveFrom });
  const before = versions.filter((d) => d.effectiveFrom <= asOf).at(-1)!;
  throw new MkdError("date_after_version_end", {
    jurisdiction,
    asOf,
    version: before.version,
    until: before.effectiveUntil,
  });
}

/** The document `jurisdiction@version`, or an `unknown_policy_version` error. */
export function findVersion(all: readonly PolicyDocument[], jurisdiction: string, version: string): PolicyDocument {
  const doc = all.find((d) => d.jurisdiction.id === jurisdiction && d.version === version);
  if (!doc) throw new MkdError("unknown_policy_version", { jurisdiction, version });
  return doc;
}

/** The chain of documents a document stands on, base first, ending with `doc`. */
export function documentChain(all: readonly PolicyDocument[], doc: PolicyDocument, asOf: IsoDate): PolicyDocument[] {
  const chain: PolicyDocument[] = [doc];
  const seen = new Set([documentKey(doc)]);
  for (let cur = doc; cur.extends; ) {
    const ref = cur.extends;
    const next = ref.version
      ? findVersion(all, ref.jurisdiction, ref.version)
      : selectVersion(all, ref.jurisdiction, asOf);
    const key = documentKey(next);
    if (seen.has(key)) throw new MkdError("policy_extends_cycle", { chain: [...seen, key] });
    seen.add(key);
    chain.unshift(next);
    cur = next;
  }
  return chain;
}

/** Where each merged parameter came from: `"schedule.maxFlexibleDaysPerWeek"` or `"eligibility.rules.<id>"` -> document key. */
export type ParameterOrigins = Record<string, string>;

/** True unless `value` is a cited value whose own period (`validFrom`/`validUntil`) excludes `asOf`. */
function validOn(value: unknown, asOf: IsoDate | undefined): boolean {
  if (asOf === undefined || value === null || typeof value !== "object") return true;
  const { validFrom, validUntil } = value as { validFrom?: unknown; validUntil?: unknown };
  return !(
    (typeof validFrom === "string" && asOf < validFrom) ||
    (typeof validUntil === "string" && asOf > validUntil)
  );
}

/**
 * Applies a chain of documents, base first, into complete parameters (rules merge by id). With `asOf`, a
 * value whose own period excludes that date is skipped, so the inherited value applies.
 */
export function mergeChain(
  chain: readonly PolicyDocument[],
  asOf?: IsoDate,
): { parameters: unknown; legalBases: Record<string, LegalBasis>; origins: ParameterOrigins } {
  // Null-prototype records: an id such as "constructor" stays an ordinary key.
  const merged: Record<string, Record<string, unknown>> = Object.create(null);
  const rules: Record<string, EligibilityRule> = Object.create(null);
  const legalBases: Record<string, LegalBasis> = Object.create(null);
  const origins: ParameterOrigins = Object.create(null);
  for (const doc of chain) {
    const key = documentKey(doc);
    for (const basis of doc.legalBases) legalBases[basis.id] = basis;
    for (const [section, values] of Object.entries(doc.parameters) as [string, Record<string, unknown> | undefined][]) {
      if (!values) continue;
      const target = (merged[section] ??= {});
      for (const [name, value] of Object.entries(values)) {
        if (section === "eligibility" && name === "rules") {
          for (const [id, rule] of Object.entries(value as Record<string, EligibilityRule | null>)) {
            if (!validOn(rule, asOf)) continue;
            if (rule === null) {
              delete rules[id];
              delete origins[`eligibility.rules.${id}`];
            } else {
              rules[id] = rule;
              origins[`eligibility.rules.${id}`] = key;
            }
          }
        } else {
          if (!validOn(value, asOf)) continue;
          target[name] = value;
          origins[`${section}.${name}`] = key;
        }
      }
    }
  }
  (merged.eligibility ??= {}).rules = { ...rules };
  return { parameters: { ...merged }, legalBases: { ...legalBases }, origins: { ...origins } };
}
