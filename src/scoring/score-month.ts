/**
 * scoreMonth: one employee-month scored against its agreed indicators, with an explanation for every number.
 */
import { issue, MkdError, type Issue } from "../core/errors.js";
import { formatMessage, type MessageCode, type MessageParams } from "../i18n/index.js";
import type { Predikat, Rating } from "../policy/schema.js";
import { contextFor, policySourceIssue, validMonth, type PolicySourceLike, type ScoringContext } from "./context.js";
import { capaian, EXPRESSIONS, round2, skpLegacy, type RawAchievement } from "./formulas.js";
import { fastIndicator, fastRealisation, isStr, keyCount, obj, parseScoreMonthInput, plain } from "./input.js";
import type {
  ScoringExplanation,
  Indicator,
  IndicatorScore,
  TargetRange,
  LegacyCategory,
  MonthScore,
  Realisation,
  ScoreMonthInput,
  ScoringFinding,
} from "./types.js";

const hasOwn = Object.prototype.hasOwnProperty;

function finding(code: MessageCode, severity: "info" | "warning", path: (string | number)[], params: MessageParams): ScoringFinding {
  return { code, severity, path, params, message: { id: formatMessage(code, params, "id"), en: formatMessage(code, params, "en") } };
}

/** Semantic checks the schema cannot express; every problem is collected, not only the first. */
function semanticIssues(input: ScoreMonthInput, ctx: ScoringContext | undefined, issues: Issue[]): void {
  const targets = input.targets;
  const n = targets.length;
  const r = input.realisations;
  let sum = 0;
  let found = 0;
  for (let i = 0; i < n; i++) {
    const t = targets[i]!;
    sum += t.weight;
    let duplicate = false;
    for (let j = 0; j < i; j++) {
      if (targets[j]!.id === t.id) {
        issues.push(issue("scoring_duplicate_indicator", ["targets", i, "id"], { id: t.id }));
        duplicate = true;
        break;
      }
    }
    const target = t.target;
    if (typeof target === "number") {
      if (!(target > 0)) issues.push(issue("scoring_target_not_positive", ["targets", i, "target"], { target }));
    } else {
      if (target.min > target.max) issues.push(issue("scoring_range_invalid", ["targets", i, "target"], { min: target.min, max: target.max }));
      // A range's bound is a denominator only when the realisation falls outside on that side; a bound of 0 is
      // still a valid "zero complaints" floor, a negative one never is.
      if (target.min < 0) issues.push(issue("scoring_target_not_positive", ["targets", i, "target", "min"], { target: target.min }));
      if (!(target.max > 0)) issues.push(issue("scoring_target_not_positive", ["targets", i, "target", "max"], { target: target.max }));
    }
    if (ctx?.method === "skp_legacy") {
      if (typeof target !== "number") issues.push(issue("scoring_legacy_range_unsupported", ["targets", i, "target"]));
      const expected = t.aspect === "time" || t.aspect === "cost" ? "lower_is_better" : "higher_is_better";
      if (t.direction !== expected) {
        issues.push(issue("scoring_legacy_direction_mismatch", ["targets", i, "direction"], { aspect: t.aspect, expected, actual: t.direction }));
      }
    }
    if (!duplicate && r !== undefined && hasOwn.call(r, t.id)) {
      found++;
      const real = r[t.id]!;
      if (real.unit !== undefined && real.unit !== t.unit) {
        issues.push(issue("scoring_unit_mismatch", ["realisations", t.id, "unit"], { actual: real.unit, expected: t.unit }));
      }
    }
  }
  if (ctx && ctx.weightsTotal !== null && Math.abs(sum - ctx.weightsTotal) > 1e-9 * Math.max(1, ctx.weightsTotal)) {
    issues.push(issue("scoring_weights_total_mismatch", ["targets"], { sum: round2(sum), total: ctx.weightsTotal }));
  }
  if (r !== undefined) {
    // The realisations object is plain (fast check or zod's record output), so for-in sees exactly its own
    // keys: when their count equals the targets found, none is unknown and the search below is skipped.
    let keys = 0;
    for (const _ in r) keys++;
    if (keys !== found) {
      for (const k in r) {
        if (!hasOwn.call(r, k)) continue;
        let known = false;
        for (let i = 0; i < n; i++) if (targets[i]!.id === k) { known = true; break; }
        if (!known) issues.push(issue("scoring_unknown_indicator", ["realisations", k], { id: k }));
      }
    }
    if (found > 0 && input.report?.submitted === false) issues.push(issue("scoring_report_contradiction", ["report", "submitted"]));
  }
}

// One scratch record for the formulas and one scratch array of realised values by indicator position
// (NaN: no realisation; a valid value is finite and >= 0). Scoring is synchronous and never re-entered, so
// both are reused; a clean month allocates neither, nor its findings list (one shared empty, frozen list).
const scratch: RawAchievement = { formula: "capaian_higher", expression: EXPRESSIONS.capaian_higher, value: 0, denominator: 0, efficiency: Number.NaN };
let realValues = new Float64Array(16);
const NO_FINDINGS: readonly ScoringFinding[] = Object.freeze([]);

function ensureRealValues(n: number): Float64Array {
  if (realValues.length < n) realValues = new Float64Array(Math.max(n, realValues.length * 2));
  return realValues;
}

function ratingOf(c: number, ctx: ScoringContext): Rating {
  return c >= ctx.aboveFrom ? "above" : c >= ctx.asExpectedFrom ? "as_expected" : "below";
}

function legacyCategoryOf(c: number, ctx: ScoringContext): LegacyCategory | null {
  for (const cat of ctx.legacy) if (c >= cat.from) return cat.category;
  return null;
}

/** The explanation of one achievement; `inputs` is built in one literal per form (no shape changes). */
function indicatorExplanation(ctx: ScoringContext, target: number | TargetRange, r: number, raw: RawAchievement): ScoringExplanation<number> {
  let inputs: Record<string, number>;
  if (typeof target === "number") inputs = raw.efficiency === raw.efficiency ? { R: r, T: target, E: raw.efficiency } : { R: r, T: target };
  else if (raw.denominator !== raw.denominator) inputs = { R: r, min: target.min, max: target.max };
  else inputs = { R: r, min: target.min, max: target.max, B: raw.denominator };
  return { formula: raw.formula, expression: raw.expression, inputs, result: raw.value, basis: ctx.basis.achievement };
}

/**
 * Scores a validated input under a context. `values[i]` is the realised value of `input.targets[i]`, NaN
 * when it has none (filled by the caller from `input.realisations`).
 */
function scoreValidated(input: ScoreMonthInput, ctx: ScoringContext, values: Float64Array): MonthScore {
  const targets = input.targets;
  const n = targets.length;
  const exclude = input.missingRealisations === "exclude";
  const legacy = ctx.method === "skp_legacy";
  const capAbove = ctx.capAbove;
  const capScore = ctx.capScore;
  const indicators: IndicatorScore[] = new Array(n);
  let findings: ScoringFinding[] = NO_FINDINGS as ScoringFinding[];
  const raw = scratch;
  let reported = 0;
  let weightSum = 0;
  let weighted = 0;
  const noReportDeclared = input.report?.submitted === false;
  for (let i = 0; i < n; i++) {
    const ind = targets[i]!;
    const r = values[i]!;
    const name = ind.name ?? ind.id;
    if (r !== r) {
      const counted = !exclude;
      const formula = exclude ? "missing_excluded" : "missing_scored_zero";
      const achievement = exclude ? null : 0;
      if (counted) weightSum += ind.weight;
      indicators[i] = {
        id: ind.id,
        name,
        unit: ind.unit,
        weight: ind.weight,
        direction: ind.direction,
        aspect: ind.aspect,
        target: ind.target,
        realisation: null,
        status: "missing",
        achievement,
        counted,
        explanation: { formula, expression: EXPRESSIONS[formula], inputs: { R: null }, result: achievement, basis: ctx.basis.composite },
        cap: null,
      };
      continue;
    }
    reported++;
    const target = ind.target;
    let cap: ScoringExplanation<number> | null = null;
    if (legacy) skpLegacy(ind.aspect, target as number, r, raw);
    else capaian(ind.direction, target, r, raw);
    let a = raw.value;
    if (!legacy && a > capAbove) {
      // PermenPANRB capaian: an achievement above 110% scores 120 (the policy's achievementCap).
      cap = {
        formula: "capaian_cap",
        expression: EXPRESSIONS.capaian_cap,
        inputs: { A: a, "cap.above": capAbove, "cap.score": capScore },
        result: capScore,
        basis: ctx.basis.cap,
      };
      a = capScore;
    }
    weightSum += ind.weight;
    weighted += ind.weight * a;
    indicators[i] = {
      id: ind.id,
      name,
      unit: ind.unit,
      weight: ind.weight,
      direction: ind.direction,
      aspect: ind.aspect,
      target,
      realisation: r,
      status: "scored",
      achievement: a,
      counted: true,
      explanation: indicatorExplanation(ctx, target, r, raw),
      cap,
    };
  }
  const employee = typeof input.employee === "string" ? input.employee : input.employee.id;
  const behaviour: Rating | null = input.behaviour ?? null;
  const month = input.month;
  const noReport = noReportDeclared || reported === 0;
  if (noReport) {
    findings = [];
    findings.push(finding("scoring_no_report", "warning", noReportDeclared ? ["report", "submitted"] : ["realisations"], { month }));
    return {
      employee,
      month,
      method: ctx.method,
      status: "no_report",
      reportSubmitted: false,
      indicators,
      composite: null,
      compositeExplanation: {
        formula: "composite_weighted_mean",
        expression: EXPRESSIONS.composite_weighted_mean,
        inputs: { "Σwᵢ": null, "Σ(wᵢ × Aᵢ)": null },
        result: null,
        basis: ctx.basis.composite,
      },
      resultsRating: null,
      resultsRatingExplanation: {
        formula: "results_rating_bands",
        expression: EXPRESSIONS.results_rating_bands,
        inputs: { C: null, aboveFrom: ctx.aboveFrom, asExpectedFrom: ctx.asExpectedFrom },
        result: null,
        basis: ctx.basis.bands,
      },
      behaviour,
      predikat: null,
      predikatExplanation: null,
      legacyCategory: null,
      legacyCategoryExplanation: null,
      findings,
      policy: ctx.ref,
    };
  }
  if (reported < n) {
    findings = [];
    for (let i = 0; i < n; i++) {
      const s = indicators[i]!;
      if (s.status === "missing") {
        const rule = formatMessage(exclude ? "scoring_missing_excluded" : "scoring_missing_scored_zero", {}, "id");
        const ruleEn = formatMessage(exclude ? "scoring_missing_excluded" : "scoring_missing_scored_zero", {}, "en");
        const params = { id: s.id, rule: exclude ? "exclude" : "score_zero" };
        findings.push({
          code: "scoring_realisation_missing",
          severity: "warning",
          path: ["realisations", s.id],
          params,
          message: {
            id: formatMessage("scoring_realisation_missing", { id: s.id, rule }, "id"),
            en: formatMessage("scoring_realisation_missing", { id: s.id, rule: ruleEn }, "en"),
          },
        });
      }
    }
  }
  // Composite from the rounded achievements shown, so a reader can redo the sum from the output.
  const composite = round2(weighted / weightSum);
  const rating = ratingOf(composite, ctx);
  let predikat: Predikat | null = null;
  let predikatExplanation: ScoringExplanation<Predikat | null> | null = null;
  if (behaviour !== null) {
    predikat = ctx.matrix[rating][behaviour];
    predikatExplanation = {
      formula: "predikat_matrix",
      expression: EXPRESSIONS.predikat_matrix,
      inputs: { results: rating, behaviour },
      result: predikat,
      basis: ctx.basis.predikat,
    };
  }
  let legacyCategory: LegacyCategory | null = null;
  let legacyCategoryExplanation: ScoringExplanation<LegacyCategory | null> | null = null;
  if (legacy) {
    legacyCategory = legacyCategoryOf(composite, ctx);
    legacyCategoryExplanation = {
      formula: "skp_category",
      expression: EXPRESSIONS.skp_category,
      inputs: { C: composite },
      result: legacyCategory,
      basis: ctx.basis.legacyCategory,
    };
  }
  return {
    employee,
    month,
    method: ctx.method,
    status: "scored",
    reportSubmitted: true,
    indicators,
    composite,
    compositeExplanation: {
      formula: "composite_weighted_mean",
      expression: EXPRESSIONS.composite_weighted_mean,
      inputs: { "Σwᵢ": round2(weightSum), "Σ(wᵢ × Aᵢ)": round2(weighted) },
      result: composite,
      basis: ctx.basis.composite,
    },
    resultsRating: rating,
    resultsRatingExplanation: {
      formula: "results_rating_bands",
      expression: EXPRESSIONS.results_rating_bands,
      inputs: { C: composite, aboveFrom: ctx.aboveFrom, asExpectedFrom: ctx.asExpectedFrom },
      result: rating,
      basis: ctx.basis.bands,
    },
    behaviour,
    predikat,
    predikatExplanation,
    legacyCategory,
    legacyCategoryExplanation,
    findings,
    policy: ctx.ref,
  };
}

type Resolver = (source: PolicySourceLike, month: string) => ScoringContext;

/**
 * The hot path: one pass that checks the structure (exactly what {@link scoreMonthInputSchema} accepts, and
 * stricter where convenient), the policy source, the month and every semantic rule of
 * {@link semanticIssues}, filling the realised values as it goes, then scores. It returns undefined at the
 * first doubt (any problem, an explicit undefined, an unusual prototype, a policy that does not resolve) and
 * {@link referenceScore} then answers: zod and the full semantic pass report every issue with its path, or
 * produce the same score. So validation is never weaker and errors are identical; a property test compares
 * the two paths on random inputs.
 */
function fastScore(x: unknown, resolve: Resolver, defaults: PolicySourceLike | undefined): MonthScore | undefined {
  if (!plain(x)) return undefined;
  // Known keys with a defined value; any other key (or an explicit undefined) makes the counts differ.
  let keys = 3;
  const e = x.employee;
  if (!isStr(e) && !(obj(e) && isStr(e.id))) return undefined;
  const month = x.month;
  if (!validMonth(month)) return undefined;
  const targets = x.targets;
  if (!Array.isArray(targets) || targets.length === 0) return undefined;
  const r = x.realisations;
  if (r !== undefined) {
    if (!plain(r)) return undefined;
    keys++;
  }
  const b = x.behaviour;
  if (b !== undefined) {
    if (b !== "above" && b !== "as_expected" && b !== "below") return undefined;
    keys++;
  }
  const rep = x.report;
  if (rep !== undefined) {
    if (!(plain(rep) && typeof rep.submitted === "boolean" && keyCount(rep) === 1)) return undefined;
    keys++;
  }
  const m = x.missingRealisations;
  if (m !== undefined) {
    if (m !== "score_zero" && m !== "exclude") return undefined;
    keys++;
  }
  const j = x.jurisdiction;
  if (j !== undefined) {
    if (!isStr(j)) return undefined;
    keys++;
  }
  const p = x.policy;
  if (p !== undefined) {
    if (typeof p !== "object" || p === null) return undefined;
    keys++;
  }
  const d = x.documents;
  if (d !== undefined) {
    if (!Array.isArray(d)) return undefined;
    keys++;
  }
  if (keyCount(x) !== keys) return undefined;
  const source: PolicySourceLike = j === undefined && p === undefined && defaults !== undefined ? defaults : (x as PolicySourceLike);
  if (policySourceIssue(source) !== undefined) return undefined;
  // Every realisation well-formed; `realised` counts them to find unknown ids without a search.
  let realised = 0;
  if (r !== undefined) {
    for (const k in r) {
      if (!fastRealisation(r[k])) return undefined;
      realised++;
    }
  }
  let ctx: ScoringContext;
  try {
    ctx = resolve(source, month as string);
  } catch {
    return undefined; // the reference path throws the same error, after any structural issue zod finds first
  }
  const legacy = ctx.method === "skp_legacy";
  const n = targets.length;
  const values = ensureRealValues(n);
  let sum = 0;
  let found = 0;
  for (let i = 0; i < n; i++) {
    const t: unknown = targets[i];
    if (!fastIndicator(t)) return undefined;
    const id = t.id;
    for (let k = 0; k < i; k++) if ((targets[k] as Indicator).id === id) return undefined;
    sum += t.weight;
    const target = t.target;
    if (typeof target === "number") {
      if (!(target > 0)) return undefined;
    } else if (legacy || target.min > target.max || target.min < 0 || !(target.max > 0)) return undefined;
    if (legacy && t.direction !== (t.aspect === "time" || t.aspect === "cost" ? "lower_is_better" : "higher_is_better")) return undefined;
    let v = Number.NaN;
    if (r !== undefined && hasOwn.call(r, id)) {
      const real = r[id] as Realisation;
      const unit = real.unit;
      if (unit !== undefined && unit !== t.unit) return undefined;
      v = real.value;
      found++;
    }
    values[i] = v;
  }
  const total = ctx.weightsTotal;
  if (total !== null && Math.abs(sum - total) > 1e-9 * Math.max(1, total)) return undefined;
  if (found !== realised) return undefined;
  if (found > 0 && rep !== undefined && rep.submitted === false) return undefined;
  return scoreValidated(x as ScoreMonthInput, ctx, values);
}

/** The reference path: zod for the structure, every semantic issue collected, then the same scoring. */
function referenceScore(input: unknown, resolve: Resolver, defaults: PolicySourceLike | undefined): MonthScore {
  const parsed = parseScoreMonthInput(input);
  const source: PolicySourceLike =
    parsed.jurisdiction === undefined && parsed.policy === undefined && defaults !== undefined ? defaults : parsed;
  const issues: Issue[] = [];
  const sourceIssue = policySourceIssue(source);
  if (sourceIssue) issues.push(sourceIssue);
  const monthOk = validMonth(parsed.month);
  if (!monthOk) issues.push(issue("invalid_month", ["month"], { value: parsed.month }));
  let ctx: ScoringContext | undefined;
  if (issues.length === 0) ctx = resolve(source, parsed.month);
  semanticIssues(parsed, ctx, issues);
  if (issues.length > 0) throw new MkdError("scoring_invalid_input", { count: issues.length }, issues);
  const targets = parsed.targets;
  const realisations = parsed.realisations;
  const values = ensureRealValues(targets.length);
  for (let i = 0; i < targets.length; i++) {
    const id = targets[i]!.id;
    values[i] = realisations !== undefined && hasOwn.call(realisations, id) ? realisations[id]!.value : Number.NaN;
  }
  return scoreValidated(parsed, ctx!, values);
}

/** Internal: scores one input, resolving the policy through `resolve` (a batch passes its own cache). */
export function scoreMonthWith(input: unknown, resolve: Resolver, defaults?: PolicySourceLike): MonthScore {
  return fastScore(input, resolve, defaults) ?? referenceScore(input, resolve, defaults);
}

/**
 * Internal, for tests: {@link scoreMonth} through the reference path only (zod and the full semantic pass).
 * Its answers (result or MkdError) must equal scoreMonth's for every input.
 */
export function scoreMonthReference(input: unknown): MonthScore {
  return referenceScore(input, contextFor, undefined);
}

/**
 * Scores one employee-month against the indicators agreed for it, under the policy in force on the month's
 * first day (or the policy you pass).
 *
 * Achievement follows the policy's `scoring.method`: `permenpanrb` (capaian: R/T×100, (2 − R/T)×100 floored
 * at 0, ranges, above 110 scores 120) or `skp_legacy` (PP 46/2011: R/T×100 and the 1.76 time and cost
 * formulas). The composite is the weighted mean of the achievements; the results rating comes from the
 * policy's bands; the predikat from the PermenPANRB 6/2022 matrix when `behaviour` is given. Every number is
 * rounded to 2 decimals (half away from zero) and carries an explanation with its formula, inputs and the
 * cited policy parameters.
 *
 * A missing realisation is flagged (finding `scoring_realisation_missing`) and scored per
 * `missingRealisations` (`score_zero` by default, or `exclude`); a month with `report: { submitted: false }`
 * or no realisation at all is `status: "no_report"` with finding `scoring_no_report`.
 *
 * Throws {@link MkdError} `scoring_invalid_input` (with issue paths) for bad input: non-positive targets,
 * weights not adding up to `weightsTotal`, duplicate ids, realisations of unknown indicators, unit mismatches;
 * and the policy resolution codes (`unknown_jurisdiction`, `date_before_first_version`, ...).
 *
 * @example
 * ```ts
 * const score = scoreMonth({
 *   employee: "198001012005011001", month: "2026-03", jurisdiction: "jabar",
 *   targets: [
 *     { id: "letters", target: 40, unit: "document", weight: 60, direction: "higher_is_better", aspect: "quantity" },
 *     { id: "turnaround", target: 3, unit: "day", weight: 40, direction: "lower_is_better", aspect: "time" },
 *   ],
 *   realisations: { letters: { value: 38 }, turnaround: { value: 2.5 } },
 *   behaviour: "as_expected",
 * });
 * score.composite; // 105: (60 × 95 + 40 × 120) / 100, the turnaround 116.67 is above 110 and scores 120
 * score.predikat; // "baik"
 * ```
 */
export function scoreMonth(input: ScoreMonthInput): MonthScore {
  return scoreMonthWith(input, contextFor);
}
