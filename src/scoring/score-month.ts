/**
 * scoreMonth: one employee-month scored against its agreed indicators, with an explanation for every number.
 */
import { issue, MkdError, type Issue } from "../core/errors.js";
import { formatMessage, type MessageCode, type MessageParams } from "../i18n/index.js";
import type { Predikat, Rating } from "../policy/schema.js";
import { contextFor, policySourceIssue, validMonth, type PolicySourceLike, type ScoringContext } from "./context.js";
import { capaian, EXPRESSIONS, round2, skpLegacy, type RawAchievement } from "./formulas.js";
import { parseScoreMonthInput } from "./input.js";
import type {
  ScoringExplanation,
  Indicator,
  IndicatorScore,
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

// One scratch record for the formulas (scoring is synchronous and never re-entered), and one shared empty,
// frozen findings list: a clean month allocates neither.
const scratch: RawAchievement = { formula: "capaian_higher", value: 0, denominator: 0, efficiency: Number.NaN };
const NO_FINDINGS: readonly ScoringFinding[] = Object.freeze([]);

function ratingOf(c: number, ctx: ScoringContext): Rating {
  return c >= ctx.aboveFrom ? "above" : c >= ctx.asExpectedFrom ? "as_expected" : "below";
}

function legacyCategoryOf(c: number, ctx: ScoringContext): LegacyCategory | null {
  for (const cat of ctx.legacy) if (c >= cat.from) return cat.category;
  return null;
}

function indicatorExplanation(ctx: ScoringContext, ind: Indicator, r: number, raw: RawAchievement): ScoringExplanation<number> {
  const inputs: Record<string, number | string | null> =
    typeof ind.target === "number"
      ? { R: r, T: ind.target }
      : raw.formula === "capaian_range_inside"
        ? { R: r, min: ind.target.min, max: ind.target.max }
        : { R: r, min: ind.target.min, max: ind.target.max, B: raw.denominator };
  if (raw.efficiency === raw.efficiency) inputs.E = raw.efficiency;
  return { formula: raw.formula, expression: EXPRESSIONS[raw.formula], inputs, result: raw.value, basis: ctx.basis.achievement };
}

/** Scores a validated input under a context. */
function scoreValidated(input: ScoreMonthInput, ctx: ScoringContext): MonthScore {
  const targets = input.targets;
  const n = targets.length;
  const realisations = input.realisations;
  const exclude = input.missingRealisations === "exclude";
  const legacy = ctx.method === "skp_legacy";
  const indicators: IndicatorScore[] = new Array(n);
  let findings: ScoringFinding[] = NO_FINDINGS as ScoringFinding[];
  const raw = scratch;
  let reported = 0;
  let weightSum = 0;
  let weighted = 0;
  const noReportDeclared = input.report?.submitted === false;
  for (let i = 0; i < n; i++) {
    const ind = targets[i]!;
    const real: Realisation | undefined = realisations !== undefined && hasOwn.call(realisations, ind.id) ? realisations[ind.id] : undefined;
    const name = ind.name ?? ind.id;
    if (real === undefined) {
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
    const r = real.value;
    let cap: ScoringExplanation<number> | null = null;
    if (legacy) skpLegacy(ind.aspect, ind.target as number, r, raw);
    else capaian(ind.direction, ind.target, r, raw);
    let a = raw.value;
    if (!legacy && a > ctx.capAbove) {
      // PermenPANRB capaian: an achievement above 110% scores 120 (the policy's achievementCap).
      cap = {
        formula: "capaian_cap",
        expression: EXPRESSIONS.capaian_cap,
        inputs: { A: a, "cap.above": ctx.capAbove, "cap.score": ctx.capScore },
        result: ctx.capScore,
        basis: ctx.basis.cap,
      };
      a = ctx.capScore;
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
      target: ind.target,
      realisation: r,
      status: "scored",
      achievement: a,
      counted: true,
      explanation: indicatorExplanation(ctx, ind, r, raw),
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

/** Internal: scores one input, resolving the policy through `resolve` (a batch passes its own cache). */
export function scoreMonthWith(
  input: unknown,
  resolve: (source: PolicySourceLike, month: string) => ScoringContext,
  defaults?: PolicySourceLike,
): MonthScore {
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
  return scoreValidated(parsed, ctx!);
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
