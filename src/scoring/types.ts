/**
 * Public types of monthly scoring and the early warning system.
 */
import type { IsoMonth } from "../core/dates.js";
import type { TrackRecord, TrackRecordLevel } from "../core/track-record.js";
import type { MessageCode, MessageParams } from "../i18n/index.js";
import type { IssuePath } from "../core/errors.js";
import type { PolicyChainLink, PolicyDecidedBy, PreparedPolicy, ResolvedPolicy } from "../policy/in-force.js";
import type { LegalBasis, Predikat, Provenance, Rating } from "../policy/schema.js";

/** Whether a larger realisation is better (output, coverage) or a smaller one (processing time, complaints). */
export type IndicatorDirection = "higher_is_better" | "lower_is_better";
/** The SKP aspect an indicator measures (PP 46/2011 scores time and cost with the 1.76 factor). */
export type IndicatorAspect = "quantity" | "quality" | "time" | "cost";
/** A target range: anything from `min` to `max` (both included) is exactly on target. */
export interface TargetRange {
  /** Lowest value on target, in the indicator's `unit`. */
  readonly min: number;
  /** Highest value on target, in the indicator's `unit` (at least `min`). */
  readonly max: number;
}

/**
 * One indicator agreed for the month (a row of the employee's SKP / e-Kinerja plan).
 *
 * @example
 * ```ts
 * const indicator: Indicator = {
 *   id: "letters", name: "Letters drafted", target: 40, unit: "document",
 *   weight: 40, direction: "higher_is_better", aspect: "quantity",
 * };
 * ```
 */
export interface Indicator {
  /** Unique within the month; realisations are keyed by it. */
  readonly id: string;
  /** Display name of the indicator (not interpreted). */
  readonly name?: string | undefined;
  /** The agreed target in `unit`: a number, or a range where any value inside is on target. */
  readonly target: number | TargetRange;
  /** Unit of the target (e.g. `document`, `days`, `percent`); a realisation that gives a unit must give the same one. */
  readonly unit: string;
  /**
   * Weight in the composite, more than 0; the weights must add up to the policy's `weightsTotal` when it is set
   * (100 in the shipped policies, i.e. percent: mkd-engine default, assumption).
   */
  readonly weight: number;
  /**
   * Whether more is better. Achievement (capaian, PermenPANRB 8/2021 lineage): `higher_is_better` realisation /
   * target x 100%, `lower_is_better` (2 - realisation / target) x 100%.
   */
  readonly direction: IndicatorDirection;
  /**
   * The SKP aspect measured: `quantity`, `quality`, `time` or `cost`. Only the legacy method reads it (PP 46/2011,
   * Perka BKN 1/2013: time and cost scored with the 1.76 factor).
   */
  readonly aspect: IndicatorAspect;
}

/** What was achieved for one indicator. */
export interface Realisation {
  /** The realised value, 0 or more. */
  readonly value: number;
  /** Unit; when given it must equal the indicator's unit (compared exactly). */
  readonly unit?: string | undefined;
  /** Free text shown to people (not interpreted). */
  readonly note?: string | undefined;
}

/**
 * How a missing realisation is treated. `score_zero` (default): the indicator's achievement is 0 and keeps
 * its weight, so a skipped indicator cannot lift the composite. `exclude`: the indicator and its weight are
 * left out and the composite is the weighted mean of what was reported. Either way the output flags it.
 */
export type MissingRealisationRule = "score_zero" | "exclude";

/**
 * Where the policy comes from: a shipped jurisdiction id (resolved per month), a prepared policy (a municipal
 * overlay, validated once by `preparePolicy`, resolved per month) or a resolved policy (used as given).
 */
export type ScoringPolicySource =
  | {
      /** A shipped jurisdiction id (`jabar`, `id-nasional`), resolved for the month. */
      readonly jurisdiction: string;
      /** Not with `jurisdiction`: give one or the other. */
      readonly policy?: undefined;
    }
  | {
      /**
       * A `PreparedPolicy` (`preparePolicy(overlay)`, resolved for the month) or a `ResolvedPolicy` (from
       * `resolvePolicy`, used as given whatever the month). A policy document itself is refused
       * (`policy_not_prepared`): prepare it once.
       */
      readonly policy: PreparedPolicy | ResolvedPolicy;
      /** Not with `policy`: give one or the other. */
      readonly jurisdiction?: undefined;
    };

/**
 * Input of {@link scoreMonth}.
 *
 * @example
 * ```ts
 * const input: ScoreMonthInput = {
 *   employee: "198001012005011001", month: "2026-03", jurisdiction: "jabar",
 *   targets: [{ id: "letters", target: 40, unit: "document", weight: 100, direction: "higher_is_better", aspect: "quantity" }],
 *   realisations: { letters: { value: 38 } },
 *   behaviour: "as_expected",
 * };
 * ```
 */
export type ScoreMonthInput = {
  /** The employee: an id (NIP) or an object with an `id`. */
  readonly employee:
    | string
    | {
        /** The employee's id (NIP or an internal id); echoed in the result. */
        readonly id: string;
      };
  /**
   * The month scored, `YYYY-MM`; scored under the policy in force on its first day. Jabar evaluates MKD every month
   * (MKD launch 2023, reported).
   */
  readonly month: IsoMonth;
  /**
   * The indicators agreed for the month (the SKP / e-Kinerja plan, PermenPANRB 6/2022), at least one, ids unique.
   */
  readonly targets: readonly Indicator[];
  /** Realisations keyed by indicator id. Absent or empty: the month has no report. */
  readonly realisations?: Readonly<Record<string, Realisation>> | undefined;
  /** Behaviour rating (BerAKHLAK, PermenPANRB 6/2022); gives the predikat when present. */
  readonly behaviour?: Rating | undefined;
  /** `{ submitted: false }` records a month without a report. */
  readonly report?:
    | {
        /**
         * Whether the monthly report was submitted; false gives the month no composite and the early warning's
         * `missingReportLevel` (red in the shipped policies: mkd-engine default, assumption).
         */
        readonly submitted: boolean;
      }
    | undefined;
  /** How an indicator without a realisation counts (default `score_zero`: mkd-engine default, assumption). */
  readonly missingRealisations?: MissingRealisationRule | undefined;
} & ScoringPolicySource;

/** A policy parameter a rule relies on, with its provenance and the legal bases it cites. */
export interface ScoringCitedParameter {
  /** Path of the parameter in the policy, e.g. `scoring.achievementCap`. */
  readonly parameter: string;
  readonly provenance: Provenance;
  readonly sources: readonly string[];
  readonly legalBases: readonly Pick<LegalBasis, "id" | "title" | "article" | "url">[];
  readonly note?: string | undefined;
}

/** Stable ids of every formula scoring uses. */
export type ScoringFormulaId =
  | "capaian_higher"
  | "capaian_lower"
  | "capaian_range_inside"
  | "capaian_range_higher"
  | "capaian_range_lower"
  | "skp_quantity"
  | "skp_quality"
  | "skp_time_efficiency_upto_24"
  | "skp_time_efficiency_above_24"
  | "skp_cost_efficiency_upto_24"
  | "skp_cost_efficiency_above_24"
  | "missing_scored_zero"
  | "missing_excluded"
  | "capaian_cap"
  | "composite_weighted_mean"
  | "results_rating_bands"
  | "predikat_matrix"
  | "skp_category"
  | "early_warning_level"
  | "quota_for_level";

/**
 * How a number was obtained: the formula, written out, its inputs, the result and the policy parameters
 * (with provenance and legal bases) the rule relies on. Explanations that depend on the policy alone (a
 * missing realisation, a month without a report, a predikat cell) and every `basis` list are shared by the
 * results of one policy and frozen: copy a result before changing it.
 *
 * @example
 * ```ts
 * const e: ScoringExplanation = score.indicators[0]!.explanation;
 * console.log(e.formula, e.expression, e.inputs, e.result, e.basis.map((b) => b.legalBases[0]?.title));
 * ```
 */
export interface ScoringExplanation<R = number | string | null> {
  readonly formula: ScoringFormulaId;
  /** The formula written out with the names used in `inputs`. */
  readonly expression: string;
  readonly inputs: Readonly<Record<string, number | string | boolean | null>>;
  readonly result: R;
  readonly basis: readonly ScoringCitedParameter[];
}

/** The score of one indicator. */
export interface IndicatorScore {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  readonly weight: number;
  readonly direction: IndicatorDirection;
  readonly aspect: IndicatorAspect;
  readonly target: number | TargetRange;
  /** The realised value, or null when missing. */
  readonly realisation: number | null;
  readonly status: "scored" | "missing";
  /** Achievement (%), 2 decimals, after the floor and the cap; null when missing and excluded. */
  readonly achievement: number | null;
  /** Whether the indicator (and its weight) enters the composite. */
  readonly counted: boolean;
  readonly explanation: ScoringExplanation<number | null>;
  /** Present when the PermenPANRB cap replaced the achievement. */
  readonly cap: ScoringExplanation<number> | null;
}

/** A finding about the month: a missing realisation, a missing report. */
export interface ScoringFinding {
  readonly code: MessageCode;
  readonly severity: "info" | "warning";
  readonly path: IssuePath;
  readonly params: MessageParams;
  readonly message: { readonly id: string; readonly en: string };
}

/** The policy a result was computed under. */
export interface ScoringPolicyReference {
  readonly jurisdiction: string;
  readonly version: string;
  /** The date the policy was resolved for (the first day of the month). */
  readonly asOf: string;
  readonly chain: readonly PolicyChainLink[];
  readonly illustrative: boolean;
  /** When the policy data was last checked against its instruments (`ResolvedPolicy.reviewedOn`). */
  readonly reviewedOn: string | undefined;
  /** The document that decided: shipped or supplied, its content hash, and whether the national law is the shipped one. */
  readonly decidedBy: PolicyDecidedBy;
}

/** A legacy SKP category (PP 46/2011). */
export type LegacyCategory = "sangat_baik" | "baik" | "cukup" | "kurang" | "buruk";

/**
 * The score of one employee-month. Its `month`, `composite` and `reportSubmitted` make it a history entry
 * for {@link evaluateEarlyWarning} as is.
 */
export interface MonthScore {
  readonly employee: string;
  readonly month: IsoMonth;
  readonly method: "permenpanrb" | "skp_legacy";
  /** `no_report`: report marked not submitted, or no realisation at all. */
  readonly status: "scored" | "no_report";
  readonly reportSubmitted: boolean;
  readonly indicators: readonly IndicatorScore[];
  /** Weighted composite achievement (%), 2 decimals; null without a report. */
  readonly composite: number | null;
  readonly compositeExplanation: ScoringExplanation<number | null>;
  readonly resultsRating: Rating | null;
  readonly resultsRatingExplanation: ScoringExplanation<Rating | null>;
  readonly behaviour: Rating | null;
  readonly predikat: Predikat | null;
  readonly predikatExplanation: ScoringExplanation<Predikat | null> | null;
  /** Only with the `skp_legacy` method. */
  readonly legacyCategory: LegacyCategory | null;
  readonly legacyCategoryExplanation: ScoringExplanation<LegacyCategory | null> | null;
  readonly findings: readonly ScoringFinding[];
  readonly policy: ScoringPolicyReference;
}

/** One answer of a scoring batch: the result (`value`), or the error as JSON, at the row's index. */
export type ScoringBatchRow<T> = import("../core/errors.js").BatchRow<T>;

/** One month of a history for {@link evaluateEarlyWarning}; a {@link MonthScore} is one. */
export interface HistoryMonth {
  /** The month, `YYYY-MM`. */
  readonly month: IsoMonth;
  /** Composite achievement (%); null exactly when no report was submitted. */
  readonly composite: number | null;
  readonly reportSubmitted: boolean;
  /** Optional employee id; when given on several months, all must be equal. */
  readonly employee?: string | undefined;
}

/** Why a month has its level. */
export interface EarlyWarningReason {
  readonly code:
    | "scoring_ew_at_or_above_green"
    | "scoring_ew_below_green"
    | "scoring_ew_below_red"
    | "scoring_ew_report_missing"
    | "scoring_ew_consecutive_yellow"
    | "scoring_ew_declining_trend";
  readonly params: MessageParams;
  readonly message: { readonly id: string; readonly en: string };
}

/** What the next month's flexible-day quota should be. */
export type RecommendedAction = "keep_quota" | "reduce_quota" | "revoke_mkd";

/** The recommendation for the month after an evaluated month. */
export interface Recommendation {
  readonly forMonth: IsoMonth;
  readonly level: TrackRecordLevel;
  readonly action: RecommendedAction;
  /** Most flexible days a week for `forMonth`: min(quota for the level, weekly cap). */
  readonly flexibleDaysPerWeek: number;
  /** What a green level would give: min(green quota, weekly cap). */
  readonly fullQuotaDays: number;
  /** The policy in force on the first day of `forMonth` (or, when none is known, the evaluated month's). */
  readonly policy: ScoringPolicyReference;
  readonly policyFallback: boolean;
  readonly explanation: ScoringExplanation<number>;
  readonly message: { readonly id: string; readonly en: string };
}

/** The early-warning evaluation of one month. */
export interface EarlyWarningMonth {
  readonly month: IsoMonth;
  readonly composite: number | null;
  readonly reportSubmitted: boolean;
  readonly level: TrackRecordLevel;
  readonly reasons: readonly EarlyWarningReason[];
  readonly explanation: ScoringExplanation<TrackRecordLevel>;
  readonly policy: ScoringPolicyReference;
  readonly recommendation: Recommendation;
}

/**
 * The result of {@link evaluateEarlyWarning}: a {@link TrackRecord} (level and month of the latest month),
 * so it can be passed to `checkEligibility` as the track record directly.
 */
export interface EarlyWarningResult extends TrackRecord {
  readonly level: TrackRecordLevel;
  readonly month: IsoMonth;
  readonly months: readonly EarlyWarningMonth[];
  /** The latest month's recommendation for the month after it. */
  readonly recommendation: Recommendation;
  readonly findings: readonly ScoringFinding[];
  readonly policy: ScoringPolicyReference;
}
