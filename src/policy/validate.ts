/**
 * Policy validation: everything that can be wrong with a policy document, each problem with its path,
 * in one pass. The zod schema catches shape errors; this module adds what a schema cannot see: sources
 * that cite nothing, rules that name unknown facts or operators, JSONPath scripts, keys that reach
 * prototypes, overlapping versions, a missing `extends`, a regional value above its parent's ceiling on
 * some date (PermenPANRB 4/2025 Pasal 13(1): at most 2 flexible-location days a week from 2025-04-21),
 * and the internal coherence of hours and quotas (Perpres 21/2023: 37.5 h a week excluding breaks).
 *
 * Bad documents are values here: {@link validatePolicy} never throws on them. The checks of the merged
 * parameters on each date segment (ceilings, coherence) are in parameter-checks.ts.
 */
import { addDays, type IsoDate } from "../core/dates.js";
import {
  asMkdError,
  formatPath,
  fromZodIssues,
  issue,
  MkdError,
  type Issue,
  type IssuePath,
  type SharedCode,
} from "../core/errors.js";
import { type PolicyCheckParams, policyCheckMessages } from "../i18n/messages/policy-checks.js";
import { policyLimitIssues } from "./limits.js";
import { documentChain, documentKey, mergeChain, shippedPolicies } from "./chain.js";
import { NATIONAL_JURISDICTION, nationalDocuments, originOf } from "./national.js";
import { checkCeilings, checkCoherence } from "./parameter-checks.js";
import {
  cloneWithoutForbiddenKeys,
  comparePaths,
  conditionIssues,
  dedupe,
  isObject,
  mergeSchemaIssues,
  own,
  rawCitations,
  RULES_PATH,
  walkForbiddenKeys,
} from "./rule-checks.js";
import { policySchemas, type PolicyDocument } from "./schema.js";

export { validateRules } from "./rule-checks.js";

/** Options for {@link validatePolicy}. */
export interface ValidatePolicyOptions {
  /**
   * Other policy documents the policy may extend, be bounded by (its parent) or overlap: municipal
   * overlays, a BKD's own versions. A document with the same jurisdiction and version as the one being
   * validated is replaced by it.
   */
  readonly documents?: readonly unknown[];
  /**
   * The baseline the document is checked against: `"shipped"` (default) adds mkd-engine's shipped
   * policies (id-nasional, jabar) to `documents`; `"none"` checks against `documents` only.
   */
  readonly against?: "shipped" | "none";
}

/** What {@link validatePolicy} found: `valid` is true exactly when `issues` is empty. */
export interface PolicyValidationResult {
  readonly valid: boolean;
  /** Every problem, each with a stable code, its path in the document and messages in Indonesian and English. */
  readonly issues: readonly Issue[];
}

/**
 * Checks a policy document and lists every issue with its path. Never throws on a bad document.
 *
 * Checks: the zod schema (mapped to stable codes); prototype-reaching keys anywhere in the raw input;
 * rule facts, operators, plain paths and value types; every source against the legal bases of the
 * document and its `extends` chain; `extends` and parent references; overlapping versions of the same
 * jurisdiction; the parent's (and grandparent's) flexible-day ceiling on every date range where both are in
 * force; and internal coherence (quotas within the own cap, hours adding up, breaks shorter than the day).
 *
 * @example
 * ```ts
 * const overlay = JSON.parse(fs.readFileSync("kota-x.policy.json", "utf8"));
 * const { valid, issues } = validatePolicy(overlay);
 * if (!valid) for (const i of issues) console.log(i.code, i.path.join("."), i.message.en);
 * // policy_exceeds_parent_ceiling parameters.schedule.maxFlexibleDaysPerWeek.value
 * //   schedule.maxFlexibleDaysPerWeek = 4 (from kota-x@2025-06-01) exceeds the cap of 2 flexible days a week
 * //   set by jabar version 2025-04-21, over 2025-06-01 – 2025-12-31.
 * ```
 */
export function validatePolicy(document: unknown, options: ValidatePolicyOptions = {}): PolicyValidationResult {
  // Limits first, before any recursion or parsing (issue 10): size, rule count, condition depth, string
  // length and nesting, each with its own code. A document over a limit gets only those issues.
  const limits = policyLimitIssues(document);
  if (limits.length > 0) return { valid: false, issues: limits };
  try {
    return validateWithinLimits(document, options);
  } catch (error) {
    // Documented never to throw. Within the limits nothing here should; if something does, it is reported
    // (as the caller's fault when the input is not plain data, otherwise as internal_error), not thrown.
    const e = asMkdError(error, { document, options });
    return { valid: false, issues: e.issues.length > 0 ? e.issues : [issue(e.code as SharedCode, [], e.params)] };
  }
}

function validateWithinLimits(document: unknown, options: ValidatePolicyOptions): PolicyValidationResult {
  const issues: Issue[] = [];

  // 1. Keys that could reach a prototype, on the RAW input: JSON.parse keeps "__proto__" as an own key,
  //    and zod's record parsing silently drops it, so only the raw walk can see it.
  walkForbiddenKeys(document, [], issues, new Set());

  // 2. The shape, through the single source of truth.
  const parsed = policySchemas().document.safeParse(document);
  const schemaIssues = parsed.success ? [] : fromZodIssues(parsed.error.issues);

  // 3. Rules, on the raw input so they are checked even when something else in the document is wrong.
  const rawRules =
    isObject(document) && isObject(document.parameters) && isObject(document.parameters.eligibility)
      ? own(document.parameters.eligibility, "rules")
      : undefined;
  const ruleIssues = conditionIssues(rawRules, RULES_PATH);
  issues.push(...ruleIssues);
  mergeSchemaIssues(schemaIssues, ruleIssues, issues);

  // 4. Everything that needs the document as a whole. When only rules or forbidden keys are wrong, check
  //    the rest anyway on a copy without them, so one typo does not hide a ceiling breach.
  let doc: PolicyDocument | undefined = parsed.success ? parsed.data : undefined;
  if (!doc) {
    const lenient = cloneWithoutForbiddenKeys(document);
    if (
      isObject(lenient) &&
      isObject(lenient.parameters) &&
      isObject(lenient.parameters.eligibility) &&
      "rules" in lenient.parameters.eligibility
    ) {
      lenient.parameters.eligibility.rules = {};
    }
    const retry = policySchemas().document.safeParse(lenient);
    if (retry.success) doc = retry.data;
  }
  if (doc) checkDocument(doc, document, options, issues);

  const unique = dedupe(issues);
  unique.sort((a, b) => comparePaths(a.path, b.path));
  return { valid: unique.length === 0, issues: unique };
}

/**
 * Returns the parsed document when {@link validatePolicy} finds nothing, otherwise throws an
 * {@link MkdError} `invalid_policy` listing every issue.
 *
 * @example
 * ```ts
 * const doc = assertValidPolicy(JSON.parse(text)); // typed PolicyDocument, or MkdError("invalid_policy")
 * ```
 */
export function assertValidPolicy(document: unknown, options: ValidatePolicyOptions = {}): PolicyDocument {
  const { valid, issues } = validatePolicy(document, options);
  if (!valid) throw new MkdError("invalid_policy", { count: issues.length }, issues);
  return policySchemas().document.parse(document);
}

// ---------------------------------------------------------------------------------------------------
// Whole-document checks.

/** An issue found on one date segment, merged with the same finding on adjacent segments. */
interface Finding {
  code: SharedCode | keyof PolicyCheckParams;
  path: IssuePath;
  params: Record<string, unknown>;
  from: IsoDate;
  until: IsoDate | undefined;
  /** Whether the message shows the date range. */
  ranged: boolean;
}

function checkDocument(doc: PolicyDocument, raw: unknown, options: ValidatePolicyOptions, out: Issue[]): void {
  const key = documentKey(doc);
  // A shipped jurisdiction's name and version cannot be silently shadowed: a document that carries one
  // must be the shipped document (same content), or it is refused. New rules take a new version id.
  const origin = originOf(doc);
  if (origin.kind === "shadows")
    out.push(issue("policy_shadows_shipped_version", ["version"], { document: key }, policyCheckMessages));
  if (doc.jurisdiction.parent === doc.jurisdiction.id)
    out.push(
      issue(
        "policy_parent_self",
        ["jurisdiction", "parent"],
        { jurisdiction: doc.jurisdiction.id },
        policyCheckMessages,
      ),
    );
  const supplied: PolicyDocument[] = [];
  (options.documents ?? []).forEach((d, index) => {
    const over = policyLimitIssues(d);
    if (over.length > 0) {
      out.push(issue("policy_context_document_invalid", [], { index, count: over.length }, policyCheckMessages));
      return;
    }
    const r = policySchemas().document.safeParse(d);
    if (!r.success)
      out.push(
        issue("policy_context_document_invalid", [], { index, count: r.error.issues.length }, policyCheckMessages),
      );
    else if (documentKey(r.data) !== key && d !== raw) {
      const o = originOf(r.data);
      if (o.kind === "shadows")
        out.push(
          issue(
            "policy_context_document_shadows_shipped",
            [],
            { index, document: documentKey(r.data) },
            policyCheckMessages,
          ),
        );
      else if (o.kind === "supplied") supplied.push(r.data);
      // A copy of a shipped document is the shipped one, already in the pool.
    }
  });
  // The national rules are always in the pool (PermenPANRB 4/2025 binds every agency, whatever a document
  // declares); a supplied national document replaces the shipped national versions whole.
  const national = nationalDocuments(origin.kind === "supplied" ? [doc, ...supplied] : supplied);
  const base = options.against === "none" ? (national.replaced ? [] : national.documents) : shippedPolicies();
  const pool: PolicyDocument[] = [];
  for (const d of base) {
    if (documentKey(d) !== key && !(national.replaced && d.jurisdiction.id === NATIONAL_JURISDICTION)) pool.push(d);
  }
  pool.push(...supplied, doc);

  // Legal bases: unique ids.
  const seenBases = new Set<string>();
  doc.legalBases.forEach((b, i) => {
    if (seenBases.has(b.id))
      out.push(issue("policy_legal_basis_duplicate", ["legalBases", i, "id"], { id: b.id }, policyCheckMessages));
    seenBases.add(b.id);
  });

  if (doc.effectiveUntil !== undefined && doc.effectiveUntil < doc.effectiveFrom) {
    out.push(
      issue(
        "policy_effective_range_invalid",
        ["effectiveUntil"],
        { from: doc.effectiveFrom, until: doc.effectiveUntil },
        policyCheckMessages,
      ),
    );
    return;
  }

  // Overlapping versions of the same jurisdiction.
  for (const other of pool) {
    if (other === doc || other.jurisdiction.id !== doc.jurisdiction.id) continue;
    const from = other.effectiveFrom > doc.effectiveFrom ? other.effectiveFrom : doc.effectiveFrom;
    const until = minEnd(other.effectiveUntil, doc.effectiveUntil);
    if (until === undefined || from <= until) {
      out.push(
        issue(
          "policy_version_overlap",
          ["effectiveFrom"],
          {
            jurisdiction: doc.jurisdiction.id,
            version: doc.version,
            other: other.version,
            range: formatRange(from, until),
          },
          policyCheckMessages,
        ),
      );
    }
  }

  // extends: a pinned version must exist; a floating one must name a known jurisdiction.
  if (doc.extends) {
    const ref = doc.extends;
    const exists = ref.version
      ? pool.some((d) => d.jurisdiction.id === ref.jurisdiction && d.version === ref.version)
      : pool.some((d) => d.jurisdiction.id === ref.jurisdiction);
    if (!exists) {
      out.push(
        issue(
          "policy_extends_not_found",
          ["extends"],
          {
            target: ref.version ? `${ref.jurisdiction}@${ref.version}` : ref.jurisdiction,
          },
          policyCheckMessages,
        ),
      );
      return;
    }
  }
  const parent = doc.jurisdiction.parent;
  if (parent !== undefined && !pool.some((d) => d.jurisdiction.id === parent)) {
    out.push(issue("policy_parent_not_found", ["jurisdiction", "parent"], { parent }, policyCheckMessages));
  }

  // Every date on which anything in the pool starts or stops: between two of them, the chain, the
  // parent's version and so every effective value are constant. Check each segment once.
  const bounds = new Set<IsoDate>([doc.effectiveFrom]);
  for (const d of pool) {
    bounds.add(d.effectiveFrom);
    if (d.effectiveUntil !== undefined) bounds.add(addDays(d.effectiveUntil, 1));
  }
  const starts = [...bounds]
    .filter((b) => b >= doc.effectiveFrom && (doc.effectiveUntil === undefined || b <= doc.effectiveUntil))
    .sort();

  const findings: Finding[] = [];
  const add = (f: Omit<Finding, "ranged"> & { ranged?: boolean }): void => {
    const finding: Finding = { ranged: false, ...f };
    const sig = signature(finding);
    const prev = findings.find(
      (p) => signature(p) === sig && p.until !== undefined && addDays(p.until, 1) === finding.from,
    );
    if (prev) prev.until = finding.until;
    else findings.push(finding);
  };
  const citations = rawCitations(raw);
  let resolvedSegments = 0;
  const unresolved: { from: IsoDate; until: IsoDate | undefined; error: MkdError }[] = [];

  starts.forEach((from, i) => {
    const next = starts[i + 1];
    const until = next !== undefined ? addDays(next, -1) : doc.effectiveUntil;
    let chain: PolicyDocument[];
    try {
      chain = documentChain(pool, doc, from);
    } catch (error) {
      if (error instanceof MkdError) unresolved.push({ from, until, error });
      else throw error;
      return;
    }
    resolvedSegments++;
    const { parameters, legalBases, origins } = mergeChain(chain);

    for (const c of citations) {
      c.sources.forEach((s, j) => {
        if (typeof s === "string" && !Object.prototype.hasOwnProperty.call(legalBases, s)) {
          add({ code: "policy_source_unknown", path: [...c.path, j], params: { source: s }, from, until });
        }
      });
    }

    const complete = policySchemas().parameters.safeParse(parameters);
    if (!complete.success) {
      for (const zi of complete.error.issues) {
        add({
          code: "policy_parameter_missing",
          path: ["parameters", ...zi.path.map(String)],
          params: {},
          from,
          until,
        });
      }
      return;
    }
    const p = complete.data;
    const definedIn = (section: string, name: string): string => origins[`${section}.${name}`] ?? key;
    checkCoherence(p, definedIn, (code, path, params) => add({ code, path, params, from, until }));
    checkCeilings(pool, doc, p, from, definedIn, (code, path, params) =>
      add({ code, path, params, from, until, ranged: true }),
    );
  });

  if (resolvedSegments === 0 && unresolved.length > 0) {
    // The extends chain never resolves while this document is in force.
    const first = unresolved[0]!;
    if (first.error.code === "policy_extends_cycle" || first.error.code === "unknown_policy_version") {
      out.push(issue(first.error.code, ["extends"], first.error.params));
    } else {
      out.push(
        issue(
          "policy_extends_not_in_force",
          ["extends"],
          {
            jurisdiction: doc.extends?.jurisdiction ?? doc.jurisdiction.id,
            range: formatRange(doc.effectiveFrom, doc.effectiveUntil),
          },
          policyCheckMessages,
        ),
      );
    }
  }

  // The findings' codes are policy checks, or shared ones (policy_parameter_missing) the catalogue falls back to.
  for (const f of findings) {
    out.push(
      issue(
        f.code,
        f.path,
        f.ranged
          ? { ...f.params, range: formatRange(f.from, f.until), from: f.from, until: f.until ?? null }
          : f.params,
        policyCheckMessages,
      ),
    );
  }
}

function signature(f: Finding): string {
  return `${f.code}|${formatPath(f.path)}|${JSON.stringify(f.params)}`;
}

// ---------------------------------------------------------------------------------------------------
// Helpers.

function minEnd(a: IsoDate | undefined, b: IsoDate | undefined): IsoDate | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a < b ? a : b;
}

/** A date range people and machines both read: `2025-06-01 – 2025-12-31`, open-ended `2025-06-01 – …`. */
function formatRange(from: IsoDate, until: IsoDate | undefined): string {
  return `${from} – ${until ?? "…"}`;
}
