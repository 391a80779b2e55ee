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
 */
import { isIsoDate, isIsoMonth, monthOf, monthsBetween, type IsoDate } from "../core/dates.js";
import { issue, MkdError, fromZodIssues, toSafeResult, type Issue, type SafeResult } from "../core/errors.js";
import type { TrackRecordLevel } from "../core/track-record.js";
import { formatMessage, type Locale, type MessageCode, type MessageParams } from "../i18n/index.js";
import { FACTS, type FactName, type OperatorName } from "../policy/facts.js";
import type { ResolvedPolicy } from "../policy/resolve.js";
import type { Provenance } from "../policy/schema.js";
import { APPROVAL_FAILED, REQUIREMENT_FAILED, type ConditionResult, type LeafConditionResult, type LegalBasisRef } from "../rules/compile.js";
import { eligibilityContext, selectPolicy, type DecisionPolicy, type EligibilityContext, type LimitSource, type PolicySelector } from "./context.js";
import { employeeSchema, isValidEmployeeShape, type Employee } from "./employee.js";
import { performanceOfBox, potentialOfBox, talentBoxFromPair, type TalentPerformance, type TalentPotential } from "./talent.js";
import { completedMonthsBetween } from "./tenure.js";

/** The three outcomes: `needs_approval` means every requirement is met and only an approval is missing. */
export type EligibilityOutcome = "eligible" | "ineligible" | "needs_approval";

/**
 * The facts the rules see, derived from the input in one place. Feed them to `createRulesEngine`'s
 * engine (`engine.run(decision.facts)`) to run the same rules in json-rules-engine.
 */
export interface EligibilityFacts {
  readonly talentBox: number;
  readonly performance: TalentPerformance;
  readonly potential: TalentPotential;
  readonly faceToFaceService: boolean;
  readonly serviceCategory: string | undefined;
  readonly jobCriteria: Readonly<Record<string, boolean | undefined>>;
  readonly hasLaptop: boolean;
  readonly bandwidthMbps: number;
  readonly disciplinaryStatus: "none" | "being_processed" | "serving";
  readonly employmentStatus: "cpns" | "pns" | "pppk";
  /** Completed months from the appointment date to `asOf`. */
  readonly tenureMonths: number;
  /** Approved, and not dated after `asOf`. */
  readonly leaderApproved: boolean;
  /** Undefined when the employee asked for no particular number. */
  readonly requestedFlexibleDays: number | undefined;
  readonly trackRecordLevel: TrackRecordLevel | "none";
  readonly trackRecordQuotaDays: number;
}

/** A reason or warning: a stable message code and the values its message needs. */
export interface EligibilityReason {
  /** Stable code: render it with `formatMessage(code, params, locale)`. */
  readonly code: MessageCode;
  /** The rule the reason is about, when it is about one. */
  readonly rule?: string | undefined;
  readonly params: MessageParams;
  /** The message in the `locale` of the call, when a locale was given. */
  readonly message?: string | undefined;
}

/** Every rule of the policy with its result, every condition, its legal basis and its provenance. */
export interface RuleDecision {
  /** The rule id: its stable reason code. */
  readonly id: string;
  readonly kind: "requirement" | "approval";
  readonly passed: boolean;
  readonly description: { readonly id: string; readonly en: string };
  readonly provenance: Provenance;
  readonly legalBases: readonly LegalBasisRef[];
  readonly note: string | undefined;
  /** The condition tree with each leaf's fact, path, operator, threshold, actual value and result. */
  readonly conditions: ConditionResult;
  /** Facts (with path) that were unknown in this rule. */
  readonly missing: readonly string[];
}

/** One of the limits on the flexible days, with where it comes from and whether it cut the days. */
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

/** The answer of {@link checkEligibility}. */
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
  readonly policy: DecisionPolicy;
}

/** Options of {@link checkEligibility}: the policy (by jurisdiction, or one you pass), the date, the language. */
export interface EligibilityOptions extends PolicySelector {
  /** When given, each reason and warning also carries its `message` in this language. */
  readonly locale?: Locale | undefined;
}

const EMPTY_CRITERIA: Readonly<Record<string, boolean | undefined>> = Object.freeze({});
const NO_WARNINGS: readonly EligibilityReason[] = Object.freeze([]);
const REQUEST_PATH: readonly string[] = Object.freeze(["requestedFormat"]);

// ---------------------------------------------------------------------------------------------------
// Validation.

/** Checks that need the decision date and the policy, run on the raw input so every problem is listed. */
function contextIssues(raw: Record<string, unknown>, asOf: IsoDate, ctx: EligibilityContext): Issue[] | undefined {
  let out: Issue[] | undefined;
  const add = (i: Issue) => (out ??= []).push(i);
  const box = raw.talentBox;
  const talent = raw.talent as Record<string, unknown> | undefined;
  if (box === undefined && talent === undefined) add(issue("eligibility_talent_required", ["talentBox"]));
  else if (typeof box === "number" && talent !== null && typeof talent === "object") {
    const { performance, potential } = talent;
    const perfOk = performance === "above" || performance === "as_expected" || performance === "below";
    const potOk = potential === "high" || potential === "medium" || potential === "low";
    if (perfOk && potOk) {
      const expected = talentBoxFromPair(performance, potential);
      if (expected !== box) add(issue("eligibility_talent_mismatch", ["talent"], { talentBox: box, performance, potential, expected }));
    }
  }
  const appointed = raw.appointmentDate;
  if (typeof appointed === "string" && appointed > asOf && isIsoDate(appointed)) {
    add(issue("eligibility_appointment_after_as_of", ["appointmentDate"], { appointmentDate: appointed, asOf }));
  }
  const rf = raw.requestedFormat;
  if (typeof rf === "string") {
    const dash = rf.indexOf("-");
    const flex = Number(rf.slice(0, dash));
    const office = Number(rf.slice(dash + 1));
    if (dash > 0 && (flex < 1 || flex + office !== ctx.workingDays)) add(issue("eligibility_format_invalid", ["requestedFormat"], { format: rf, workingDays: ctx.workingDays }));
  } else if (typeof rf === "number" && Number.isInteger(rf) && rf > ctx.workingDays) {
    add(issue("eligibility_days_invalid", ["requestedFormat"], { days: rf, workingDays: ctx.workingDays }));
  }
  // Facts the policy's rules read that the input may leave out: required when a rule needs them.
  if (ctx.needsServiceCategory) {
    const job = raw.job as Record<string, unknown> | undefined;
    if (job !== null && typeof job === "object" && job.serviceCategory === undefined) {
      add(issue("eligibility_fact_required_by_rule", ["job", "serviceCategory"], { rules: ctx.needsServiceCategory }));
    }
  }
  if (ctx.needsRequest && rf === undefined) add(issue("eligibility_fact_required_by_rule", ["requestedFormat"], { rules: ctx.needsRequest }));
  return out;
}

/** @internal Validates an employee for a policy and date; throws `invalid_employee` listing every issue. */
export function validateEmployee(input: unknown, asOf: IsoDate, ctx: EligibilityContext): Employee {
  let employee: Employee | undefined;
  let issues: Issue[] | undefined;
  if (isValidEmployeeShape(input)) {
    employee = input;
  } else {
    const parsed = employeeSchema.safeParse(input);
    if (parsed.success) employee = parsed.data;
    else issues = fromZodIssues(parsed.error.issues);
  }
  if (input !== null && typeof input === "object" && !Array.isArray(input)) {
    const more = contextIssues(input as Record<string, unknown>, asOf, ctx);
    if (more) issues = issues ? issues.concat(more) : more;
  }
  if (issues || !employee) {
    const all = issues ?? [];
    throw new MkdError("invalid_employee", { count: all.length }, all);
  }
  return employee;
}

// ---------------------------------------------------------------------------------------------------
// Facts: derived from the input in this one place.

function deriveFacts(e: Employee, asOf: IsoDate, ctx: EligibilityContext, warnings: EligibilityReason[] | undefined): [EligibilityFacts, EligibilityReason[] | undefined] {
  const box = e.talentBox ?? talentBoxFromPair(e.talent!.performance, e.talent!.potential);
  let requested: number | undefined;
  const rf = e.requestedFormat;
  if (typeof rf === "number") requested = rf;
  else if (rf !== undefined) requested = Number(rf.slice(0, rf.indexOf("-")));
  const la = e.leaderApproval;
  let approved = la !== undefined && la.approved === true;
  if (approved && la!.at !== undefined && la!.at > asOf) {
    // An approval dated after the decision date did not exist yet on that date.
    approved = false;
    (warnings ??= []).push({ code: "eligibility_approval_after_as_of", params: { at: la!.at, asOf } });
  }
  const tr = e.trackRecord;
  const level: TrackRecordLevel | "none" = tr ? tr.level : "none";
  if (tr && tr.month !== undefined && isIsoMonth(tr.month)) {
    const age = monthsBetween(tr.month, monthOf(asOf));
    if (age > 2) (warnings ??= []).push({ code: "eligibility_track_record_stale", params: { month: tr.month, asOf } });
    else if (age < 0) (warnings ??= []).push({ code: "eligibility_track_record_future", params: { month: tr.month, asOf } });
  }
  const criteria = e.job.criteria;
  const facts: EligibilityFacts = {
    talentBox: box,
    performance: performanceOfBox(box),
    potential: potentialOfBox(box),
    faceToFaceService: e.job.faceToFaceService,
    serviceCategory: e.job.serviceCategory,
    jobCriteria: criteria === undefined ? EMPTY_CRITERIA : { ...criteria },
    hasLaptop: e.equipment.laptop,
    bandwidthMbps: e.equipment.bandwidthMbps,
    disciplinaryStatus: e.disciplinaryStatus,
    employmentStatus: e.employmentStatus,
    tenureMonths: completedMonthsBetween(e.appointmentDate, asOf),
    leaderApproved: approved,
    requestedFlexibleDays: requested,
    trackRecordLevel: level,
    trackRecordQuotaDays: ctx.quota[level],
  };
  return [facts, warnings];
}

// ---------------------------------------------------------------------------------------------------
// Explanations.

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

function showValue(v: unknown, locale: Locale): string {
  if (v === true) return formatMessage("eligibility_value_true", undefined, locale);
  if (v === false) return formatMessage("eligibility_value_false", undefined, locale);
  if (Array.isArray(v)) return v.map((x) => showValue(x, locale)).join(", ");
  return String(v);
}

function factLabel(fact: string, path: string | undefined, locale: Locale): string {
  const def = Object.prototype.hasOwnProperty.call(FACTS, fact) ? FACTS[fact as FactName] : undefined;
  const label = def ? def.description[locale] : fact;
  return path === undefined ? label : `${label} › ${path.slice(2)}`;
}

/** The leaves that made a failed condition fail, with the operator as it should have held. */
function blame(c: ConditionResult, negated: boolean, out: { leaf: LeafConditionResult; operator: OperatorName }[]): void {
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

function detail(rule: RuleDecision, locale: Locale): string {
  const leaves: { leaf: LeafConditionResult; operator: OperatorName }[] = [];
  blame(rule.conditions, false, leaves);
  return leaves
    .map(({ leaf, operator }) => {
      // "should be not no" reads badly: a boolean compared with equal / notEqual is said as the value it needs.
      const expectation =
        typeof leaf.threshold === "boolean" && (operator === "equal" || operator === "notEqual")
          ? showValue(operator === "equal" ? leaf.threshold : !leaf.threshold, locale)
          : formatMessage(OP_CODE[operator], { value: showValue(leaf.threshold, locale) }, locale);
      const fact = factLabel(leaf.fact, leaf.path, locale);
      return leaf.missing
        ? formatMessage("eligibility_detail_missing", { fact, expectation }, locale)
        : formatMessage("eligibility_detail", { fact, actual: showValue(leaf.actual, locale), expectation }, locale);
    })
    .join(" ");
}

function withMessages(list: EligibilityReason[], locale: Locale | undefined): EligibilityReason[] {
  if (locale === undefined) return list;
  for (let i = 0; i < list.length; i++) {
    const r = list[i]!;
    list[i] = { ...r, message: formatMessage(r.code, r.params, locale) };
  }
  return list;
}

function cited(source: LimitSource) {
  return { provenance: source.provenance, sources: source.sources, legalBases: source.legalBases, note: source.note };
}

// ---------------------------------------------------------------------------------------------------
// The decision.

/** @internal Decides for a validated employee under a prepared context. */
export function decide(e: Employee, asOf: IsoDate, ctx: EligibilityContext, locale: Locale | undefined): EligibilityDecision {
  let [facts, warnings] = deriveFacts(e, asOf, ctx, undefined);
  const { compiled, values, nodeResults, ruleResults } = ctx;
  compiled.loadSlots(facts as unknown as Record<string, unknown>, values);
  const flags = compiled.run(values, nodeResults, ruleResults);

  // Every rule, every condition.
  const rules: RuleDecision[] = [];
  const reasons: EligibilityReason[] = [];
  for (let k = 0; k < compiled.rules.length; k++) {
    const meta = compiled.rules[k]!;
    const result = compiled.explainRule(k, values, nodeResults);
    const rule: RuleDecision = {
      id: meta.id,
      kind: meta.kind,
      passed: result.passed,
      description: meta.description,
      provenance: meta.provenance,
      legalBases: meta.legalBases,
      note: meta.note,
      conditions: result.conditions,
      missing: result.missing,
    };
    rules.push(rule);
    if (!result.passed) {
      reasons.push(
        meta.kind === "requirement"
          ? {
              code: "eligibility_requirement_not_met",
              rule: meta.id,
              params: { rule: meta.id, description_id: meta.description.id, description_en: meta.description.en, detail_id: detail(rule, "id"), detail_en: detail(rule, "en") },
            }
          : { code: "eligibility_approval_pending", rule: meta.id, params: { rule: meta.id, description_id: meta.description.id, description_en: meta.description.en } },
      );
    }
    if (result.missing.length > 0) {
      // A missing value never passes unseen: the rule is listed with what was unknown.
      (warnings ??= []).push({
        code: "eligibility_fact_unknown",
        rule: meta.id,
        params: { fact: result.missing, rule: meta.id },
      });
    }
  }

  // The limits on the days.
  const requested = facts.requestedFlexibleDays;
  const quota = facts.trackRecordQuotaDays;
  const cap = ctx.cap;
  let bound = cap < quota ? cap : quota;
  if (requested !== undefined && requested < bound) bound = requested;
  let within = 0;
  const allowed = ctx.allowed;
  for (let i = allowed.length - 1; i >= 0; i--) {
    if (allowed[i]! <= bound) {
      within = allowed[i]!;
      break;
    }
  }
  const level = facts.trackRecordLevel;
  const quotaSource = level === "none" ? ctx.quotaNoneSource : ctx.quotaSource;
  const limits: EligibilityLimit[] = [];
  if (requested !== undefined) limits.push({ kind: "request", days: requested, binding: requested === bound, inputPath: REQUEST_PATH });
  limits.push({ kind: "cap", days: cap, binding: cap === bound, ...cited(ctx.capSource) });
  limits.push({ kind: "quota", days: quota, binding: quota === bound, level, ...cited(quotaSource) });
  limits.push({ kind: "allowed_formats", days: within, binding: within < bound, allowed, ...cited(ctx.allowedSource) });

  let outcome: EligibilityOutcome;
  if (flags & REQUIREMENT_FAILED) outcome = "ineligible";
  else if (within === 0) {
    outcome = "ineligible";
    reasons.push({ code: "eligibility_no_days_within_limits", params: { allowed, limit: bound } });
  } else if (flags & APPROVAL_FAILED) outcome = "needs_approval";
  else outcome = "eligible";

  const granted = outcome === "eligible" ? within : 0;
  if (outcome === "eligible") reasons.push({ code: "eligibility_eligible", params: { days: granted, format: ctx.formats[granted]! } });
  if (outcome !== "ineligible") {
    if (cap === bound && (requested === undefined || cap < requested)) reasons.push({ code: "eligibility_limited_by_cap", params: { days: cap } });
    if (quota === bound && (requested === undefined || quota < requested) && quota < cap) reasons.push({ code: "eligibility_limited_by_quota", params: { days: quota, level } });
    if (within < bound) reasons.push({ code: "eligibility_limited_by_allowed_formats", params: { days: within, allowed } });
  }

  return {
    employeeId: e.id,
    asOf,
    outcome,
    grantedFlexibleDays: granted,
    grantedFormat: outcome === "eligible" ? ctx.formats[granted]! : null,
    daysWithinLimits: within,
    requestedFlexibleDays: requested ?? null,
    limits,
    rules,
    reasons: withMessages(reasons, locale),
    warnings: warnings ? withMessages(warnings, locale) : NO_WARNINGS,
    facts,
    policy: ctx.summary,
  };
}

/**
 * Decides whether an employee may do MKD under the policy in force on `asOf`, with how many flexible
 * days a week, and why. Synchronous and pure: same input, same decision, in any process time zone.
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
 * // ["Eligible for MKD: 2 flexible day(s) a week (format 2-3)."]
 * ```
 */
export function checkEligibility(employee: unknown, options: EligibilityOptions): EligibilityDecision {
  const policy = selectPolicy(options);
  checkLocale(options.locale);
  const ctx = eligibilityContext(policy);
  const e = validateEmployee(employee, options.asOf, ctx);
  return decide(e, options.asOf, ctx, options.locale);
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
export function safeCheckEligibility(employee: unknown, options: EligibilityOptions): SafeResult<EligibilityDecision> {
  return toSafeResult(() => checkEligibility(employee, options));
}

function checkLocale(locale: unknown): void {
  if (locale !== undefined && locale !== "id" && locale !== "en") {
    throw new MkdError("invalid_eligibility_options", { count: 1 }, [issue("input_invalid_value", ["locale"], { options: ['"id"', '"en"'] })]);
  }
}

/** @internal Prepared state for many decisions under one policy and date (used by the batch). */
export function prepareEligibility(options: EligibilityOptions): { ctx: EligibilityContext; asOf: IsoDate; locale: Locale | undefined; policy: ResolvedPolicy } {
  const policy = selectPolicy(options);
  checkLocale(options.locale);
  return { ctx: eligibilityContext(policy), asOf: options.asOf, locale: options.locale, policy };
}
