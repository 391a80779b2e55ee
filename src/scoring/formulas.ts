/**
 * The achievement formulas, one function each, with their written-out form. Pure arithmetic on numbers:
 * validation happens before (see input.ts).
 *
 * Precision: every number a result shows is rounded to 2 decimals, half away from zero, and every
 * comparison (the cap, the 24% efficiency boundary, bands, thresholds) is made on the rounded number
 * shown. Binary floating point makes 11 / 10 x 100 = 110.00000000000001; rounding first keeps the cap,
 * the boundaries and the outputs identical on every platform.
 */
import type { ScoringFormulaId, IndicatorAspect, TargetRange } from "./types.js";

/**
 * Rounds to 2 decimals, half away from zero. Float noise below 1e-7 of a hundredth is absorbed first, so
 * 1.005 (stored as 1.00499999999999989...) rounds to 1.01 as a person would.
 *
 * @example
 * ```ts
 * round2(1.005); // 1.01
 * round2(-2.675); // -2.68
 * ```
 */
export function round2(x: number): number {
  const y = (x < 0 ? -x : x) * 100;
  let n = Math.floor(y);
  if (y - n >= 0.5 - 1e-7) n += 1;
  const r = n / 100;
  return x < 0 && r !== 0 ? -r : r;
}

/**
 * The written-out form of every formula (`R` realisation, `T` target, `E` efficiency), keyed by the formula
 * id that each explanation names.
 *
 * @example
 * ```ts
 * SCORING_FORMULAS.capaian_higher; // the higher-is-better capaian formula, written out
 * ```
 */
export const EXPRESSIONS: Readonly<Record<ScoringFormulaId, string>> = {
  capaian_higher: "A = R / T × 100",
  capaian_lower: "A = max(0, (2 − R / T) × 100)",
  capaian_range_inside: "A = 100 when min ≤ R ≤ max",
  capaian_range_higher: "A = R / B × 100, B = the bound nearest R (min when R < min, max when R > max)",
  capaian_range_lower: "A = max(0, (2 − R / B) × 100), B = the bound nearest R (min when R < min, max when R > max)",
  skp_quantity: "A = R / T × 100",
  skp_quality: "A = R / T × 100",
  skp_time_efficiency_upto_24: "E = 100 − R / T × 100; E ≤ 24: A = max(0, (1.76 × T − R) / T × 100)",
  skp_time_efficiency_above_24: "E = 100 − R / T × 100; E > 24: A = max(0, 76 − ((1.76 × T − R) / T × 100 − 100))",
  skp_cost_efficiency_upto_24: "E = 100 − R / T × 100; E ≤ 24: A = max(0, (1.76 × T − R) / T × 100)",
  skp_cost_efficiency_above_24: "E = 100 − R / T × 100; E > 24: A = max(0, 76 − ((1.76 × T − R) / T × 100 − 100))",
  missing_scored_zero: "A = 0 (no realisation; the weight still counts)",
  missing_excluded: "A = none (no realisation; left out with its weight)",
  capaian_cap: "A > cap.above → A = cap.score",
  composite_weighted_mean: "C = Σ(wᵢ × Aᵢ) / Σwᵢ over the counted indicators",
  results_rating_bands: "above when C ≥ aboveFrom; as_expected when C ≥ asExpectedFrom; otherwise below",
  predikat_matrix: "predikat = matrix[results][behaviour]",
  skp_category: "the first category (highest `from` first) with C ≥ from",
  early_warning_level:
    "no report → missingReportLevel; C < redBelow → red; C < greenFrom → yellow; otherwise green, yellow after decliningMonths of strictly falling C; " +
    "consecutiveYellowToRed yellow months in a row → red",
  quota_for_level: "days = min(trackRecordQuota[level], maxFlexibleDaysPerWeek)",
};

/** Raw achievement of one indicator, before the PermenPANRB cap. */
export interface RawAchievement {
  formula: ScoringFormulaId;
  /** `EXPRESSIONS[formula]`, set with it (a constant load instead of a keyed lookup on the hot path). */
  expression: string;
  /** Rounded to 2 decimals, floored at 0. */
  value: number;
  /** Target or bound the ratio used (T or B). */
  denominator: number;
  /** Efficiency (%) for the legacy time and cost formulas, rounded; otherwise NaN. */
  efficiency: number;
}

/**
 * PermenPANRB capaian (PermenPANRB 6/2022, formulas of the PermenPANRB 8/2021 lineage) against a target or
 * bound `t`: higher is better R/T×100; lower is better (2 − R/T)×100 floored at 0. Rounded to 2 decimals.
 *
 * @example
 * ```ts
 * capaianRatio(true, 38, 40); // 95
 * capaianRatio(false, 2.5, 3); // 116.67 (the cap applies after)
 * ```
 */
export function capaianRatio(higherIsBetter: boolean, r: number, t: number): number {
  if (higherIsBetter) return round2((r / t) * 100);
  const a = round2((2 - r / t) * 100);
  return a < 0 ? 0 : a;
}

/**
 * The bound a range target is scored against: NaN when `r` is inside the range (it scores 100), otherwise
 * the nearest bound (min below the range, max above it), with the direction's formula: a higher-is-better
 * indicator above its max is over-achieving (R/max×100 > 100), below its min under-achieving (R/min×100 <
 * 100); a lower-is-better one mirrors that with the inverse form.
 */
export function rangeBound(target: TargetRange, r: number): number {
  if (r >= target.min && r <= target.max) return Number.NaN;
  return r < target.min ? target.min : target.max;
}

/**
 * Legacy SKP (PP 46/2011 and its Perka BKN 1/2013 guide): quantity and quality R/T×100; time and cost with
 * the 1.76 factor, where efficiency E = 100 − R/T×100 (the share of time or money saved):
 * E ≤ 24: (1.76T − R)/T×100; E > 24: 76 − ((1.76T − R)/T×100 − 100). Floored at 0 (a negative score
 * would let one indicator cancel others in the composite).
 */
export function skpLegacy(aspect: IndicatorAspect, t: number, r: number, out: RawAchievement): void {
  out.denominator = t;
  if (aspect === "quantity" || aspect === "quality") {
    out.formula = aspect === "quantity" ? "skp_quantity" : "skp_quality";
    out.expression = aspect === "quantity" ? EXPRESSIONS.skp_quantity : EXPRESSIONS.skp_quality;
    out.value = round2((r / t) * 100);
    out.efficiency = Number.NaN;
    return;
  }
  const e = round2(100 - (r / t) * 100);
  const base = ((1.76 * t - r) / t) * 100;
  out.efficiency = e;
  let a: number;
  if (e <= 24) {
    out.formula = aspect === "time" ? "skp_time_efficiency_upto_24" : "skp_cost_efficiency_upto_24";
    out.expression = aspect === "time" ? EXPRESSIONS.skp_time_efficiency_upto_24 : EXPRESSIONS.skp_cost_efficiency_upto_24;
    a = round2(base);
  } else {
    out.formula = aspect === "time" ? "skp_time_efficiency_above_24" : "skp_cost_efficiency_above_24";
    out.expression = aspect === "time" ? EXPRESSIONS.skp_time_efficiency_above_24 : EXPRESSIONS.skp_cost_efficiency_above_24;
    a = round2(76 - (base - 100));
  }
  out.value = a < 0 ? 0 : a;
}
