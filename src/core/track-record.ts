/**
 * The track record: the one type monthly scoring produces and eligibility consumes. An early-warning
 * result (`evaluateEarlyWarning`) is a TrackRecord, so it plugs straight into `checkEligibility`.
 */
import * as z from "zod/mini";
import type { IsoMonth } from "./dates.js";
import { looseObject } from "./schema-meta.js";

/** An early-warning level: green keeps the quota, yellow reduces it, red revokes MKD (per the policy table). */
export type TrackRecordLevel = "green" | "yellow" | "red";

/**
 * The latest early-warning level of an employee and the month it was set for.
 *
 * @example
 * ```ts
 * const trackRecord: TrackRecord = { level: "yellow", month: "2026-10" };
 * ```
 */
export interface TrackRecord {
  /** Level of the latest evaluated month. */
  readonly level: TrackRecordLevel;
  /** The month the level was evaluated for (`YYYY-MM`). */
  readonly month?: IsoMonth | undefined;
}

const historyMonthFields = {
  /** The month, `YYYY-MM`. */
  month: z.string(),
  /** Composite achievement of the month in percent (a `scoreMonth` composite); null when no report was submitted. */
  composite: z.nullable(z.number()),
  /** Whether the monthly report was submitted (a missing one sets the policy's `missingReportLevel`). */
  reportSubmitted: z.boolean(),
  /** The employee's id; when given on several months, all must be equal. */
  employee: z.optional(z.string().check(z.minLength(1))),
};
type Fields = typeof historyMonthFields;
/**
 * The fields of {@link historyMonthSchema}, named: other modules' declarations (the fact registry's) then
 * refer to it, with each field's TSDoc, instead of printing it inline without them (issue 11 item 1).
 */
export interface HistoryMonthFields extends Fields {}

/**
 * One month of a history as eligibility and the early warning read it: any object with these fields (a
 * MonthScore passes as is). It sits here, below policy, because both the fact registry (policy/facts.ts) and
 * scoring (early-warning.ts) validate histories with it.
 *
 * @example
 * ```ts
 * historyMonthSchema.safeParse({ month: "2026-10", composite: 96.5, reportSubmitted: true }).success; // true
 * ```
 */
export const historyMonthSchema = looseObject<HistoryMonthFields>(historyMonthFields);
