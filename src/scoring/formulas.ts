/**
 * The achievement formulas, one function each, with their written-out form. Pure arithmetic on numbers:
 * validation happens before (see input.ts).
 *
 * Precision: every number a result shows is rounded to 2 decimals, half away from zero, and every
 * comparison (the cap, the 24% efficiency boundary, bands, thresholds) is made on the rounded number
 * shown. Binary floating point makes 11 / 10 x 100 = 110.00000000000001; rounding first keeps the cap,
 * the boundaries and the outputs identical on every platform.
 */
import type { IndicatorAspect, ScoringExplanation, ScoringFormulaId, TargetRange } from "./types.js";

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

/** The cited parameters an explanation names (the context's `basis` entries). */
type Basis = ScoringExplanation<number>["basis"];

/**
 * PermenPANRB capaian (PermenPANRB 6/2022, formulas of the PermenPANRB 8/2021 lineage) against a target or
 * bound `t`: higher is better R/T×100; lower is better (2 − R/T)×100 floored at 0. Rounded to 2 decimals.
 */
function capaianRatio(higherIsBetter: boolean, r: number, t: number): number {
  if (higherIsBetter) return round2((r / t) * 100);
  const a = round2((2 - r / t) * 100);
  return a < 0 ? 0 : a;
}

/**
 * The PermenPANRB method's achievement of one indicator, before the cap, with its explanation: against a
 * plain target `T` the capaian ratio (higher is better R/T×100, lower is better (2 − R/T)×100 floored at 0);
 * against a range, 100 inside it, otherwise the ratio against the nearest bound `B` (min below the range,
 * max above it): a higher-is-better indicator above its max is over-achieving (R/max×100 > 100), below its
 * min under-achieving; a lower-is-better one mirrors that with the inverse form.
 *
 * @example
 * ```ts
 * capaianAchievement(true, 40, 38, []).result; // 95
 * capaianAchievement(false, 3, 2.5, []).result; // 116.67 (the cap applies after)
 * capaianAchievement(true, { min: 95, max: 100 }, 97, []).formula; // "capaian_range_inside"
 * ```
 */
export function capaianAchievement(
  higherIsBetter: boolean,
  target: number | TargetRange,
  r: number,
  basis: Basis,
): ScoringExplanation<number> {
  if (typeof target === "number") {
    const result = capaianRatio(higherIsBetter, r, target);
    return higherIsBetter
      ? {
          formula: "capaian_higher",
          expression: EXPRESSIONS.capaian_higher,
          inputs: { R: r, T: target },
          result,
          basis,
        }
      : { formula: "capaian_lower", expression: EXPRESSIONS.capaian_lower, inputs: { R: r, T: target }, result, basis };
  }
  const min = target.min;
  const max = target.max;
  if (r >= min && r <= max) {
    return {
      formula: "capaian_range_inside",
      expression: EXPRESSIONS.capaian_range_inside,
      inputs: { R: r, min, max },
      result: 100,
      basis,
    };
  }
  const b = r < min ? min : max;
  const result = capaianRatio(higherIsBetter, r, b);
  return higherIsBetter
    ? {
        formula: "capaian_range_higher",
        expression: EXPRESSIONS.capaian_range_higher,
        inputs: { R: r, min, max, B: b },
        result,
        basis,
      }
    : {
        formula: "capaian_range_lower",
        expression: EXPRESSIONS.capaian_range_lower,
        inputs: { R: r, min, max, B: b },
        result,
        basis,
      };
}

/**
 * The PermenPANRB cap (PermenPANRB 8/2021 lineage, the policy's `achievementCap`): an achievement `a` above
 * `above` (110) scores `score` (120). Null when `a` is not above it (the achievement stands).
 *
 * @example
 * ```ts
 * cappedAchievement(116.67, 110, 120, [])?.result; // 120
 * cappedAchievement(110, 110, 120, []); // null
 * ```
 */
export function cappedAchievement(
  a: number,
  above: number,
  score: number,
  basis: Basis,
): ScoringExplanation<number> | null {
  if (!(a > above)) return null;
  return {
    formula: "capaian_cap",
    expression: EXPRESSIONS.capaian_cap,
    inputs: { A: a, "cap.above": above, "cap.score": score },
    result: score,
    basis,
  };
}

/**
 * The legacy SKP method's achievement (PP 46/2011 and its Perka BKN 1/2013 guide), no cap: quantity and
 * quality R/T×100; time and cost with the 1.76 factor, where efficiency E = 100 − R/T×100 (the share of time
 * or money saved): E ≤ 24: (1.76T − R)/T×100; E > 24: 76 − ((1.76T − R)/T×100 − 100). Floored at 0 (a
 * negative score would let one indicator cancel others in the composite).
 *
 * @example
 * ```ts
 * skpLegacyAchievement("quantity", 40, 38, []).result; // 95
 * skpLegacyAchievement("time", 10, 7, []).inputs.E; // 30: efficiency above 24
 * ```
 */
export function skpLegacyAchievement(
  aspect: IndicatorAspect,
  t: number,
  r: number,
  basis: Basis,
): ScoringExplanation<number> {
  if (aspect === "quantity" || aspect === "quality") {
    const formula = aspect === "quantity" ? "skp_quantity" : "skp_quality";
    return { formula, expression: EXPRESSIONS[formula], inputs: { R: r, T: t }, result: round2((r / t) * 100), basis };
  }
  const e = round2(100 - (r / t) * 100);
  const base = ((1.76 * t - r) / t) * 100;
  let formula: ScoringFormulaId;
  let a: number;
  if (e <= 24) {
    formula = aspect === "time" ? "skp_time_efficiency_upto_24" : "skp_cost_efficiency_upto_24";
    a = round2(base);
  } else {
    formula = aspect === "time" ? "skp_time_efficiency_above_24" : "skp_cost_efficiency_above_24";
    a = round2(76 - (base - 100));
  }
  return { formula, expression: EXPRESSIONS[formula], inputs: { R: r, T: t, E: e }, result: a < 0 ? 0 : a, basis };
}
