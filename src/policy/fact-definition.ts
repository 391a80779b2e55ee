/**
 * What a fact declaration is made of: {@link FactDefinition} (its type, input fragment, derivation, checks,
 * warning and fallback), and what a derivation reads besides the input ({@link DerivationEnv}: the decision
 * date read into numbers, the policy's track-record quota, the working days of its week). Separate from the
 * fact registry (facts.ts), which holds the declarations themselves, as a schema is from the data it types:
 * the modules that run the facts (derivation, the eligibility context, rule compilation and checks) read
 * the shape here.
 */
import type * as z from "zod/mini";
import { isoDateNumber, type IsoDate, type IsoMonth } from "../core/dates.js";
import type { Issue, IssuePath } from "../core/errors.js";
import type { TrackRecordLevel } from "../core/track-record.js";

/**
 * The kind of value a fact holds (drives validation of rule values).
 *
 * @example
 * ```ts
 * const t: FactType = FACTS.tenureMonths.type; // "number"
 * ```
 */
export type FactType = "number" | "boolean" | "string" | "object";

/**
 * The decision date read into numbers, once per decision (tenure and the age of a track record are
 * counted on these).
 *
 * @example
 * ```ts
 * decisionDate("2026-03-02").month; // "2026-03"
 * ```
 */
export interface DecisionDate {
  readonly date: IsoDate;
  /** The month of the date, `YYYY-MM`. */
  readonly month: IsoMonth;
  readonly year: number;
  /** 1-12. */
  readonly monthNumber: number;
  readonly day: number;
}

/**
 * Reads a validated `YYYY-MM-DD` decision date into numbers.
 *
 * @example
 * ```ts
 * decisionDate("2026-03-02").day; // 2
 * ```
 */
export function decisionDate(date: IsoDate): DecisionDate {
  const n = isoDateNumber(date);
  return {
    date,
    month: date.slice(0, 7),
    year: Math.floor(n / 10000),
    monthNumber: Math.floor(n / 100) % 100,
    day: n % 100,
  };
}

/**
 * What a derivation reads besides the input: the decision date and the policy's track-record quota.
 *
 * @example
 * ```ts
 * const env: DerivationEnv = { at: decisionDate("2026-03-02"), quota: { green: 2, yellow: 1, red: 0, none: 1 }, workingDays: 5 };
 * ```
 */
export interface DerivationEnv {
  readonly at: DecisionDate;
  /** Flexible days a track-record level allows (`eligibility.trackRecordQuota`, `quotaWithoutTrackRecord`). */
  readonly quota: Readonly<Record<TrackRecordLevel | "none", number>>;
  /** Working days of the policy week (a request must fit in it). */
  readonly workingDays: number;
}

/** A validated employee as the derivations read it (its type is derived from this registry). */
export type In = any;

/**
 * A warning a fact raises about its input at the decision date (e.g. an old track record).
 *
 * @example
 * ```ts
 * const w: FactWarning = { code: "eligibility_track_record_stale", value: "2025-10" };
 * ```
 */
export interface FactWarning {
  readonly code: "eligibility_track_record_stale" | "eligibility_track_record_future";
  /** The input value the warning is about (a month). */
  readonly value: string;
}

/** A zod schema, or a group of fields (a nested object of the input, shared by several facts). */
type Fragment = { readonly [field: string]: z.ZodMiniType | Fragment };

/**
 * One fact eligibility rules may test.
 *
 * @example
 * ```ts
 * FACTS.monthsInPosition.unit; // "months"
 * ```
 */
export interface FactDefinition {
  readonly type: FactType;
  /** For string facts with a closed set of values. */
  readonly values?: readonly string[];
  /** For object facts: the properties a rule path may reach (`$.name`), each a boolean or unknown. */
  readonly properties?: readonly string[];
  readonly description: { readonly id: string; readonly en: string };
  /** The unit of a number fact. */
  readonly unit?: "months" | "Mbps" | "days a week" | "box";
  /** Where the fact comes from in law (or "input" for what the caller states). */
  readonly source: string;
  /** The fields of the employee input this fact owns (merged into `employeeSchema`). */
  readonly input?: Fragment;
  /**
   * When the fact may be absent from the input: the input path to report when a policy rule reads it
   * and the input leaves it out (`eligibility_fact_required_by_rule`).
   */
  readonly requiredWhenRead?: IssuePath;
  /** The fact's value for a validated employee at the decision date (`undefined`: unknown). */
  readonly derive: (e: In, env: DerivationEnv) => unknown;
  /** Issues that need the decision date or the policy, read from the raw input (every problem listed). */
  readonly check?: (raw: Readonly<Record<string, unknown>>, env: DerivationEnv, out: Issue[]) => void;
  /** A warning about the input at the decision date. */
  readonly warn?: (e: In, env: DerivationEnv) => FactWarning | undefined;
  /**
   * When the value was derived from a fallback (an optional input left out): the reason a failed rule
   * that reads this fact adds, so the decision says what the value was measured from.
   */
  readonly fallback?: {
    readonly when: (e: In) => boolean;
    readonly code: "eligibility_position_start_not_given";
    readonly params: (e: In) => Readonly<Record<string, unknown>>;
  };
}
