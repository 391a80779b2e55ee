/**
 * scoreMonth: one employee-month scored against its agreed indicators, with an explanation for every number.
 */
import { isIsoMonth } from "../core/dates.js";
import { issue, MkdError, type Issue } from "../core/errors.js";
import { formatMessage, type MessageCode, type MessageParams } from "../i18n/index.js";
import type { Predikat, Rating } from "../policy/schema.js";
import { contextFor, policySourceIssue, type PolicySourceLike, type ScoringContext } from "./context.js";
import { capaianRatio, EXPRESSIONS, rangeBound, round2, skpLegacy, type RawAchievement } from "./formulas.js";
import { fastIndicator, fastRealisation, isNum, isStr, keyCount, obj, parseScoreMonthInput, plain } from "./input.js";
import type {
  ScoringExplanation,
  Indicator,
  IndicatorScore,
  LegacyCategory,
  MonthScore,
  Realisation,
  ScoreMonthInput,
  ScoringFinding,
  TargetRange,
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

/**
 * The per-indicator rules {@link semanticIssues} checks, as one yes/no for the fast path: a positive target
 * (a range with 0 ≤ min ≤ max and max > 0), and under the legacy method a plain target and the direction its
 * aspect implies.
 */
function indicatorRulesHold(t: Indicator, legacy: boolean): boolean {
  const target = t.target;
  if (typeof target === "number") {
    if (!(target > 0)) return false;
  } else if (legacy || target.min > target.max || target.min < 0 || !(target.max > 0)) return false;
  return !legacy || t.direction === (t.aspect === "time" || t.aspect === "cost" ? "lower_is_better" : "higher_is_better");
}

/**
 * The score of an indicator with a realisation `r`: the method's formula, then (PermenPANRB) the cap. The
 * PermenPANRB forms are computed here into locals (the legacy ones through the scratch record): this is the
 * innermost step of every batch.
 */
function scoredIndicator(ctx: ScoringContext, legacy: boolean, ind: Indicator, r: number): IndicatorScore {
  const target = ind.target;
  if (legacy) return legacyIndicator(ctx, ind, target as number, r);
  const higher = ind.direction === "higher_is_better";
  let raw: number;
  let explanation: ScoringExplanation<number>;
  if (typeof target === "number") {
    raw = capaianRatio(higher, r, target);
    explanation = {
      formula: higher ? "capaian_higher" : "capaian_lower",
      expression: higher ? EXPRESSIONS.capaian_higher : EXPRESSIONS.capaian_lower,
      inputs: { R: r, T: target },
      result: raw,
      basis: ctx.basis.achievement,
    };
  } else {
    const b = rangeBound(target, r);
    if (b !== b) {
      raw = 100;
      explanation = {
        formula: "capaian_range_inside",
        expression: EXPRESSIONS.capaian_range_inside,
        inputs: { R: r, min: target.min, max: target.max },
        result: raw,
        basis: ctx.basis.achievement,
      };
    } else {
      raw = capaianRatio(higher, r, b);
      explanation = {
        formula: higher ? "capaian_range_higher" : "capaian_range_lower",
        expression: higher ? EXPRESSIONS.capaian_range_higher : EXPRESSIONS.capaian_range_lower,
        inputs: { R: r, min: target.min, max: target.max, B: b },
        result: raw,
        basis: ctx.basis.achievement,
      };
    }
  }
  let a = raw;
  let cap: ScoringExplanation<number> | null = null;
  if (a > ctx.capAbove) {
    // PermenPANRB capaian: an achievement above 110% scores 120 (the policy's achievementCap).
    cap = capExplanation(ctx, a);
    a = ctx.capScore;
  }
  return {
    id: ind.id,
    name: ind.name ?? ind.id,
    unit: ind.unit,
    weight: ind.weight,
    direction: ind.direction,
    aspect: ind.aspect,
    target,
    realisation: r,
    status: "scored",
    achievement: a,
    counted: true,
    explanation,
    cap,
  };
}

/** PermenPANRB capaian: an achievement `a` above 110% scores 120 (the policy's achievementCap). */
function capExplanation(ctx: ScoringContext, a: number): ScoringExplanation<number> {
  return {
    formula: "capaian_cap",
    expression: EXPRESSIONS.capaian_cap,
    inputs: { A: a, "cap.above": ctx.capAbove, "cap.score": ctx.capScore },
    result: ctx.capScore,
    basis: ctx.basis.cap,
  };
}

/** The legacy SKP score of an indicator (PP 46/2011): no cap. */
function legacyIndicator(ctx: ScoringContext, ind: Indicator, target: number, r: number): IndicatorScore {
  const raw = scratch;
  skpLegacy(ind.aspect, target, r, raw);
  const e = raw.efficiency;
  return {
    id: ind.id,
    name: ind.name ?? ind.id,
    unit: ind.unit,
    weight: ind.weight,
    direction: ind.direction,
    aspect: ind.aspect,
    target,
    realisation: r,
    status: "scored",
    achievement: raw.value,
    counted: true,
    explanation: {
      formula: raw.formula,
      expression: raw.expression,
      inputs: e === e ? { R: r, T: target, E: e } : { R: r, T: target },
      result: raw.value,
      basis: ctx.basis.achievement,
    },
    cap: null,
  };
}

/** An indicator without a realisation: scored 0 with its weight, or left out, per the month's rule. */
function missingIndicator(ctx: ScoringContext, exclude: boolean, ind: Indicator): IndicatorScore {
  return {
    id: ind.id,
    name: ind.name ?? ind.id,
    unit: ind.unit,
    weight: ind.weight,
    direction: ind.direction,
    aspect: ind.aspect,
    target: ind.target,
    realisation: null,
    status: "missing",
    achievement: exclude ? null : 0,
    counted: !exclude,
    explanation: exclude ? ctx.fixed.missingExcluded : ctx.fixed.missingScoredZero,
    cap: null,
  };
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
  const indicators: IndicatorScore[] = new Array(n);
  let reported = 0;
  let weightSum = 0;
  let weighted = 0;
  for (let i = 0; i < n; i++) {
    const ind = targets[i]!;
    const r = values[i]!;
    if (r !== r) {
      indicators[i] = missingIndicator(ctx, exclude, ind);
      if (!exclude) weightSum += ind.weight;
      continue;
    }
    reported++;
    const s = scoredIndicator(ctx, legacy, ind, r);
    indicators[i] = s;
    weightSum += ind.weight;
    weighted += ind.weight * s.achievement!;
  }
  return finishMonth(input, ctx, indicators, reported, weightSum, weighted);
}

/** The month from its scored indicators: findings, composite, rating, predikat, legacy category. */
function finishMonth(
  input: ScoreMonthInput,
  ctx: ScoringContext,
  indicators: IndicatorScore[],
  reported: number,
  weightSum: number,
  weighted: number,
): MonthScore {
  const n = indicators.length;
  const employee = typeof input.employee === "string" ? input.employee : input.employee.id;
  const behaviour: Rating | null = input.behaviour ?? null;
  const month = input.month;
  const noReportDeclared = input.report?.submitted === false;
  let findings: ScoringFinding[] = NO_FINDINGS as ScoringFinding[];
  if (noReportDeclared || reported === 0) {
    findings = [finding("scoring_no_report", "warning", noReportDeclared ? ["report", "submitted"] : ["realisations"], { month })];
    return {
      employee,
      month,
      method: ctx.method,
      status: "no_report",
      reportSubmitted: false,
      indicators,
      composite: null,
      compositeExplanation: ctx.fixed.noReportComposite,
      resultsRating: null,
      resultsRatingExplanation: ctx.fixed.noReportRating,
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
    const exclude = input.missingRealisations === "exclude";
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
    // Nine possible answers per policy: shared, like the cited parameters.
    predikatExplanation = ctx.fixed.predikat[rating][behaviour];
    predikat = predikatExplanation.result;
  }
  let legacyCategory: LegacyCategory | null = null;
  let legacyCategoryExplanation: ScoringExplanation<LegacyCategory | null> | null = null;
  if (ctx.method === "skp_legacy") {
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

/** The last month string found valid: rows of one month (the usual batch) check it once. */
let lastValidMonth: unknown = undefined;

/**
 * Resolves the scoring context of a row. `jurisdiction` is given exactly when the source is a shipped
 * jurisdiction alone (no `policy`, no `documents`), already read and checked by the caller, so a resolver
 * can answer a repeat of the previous (jurisdiction, month) without reading the source again.
 */
export type Resolver = (source: PolicySourceLike, month: string, jurisdiction: string | undefined) => ScoringContext;

/**
 * {@link fastIndicator} and {@link indicatorRulesHold} for indicator `t` paired with realisation key `k`,
 * in one function for the aligned pass (each field read and tested once): same answers, `t.id === k` on top.
 */
function alignedIndicator(t: unknown, k: string, legacy: boolean): t is Indicator {
  if (!obj(t) || t.id !== k || k.length === 0 || !isStr(t.unit)) return false;
  const w = t.weight;
  if (!isNum(w) || !((w as number) > 0)) return false;
  const d = t.direction;
  if (d !== "higher_is_better" && d !== "lower_is_better") return false;
  const a = t.aspect;
  if (a !== "quantity" && a !== "quality" && a !== "time" && a !== "cost") return false;
  const target = t.target;
  if (typeof target === "number") {
    if (!(target > 0) || target === Infinity) return false;
  } else {
    if (legacy || !plain(target)) return false;
    const min = target.min;
    const max = target.max;
    if (!isNum(min) || !isNum(max) || keyCount(target) !== 2 || min > max || min < 0 || !(max > 0)) return false;
  }
  if (legacy && d !== (a === "time" || a === "cost" ? "lower_is_better" : "higher_is_better")) return false;
  const name = t.name;
  return name === undefined || isStr(name);
}

/**
 * The common case in one pass: every indicator has a realisation and the realisations object lists them in
 * the targets' order (what e-Kinerja exports and most callers build). Walking the realisations with for-in
 * then pairs key i with indicator i without a keyed lookup, and since object keys are unique, ids matching
 * the keys one to one are distinct and no realisation is unknown: the duplicate and unknown-id checks hold
 * by construction. Each indicator is checked and scored in the same step, every field of the indicator and
 * of its realisation read once into a local (the checks are those of {@link alignedIndicator} and
 * {@link fastRealisation}; the score and its explanation are built from the locals, as
 * {@link scoredIndicator} would build them). The legacy method takes {@link alignedLegacy}. Undefined means
 * "not this case, or a doubt": the general fast pass (then the reference path) decides.
 */
function alignedScore(x: ScoreMonthInput, ctx: ScoringContext, targets: readonly unknown[], r: Record<string, unknown>): MonthScore | undefined {
  const n = targets.length;
  if (ctx.method === "skp_legacy") return alignedLegacy(x, ctx, targets, r);
  const indicators: IndicatorScore[] = new Array(n);
  const capAbove = ctx.capAbove;
  const achievementBasis = ctx.basis.achievement;
  // First the objects' kinds, in two short loops: their loads (the first touch of each row's objects, the
  // slowest step) then overlap in the processor instead of waiting one by one inside the long scoring step.
  for (let j = 0; j < n; j++) {
    const t = targets[j];
    if (typeof t !== "object" || t === null) return undefined;
  }
  for (const k in r) {
    const real = r[k];
    if (typeof real !== "object" || real === null) return undefined;
  }
  let i = 0;
  let weightSum = 0;
  let weighted = 0;
  for (const k in r) {
    if (i === n) return undefined;
    // Each field of the indicator and of its realisation is read once, checked as alignedIndicator and
    // fastRealisation would, and the score is built from the locals.
    const t = targets[i];
    if (typeof t !== "object" || t === null || Array.isArray(t)) return undefined;
    const id = (t as Record<string, unknown>).id;
    if (id !== k || k.length === 0) return undefined;
    const unit = (t as Record<string, unknown>).unit;
    if (typeof unit !== "string" || unit.length === 0) return undefined;
    const w = (t as Record<string, unknown>).weight;
    if (typeof w !== "number" || !(w > 0) || w === Infinity) return undefined;
    const d = (t as Record<string, unknown>).direction;
    const higher = d === "higher_is_better";
    if (!higher && d !== "lower_is_better") return undefined;
    const aspect = (t as Record<string, unknown>).aspect;
    if (aspect !== "quantity" && aspect !== "quality" && aspect !== "time" && aspect !== "cost") return undefined;
    const name = (t as Record<string, unknown>).name;
    if (name !== undefined && (typeof name !== "string" || name.length === 0)) return undefined;
    const target = (t as Record<string, unknown>).target;
    const real = r[k];
    if (typeof real !== "object" || real === null || Array.isArray(real)) return undefined;
    const v = (real as Record<string, unknown>).value;
    if (typeof v !== "number" || !(v >= 0) || v === Infinity) return undefined;
    const ru = (real as Record<string, unknown>).unit;
    // unit is a non-empty string here, so a realisation unit equal to it is one too (isStr holds).
    if (ru !== undefined && ru !== unit) return undefined;
    const note = (real as Record<string, unknown>).note;
    if (note !== undefined && typeof note !== "string") return undefined;
    let raw: number;
    let explanation: ScoringExplanation<number>;
    if (typeof target === "number") {
      if (!(target > 0) || target === Infinity) return undefined;
      raw = capaianRatio(higher, v, target);
      explanation = {
        formula: higher ? "capaian_higher" : "capaian_lower",
        expression: higher ? EXPRESSIONS.capaian_higher : EXPRESSIONS.capaian_lower,
        inputs: { R: v, T: target },
        result: raw,
        basis: achievementBasis,
      };
    } else {
      if (!plain(target)) return undefined;
      const min = target.min;
      const max = target.max;
      if (!isNum(min) || !isNum(max) || keyCount(target) !== 2 || min > max || min < 0 || !(max > 0)) return undefined;
      if (v >= min && v <= max) {
        raw = 100;
        explanation = {
          formula: "capaian_range_inside",
          expression: EXPRESSIONS.capaian_range_inside,
          inputs: { R: v, min, max },
          result: raw,
          basis: achievementBasis,
        };
      } else {
        const b = v < min ? min : max;
        raw = capaianRatio(higher, v, b);
        explanation = {
          formula: higher ? "capaian_range_higher" : "capaian_range_lower",
          expression: higher ? EXPRESSIONS.capaian_range_higher : EXPRESSIONS.capaian_range_lower,
          inputs: { R: v, min, max, B: b },
          result: raw,
          basis: achievementBasis,
        };
      }
    }
    let a = raw;
    let cap: ScoringExplanation<number> | null = null;
    if (a > capAbove) {
      cap = capExplanation(ctx, a);
      a = ctx.capScore;
    }
    indicators[i] = {
      id: k,
      name: name === undefined ? k : name,
      unit,
      weight: w,
      direction: d,
      aspect,
      target: target as number | TargetRange,
      realisation: v,
      status: "scored",
      achievement: a,
      counted: true,
      explanation,
      cap,
    };
    weightSum += w;
    weighted += w * a;
    i++;
  }
  if (i !== n) return undefined;
  const total = ctx.weightsTotal;
  if (total !== null && Math.abs(weightSum - total) > 1e-9 * Math.max(1, total)) return undefined;
  return finishMonth(x, ctx, indicators, n, weightSum, weighted);
}

/** {@link alignedScore} under the legacy method (not the common case): the checks of alignedIndicator, then the legacy formulas. */
function alignedLegacy(x: ScoreMonthInput, ctx: ScoringContext, targets: readonly unknown[], r: Record<string, unknown>): MonthScore | undefined {
  const n = targets.length;
  const indicators: IndicatorScore[] = new Array(n);
  let i = 0;
  let weightSum = 0;
  let weighted = 0;
  for (const k in r) {
    if (i === n) return undefined;
    const t = targets[i];
    if (!alignedIndicator(t, k, true)) return undefined;
    const real = r[k];
    if (!fastRealisation(real)) return undefined;
    const unit = real.unit;
    if (unit !== undefined && unit !== t.unit) return undefined;
    const s = legacyIndicator(ctx, t, t.target as number, real.value);
    indicators[i] = s;
    weightSum += t.weight;
    weighted += t.weight * s.achievement!;
    i++;
  }
  if (i !== n) return undefined;
  const total = ctx.weightsTotal;
  if (total !== null && Math.abs(weightSum - total) > 1e-9 * Math.max(1, total)) return undefined;
  return finishMonth(x, ctx, indicators, n, weightSum, weighted);
}

/**
 * The hot path: the structure (exactly what {@link scoreMonthInputSchema} accepts, and stricter where
 * convenient), the policy source, the month and every semantic rule of {@link semanticIssues}, checked while
 * scoring ({@link alignedScore}) or in one pass that fills the realised values. It returns undefined at the
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
  if (month !== lastValidMonth) {
    if (!isIsoMonth(month)) return undefined;
    lastValidMonth = month;
  }
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
  let ctx: ScoringContext;
  try {
    ctx = resolve(source, month as string, source === x && p === undefined && d === undefined ? (j as string) : undefined);
  } catch {
    return undefined; // the reference path throws the same error, after any structural issue zod finds first
  }
  if (r !== undefined && (rep === undefined || rep.submitted === true)) {
    const s = alignedScore(x as ScoreMonthInput, ctx, targets, r);
    if (s !== undefined) return s;
  }
  // Every realisation well-formed; `realised` counts them to find unknown ids without a search.
  let realised = 0;
  if (r !== undefined) {
    for (const k in r) {
      if (!fastRealisation(r[k])) return undefined;
      realised++;
    }
  }
  const legacy = ctx.method === "skp_legacy";
  const n = targets.length;
  const values = ensureRealValues(n);
  let sum = 0;
  let found = 0;
  for (let i = 0; i < n; i++) {
    const t: unknown = targets[i];
    if (!fastIndicator(t) || !indicatorRulesHold(t, legacy)) return undefined;
    const id = t.id;
    for (let k = 0; k < i; k++) if ((targets[k] as Indicator).id === id) return undefined;
    sum += t.weight;
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
  const monthOk = isIsoMonth(parsed.month);
  if (!monthOk) issues.push(issue("invalid_month", ["month"], { value: parsed.month }));
  let ctx: ScoringContext | undefined;
  if (issues.length === 0) ctx = resolve(source, parsed.month, undefined);
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

/** The process-wide cache of {@link contextFor} (its own last-entry check covers repeats). */
const processResolve: Resolver = (source, month) => contextFor(source, month);

/** Internal: scores one input, resolving the policy through `resolve` (a batch passes its own cache). */
export function scoreMonthWith(input: unknown, resolve: Resolver, defaults?: PolicySourceLike): MonthScore {
  return fastScore(input, resolve, defaults) ?? referenceScore(input, resolve, defaults);
}

/**
 * Internal, for tests: {@link scoreMonth} through the reference path only (zod and the full semantic pass).
 * Its answers (result or MkdError) must equal scoreMonth's for every input.
 */
export function scoreMonthReference(input: unknown): MonthScore {
  return referenceScore(input, processResolve, undefined);
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
  return scoreMonthWith(input, processResolve);
}
