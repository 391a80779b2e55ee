/**
 * Golden cases as data, run against any policy: the shipped format of `src/policies/<jurisdiction>/<version>/
 * cases.json` (sections `resolution`, `eligibility`, `schedule`, `scoring`), the OpenFisca way (name, input,
 * expected output). A city runs the province's cases against its overlay and sees exactly which answers its
 * changes alter; an integrator runs their own. A failing case is a result with a readable diff, never a throw.
 */
import { asMkdError, type MkdErrorJson } from "../core/errors.js";
import { checkEligibility } from "../eligibility/check.js";
import {
  describeChain,
  looksResolved,
  preparePolicy,
  resolvePolicy,
  type PreparedPolicy,
  type ResolvedPolicy,
} from "../policy/resolve.js";
import { checkSchedule, generateSchedule } from "../schedule/index.js";
import type { ScheduleInput } from "../schedule/types.js";
import { evaluateEarlyWarning } from "../scoring/early-warning.js";
import { scoreMonth } from "../scoring/score-month.js";
import type { MonthScore } from "../scoring/types.js";

/** A `resolution` case: which version, chain, values and sources are in force on a date. */
export interface ResolutionCase {
  readonly name: string;
  readonly jurisdiction: string;
  readonly asOf: string;
  readonly expect: {
    /** The error code resolution must fail with. */
    readonly error?: string;
    readonly version?: string;
    readonly chain?: readonly string[];
    /** Paths into `parameters` (`schedule.maxFlexibleDaysPerWeek.value`) and their values. */
    readonly values?: Readonly<Record<string, unknown>>;
    /** Paths of cited values and their sources. */
    readonly sources?: Readonly<Record<string, readonly string[]>>;
    /** The exact set of eligibility rule ids in force. */
    readonly rules?: readonly string[];
  };
}

/** An `eligibility` case: one employee on one date and the decision expected. */
export interface EligibilityCase {
  readonly name: string;
  readonly jurisdiction: string;
  readonly asOf: string;
  readonly employee: unknown;
  readonly expect: {
    readonly outcome: string;
    readonly grantedFlexibleDays: number;
    readonly grantedFormat: string | null;
    readonly daysWithinLimits: number;
    readonly failedRules: readonly string[];
    readonly warningCodes: readonly string[];
    readonly bindingLimits?: readonly string[];
    readonly reasonCodes?: readonly string[];
    /** A subset of the decision's facts. */
    readonly facts?: Readonly<Record<string, unknown>>;
  };
}

/** A `schedule` case: a unit's period and what its schedule (or its infeasibility) must show. */
export interface ScheduleCase {
  readonly name: string;
  readonly input: unknown;
  readonly expect: {
    readonly status: "scheduled" | "infeasible";
    readonly verdict?: string;
    /** Per date, fields of that day. */
    readonly days?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
    readonly minOnSiteOnNonCollectiveWorkingDays?: number;
    /** Fields of the policy reference (checked only against the case's own jurisdiction). */
    readonly policy?: Readonly<Record<string, unknown>>;
    /** Per member id: its granted days, its weeks by Monday, its assignments by date. */
    readonly members?: Readonly<
      Record<
        string,
        {
          readonly grantedFlexibleDays?: number;
          readonly weeks?: Readonly<Record<string, unknown>>;
          readonly assignments?: Readonly<Record<string, unknown>>;
        }
      >
    >;
    readonly conflicts?: readonly {
      readonly code: string;
      readonly dates: readonly string[];
      readonly required: number;
      readonly possible: number;
      readonly onLeave?: readonly string[];
    }[];
  };
}

/** A `scoring` case: a month's score or an early warning over a history. */
export interface ScoringCase {
  readonly name: string;
  readonly kind: "scoreMonth" | "earlyWarning";
  readonly input?: Readonly<Record<string, unknown>>;
  /** Parameters an overlay on top of the policy under test changes for this case (e.g. the legacy method). */
  readonly overlay?: Readonly<Record<string, unknown>>;
  readonly history?: readonly unknown[];
  readonly expect: Readonly<Record<string, unknown>>;
}

/**
 * A set of golden cases in the shipped `cases.json` format; every section is optional.
 *
 * @example
 * ```ts
 * const cases: PolicyCases = { eligibility: [{ name: "box 6 is ineligible", jurisdiction: "jabar", asOf: "2026-03-02",
 *   employee: anEmployee().inBox(6).build(), expect: { outcome: "ineligible", grantedFlexibleDays: 0, grantedFormat: null,
 *   daysWithinLimits: 2, failedRules: ["talent_box"], warningCodes: [] } }] };
 * ```
 */
export interface PolicyCases {
  readonly resolution?: readonly ResolutionCase[];
  readonly eligibility?: readonly EligibilityCase[];
  readonly schedule?: readonly ScheduleCase[];
  readonly scoring?: readonly ScoringCase[];
}

/** The section a case comes from. */
export type PolicyCaseSection = "resolution" | "eligibility" | "schedule" | "scoring";

/**
 * The outcome of one case: `ok`, and when it failed, one readable line per difference
 * (`outcome: expected "eligible", got "ineligible"`), or the error the call threw.
 */
export interface PolicyCaseResult {
  readonly section: PolicyCaseSection;
  /** Position of the case within its section. */
  readonly index: number;
  readonly name: string;
  readonly ok: boolean;
  /** One line per difference; empty when the case passed. */
  readonly diff: readonly string[];
  /** The error thrown by the call under test, when the case did not expect one. */
  readonly error?: MkdErrorJson | undefined;
}

/** Every case's result, in section and case order, with the counts. */
export interface PolicyCasesReport {
  readonly ok: boolean;
  readonly passed: number;
  readonly failed: number;
  readonly results: readonly PolicyCaseResult[];
}

/** Options of {@link runPolicyCases}. */
export interface RunPolicyCasesOptions {
  /** Documents the policy under test extends when they are not shipped (a regency over a city overlay). */
  readonly documents?: readonly unknown[] | undefined;
}

/** What the cases run against: the case's own jurisdiction, another jurisdiction, or a policy document. */
interface Subject {
  readonly jurisdiction: string | undefined;
  readonly document:
    | {
        readonly jurisdiction?: { readonly id?: unknown };
        readonly effectiveFrom?: unknown;
        readonly effectiveUntil?: unknown;
      }
    | undefined;
  readonly documents: readonly unknown[] | undefined;
}

// ---------------------------------------------------------------------------------------------------
// Comparison: exact (as toEqual: undefined properties do not count) and partial (as toMatchObject).

function show(value: unknown): string {
  const text = value === undefined ? "undefined" : JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = canonical(v);
    }
    return out;
  }
  return value;
}

/** Exact comparison: one diff line at `path` when the values differ. */
function exact(path: string, expected: unknown, actual: unknown, diff: string[]): void {
  if (JSON.stringify(canonical(expected)) !== JSON.stringify(canonical(actual)))
    diff.push(`${path}: expected ${show(expected)}, got ${show(actual)}`);
}

/** Partial comparison: every expected field must match; actual may hold more. Lines name the deepest path. */
function partial(path: string, expected: unknown, actual: unknown, diff: string[]): void {
  if (expected !== null && typeof expected === "object" && !Array.isArray(expected)) {
    if (actual === null || typeof actual !== "object" || Array.isArray(actual)) {
      diff.push(`${path}: expected an object like ${show(expected)}, got ${show(actual)}`);
      return;
    }
    for (const [key, value] of Object.entries(expected))
      partial(`${path}.${key}`, value, (actual as Record<string, unknown>)[key], diff);
    return;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      diff.push(`${path}: expected ${show(expected)}, got ${show(actual)}`);
      return;
    }
    expected.forEach((value, i) => partial(`${path}[${i}]`, value, actual[i], diff));
    return;
  }
  exact(path, expected, actual, diff);
}

/** Reads `a.b.0.c` out of a value. */
function at(value: unknown, path: string): unknown {
  let v = value;
  for (const key of path.split("."))
    v = v === null || v === undefined ? undefined : (v as Record<string, unknown>)[key];
  return v;
}

// ---------------------------------------------------------------------------------------------------
// One runner per section. Each returns the diff lines; a throw becomes the case's error.

/**
 * The policy selector for a case: its own jurisdiction, the subject's, or the subject document, prepared (with the
 * subject's documents) once per subject.
 */
function selector(
  subject: Subject,
  caseJurisdiction: string | undefined,
): { jurisdiction: string; policy?: undefined } | { policy: PreparedPolicy; jurisdiction?: undefined } {
  if (!subject.document && !subject.documents) return { jurisdiction: subject.jurisdiction ?? caseJurisdiction ?? "" };
  let prepared = preparedSubjects.get(subject);
  if (!prepared) {
    const documents = subject.documents ? { documents: subject.documents } : {};
    prepared = preparePolicy(subject.document ?? subject.jurisdiction ?? caseJurisdiction ?? "", documents);
    preparedSubjects.set(subject, prepared);
  }
  return { policy: prepared };
}
const preparedSubjects = new WeakMap<Subject, PreparedPolicy>();

/** A case input's own policy (a document: JSON cannot carry a prepared policy), prepared; a resolved one as it is. */
function ownPolicy(policy: unknown, documents: unknown): PreparedPolicy | ResolvedPolicy {
  if (looksResolved(policy)) return policy as ResolvedPolicy;
  return preparePolicy(policy, Array.isArray(documents) ? { documents } : {});
}

/** Whether the case runs against the jurisdiction it was written for (so version and chain can be checked). */
function own(subject: Subject, caseJurisdiction: string | undefined): boolean {
  return (
    subject.document === undefined && (subject.jurisdiction === undefined || subject.jurisdiction === caseJurisdiction)
  );
}

function runResolution(c: ResolutionCase, subject: Subject, diff: string[]): void {
  const call = () => {
    const sel = selector(subject, c.jurisdiction);
    return resolvePolicy(sel.policy ?? sel.jurisdiction, c.asOf);
  };
  if (c.expect.error !== undefined) {
    try {
      call();
      diff.push(`error: expected ${show(c.expect.error)}, got a policy`);
    } catch (error) {
      exact("error", c.expect.error, asMkdError(error).code, diff);
    }
    return;
  }
  const p = call();
  if (own(subject, c.jurisdiction)) {
    if (c.expect.version !== undefined) exact("version", c.expect.version, p.version, diff);
    if (c.expect.chain !== undefined) exact("chain", c.expect.chain.join(" > "), describeChain(p.chain), diff);
  }
  for (const [path, value] of Object.entries(c.expect.values ?? {}))
    exact(`parameters.${path}`, value, at(p.parameters, path), diff);
  for (const [path, sources] of Object.entries(c.expect.sources ?? {}))
    exact(
      `parameters.${path}.sources`,
      sources,
      (at(p.parameters, path) as { sources?: unknown } | undefined)?.sources,
      diff,
    );
  if (c.expect.rules !== undefined)
    exact("rules", [...c.expect.rules].sort(), Object.keys(p.parameters.eligibility.rules).sort(), diff);
}

function runEligibility(c: EligibilityCase, subject: Subject, diff: string[]): void {
  const d = checkEligibility(c.employee as never, { ...selector(subject, c.jurisdiction), asOf: c.asOf });
  const e = c.expect;
  exact("outcome", e.outcome, d.outcome, diff);
  exact("grantedFlexibleDays", e.grantedFlexibleDays, d.grantedFlexibleDays, diff);
  exact("grantedFormat", e.grantedFormat, d.grantedFormat, diff);
  exact("daysWithinLimits", e.daysWithinLimits, d.daysWithinLimits, diff);
  exact(
    "failedRules",
    e.failedRules,
    d.rules.filter((r) => !r.passed).map((r) => r.id),
    diff,
  );
  exact(
    "warningCodes",
    e.warningCodes,
    d.warnings.map((w) => w.code),
    diff,
  );
  if (e.bindingLimits !== undefined)
    exact(
      "bindingLimits",
      e.bindingLimits,
      d.limits.filter((l) => l.binding).map((l) => l.kind),
      diff,
    );
  if (e.reasonCodes !== undefined)
    exact(
      "reasonCodes",
      e.reasonCodes,
      d.reasons.map((r) => r.code),
      diff,
    );
  if (e.facts !== undefined) partial("facts", e.facts, d.facts, diff);
}

function runSchedule(c: ScheduleCase, subject: Subject, diff: string[]): void {
  const original = c.input as ScheduleInput;
  const { jurisdiction, policy: _p, documents, ...rest } = original as ScheduleInput & { documents?: unknown };
  const isOwn = own(subject, jurisdiction);
  const input = {
    ...rest,
    ...(isOwn && original.policy !== undefined
      ? { policy: ownPolicy(original.policy, documents) }
      : selector(subject, jurisdiction)),
  } as ScheduleInput;
  const r = generateSchedule(input);
  exact("status", c.expect.status, r.status, diff);
  // The independent checker must confirm whatever the generator answered.
  const check = checkSchedule(r, input);
  if (!check.ok)
    diff.push(
      `checkSchedule: expected ok, got ${show(check.violations.length > 0 ? check.violations : check.conflicts)}`,
    );
  if (r.status === "scheduled" && c.expect.status === "scheduled") {
    const s = r.schedule;
    if (c.expect.verdict !== undefined) exact("compliance.verdict", c.expect.verdict, s.compliance.verdict, diff);
    for (const [date, want] of Object.entries(c.expect.days ?? {}))
      partial(
        `days[${date}]`,
        want,
        s.days.find((d) => d.date === date),
        diff,
      );
    if (c.expect.policy !== undefined && isOwn) partial("policy", c.expect.policy, s.policy, diff);
    for (const [id, want] of Object.entries(c.expect.members ?? {})) {
      const m = s.members.find((x) => x.id === id);
      if (!m) {
        diff.push(`members[${id}]: expected a member, got none`);
        continue;
      }
      if (want.grantedFlexibleDays !== undefined)
        exact(`members[${id}].grantedFlexibleDays`, want.grantedFlexibleDays, m.grantedFlexibleDays, diff);
      for (const [start, w] of Object.entries(want.weeks ?? {}))
        partial(
          `members[${id}].weeks[${start}]`,
          w,
          m.weeks.find((x) => x.start === start),
          diff,
        );
      for (const [date, a] of Object.entries(want.assignments ?? {}))
        partial(
          `members[${id}].assignments[${date}]`,
          a,
          m.assignments.find((x) => x.date === date),
          diff,
        );
    }
    const min = c.expect.minOnSiteOnNonCollectiveWorkingDays;
    if (min !== undefined) {
      for (const d of s.days)
        if (d.kind === "working" && !d.collective && d.onSite < min)
          diff.push(`days[${d.date}].onSite: expected at least ${min}, got ${d.onSite}`);
    }
  } else if (r.status === "infeasible" && c.expect.status === "infeasible") {
    exact(
      "conflicts",
      (c.expect.conflicts ?? []).map((x) => ({ onLeave: [], ...x })),
      r.conflicts.map((x) => ({
        code: x.code,
        dates: x.dates,
        required: x.required,
        possible: x.possible,
        onLeave: x.members.onLeave,
      })),
      diff,
    );
  }
}

/**
 * The overlay a scoring case asks for, on top of the policy under test: it changes only the parameters the
 * case names. Dated from the scored month so it is in force whichever version the month falls in.
 */
function caseOverlay(parameters: Readonly<Record<string, unknown>>, base: string, month: string): object {
  return {
    schemaVersion: 1,
    jurisdiction: { id: `${base}-case-overlay`, name: "Case overlay", parent: base },
    version: `${month}-01`,
    title: { id: "Overlay kasus uji", en: "Test case overlay" },
    effectiveFrom: `${month}-01`,
    extends: { jurisdiction: base },
    illustrative: true,
    legalBases: [],
    parameters,
  };
}

function checkScore(score: MonthScore, expect: Readonly<Record<string, unknown>>, diff: string[]): void {
  const { indicators, findings, ...top } = expect as { indicators?: Record<string, unknown>[]; findings?: string[] };
  for (const [key, value] of Object.entries(top))
    exact(key, value, (score as unknown as Record<string, unknown>)[key], diff);
  if (findings !== undefined)
    exact(
      "findings",
      findings,
      score.findings.map((f) => f.code),
      diff,
    );
  for (const e of indicators ?? []) {
    const id = String(e.id);
    const s = score.indicators.find((i) => i.id === id);
    if (!s) {
      diff.push(`indicators[${id}]: expected an indicator, got none`);
      continue;
    }
    if ("achievement" in e) exact(`indicators[${id}].achievement`, e.achievement, s.achievement, diff);
    if (e.formula !== undefined) exact(`indicators[${id}].explanation.formula`, e.formula, s.explanation.formula, diff);
    if (e.status !== undefined) exact(`indicators[${id}].status`, e.status, s.status, diff);
    if (e.rawAchievement !== undefined)
      exact(`indicators[${id}].explanation.result`, e.rawAchievement, s.explanation.result, diff);
    if (e.capped !== undefined) exact(`indicators[${id}].capped`, e.capped, s.cap !== null, diff);
    if (e.efficiency !== undefined)
      exact(`indicators[${id}].explanation.inputs.E`, e.efficiency, s.explanation.inputs.E, diff);
  }
}

function runScoring(c: ScoringCase, subject: Subject, fallbackJurisdiction: string | undefined, diff: string[]): void {
  const caseJurisdiction = (c.input?.jurisdiction as string | undefined) ?? fallbackJurisdiction;
  if (c.kind === "earlyWarning") {
    const result = evaluateEarlyWarning(c.history ?? [], selector(subject, caseJurisdiction) as never);
    const e = c.expect as {
      levels?: string[];
      reasons?: string[][];
      recommendations?: { action: string; days: number }[];
    };
    if (e.levels !== undefined) {
      exact(
        "levels",
        e.levels,
        result.months.map((m) => m.level),
        diff,
      );
      exact("level", e.levels.at(-1), result.level, diff);
    }
    if (e.reasons !== undefined)
      exact(
        "reasons",
        e.reasons,
        result.months.map((m) => m.reasons.map((r) => r.code)),
        diff,
      );
    if (e.recommendations !== undefined)
      exact(
        "recommendations",
        e.recommendations,
        result.months.map((m) => ({ action: m.recommendation.action, days: m.recommendation.flexibleDaysPerWeek })),
        diff,
      );
    return;
  }
  const { jurisdiction: _j, policy: _p, documents: _d, ...input } = (c.input ?? {}) as Record<string, unknown>;
  let source = selector(subject, caseJurisdiction);
  if (c.overlay !== undefined) {
    // The case's overlay extends the policy under test: the subject document (made available to resolution)
    // or the jurisdiction.
    const doc = subject.document;
    const base = doc ? String(doc.jurisdiction?.id) : (source.jurisdiction ?? "");
    source = {
      policy: preparePolicy(caseOverlay(c.overlay, base, String(input.month)), {
        documents: doc ? [doc, ...(subject.documents ?? [])] : (subject.documents ?? []),
      }),
    };
  }
  checkScore(scoreMonth({ ...input, ...source } as never), c.expect, diff);
}

/**
 * Runs golden cases against a policy and reports each one: `policy` is a jurisdiction id (shipped, or among
 * `options.documents`) or a policy document such as a municipal overlay. With no policy (`undefined`) each case
 * runs under the jurisdiction it names. Against another policy, the checks that name the policy itself (its
 * version, its chain) are left out: what is compared is the answer. Never throws for a failing case: a wrong
 * answer is a diff, an unexpected error is the case's `error`.
 *
 * Scoring cases in the shipped files name no jurisdiction: they run under `policy`, else under the jurisdiction
 * the set's other cases name, else `jabar`.
 *
 * @example
 * ```ts
 * import { runPolicyCases, shippedCases } from "mkd-engine/testing";
 * const overlay = JSON.parse(readFileSync("kota-tasikmalaya.policy.json", "utf8"));
 * const report = runPolicyCases(overlay, shippedCases["jabar@2026-01-01"]!);
 * for (const r of report.results) if (!r.ok) console.log(r.name, r.diff);
 * ```
 */
export function runPolicyCases(
  policy: string | object | undefined,
  cases: PolicyCases,
  options: RunPolicyCasesOptions = {},
): PolicyCasesReport {
  const subject: Subject = {
    jurisdiction: typeof policy === "string" ? policy : undefined,
    document: policy !== null && typeof policy === "object" ? (policy as Subject["document"]) : undefined,
    documents: options.documents,
  };
  const named = [...(cases.resolution ?? []), ...(cases.eligibility ?? [])].find(
    (c) => typeof c?.jurisdiction === "string",
  )?.jurisdiction;
  const scoringJurisdiction = typeof policy === "string" ? policy : (named ?? "jabar");
  const results: PolicyCaseResult[] = [];
  const run = <C extends { readonly name: string }>(
    section: PolicyCaseSection,
    list: readonly C[] | undefined,
    one: (c: C, diff: string[]) => void,
  ) => {
    (list ?? []).forEach((c, index) => {
      const diff: string[] = [];
      let error: MkdErrorJson | undefined;
      try {
        one(c, diff);
      } catch (thrown) {
        error = asMkdError(thrown).toJSON();
        diff.push(`threw ${error.code}: ${error.message.en.split("\n").join(" ")}`);
      }
      results.push({ section, index, name: String(c?.name), ok: diff.length === 0, diff, ...(error ? { error } : {}) });
    });
  };
  run("resolution", cases.resolution, (c, diff) => runResolution(c, subject, diff));
  run("eligibility", cases.eligibility, (c, diff) => runEligibility(c, subject, diff));
  run("schedule", cases.schedule, (c, diff) => runSchedule(c, subject, diff));
  run("scoring", cases.scoring, (c, diff) => runScoring(c, subject, scoringJurisdiction, diff));
  const failed = results.filter((r) => !r.ok).length;
  return { ok: failed === 0, passed: results.length - failed, failed, results };
}

/**
 * The report as text: one line per case (`✓` or `✗`, section and name), each difference indented under a
 * failed case, and the counts.
 *
 * @example
 * ```ts
 * console.log(formatCasesReport(runPolicyCases("jabar", shippedCases["jabar@2026-01-01"]!)));
 * ```
 */
export function formatCasesReport(report: PolicyCasesReport, options: { readonly failedOnly?: boolean } = {}): string {
  const lines: string[] = [];
  for (const r of report.results) {
    if (r.ok && options.failedOnly) continue;
    lines.push(`${r.ok ? "✓" : "✗"} ${r.section} #${r.index + 1}: ${r.name}`);
    for (const d of r.diff) lines.push(`    ${d}`);
  }
  lines.push(`${report.passed} passed, ${report.failed} failed`);
  return `${lines.join("\n")}\n`;
}
