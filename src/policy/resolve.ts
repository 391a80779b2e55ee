/**
 * Which policy is in force on a date, with its whole `extends` chain applied and recorded.
 * Overlays hold only what changes: parameters replace inherited ones whole, rules merge by id
 * (`null` removes an inherited rule), legal bases accumulate.
 */
import { isIsoDate, type IsoDate } from "../core/dates.js";
import { issue, MkdError, parseWith } from "../core/errors.js";
import { SHIPPED_POLICY_DOCUMENTS } from "../policies/index.js";
import {
  policyDocumentSchema,
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

/** A short label for a resolved policy's version chain, e.g. `jabar@2023-06-19 > jabar@2025-04-21`. */
export function describeChain(chain: readonly PolicyChainLink[]): string {
  return chain.map((l) => `${l.jurisdiction}@${l.version}`).join(" > ");
}

/** Options for {@link resolvePolicy}. */
export interface ResolvePolicyOptions {
  /** Extra policy documents (municipal overlays, a BKD's own version) available to resolution and `extends`. */
  readonly documents?: readonly unknown[];
}

let shipped: readonly PolicyDocument[] | undefined;

/** The shipped policy documents, validated once. */
export function shippedPolicies(): readonly PolicyDocument[] {
  shipped ??= SHIPPED_POLICY_DOCUMENTS.map((doc, i) => parseWith(policyDocumentSchema, doc, "invalid_policy", ["shipped", i]));
  return shipped;
}

/** Every jurisdiction id with a shipped policy. */
export function shippedJurisdictions(): string[] {
  return [...new Set(shippedPolicies().map((d) => d.jurisdiction.id))];
}

function inForce(doc: PolicyDocument, asOf: IsoDate): boolean {
  return doc.effectiveFrom <= asOf && (doc.effectiveUntil === undefined || asOf <= doc.effectiveUntil);
}

/** The documents of one jurisdiction, oldest first. */
function versionsOf(all: readonly PolicyDocument[], jurisdiction: string): PolicyDocument[] {
  return all.filter((d) => d.jurisdiction.id === jurisdiction).sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
}

/** Picks the version of `jurisdiction` in force on `asOf`, or throws the precise reason there is none. */
export function selectVersion(all: readonly PolicyDocument[], jurisdiction: string, asOf: IsoDate): PolicyDocument {
  const versions = versionsOf(all, jurisdiction);
  if (versions.length === 0) {
    throw new MkdError("unknown_jurisdiction", { jurisdiction, known: [...new Set(all.map((d) => d.jurisdiction.id))] });
  }
  const found = versions.filter((d) => inForce(d, asOf));
  if (found.length === 1) return found[0]!;
  if (found.length > 1) {
    throw new MkdError("policy_versions_overlap", { jurisdiction, asOf, versions: found.map((d) => d.version) });
  }
  const first = versions[0]!;
  if (asOf < first.effectiveFrom) throw new MkdError("date_before_first_version", { jurisdiction, asOf, first: first.effectiveFrom });
  const before = versions.filter((d) => d.effectiveFrom <= asOf).at(-1)!;
  throw new MkdError("date_after_version_end", { jurisdiction, asOf, version: before.version, until: before.effectiveUntil });
}

function findVersion(all: readonly PolicyDocument[], jurisdiction: string, version: string): PolicyDocument {
  const doc = all.find((d) => d.jurisdiction.id === jurisdiction && d.version === version);
  if (!doc) throw new MkdError("unknown_policy_version", { jurisdiction, version });
  return doc;
}

/** The chain of documents a document stands on, base first, ending with `doc`. */
export function documentChain(all: readonly PolicyDocument[], doc: PolicyDocument, asOf: IsoDate): PolicyDocument[] {
  const chain: PolicyDocument[] = [doc];
  const seen = new Set([`${doc.jurisdiction.id}@${doc.version}`]);
  for (let cur = doc; cur.extends; ) {
    const ref = cur.extends;
    const next = ref.version ? findVersion(all, ref.jurisdiction, ref.version) : selectVersion(all, ref.jurisdiction, asOf);
    const key = `${next.jurisdiction.id}@${next.version}`;
    if (seen.has(key)) throw new MkdError("policy_extends_cycle", { chain: [...seen, key] });
    seen.add(key);
    chain.unshift(next);
    cur = next;
  }
  return chain;
}

/** Applies a chain of documents, base first, into complete parameters (rules merge by id). */
export function mergeChain(chain: readonly PolicyDocument[]): { parameters: unknown; legalBases: Record<string, LegalBasis> } {
  const merged: Record<string, Record<string, unknown>> = {};
  const rules: Record<string, EligibilityRule> = {};
  const legalBases: Record<string, LegalBasis> = {};
  for (const doc of chain) {
    for (const basis of doc.legalBases) legalBases[basis.id] = basis;
    for (const [section, values] of Object.entries(doc.parameters) as [string, Record<string, unknown> | undefined][]) {
      if (!values) continue;
      const target = (merged[section] ??= {});
      for (const [name, value] of Object.entries(values)) {
        if (section === "eligibility" && name === "rules") {
          for (const [id, rule] of Object.entries(value as Record<string, EligibilityRule | null>)) {
            if (rule === null) delete rules[id];
            else rules[id] = rule;
          }
        } else {
          target[name] = value;
        }
      }
    }
  }
  (merged.eligibility ??= {}).rules = rules;
  return { parameters: merged, legalBases };
}

/**
 * The policy in force on `asOf` for a jurisdiction (shipped, or among `options.documents`), or for a
 * policy document you pass yourself (a municipal overlay), with its `extends` chain applied.
 *
 * Throws {@link MkdError} with a stable code: `unknown_jurisdiction`, `date_before_first_version`,
 * `date_after_version_end`, `unknown_policy_version`, `invalid_policy`, `invalid_date`.
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
  const extra = (options.documents ?? []).map((d, i) => parseWith(policyDocumentSchema, d, "invalid_policy", ["documents", i]));
  let top: PolicyDocument;
  let all: PolicyDocument[];
  if (typeof jurisdictionOrDocument === "string") {
    all = [...shippedPolicies(), ...extra];
    top = selectVersion(all, jurisdictionOrDocument, asOf);
  } else {
    top = parseWith(policyDocumentSchema, jurisdictionOrDocument, "invalid_policy");
    all = [...shippedPolicies(), ...extra, top];
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
    chain: chain.map((d) => ({
      jurisdiction: d.jurisdiction.id,
      version: d.version,
      effectiveFrom: d.effectiveFrom,
      effectiveUntil: d.effectiveUntil,
      illustrative: d.illustrative === true,
    })),
    illustrative: chain.some((d) => d.illustrative === true),
    legalBases,
    parameters: complete.data as ResolvedPolicy["parameters"],
  };
}
