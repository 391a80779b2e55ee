/**
 * Ready inputs for each outcome, made with the builders, each with the options it is meant for and the outcome
 * it gives under the shipped jabar policy (a test of this package checks every one). Each is a function so a
 * test gets a fresh copy it may change.
 */
import type { HistoryMonth } from "../scoring/types.js";
import { anEmployee, aMember, aScoringMonth, aUnit } from "./builders.js";

/** The decision date of the eligibility fixtures (a Monday under jabar 2026-01-01). */
const AS_OF = "2026-03-02";
const options = { jurisdiction: "jabar", asOf: AS_OF } as const;

const history = (composites: readonly (number | null)[]): HistoryMonth[] =>
  composites.map((composite, i) => ({ month: `2026-0${i + 1}`, composite, reportSubmitted: composite !== null }));

/**
 * Inputs for every outcome of eligibility, scheduling, scoring and the early warning.
 *
 * @example
 * ```ts
 * const { employee, options } = fixtures.eligibility.needsApproval();
 * checkEligibility(employee, options).outcome; // "needs_approval"
 * generateSchedule(fixtures.schedule.infeasible()).status; // "infeasible"
 * ```
 */
export const fixtures = {
  eligibility: {
    /** Box 8, every requirement met, approved, green: eligible with 2 days ("2-3"). */
    eligible: () =>
      ({ employee: anEmployee().build(), options, expected: { outcome: "eligible", grantedFlexibleDays: 2 } }) as const,
    /** As eligible, but a yellow track record: eligible with 1 day ("1-4"), the quota cut by the early warning. */
    reducedByTrackRecord: () =>
      ({
        employee: anEmployee().withTrackRecord("yellow").build(),
        options,
        expected: { outcome: "eligible", grantedFlexibleDays: 1 },
      }) as const,
    /** Box 6 (below expectation): ineligible, rule `talent_box` failed. */
    ineligible: () =>
      ({
        employee: anEmployee().inBox(6).build(),
        options,
        expected: { outcome: "ineligible", grantedFlexibleDays: 0 },
      }) as const,
    /** Everything holds but the leader has not approved yet: needs_approval. */
    needsApproval: () =>
      ({
        employee: anEmployee().withoutApproval().build(),
        options,
        expected: { outcome: "needs_approval", grantedFlexibleDays: 0 },
      }) as const,
  },
  schedule: {
    /** Ten members with 2 days each, December 2026 under jabar: scheduled and compliant. */
    scheduled: () => aUnit().build(),
    /**
     * A direct public service unit whose one front-desk member is on leave on 8 December 2026 while the unit
     * needs one at the front desk every working day: infeasible (`role_coverage_unreachable`).
     */
    infeasible: () =>
      aUnit()
        .withMembers(2)
        .directPublicService()
        .minimumOnSite({ perRole: { front_desk: 1 } })
        .withMember(aMember("desk").granted(0).asRole("front_desk").onLeave("2026-12-08"))
        .build(),
  },
  scoring: {
    /** Both indicators well above target: composite 120, rating `above`. */
    above: () => aScoringMonth().realising("letters", 60).realising("turnaround", 1).build(),
    /** On target: composite 100, rating `as_expected`, predikat `baik`. */
    asExpected: () => aScoringMonth().build(),
    /** Half the letters: composite 70, rating `below`. */
    below: () => aScoringMonth().realising("letters", 20).build(),
    /** No report submitted: status `no_report`, no composite. */
    noReport: () => aScoringMonth().withoutReport().build(),
  },
  earlyWarning: {
    /** Two months on target: green. */
    green: () => ({ history: history([104, 100]), options: { jurisdiction: "jabar" } }) as const,
    /** A month at 93: yellow, the next month's quota reduced. */
    yellow: () => ({ history: history([104, 93]), options: { jurisdiction: "jabar" } }) as const,
    /** A month at 70: red, MKD revoked for the next month. */
    red: () => ({ history: history([104, 70]), options: { jurisdiction: "jabar" } }) as const,
  },
};
