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
import { completedMonthsUntil, isIsoDate, isoDateNumber, type IsoDate, type IsoMonth } from "../core/dates.js";
import { asMkdError, issue, MkdError, fromZodIssues, toSafeResult, type Issue, type SafeResult } from "../core/errors.js";
import type { TrackRecord, TrackRecordLevel } from "../core/track-record.js";
import { formatMessage, type Locale, type MessageCode, type MessageParams } from "../i18n/index.js";
import { FACTS, type FactName, type OperatorName } from "../policy/facts.js";
import type { ResolvedPolicy } from "../policy/resolve.js";
import type { Provenance } from "../policy/schema.js";
import { APPROVAL_FAILED, ENTRY_MISSING, EXPLANATION_LIMIT, REQUIREMENT_FAILED, SLOT_LAYOUT, type ConditionResult, type LeafConditionResult, type LegalBasisRef, type RuleResult } from "../rules/compile.js";
import { eligibilityContext, selectPolicy, type DecisionPolicy, type EligibilityContext, type LimitSource, type PolicySelector } from "./context.js";
import { employeeSchema, isSimpleMonth, isValidEmployeeShape, onlyEmployeeKeys, type Employee } from "./employee.js";
import { performanceOfBox, potentialOfBox, talentBoxFromPair, type TalentPerformance, type TalentPotential } from "./talent.js";
import { evaluateEarlyWarning } from "../scoring/early-warning.js";
import type { EarlyWarningResult } from "../scoring/types.js";

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
 * The facts the rules see, derived from the input in one place. Feed them to `createRulesEngine`'s
 * engine (`engine.run(decision.facts)`) to run the same rules in json-rules-engine.
 *
 * @example
 * ```ts
 * const { failureEvents } = await createRulesEngine(policy).run({ ...decision.facts });
 * ```
 */
export interface EligibilityFacts {
  readonly talentBox: number;
  readonly performance: TalentPerformance;
  readonly potential: TalentPotential;
  readonly faceToFaceService: boolean;
  readonly serviceCategory: string | undefined;
  /** Every criterion present, undefined when not recorded. */
  readonly jobCriteria: JobCriteriaFacts;
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

/**
 * A reason or warning: a stable message code and the values its message needs.
 *
 * @example
 * ```ts
 * decision.reasons.map((r) => formatMessage(r.code, r.params, "id"));
 * ```
 */
export interface EligibilityReason {
  /** Stable code: render it with `formatMessage(code, params, locale)`. */
  readonly code: MessageCode;
  /** The rule the reason is about, when it is about one. */
  readonly rule?: string | undefined;
  readonly params: MessageParams;
  /** The message in the `locale` of the call, when a locale was given. */
  readonly message?: string | undefined;
}

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

/**
 * The five national job criteria, each true, false or undefined (not recorded).
 *
 * @example
 * ```ts
 * decision.facts.jobCriteria.itBased; // true, false or undefined (not recorded)
 * ```
 */
export interface JobCriteriaFacts {
  readonly workableOutsideOffice: boolean | undefined;
  readonly noSpecialRoomOrEquipment: boolean | undefined;
  readonly itBased: boolean | undefined;
  readonly minimalFaceToFace: boolean | undefined;
  readonly noContinuousSupervision: boolean | undefined;
}
const EMPTY_CRITERIA: JobCriteriaFacts = Object.freeze({
  workableOutsideOffice: undefined,
  noSpecialRoomOrEquipment: undefined,
  itBased: undefined,
  minimalFaceToFace: undefined,
  noContinuousSupervision: undefined,
});
const NO_WARNINGS: readonly EligibilityReason[] = Object.freeze([]);
const REQUEST_PATH: readonly string[] = Object.freeze(["requestedFormat"]);

// ---------------------------------------------------------------------------------------------------
// Validation.

/** Checks that need the decision date and the policy, run on the raw input so every problem is listed. */
function contextIssues(raw: Record<string, unknown>, asOf: IsoDate, ctx: EligibilityContext): Issue[] | undefined {
  // Issues are pushed inline (no helper closure: this runs on every decision).
  let out: Issue[] | undefined;
  const box = raw.talentBox;
  const talent = raw.talent as Record<string, unknown> | undefined;
  if (box === undefined && talent === undefined) (out ??= []).push(issue("eligibility_talent_required", ["talentBox"]));
  else if (typeof box === "number" && talent !== null && typeof talent === "object") {
    const { performance, potential } = talent;
    const perfOk = performance === "above" || performance === "as_expected" || performance === "below";
    const potOk = potential === "high" || potential === "medium" || potential === "low";
    if (perfOk && potOk) {
      const expected = talentBoxFromPair(performance, potential);
      if (expected !== box) (out ??= []).push(issue("eligibility_talent_mismatch", ["talent"], { talentBox: box, performance, potential, expected }));
    }
  }
  const appointed = raw.appointmentDate;
  if (typeof appointed === "string" && appointed > asOf && isIsoDate(appointed)) {
    (out ??= []).push(issue("eligibility_appointment_after_as_of", ["appointmentDate"], { appointmentDate: appointed, asOf }));
  }
  const rf = raw.requestedFormat;
  if (typeof rf === "string") {
    // "d-d" read on the character codes (the common case); longer forms parsed in full.
    let flex: number;
    let office: number;
    let dash: number;
    if (rf.length === 3 && rf.charCodeAt(1) === 45) {
      dash = 1;
      flex = rf.charCodeAt(0) - 48;
      office = rf.charCodeAt(2) - 48;
    } else {
      dash = rf.indexOf("-");
      flex = Number(rf.slice(0, dash));
      office = Number(rf.slice(dash + 1));
    }
    if (dash > 0 && (flex < 1 || flex + office !== ctx.workingDays)) (out ??= []).push(issue("eligibility_format_invalid", ["requestedFormat"], { format: rf, workingDays: ctx.workingDays }));
  } else if (typeof rf === "number" && Number.isInteger(rf) && rf > ctx.workingDays) {
    (out ??= []).push(issue("eligibility_days_invalid", ["requestedFormat"], { days: rf, workingDays: ctx.workingDays }));
  }
  // Facts the policy's rules read that the input may leave out: required when a rule needs them.
  if (ctx.needsServiceCategory) {
    const job = raw.job as Record<string, unknown> | undefined;
    if (job !== null && typeof job === "object" && job.serviceCategory === undefined) {
      (out ??= []).push(issue("eligibility_fact_required_by_rule", ["job", "serviceCategory"], { rules: ctx.needsServiceCategory }));
    }
  }
  if (ctx.needsRequest && rf === undefined) (out ??= []).push(issue("eligibility_fact_required_by_rule", ["requestedFormat"], { rules: ctx.needsRequest }));
  return out;
}

/** Key of the evaluation on an evaluated track record: a symbol no input can carry (a cheap miss on plain objects). */
const EVALUATION: unique symbol = Symbol("mkd.earlyWarning");

/**
 * A track record evaluated from a history of months: the level and month `evaluateEarlyWarning` gave, and
 * the evaluation itself (echoed in the decision as `earlyWarning`).
 */
class EvaluatedTrackRecord implements TrackRecord {
  readonly level: TrackRecordLevel;
  readonly month: IsoMonth;
  readonly [EVALUATION]: EarlyWarningResult;
  constructor(evaluation: EarlyWarningResult) {
    this.level = evaluation.level;
    this.month = evaluation.month;
    this[EVALUATION] = evaluation;
  }
}

/**
 * Evaluates a track record given as its inputs (a history of scored months) with `evaluateEarlyWarning`
 * under the decision's policy. Its problems come back as issues under `trackRecord`.
 */
function evaluateHistory(history: readonly unknown[], employeeId: unknown, ctx: EligibilityContext, issues: Issue[]): EvaluatedTrackRecord | undefined {
  let evaluation: EarlyWarningResult;
  try {
    evaluation = evaluateEarlyWarning(history, { policy: ctx.policy });
  } catch (error) {
    // The scoring issues sit under `history`; here the history is the employee's `trackRecord`.
    for (const i of asMkdError(error).issues) issues.push({ ...i, path: i.path[0] === "history" ? ["trackRecord", ...i.path.slice(1)] : ["trackRecord", ...i.path] });
    return undefined;
  }
  for (let i = 0; i < history.length; i++) {
    const other = (history[i] as { employee?: unknown }).employee;
    if (typeof other === "string" && typeof employeeId === "string" && other !== employeeId) {
      issues.push(issue("eligibility_track_record_other_employee", ["trackRecord", i, "employee"], { employee: other, id: employeeId }));
    }
  }
  return new EvaluatedTrackRecord(evaluation);
}

/** @internal Validates an employee for a policy and date; throws `invalid_employee` listing every issue. */
export function validateEmployee(input: unknown, asOf: IsoDate, ctx: EligibilityContext): Employee {
  let employee: Employee | undefined;
  let issues: Issue[] | undefined;
  if (isValidEmployeeShape(input)) {
    employee = input;
  } else {
    // A history of months as the track record (never on the fast path): the rest of the employee goes
    // through the schema, the history through evaluateEarlyWarning, and its level replaces it.
    const history = input !== null && typeof input === "object" && Array.isArray((input as { trackRecord?: unknown }).trackRecord) ? ((input as { trackRecord: unknown[] }).trackRecord) : undefined;
    const parsed = employeeSchema.safeParse(history === undefined ? input : { ...(input as object), trackRecord: undefined });
    // A history was taken out before parsing, so the parsed track record is a level (or absent).
    if (parsed.success) employee = parsed.data as Employee;
    else issues = fromZodIssues(parsed.error.issues);
    if (history !== undefined) {
      const historyIssues: Issue[] = [];
      const evaluated = evaluateHistory(history, (input as { id?: unknown }).id, ctx, historyIssues);
      if (historyIssues.length > 0) issues = issues ? issues.concat(historyIssues) : historyIssues;
      else if (employee) employee = { ...employee, trackRecord: evaluated };
    }
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

// Imported bindings used on every decision, read once into module constants: when the module is run
// through a CommonJS transform (tsx, which runs the benchmark), each use of an imported binding is a
// getter call on the module object.
const boxOfPair = talentBoxFromPair;
const performanceOf = performanceOfBox;
const potentialOf = potentialOfBox;
const monthsOfService = completedMonthsUntil;
const REQUIREMENT = REQUIREMENT_FAILED;
const APPROVAL = APPROVAL_FAILED;
const MISSING = ENTRY_MISSING;

/** Months since year 0 of a `YYYY-MM...` string, from its digits. */
function monthIndex(s: string): number {
  // No helper closure: a closure made per call costs more than the arithmetic (and tsx wraps each one).
  return (
    ((s.charCodeAt(0) - 48) * 1000 + (s.charCodeAt(1) - 48) * 100 + (s.charCodeAt(2) - 48) * 10 + (s.charCodeAt(3) - 48)) * 12 +
    (s.charCodeAt(5) - 48) * 10 +
    (s.charCodeAt(6) - 48)
  );
}

// Indexes of the fact vector (SLOT_LAYOUT of the rule compiler): the facts are derived straight into
// the vector the compiled rules read, so the kernel allocates nothing; the facts object of a decision is
// read back from it.
const V_BOX = 0,
  V_PERFORMANCE = 1,
  V_POTENTIAL = 2,
  V_FACE_TO_FACE = 3,
  V_SERVICE = 4,
  V_JOB = 5,
  V_LAPTOP = 6,
  V_BANDWIDTH = 7,
  V_DISCIPLINE = 8,
  V_EMPLOYMENT = 9,
  V_TENURE = 10,
  V_APPROVED = 11,
  V_REQUEST = 12,
  V_LEVEL = 13,
  V_QUOTA = 14,
  V_CRITERIA = 15;
const EXPECTED_LAYOUT = [
  "talentBox",
  "performance",
  "potential",
  "faceToFaceService",
  "serviceCategory",
  "jobCriteria",
  "hasLaptop",
  "bandwidthMbps",
  "disciplinaryStatus",
  "employmentStatus",
  "tenureMonths",
  "leaderApproved",
  "requestedFlexibleDays",
  "trackRecordLevel",
  "trackRecordQuotaDays",
  "jobCriteria.workableOutsideOffice",
  "jobCriteria.noSpecialRoomOrEquipment",
  "jobCriteria.itBased",
  "jobCriteria.minimalFaceToFace",
  "jobCriteria.noContinuousSupervision",
];
if (SLOT_LAYOUT.join() !== EXPECTED_LAYOUT.join()) throw new Error("mkd-engine: the fact vector layout changed; update check.ts");

/** The decision date read into numbers, once per date (every decision of a batch shares it). */
export interface DateParts {
  readonly date: string;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly monthIndex: number;
  /** year * 10000 + month * 100 + day: compares as the date string does. */
  readonly num: number;
}
let lastDate: DateParts = partsOf("2000-01-01");
/** @internal The decision date read into numbers. */
export function partsOf(date: string): DateParts {
  const year = (date.charCodeAt(0) - 48) * 1000 + (date.charCodeAt(1) - 48) * 100 + (date.charCodeAt(2) - 48) * 10 + (date.charCodeAt(3) - 48);
  const month = (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48);
  const day = (date.charCodeAt(8) - 48) * 10 + (date.charCodeAt(9) - 48);
  return { date, year, month, day, monthIndex: year * 12 + month, num: year * 10000 + month * 100 + day };
}

/**
 * Derives every fact from a validated employee into the fact vector `v`: the one place where input
 * becomes facts. Returns the warnings the dates raise (an approval dated after `asOf`, an old record).
 */
function deriveInto(e: Employee, asOf: IsoDate, ctx: EligibilityContext, v: unknown[]): Forms[] | undefined {
  let warnings: Forms[] | undefined;
  const at = asOf === lastDate.date ? lastDate : (lastDate = partsOf(asOf));
  const box = e.talentBox ?? boxOfPair(e.talent!.performance, e.talent!.potential);
  let requested: number | undefined;
  const rf = e.requestedFormat;
  if (typeof rf === "number") requested = rf;
  else if (rf !== undefined) requested = rf.charCodeAt(1) === 45 ? rf.charCodeAt(0) - 48 : Number(rf.slice(0, rf.indexOf("-")));
  const la = e.leaderApproval;
  let approved = la !== undefined && la.approved === true;
  if (approved && la!.at !== undefined && la!.at > asOf) {
    // An approval dated after the decision date did not exist yet on that date.
    approved = false;
    (warnings ??= []).push(dateWarning("eligibility_approval_after_as_of", la!.at, asOf));
  }
  // A history of months was replaced by its evaluation in validateEmployee: here it is a level.
  const tr = e.trackRecord;
  const level: TrackRecordLevel | "none" = tr ? tr.level : "none";
  if (tr && tr.month !== undefined) {
    // Months from the track record's month to the decision's month, on the digits (hot path).
    const age = at.monthIndex - monthIndex(tr.month);
    if (age > 2) (warnings ??= []).push(dateWarning("eligibility_track_record_stale", tr.month, asOf));
    else if (age < 0) (warnings ??= []).push(dateWarning("eligibility_track_record_future", tr.month, asOf));
  }
  const job = e.job;
  const eq = e.equipment;
  v[V_BOX] = box;
  v[V_PERFORMANCE] = performanceOf(box);
  v[V_POTENTIAL] = potentialOf(box);
  v[V_FACE_TO_FACE] = job.faceToFaceService;
  v[V_SERVICE] = job.serviceCategory;
  v[V_JOB] = job.criteria; // rules read the criteria through their paths below, never the object itself
  v[V_LAPTOP] = eq.laptop;
  v[V_BANDWIDTH] = eq.bandwidthMbps;
  v[V_DISCIPLINE] = e.disciplinaryStatus;
  v[V_EMPLOYMENT] = e.employmentStatus;
  v[V_TENURE] = monthsOfService(isoDateNumber(e.appointmentDate), at.year, at.month, at.day);
  v[V_APPROVED] = approved;
  v[V_REQUEST] = requested;
  v[V_LEVEL] = level;
  v[V_QUOTA] = level === "none" ? ctx.quota.none : level === "green" ? ctx.quota.green : level === "yellow" ? ctx.quota.yellow : ctx.quota.red;
  const c = job.criteria;
  if (c === undefined) {
    v[V_CRITERIA] = v[V_CRITERIA + 1] = v[V_CRITERIA + 2] = v[V_CRITERIA + 3] = v[V_CRITERIA + 4] = undefined;
  } else {
    v[V_CRITERIA] = c.workableOutsideOffice;
    v[V_CRITERIA + 1] = c.noSpecialRoomOrEquipment;
    v[V_CRITERIA + 2] = c.itBased;
    v[V_CRITERIA + 3] = c.minimalFaceToFace;
    v[V_CRITERIA + 4] = c.noContinuousSupervision;
  }
  return warnings;
}

/**
 * @internal A plain `YYYY-MM-DD` date in 1900-2199 (exactly what `isSimpleDate` accepts) read in one pass as
 * year * 10000 + month * 100 + day; -1 for anything else. The hot path reads each date once.
 */
export function dateNumber(v: unknown): number {
  const n = isoDateNumber(v);
  return n >= 19000101 && n <= 21991231 ? n : -1;
}

/** @internal Completed months from a date number (see {@link dateNumber}) to the decision date: `completedMonthsUntil` on numbers. */
export function monthsSince(from: number, at: DateParts): number {
  return monthsOfService(from, at.year, at.month, at.day);
}

/** @internal What {@link fastDerive} returns for an input it leaves to the schema (compared by identity). */
export const SLOW: readonly unknown[] = [];
const simpleMonth = isSimpleMonth;

/**
 * @internal The hot path of validation and fact derivation in one pass over the input: when `input`
 * certainly passes the employee schema AND raises none of the issues that need the decision date or the
 * policy (see `contextIssues`), derives every fact into `v` (the same values `deriveInto` gives for the
 * parsed employee) and returns the date warnings (undefined: none). Otherwise returns `SLOW` ("ask
 * zod"): the caller validates with the schema, which reports every problem, and derives from its output.
 * Like `isValidEmployeeShape` it says no when unsure (class instances, null prototypes, a history of
 * months as the track record, long request formats). Each object is checked where it is read, so every
 * property load has its own (monomorphic) inline cache.
 */
export function fastDerive(input: unknown, asOf: IsoDate, ctx: EligibilityContext, v: unknown[]): Forms[] | undefined {
  // (SLOW is returned as Forms[]: it is only ever compared by identity.)
  if (input === null || typeof input !== "object" || (input as { constructor?: unknown }).constructor !== Object || Array.isArray(input)) return SLOW as Forms[];
  const e = input as Record<string, unknown>;
  // zod's strictObject: every own enumerable key is a schema key.
  if (!onlyEmployeeKeys(e)) return SLOW as Forms[];
  const id = e.id;
  if (typeof id !== "string" || id.length === 0) return SLOW as Forms[];

  // Talent: a box, a pair, or both naming the same box (neither, or a mismatch: issues).
  const talentBox = e.talentBox;
  const talent = e.talent as Record<string, unknown> | undefined;
  let box: number;
  if (talent === undefined) {
    if (typeof talentBox !== "number" || !(talentBox >= 1 && talentBox <= 9) || (talentBox | 0) !== talentBox) return SLOW as Forms[];
    box = talentBox;
  } else {
    if (talent === null || typeof talent !== "object" || talent.constructor !== Object || Array.isArray(talent)) return SLOW as Forms[];
    for (const k in talent) if (k !== "performance" && k !== "potential") return SLOW as Forms[];
    const perf = talent.performance;
    const pot = talent.potential;
    if (!(perf === "above" || perf === "as_expected" || perf === "below") || !(pot === "high" || pot === "medium" || pot === "low")) return SLOW as Forms[];
    box = boxOfPair(perf, pot);
    if (talentBox !== undefined && talentBox !== box) return SLOW as Forms[];
  }

  const job = e.job as Record<string, unknown>;
  if (job === null || typeof job !== "object" || job.constructor !== Object || Array.isArray(job)) return SLOW as Forms[];
  for (const k in job) if (k !== "faceToFaceService" && k !== "serviceCategory" && k !== "criteria") return SLOW as Forms[];
  const faceToFace = job.faceToFaceService;
  if (faceToFace !== true && faceToFace !== false) return SLOW as Forms[];
  const service = job.serviceCategory;
  if (service === undefined) {
    if (ctx.needsServiceCategory !== undefined) return SLOW as Forms[];
  } else if (typeof service !== "string" || service.length === 0) return SLOW as Forms[];
  const c = job.criteria as Record<string, unknown> | undefined;
  if (c === undefined) {
    v[V_CRITERIA] = v[V_CRITERIA + 1] = v[V_CRITERIA + 2] = v[V_CRITERIA + 3] = v[V_CRITERIA + 4] = undefined;
  } else {
    if (c === null || typeof c !== "object" || c.constructor !== Object || Array.isArray(c)) return SLOW as Forms[];
    for (const k in c) {
      if (k !== "workableOutsideOffice" && k !== "noSpecialRoomOrEquipment" && k !== "itBased" && k !== "minimalFaceToFace" && k !== "noContinuousSupervision") return SLOW as Forms[];
    }
    const c0 = c.workableOutsideOffice;
    const c1 = c.noSpecialRoomOrEquipment;
    const c2 = c.itBased;
    const c3 = c.minimalFaceToFace;
    const c4 = c.noContinuousSupervision;
    if (
      !(c0 === undefined || c0 === true || c0 === false) ||
      !(c1 === undefined || c1 === true || c1 === false) ||
      !(c2 === undefined || c2 === true || c2 === false) ||
      !(c3 === undefined || c3 === true || c3 === false) ||
      !(c4 === undefined || c4 === true || c4 === false)
    ) {
      return SLOW as Forms[];
    }
    v[V_CRITERIA] = c0;
    v[V_CRITERIA + 1] = c1;
    v[V_CRITERIA + 2] = c2;
    v[V_CRITERIA + 3] = c3;
    v[V_CRITERIA + 4] = c4;
  }

  const eq = e.equipment as Record<string, unknown>;
  if (eq === null || typeof eq !== "object" || eq.constructor !== Object || Array.isArray(eq)) return SLOW as Forms[];
  for (const k in eq) if (k !== "laptop" && k !== "bandwidthMbps") return SLOW as Forms[];
  const laptop = eq.laptop;
  if (laptop !== true && laptop !== false) return SLOW as Forms[];
  const bandwidth = eq.bandwidthMbps;
  if (typeof bandwidth !== "number" || !(bandwidth >= 0) || bandwidth === Infinity) return SLOW as Forms[];

  const ds = e.disciplinaryStatus;
  const es = e.employmentStatus;
  if (!(ds === "none" || ds === "being_processed" || ds === "serving") || !(es === "pns" || es === "pppk" || es === "cpns")) return SLOW as Forms[];
  const at = asOf === lastDate.date ? lastDate : (lastDate = partsOf(asOf));
  const appointed = dateNumber(e.appointmentDate);
  // An appointment after the decision date is an issue.
  if (appointed < 0 || appointed > at.num) return SLOW as Forms[];

  let warnings: Forms[] | undefined;
  const la = e.leaderApproval as Record<string, unknown> | undefined;
  let approved = false;
  if (la !== undefined) {
    if (la === null || typeof la !== "object" || la.constructor !== Object || Array.isArray(la)) return SLOW as Forms[];
    for (const k in la) if (k !== "approved" && k !== "by" && k !== "at") return SLOW as Forms[];
    const by = la.by;
    const when = la.at;
    approved = la.approved as boolean;
    if (approved !== true && approved !== false) return SLOW as Forms[];
    if (by !== undefined && (typeof by !== "string" || by.length === 0)) return SLOW as Forms[];
    if (when !== undefined) {
      const whenNum = dateNumber(when);
      if (whenNum < 0) return SLOW as Forms[];
      if (approved && whenNum > at.num) {
        // An approval dated after the decision date did not exist yet on that date.
        approved = false;
        warnings = [dateWarning("eligibility_approval_after_as_of", when as string, asOf)];
      }
    }
  }

  // The request: "d-d" (flexible-office, adding up to the policy week) or a number of days (at most the
  // week); longer forms go to the schema.
  const rf = e.requestedFormat;
  let requested: number | undefined;
  if (rf === undefined) {
    if (ctx.needsRequest !== undefined) return SLOW as Forms[];
  } else if (typeof rf === "number") {
    if (!(rf >= 1 && rf <= 7) || (rf | 0) !== rf || rf > ctx.workingDays) return SLOW as Forms[];
    requested = rf;
  } else {
    if (typeof rf !== "string" || rf.length !== 3 || rf.charCodeAt(1) !== 45) return SLOW as Forms[];
    const flex = rf.charCodeAt(0) - 48;
    const office = rf.charCodeAt(2) - 48;
    if (!(flex >= 1 && flex <= 9) || !(office >= 0 && office <= 9) || flex + office !== ctx.workingDays) return SLOW as Forms[];
    requested = flex;
  }

  const tr = e.trackRecord as Record<string, unknown> | null | undefined;
  let level: TrackRecordLevel | "none" = "none";
  if (tr !== undefined && tr !== null) {
    // z.object (not strict): extra keys of a scoring result are allowed and ignored.
    if (typeof tr !== "object" || tr.constructor !== Object || Array.isArray(tr)) return SLOW as Forms[];
    const l = tr.level;
    if (!(l === "green" || l === "yellow" || l === "red")) return SLOW as Forms[];
    level = l;
    const month = tr.month;
    if (month !== undefined) {
      if (!simpleMonth(month)) return SLOW as Forms[];
      // Months from the track record's month to the decision's month, on the digits.
      const age = at.monthIndex - monthIndex(month as string);
      if (age > 2) (warnings ??= []).push(dateWarning("eligibility_track_record_stale", month as string, asOf));
      else if (age < 0) (warnings ??= []).push(dateWarning("eligibility_track_record_future", month as string, asOf));
    }
  }

  v[V_BOX] = box;
  v[V_PERFORMANCE] = performanceOf(box);
  v[V_POTENTIAL] = potentialOf(box);
  v[V_FACE_TO_FACE] = faceToFace;
  v[V_SERVICE] = service;
  v[V_JOB] = c;
  v[V_LAPTOP] = laptop;
  v[V_BANDWIDTH] = bandwidth;
  v[V_DISCIPLINE] = ds;
  v[V_EMPLOYMENT] = es;
  v[V_TENURE] = monthsSince(appointed, at);
  v[V_APPROVED] = approved;
  v[V_REQUEST] = requested;
  v[V_LEVEL] = level;
  v[V_QUOTA] = level === "none" ? ctx.quota.none : level === "green" ? ctx.quota.green : level === "yellow" ? ctx.quota.yellow : ctx.quota.red;
  return warnings;
}

/** 0, 1, 2 for undefined, false, true (a criterion's value as a base-3 digit). */
function tri(x: unknown): number {
  return x === true ? 2 : x === false ? 1 : 0;
}

/**
 * The job criteria facts: one of 3^5 frozen objects (each criterion true, false or unknown), shared by
 * every decision with the same values, like the rule explanations.
 */
const CRITERIA_FACTS: JobCriteriaFacts[] = [];
for (let i = 0; i < 243; i++) {
  const val = (d: number) => (d === 2 ? true : d === 1 ? false : undefined);
  CRITERIA_FACTS.push(
    Object.freeze({
      workableOutsideOffice: val(i % 3),
      noSpecialRoomOrEquipment: val(Math.floor(i / 3) % 3),
      itBased: val(Math.floor(i / 9) % 3),
      minimalFaceToFace: val(Math.floor(i / 27) % 3),
      noContinuousSupervision: val(Math.floor(i / 81) % 3),
    }),
  );
}
function criteriaFacts(v: readonly unknown[]): JobCriteriaFacts {
  return CRITERIA_FACTS[tri(v[V_CRITERIA]) + 3 * tri(v[V_CRITERIA + 1]) + 9 * tri(v[V_CRITERIA + 2]) + 27 * tri(v[V_CRITERIA + 3]) + 81 * tri(v[V_CRITERIA + 4])]!;
}

/** The facts object of a decision, read back from the fact vector (always the same shape). */
function factsOf(v: readonly unknown[]): EligibilityFacts {
  return {
    talentBox: v[V_BOX] as number,
    performance: v[V_PERFORMANCE] as TalentPerformance,
    potential: v[V_POTENTIAL] as TalentPotential,
    faceToFaceService: v[V_FACE_TO_FACE] as boolean,
    serviceCategory: v[V_SERVICE] as string | undefined,
    jobCriteria: v[V_JOB] === undefined ? EMPTY_CRITERIA : criteriaFacts(v),
    hasLaptop: v[V_LAPTOP] as boolean,
    bandwidthMbps: v[V_BANDWIDTH] as number,
    disciplinaryStatus: v[V_DISCIPLINE] as EligibilityFacts["disciplinaryStatus"],
    employmentStatus: v[V_EMPLOYMENT] as EligibilityFacts["employmentStatus"],
    tenureMonths: v[V_TENURE] as number,
    leaderApproved: v[V_APPROVED] as boolean,
    requestedFlexibleDays: v[V_REQUEST] as number | undefined,
    trackRecordLevel: v[V_LEVEL] as EligibilityFacts["trackRecordLevel"],
    trackRecordQuotaDays: v[V_QUOTA] as number,
  };
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

function render(r: EligibilityReason, locale: Locale | undefined): EligibilityReason {
  return locale === undefined ? r : Object.freeze({ ...r, message: formatMessage(r.code, r.params, locale) });
}

/** A reason in its three forms: without message, with the Indonesian one, with the English one. */
type Forms = readonly [EligibilityReason, EligibilityReason, EligibilityReason];
function forms(r: EligibilityReason): Forms {
  const base = Object.freeze(r);
  return [base, render(base, "id"), render(base, "en")];
}

type DateWarningCode = "eligibility_approval_after_as_of" | "eligibility_track_record_stale" | "eligibility_track_record_future";
/** Date warnings by code, then by value, for the `asOf` of `dateWarningsAsOf` (no key string is built per call). */
const dateWarnings = { approval: new Map<string, Forms>(), stale: new Map<string, Forms>(), future: new Map<string, Forms>() };
let dateWarningsAsOf = "";

/** A warning about a date (`value`: the approval date or the track record month), rendered once per value and `asOf`. */
function dateWarning(code: DateWarningCode, value: string, asOf: IsoDate): Forms {
  if (asOf !== dateWarningsAsOf) {
    dateWarnings.approval.clear();
    dateWarnings.stale.clear();
    dateWarnings.future.clear();
    dateWarningsAsOf = asOf;
  }
  const byValue = code === "eligibility_approval_after_as_of" ? dateWarnings.approval : code === "eligibility_track_record_stale" ? dateWarnings.stale : dateWarnings.future;
  let made = byValue.get(value);
  if (made === undefined) {
    made = forms({ code, params: Object.freeze(code === "eligibility_approval_after_as_of" ? { at: value, asOf } : { month: value, asOf }) });
    if (byValue.size >= 4096) byValue.clear(); // bounded: a server running for years
    byValue.set(value, made);
  }
  return made;
}

/** What a decision derives from one explained rule: its reason and its warning (null when none). */
interface RuleMemo {
  readonly reason: Forms | null;
  readonly warning: Forms | null;
}

function ruleMemo(rule: RuleResult): RuleMemo {
  const reason = rule.passed
    ? null
    : forms(
        rule.kind === "requirement"
          ? {
              code: "eligibility_requirement_not_met",
              rule: rule.id,
              params: Object.freeze({
                rule: rule.id,
                description_id: rule.description.id,
                description_en: rule.description.en,
                detail_id: detail(rule, "id"),
                detail_en: detail(rule, "en"),
              }),
            }
          : { code: "eligibility_approval_pending", rule: rule.id, params: Object.freeze({ rule: rule.id, description_id: rule.description.id, description_en: rule.description.en }) },
      );
  // A missing value never passes unseen: the rule is listed with what was unknown.
  const warning = rule.missing.length === 0 ? null : forms({ code: "eligibility_fact_unknown", rule: rule.id, params: Object.freeze({ fact: rule.missing, rule: rule.id }) });
  return { reason, warning };
}

/**
 * What the limits decide for one (request, track-record level): the days, the limit entries with their
 * sources, and the reasons that follow each outcome. A function of the policy and those two values only,
 * so it is built once per policy (8 requests x 4 levels) and every decision shares it.
 */
interface LimitPlan {
  /** The least of the request, the cap and the quota. */
  readonly bound: number;
  /** The largest allowed number of days within `bound` (0: none fits). */
  readonly within: number;
  readonly limits: readonly EligibilityLimit[];
  /** Reasons after the failed rules, by outcome, each in its three forms (no message, id, en). */
  readonly eligible: readonly (readonly EligibilityReason[])[];
  readonly needsApproval: readonly (readonly EligibilityReason[])[];
  readonly noDays: readonly EligibilityReason[];
}

/** Everything about a decision that depends only on the policy, built once per policy. */
interface Tables {
  /** Index: requested days (0 = no request) * 4 + level index (green, yellow, red, none). */
  readonly plans: readonly LimitPlan[];
  /**
   * By form (no message, id, en), rule and interned explanation id: the rule's reason (null: none,
   * undefined: not made yet). Preallocated and filled with `undefined`, so they stay packed arrays.
   */
  readonly reasons: (EligibilityReason | null | undefined)[][][];
  /** Same layout: the rule's missing-fact warning. */
  readonly warnings: (EligibilityReason | null | undefined)[][][];
}

/** Makes the reason and warning of an interned rule result, in the three forms, into the tables. */
function memoize(t: Tables, k: number, id: number, result: RuleResult): void {
  const memo = ruleMemo(result);
  for (let f = 0; f < 3; f++) {
    t.reasons[f]![k]![id] = memo.reason === null ? null : memo.reason[f]!;
    t.warnings[f]![k]![id] = memo.warning === null ? null : memo.warning[f]!;
  }
}
const LEVEL_ORDER = ["green", "yellow", "red", "none"] as const;
const tablesOf = new WeakMap<EligibilityContext, Tables>();
let lastCtx: EligibilityContext | undefined;
let lastTables: Tables | undefined;

function tables(ctx: EligibilityContext): Tables {
  if (ctx === lastCtx) return lastTables!;
  let t = tablesOf.get(ctx);
  if (!t) {
    t = buildTables(ctx);
    tablesOf.set(ctx, t);
  }
  lastCtx = ctx;
  lastTables = t;
  return t;
}

function buildTables(ctx: EligibilityContext): Tables {
  const cite = (src: LimitSource) => ({ provenance: src.provenance, sources: src.sources, legalBases: src.legalBases, note: src.note });
  const allowed = ctx.allowed;
  const cap = ctx.cap;
  // Entries shared by every plan (a limit entry is a value: the same days, binding and source).
  const capLimit = [false, true].map((binding) => Object.freeze({ kind: "cap" as const, days: cap, binding, ...cite(ctx.capSource) }));
  const byCap = forms({ code: "eligibility_limited_by_cap", params: Object.freeze({ days: cap }) });
  const plans: LimitPlan[] = [];
  for (let requestIndex = 0; requestIndex <= 7; requestIndex++) {
    const requested = requestIndex === 0 ? undefined : requestIndex;
    for (const level of LEVEL_ORDER) {
      const quota = ctx.quota[level];
      let bound = cap < quota ? cap : quota;
      if (requested !== undefined && requested < bound) bound = requested;
      let within = 0;
      for (let i = allowed.length - 1; i >= 0; i--) {
        if (allowed[i]! <= bound) {
          within = allowed[i]!;
          break;
        }
      }
      const limits: EligibilityLimit[] = [];
      if (requested !== undefined) limits.push(Object.freeze({ kind: "request" as const, days: requested, binding: requested === bound, inputPath: REQUEST_PATH }));
      limits.push(
        capLimit[cap === bound ? 1 : 0]!,
        Object.freeze({ kind: "quota" as const, days: quota, binding: quota === bound, level, ...cite(level === "none" ? ctx.quotaNoneSource : ctx.quotaSource) }),
        Object.freeze({ kind: "allowed_formats" as const, days: within, binding: within < bound, allowed, ...cite(ctx.allowedSource) }),
      );
      // The limits that cut the days, said when the requirements pass and some days fit.
      const cuts: Forms[] = [];
      if (cap === bound && (requested === undefined || cap < requested)) cuts.push(byCap);
      if (quota === bound && (requested === undefined || quota < requested) && quota < cap) {
        cuts.push(forms({ code: "eligibility_limited_by_quota", params: Object.freeze({ days: quota, level }) }));
      }
      if (within < bound) cuts.push(forms({ code: "eligibility_limited_by_allowed_formats", params: Object.freeze({ days: within, allowed }) }));
      const eligible = [forms({ code: "eligibility_eligible", params: Object.freeze({ days: within, format: ctx.formats[within]! }) }), ...cuts];
      const noDays = forms({ code: "eligibility_no_days_within_limits", params: Object.freeze({ allowed, limit: bound }) });
      const byForm = (list: readonly Forms[]) => [0, 1, 2].map((f) => Object.freeze(list.map((x) => x[f]!)));
      plans.push(
        Object.freeze({
          bound,
          within,
          limits: Object.freeze(limits),
          eligible: byForm(eligible),
          needsApproval: byForm(cuts),
          noDays: [noDays[0], noDays[1], noDays[2]],
        }),
      );
    }
  }
  const perRule = () => [0, 1, 2].map(() => ctx.compiled.rules.map(() => new Array<EligibilityReason | null | undefined>(EXPLANATION_LIMIT).fill(undefined)));
  return { plans, reasons: perRule(), warnings: perRule() };
}

// ---------------------------------------------------------------------------------------------------
// The decision.

/** @internal Decides for a validated employee under a prepared context. */
export function decide(e: Employee, asOf: IsoDate, ctx: EligibilityContext, locale: Locale | undefined): EligibilityDecision {
  const fromDates = deriveInto(e, asOf, ctx, ctx.values);
  const tr = e.trackRecord;
  return explained(e.id, tr === undefined || tr === null ? undefined : (tr as Partial<EvaluatedTrackRecord>)[EVALUATION], fromDates, asOf, ctx, locale);
}

/**
 * @internal Validates and decides one input: the fast path ({@link fastDerive}) when it applies, else
 * the schema (every problem reported: throws `invalid_employee`) and the facts derived from its output.
 */
export function decideInput(input: unknown, asOf: IsoDate, ctx: EligibilityContext, locale: Locale | undefined): EligibilityDecision {
  const fromDates = fastDerive(input, asOf, ctx, ctx.values);
  if (fromDates !== SLOW) return explained((input as { id: string }).id, undefined, fromDates, asOf, ctx, locale);
  return decide(validateEmployee(input, asOf, ctx), asOf, ctx, locale);
}

/** The decision from the facts in the context's fact vector: every rule explained, the limits, the reasons. */
function explained(
  employeeId: string,
  earlyWarning: EarlyWarningResult | undefined,
  fromDates: Forms[] | undefined,
  asOf: IsoDate,
  ctx: EligibilityContext,
  locale: Locale | undefined,
): EligibilityDecision {
  const compiled = ctx.compiled;
  const values = ctx.values;
  const nodeResults = ctx.nodeResults;
  const ruleResults = ctx.ruleResults;
  // Every rule, every condition: evaluated and explained in one pass (interned explanations by id,
  // with their reasons memoized per id and language in the policy's tables).
  const ids = ctx.explainedIds;
  const fresh = ctx.explained;
  const flags = compiled.runExplained(values, nodeResults, ruleResults, ids, fresh);
  const t = tables(ctx);
  // 0: no message, 1: Indonesian, 2: English (the three forms every shared reason is kept in).
  const form = locale === undefined ? 0 : locale === "id" ? 1 : 2;
  const resultsById = compiled.resultsById;
  const reasonTable = t.reasons[form]!;
  const warningTable = t.warnings[form]!;
  const ruleCount = ids.length;
  const rules: RuleDecision[] = new Array<RuleDecision>(ruleCount);
  // Reasons are gathered in a scratch array and copied out at their exact length (no array growth).
  const scratch = ctx.reasonScratch as EligibilityReason[];
  let n = 0;
  let warnings: EligibilityReason[] | undefined;
  if (fromDates !== undefined) {
    warnings = [];
    for (let i = 0; i < fromDates.length; i++) warnings.push(fromDates[i]![form]);
  }
  for (let k = 0; k < ruleCount; k++) {
    const code = ids[k]!;
    if (code >= 0) {
      const id = code >> 2;
      // Stored, not read: the decision shares the interned result without loading it.
      rules[k] = resultsById[k]![id]!;
      const missing = (code & MISSING) !== 0;
      if (ruleResults[k] === 0 || missing) {
        let reason = reasonTable[k]![id];
        if (reason === undefined) {
          memoize(t, k, id, resultsById[k]![id]!);
          reason = reasonTable[k]![id]!;
        }
        if (reason !== null) scratch[n++] = reason;
        if (missing) (warnings ??= []).push(warningTable[k]![id]!);
      }
    } else {
      // Not interned (a cache full or a value without an id): explained afresh, reasons made afresh.
      const result = fresh[k]!.result;
      rules[k] = result;
      if (!result.passed || result.missing.length > 0) {
        const memo = ruleMemo(result);
        if (memo.reason !== null) scratch[n++] = memo.reason[form];
        if (memo.warning !== null) (warnings ??= []).push(memo.warning[form]);
      }
    }
  }

  // The limits on the days: a shared plan per (request, level).
  const requested = values[V_REQUEST] as number | undefined;
  const level = values[V_LEVEL] as TrackRecordLevel | "none";
  const plan = t.plans[(requested === undefined ? 0 : requested) * 4 + (level === "green" ? 0 : level === "yellow" ? 1 : level === "red" ? 2 : 3)]!;
  const within = plan.within;
  let outcome: EligibilityOutcome;
  let tail: readonly EligibilityReason[] | undefined;
  if (flags & REQUIREMENT) outcome = "ineligible";
  else if (within === 0) {
    outcome = "ineligible";
    scratch[n++] = plan.noDays[form]!;
  } else if (flags & APPROVAL) {
    outcome = "needs_approval";
    tail = plan.needsApproval[form];
  } else {
    outcome = "eligible";
    tail = plan.eligible[form];
  }
  if (tail !== undefined) for (let i = 0; i < tail.length; i++) scratch[n++] = tail[i]!;
  // Array literals for the usual one to three reasons (allocated inline), a copy beyond.
  const reasons = n === 1 ? [scratch[0]!] : n === 2 ? [scratch[0]!, scratch[1]!] : n === 3 ? [scratch[0]!, scratch[1]!, scratch[2]!] : scratch.slice(0, n);
  const granted = outcome === "eligible" ? within : 0;

  return {
    employeeId,
    asOf,
    outcome,
    grantedFlexibleDays: granted,
    grantedFormat: outcome === "eligible" ? ctx.formats[granted]! : null,
    daysWithinLimits: within,
    requestedFlexibleDays: requested ?? null,
    limits: plan.limits,
    rules,
    reasons,
    warnings: warnings ?? NO_WARNINGS,
    facts: factsOf(values),
    earlyWarning,
    policy: ctx.summary,
  };
}

/**
 * @internal The decision kernel alone (benchmarks, property tests): facts, every rule, the limits; no
 * explanation. Returns `outcome * 8 + grantedDays` with outcome 0 eligible, 1 needs_approval, 2 ineligible.
 */
export function decideKernel(e: Employee, asOf: IsoDate, ctx: EligibilityContext): number {
  const { compiled, values, nodeResults, ruleResults } = ctx;
  deriveInto(e, asOf, ctx, values);
  const flags = compiled.run(values, nodeResults, ruleResults);
  if (flags & REQUIREMENT) return 16;
  const requested = values[V_REQUEST] as number | undefined;
  const quota = values[V_QUOTA] as number;
  let bound = ctx.cap < quota ? ctx.cap : quota;
  if (requested !== undefined && requested < bound) bound = requested;
  const allowed = ctx.allowed;
  for (let i = allowed.length - 1; i >= 0; i--) if (allowed[i]! <= bound) return flags & APPROVAL ? 8 : allowed[i]!;
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
 * // ["Eligible for MKD: 2 flexible day(s) a week (format 2-3)."]
 * ```
 */
export function checkEligibility(employee: unknown, options: EligibilityOptions): EligibilityDecision {
  const policy = selectPolicy(options);
  checkLocale(options.locale);
  return decideInput(employee, options.asOf, eligibilityContext(policy), options.locale);
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
  return toSafeResult(() => checkEligibility(employee, options), { employee, options });
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
