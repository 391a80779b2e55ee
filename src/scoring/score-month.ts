/**
 * scoreMonth: one employee-month scored against its agreed indicators, with an explanation for every number.
 */
import { isIsoMonth } from "../core/dates.js";
import { issue, MkdError, type Issue } from "../core/errors.js";
import { bilingual, type MessageParams, renderFrom } from "../i18n/define.js";
import type { MessageCode } from "../i18n/index.js";
import { scoringMessages } from "../i18n/messages/scoring.js";
import { withShared } from "../i18n/shared.js";
import type { Predikat, Rating } from "../policy/schema.js";
import { contextFor, policySourceIssue, type PolicySourceLike, type ScoringContext } from "./context.js";
import { capaianAchievement, cappedAchievement, EXPRESSIONS, round2, skpLegacyAchievement } from "./formulas.js";
import {
  acceptsIndicator,
  acceptsRealisation,
  acceptsScoreMonthInput,
  acceptsScoreMonthRow,
  parseScoreMonthInput,
} from "./input.js";
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

/** Scoring's messages (rendered when read) and the shared ones its errors reuse. */
const SCORING = withShared(scoringMessages);

function finding(
  code: MessageCode,
  severity: "info" | "warning",
  path: (string | number)[],
  params: MessageParams,
): ScoringFinding {
  return {
    code,
    severity,
    path,
    params,
    message: bilingual(SCORING, code, params),
  };
}

function missingMessage(id: string, rule: MessageCode, locale: "id" | "en"): string {
  return renderFrom(
    SCORING,
    "scoring_realisation_missing",
    { id, rule: renderFrom(SCORING, rule, {}, locale) },
    locale,
  );
}

/** A clean month shares one frozen, empty findings list. */
const NO_FINDINGS: readonly ScoringFinding[] = Object.freeze([]);

function ratingOf(c: number, ctx: ScoringContext): Rating {
  return c >= ctx.aboveFrom ? "above" : c >= ctx.asExpectedFrom ? "as_expected" : "below";
}

function legacyCategoryOf(c: number, ctx: ScoringContext): LegacyCategory | null {
  for (const cat of ctx.legacy) if (c >= cat.from) return cat.category;
  return null;
}

/**
 * The achievement of one indicator with a realisation `r`, under the policy's method: the one place where a
 * method picks its formula function (formulas.ts). PermenPANRB: capaian, then the cap (an achievement above
 * `cap.above`, 110, scores `cap.score`, 120); legacy SKP (PP 46/2011): the 1.76 formulas, no cap.
 */
function scoredIndicator(ctx: ScoringContext, ind: Indicator, r: number): IndicatorScore {
  let explanation: ScoringExplanation<number>;
  let cap: ScoringExplanation<number> | null = null;
  let achievement: number;
  if (ctx.method === "skp_legacy") {
    explanation = skpLegacyAchievement(ind.aspect, ind.target as number, r, ctx.basis.achievement);
    achievement = explanation.result;
  } else {
    explanation = capaianAchievement(ind.direction === "higher_is_better", ind.target, r, ctx.basis.achievement);
    cap = cappedAchievement(explanation.result, ctx.capAbove, ctx.capScore, ctx.basis.cap);
    achievement = cap === null ? explanation.result : cap.result;
  }
  return {
    id: ind.id,
    name: ind.name ?? ind.id,
    unit: ind.unit,
    weight: ind.weight,
    direction: ind.direction,
    aspect: ind.aspect,
    target: shownTarget(ind.target),
    realisation: r,
    status: "scored",
    achievement,
    counted: true,
    explanation,
    cap,
  };
}

/**
 * The target as a result shows it: a range is copied with its two bounds only, as zod's parse would give it
 * (an input used as it is may carry extra keys, see core/accepts.ts).
 */
function shownTarget(target: number | TargetRange): number | TargetRange {
  return typeof target === "number" ? target : { min: target.min, max: target.max };
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
    target: shownTarget(ind.target),
    realisation: null,
    status: "missing",
    achievement: exclude ? null : 0,
    counted: !exclude,
    explanation: exclude ? ctx.fixed.missingExcluded : ctx.fixed.missingScoredZero,
    cap: null,
  };
}

/**
 * The rules the schema cannot express on one indicator's target, added to `issues` (created when the first
 * one is found, so a clean row allocates nothing): a positive target (a range with 0 ≤ min ≤ max and
 * max > 0), and under the legacy method a plain target and the direction its aspect implies (PP 46/2011
 * scores time and cost lower-is-better).
 */
function targetIssues(t: Indicator, i: number, legacy: boolean, issues: Issue[] | undefined): Issue[] | undefined {
  const target = t.target;
  // The common case answers at once, in a function small enough for the engine to inline.
  if (!legacy && typeof target === "number" && target > 0) return issues;
  return allTargetIssues(t, i, legacy, issues);
}

function allTargetIssues(t: Indicator, i: number, legacy: boolean, issues: Issue[] | undefined): Issue[] | undefined {
  const target = t.target;
  if (typeof target === "number") {
    if (!(target > 0))
      (issues ??= []).push(issue("scoring_target_not_positive", ["targets", i, "target"], { target }, scoringMessages));
  } else {
    if (target.min > target.max)
      (issues ??= []).push(
        issue("scoring_range_invalid", ["targets", i, "target"], { min: target.min, max: target.max }, scoringMessages),
      );
    // A range's bound is a denominator only when the realisation falls outside on that side; a bound of 0 is
    // still a valid "zero complaints" floor, a negative one never is.
    if (target.min < 0)
      (issues ??= []).push(
        issue("scoring_target_not_positive", ["targets", i, "target", "min"], { target: target.min }, scoringMessages),
      );
    if (!(target.max > 0))
      (issues ??= []).push(
        issue("scoring_target_not_positive", ["targets", i, "target", "max"], { target: target.max }, scoringMessages),
      );
  }
  if (legacy) {
    if (typeof target !== "number")
      (issues ??= []).push(issue("scoring_legacy_range_unsupported", ["targets", i, "target"], {}, scoringMessages));
    const expected = t.aspect === "time" || t.aspect === "cost" ? "lower_is_better" : "higher_is_better";
    if (t.direction !== expected) {
      (issues ??= []).push(
        issue(
          "scoring_legacy_direction_mismatch",
          ["targets", i, "direction"],
          {
            aspect: t.aspect,
            expected,
            actual: t.direction,
          },
          scoringMessages,
        ),
      );
    }
  }
  return issues;
}

/**
 * The one scoring path, on an input of the schema's shape: each indicator is checked (a unique id,
 * {@link targetIssues}, its realisation's unit) and, while no issue has been found, scored; then the month-level rules (weights
 * adding up to the policy's total, no realisation of an unknown indicator, none in a month declared without
 * a report). Any issue throws MkdError `scoring_invalid_input` with all of them, `earlier` (policy source and
 * month) first. `ctx` is undefined when `earlier` already holds an issue: the policy-dependent rules are then
 * skipped, as nothing can be scored. With `shape`, the input has passed {@link acceptsScoreMonthRow} only: each
 * indicator and each realisation found is tested here, as it is read, and the pass throws {@link STRUCTURE}
 * at the first that fails.
 */
function scoreInput(
  input: ScoreMonthInput,
  ctx: ScoringContext | undefined,
  earlier: Issue[] | undefined,
  shape: boolean,
): MonthScore {
  const targets = input.targets;
  const n = targets.length;
  const r = input.realisations;
  const exclude = input.missingRealisations === "exclude";
  const legacy = ctx !== undefined && ctx.method === "skp_legacy";
  let issues = earlier;
  // One array per row: it first holds the realisations paired with the indicators by position, and each
  // slot is then overwritten by that indicator's score. When the realisations object lists exactly the
  // indicators' ids in the targets' order (what e-Kinerja exports and most callers build), walking it with
  // for-in pairs key i with indicator i without a keyed lookup, and as object keys are unique, the ids are
  // then distinct and no realisation is unknown. Otherwise each indicator looks its realisation up by id.
  const slots: (IndicatorScore | Realisation | undefined)[] = new Array(n);
  let paired = false;
  if (r !== undefined) {
    paired = true;
    let i = 0;
    for (const k in r) {
      if (i === n || targets[i]!.id !== k) {
        paired = false;
        break;
      }
      slots[i++] = r[k];
    }
    if (i !== n) paired = false;
  }
  let sum = 0;
  let found = 0;
  let weightSum = 0;
  let weighted = 0;
  for (let i = 0; i < n; i++) {
    const t = targets[i]!;
    if (shape && !acceptsIndicator(t)) throw STRUCTURE;
    const w = t.weight;
    sum += w;
    let real: Realisation | undefined;
    if (paired) {
      real = slots[i] as Realisation;
      found++;
      if (shape && !acceptsRealisation(real)) throw STRUCTURE;
    } else {
      let duplicate = false;
      for (let j = 0; j < i; j++) {
        if (targets[j]!.id === t.id) {
          (issues ??= []).push(
            issue("scoring_duplicate_indicator", ["targets", i, "id"], { id: t.id }, scoringMessages),
          );
          duplicate = true;
          break;
        }
      }
      if (!duplicate && r !== undefined && hasOwn.call(r, t.id)) {
        found++;
        real = r[t.id]!;
        if (shape && !acceptsRealisation(real)) throw STRUCTURE;
      }
    }
    issues = targetIssues(t, i, legacy, issues);
    if (real !== undefined && real.unit !== undefined && real.unit !== t.unit) {
      (issues ??= []).push(
        issue(
          "scoring_unit_mismatch",
          ["realisations", t.id, "unit"],
          { actual: real.unit, expected: t.unit },
          scoringMessages,
        ),
      );
    }
    if (issues !== undefined) continue; // nothing more is scored once the input is known to be refused
    if (real === undefined) {
      slots[i] = missingIndicator(ctx!, exclude, t);
      if (!exclude) weightSum += w;
      continue;
    }
    const s = scoredIndicator(ctx!, t, real.value);
    slots[i] = s;
    weightSum += w;
    weighted += w * s.achievement!;
  }
  if (
    ctx !== undefined &&
    ctx.weightsTotal !== null &&
    Math.abs(sum - ctx.weightsTotal) > 1e-9 * Math.max(1, ctx.weightsTotal)
  ) {
    (issues ??= []).push(
      issue(
        "scoring_weights_total_mismatch",
        ["targets"],
        { sum: round2(sum), total: ctx.weightsTotal },
        scoringMessages,
      ),
    );
  }
  if (r !== undefined) {
    // for-in sees exactly the realisations' own keys (a plain object: the schema's record output, or an
    // input the fast structural test accepted as plain): when their count equals the indicators found, none
    // is unknown and the search is skipped.
    let keys = found;
    if (!paired) {
      keys = 0;
      for (const _ in r) keys++;
    }
    if (keys !== found) {
      for (const k in r) {
        if (!hasOwn.call(r, k)) continue;
        let known = false;
        for (let i = 0; i < n; i++) {
          if (targets[i]!.id === k) {
            known = true;
            break;
          }
        }
        if (!known)
          (issues ??= []).push(issue("scoring_unknown_indicator", ["realisations", k], { id: k }, scoringMessages));
      }
    }
    if (found > 0 && input.report?.submitted === false)
      (issues ??= []).push(issue("scoring_report_contradiction", ["report", "submitted"], {}, scoringMessages));
  }
  if (issues !== undefined)
    throw new MkdError("scoring_invalid_input", { count: issues.length }, issues, scoringMessages);
  // Every slot now holds its indicator's score (a refused input threw above).
  return finishMonth(input, ctx!, slots as IndicatorScore[], found, weightSum, weighted);
}

/**
 * Thrown by {@link scoreInput} when an indicator or a realisation fails its structural test: zod then reads
 * the whole input and reports.
 */
const STRUCTURE: unknown = Object.freeze({ structure: false });

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
    findings = [
      finding("scoring_no_report", "warning", noReportDeclared ? ["report", "submitted"] : ["realisations"], { month }),
    ];
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
        const rule = exclude ? "scoring_missing_excluded" : "scoring_missing_scored_zero";
        const params = { id: s.id, rule: exclude ? "exclude" : "score_zero" };
        findings.push({
          code: "scoring_realisation_missing",
          severity: "warning",
          path: ["realisations", s.id],
          params,
          // The rule is a message of its own, in the language of the message it completes.
          message: {
            get id() {
              return missingMessage(s.id, rule, "id");
            },
            get en() {
              return missingMessage(s.id, rule, "en");
            },
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
      inputs: { Σwᵢ: round2(weightSum), "Σ(wᵢ × Aᵢ)": round2(weighted) },
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

/**
 * Resolves the scoring context of a row. `jurisdiction` is given exactly when the source is a shipped
 * jurisdiction alone (no `policy`), already read and checked by the caller, so a resolver
 * can answer a repeat of the previous (jurisdiction, month) without reading the source again.
 */
export type Resolver = (source: PolicySourceLike, month: string, jurisdiction: string | undefined) => ScoringContext;

/**
 * The one path from an unknown value to a score. The structure is the schema's: a value the compiled tests
 * pass is used as it is (the row by {@link acceptsScoreMonthRow}, its indicators and realisations inside
 * {@link scoreInput}, where they are read). Anything else goes through zod, which reports every structural
 * problem with its path (or returns its parsed copy). Nothing is reported before the whole value has passed
 * {@link acceptsScoreMonthInput}, so a refused row gets zod's issues, as if it had been checked first.
 * `viaZod` forces zod, for the tests that hold the two to the same answers.
 */
function scoreUnknown(
  x: unknown,
  resolve: Resolver,
  defaults: PolicySourceLike | undefined,
  viaZod: boolean,
): MonthScore {
  if (!viaZod && acceptsScoreMonthRow(x)) {
    try {
      return scoreParsed(x as ScoreMonthInput, resolve, defaults, true);
    } catch (error) {
      // A semantic or policy error stands only for a row of the schema's structure; otherwise zod decides.
      if (error !== STRUCTURE && acceptsScoreMonthInput(x)) throw error;
    }
  }
  return scoreParsed(parseScoreMonthInput(x), resolve, defaults, false);
}

/** The policy source and the month, the policy, and {@link scoreInput}. */
function scoreParsed(
  input: ScoreMonthInput,
  resolve: Resolver,
  defaults: PolicySourceLike | undefined,
  shape: boolean,
): MonthScore {
  const plainShipped = input.policy === undefined;
  const source: PolicySourceLike =
    input.jurisdiction === undefined && input.policy === undefined && defaults !== undefined ? defaults : input;
  let issues: Issue[] | undefined;
  const sourceIssue = policySourceIssue(source);
  if (sourceIssue) issues = [sourceIssue];
  const month = input.month;
  if (!isIsoMonth(month)) (issues ??= []).push(issue("invalid_month", ["month"], { value: month }));
  const ctx =
    issues === undefined
      ? resolve(source, month, source === input && plainShipped ? input.jurisdiction : undefined)
      : undefined;
  return scoreInput(input, ctx, issues, shape);
}

/** The process-wide cache of {@link contextFor} (its own last-entry check covers repeats). */
const processResolve: Resolver = (source, month) => contextFor(source, month);

/** Internal: scores one input, resolving the policy through `resolve` (a batch passes its own cache). */
export function scoreMonthWith(input: unknown, resolve: Resolver, defaults?: PolicySourceLike): MonthScore {
  return scoreUnknown(input, resolve, defaults, false);
}

/**
 * @internal For tests: {@link scoreMonth} with the structure always checked by zod (never by the compiled
 * test). Its answers (result or MkdError) must equal scoreMonth's for every input.
 */
export function scoreMonthReference(input: unknown): MonthScore {
  return scoreUnknown(input, processResolve, undefined, true);
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
