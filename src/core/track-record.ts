/**
 * The track record: the one type monthly scoring produces and eligibility consumes. An early-warning
 * result (`evaluateEarlyWarning`) is a TrackRecord, so it plugs straight into `checkEligibility`.
 */
import type { IsoMonth } from "./dates.js";

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
