/**
 * The schedule's unit-week as a mixed-integer program for HiGHS (the `highs` WebAssembly build), an exact solver that
 * shares nothing with the generator's flow code.
 *
 * The model is the week problem the generator builds (src/schedule/week.ts) and solves (src/schedule/solver.ts):
 *
 *   minimise    sum over suppliers s and open days d of cost[s,d] x[s,d]
 *   subject to  x[s,d] in {0, 1}, and x[s,d] = 0 where the supplier is not free that day
 *               sum_d x[s,d] <= cap[s]                        (weekly flexible days left; 1 for a national day)
 *               sum_{s of role r} x[s,d] <= groupCap[r,d]     (role minimums: how many of the role may be away)
 *               mustBeAway[d] <= sum_s x[s,d] <= mayBeAway[d] (seats below, coverage and flexible share above)
 *
 * This is exactly the generator's soft objective for one week: every soft goal it optimises (granted days used,
 * preferred weekdays, anchor days, popular-day fairness, pattern stability) is folded into `cost` when the week is
 * built, and the solver's min-cost flow minimises the same sum over the same constraints (its -BIG arcs only force
 * the lower bounds, which the MIP states as constraints). The schedule is solved week by week, fairness and stability
 * costs depending on earlier weeks' answers, so the comparison is per week, on the week as the generator posed it.
 */
import type { WeekProblem, WeekSolution } from "../../src/schedule/solver.js";
import type { ScheduleInput } from "../../src/schedule/index.js";
import { WEEKDAYS } from "../../src/core/dates.js";
import { mulberry32 } from "./prng.js";

type Highs = {
  solve(
    problem: string,
    options?: Record<string, unknown>,
  ): { Status: string; ObjectiveValue: number; Columns: Record<string, { Primal: number }> };
};

let loaded: Promise<Highs> | undefined;

/** The HiGHS solver (loaded once). */
export function loadHighs(): Promise<Highs> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= import("highs").then((m) => (m.default as unknown as () => Promise<Highs>)());
  return loaded;
}

function term(coefficient: number, name: string): string {
  return `${coefficient < 0 ? "-" : "+"} ${Math.abs(coefficient)} ${name}`;
}

/** The week problem in CPLEX LP format. A zero-fixed column `z` keeps every row well formed when it has no variable. */
export function weekToLp(p: WeekProblem): string {
  const x = (s: number, d: number) => `x_${s}_${d}`;
  const objective: string[] = ["+ 0 z"];
  const rows: string[] = [];
  const binaries: string[] = [];
  const byDay: string[][] = Array.from({ length: p.dayCount }, () => ["+ 0 z"]);
  const byGroup = new Map<number, string[]>();
  for (let s = 0; s < p.supplierCount; s++) {
    const mine: string[] = ["+ 0 z"];
    for (let d = 0; d < p.dayCount; d++) {
      if (!p.free[s * p.dayCount + d]) continue;
      const name = x(s, d);
      binaries.push(name);
      objective.push(term(p.cost[s * p.dayCount + d]!, name));
      mine.push(`+ ${name}`);
      byDay[d]!.push(`+ ${name}`);
      const g = p.memberRole[s]! * p.dayCount + d;
      if (!byGroup.has(g)) byGroup.set(g, ["+ 0 z"]);
      byGroup.get(g)!.push(`+ ${name}`);
    }
    rows.push(` cap_${s}: ${mine.join(" ")} <= ${p.cap[s]}`);
  }
  for (const [g, terms] of byGroup)
    if (p.groupCap[g]! < Infinity) rows.push(` group_${g}: ${terms.join(" ")} <= ${p.groupCap[g]}`);
  for (let d = 0; d < p.dayCount; d++) {
    rows.push(` away_min_${d}: ${byDay[d]!.join(" ")} >= ${p.mustBeAway[d]}`);
    rows.push(` away_max_${d}: ${byDay[d]!.join(" ")} <= ${p.mayBeAway[d]}`);
  }
  return [
    "Minimize",
    ` obj: ${objective.join(" ")}`,
    "Subject To",
    ...rows,
    "Bounds",
    " z = 0",
    ...(binaries.length ? ["Binaries", ` ${binaries.join(" ")}`] : []),
    "End",
  ].join("\n");
}

/** The objective of the generator's answer: the sum of the costs of the days it chose. */
export function solutionCost(p: WeekProblem, away: Uint8Array): number {
  let total = 0;
  for (let i = 0; i < away.length; i++) if (away[i]) total += p.cost[i]!;
  return total;
}

/** Every constraint of the model, checked on the generator's answer (empty when all hold). */
export function constraintBreaks(p: WeekProblem, away: Uint8Array): string[] {
  const out: string[] = [];
  const perDay = new Array<number>(p.dayCount).fill(0);
  const perGroup = new Map<number, number>();
  for (let s = 0; s < p.supplierCount; s++) {
    let used = 0;
    for (let d = 0; d < p.dayCount; d++) {
      if (!away[s * p.dayCount + d]) continue;
      if (!p.free[s * p.dayCount + d]) out.push(`supplier ${s} away on day ${d} without being free`);
      used++;
      perDay[d]!++;
      const g = p.memberRole[s]! * p.dayCount + d;
      perGroup.set(g, (perGroup.get(g) ?? 0) + 1);
    }
    if (used > p.cap[s]!) out.push(`supplier ${s} uses ${used} > cap ${p.cap[s]}`);
  }
  for (const [g, n] of perGroup) if (n > p.groupCap[g]!) out.push(`group ${g}: ${n} > ${p.groupCap[g]}`);
  perDay.forEach((n, d) => {
    if (n < p.mustBeAway[d]! || n > p.mayBeAway[d]!)
      out.push(`day ${d}: ${n} away outside [${p.mustBeAway[d]}, ${p.mayBeAway[d]}]`);
  });
  return out;
}

/** Solves the week with HiGHS: its optimum, or null when it finds the week infeasible. */
export async function highsOptimum(p: WeekProblem): Promise<number | null> {
  const highs = await loadHighs();
  const result = highs.solve(weekToLp(p), { output_flag: false, mip_rel_gap: 0, mip_abs_gap: 0 });
  if (result.Status === "Infeasible") return null;
  if (result.Status !== "Optimal") throw new Error(`HiGHS ended with status ${result.Status}`);
  return result.ObjectiveValue;
}

/** Whether the generator's answer to a week agrees with HiGHS: same feasibility, same optimum, constraints held. */
export async function compareWithHighs(
  p: WeekProblem,
  s: WeekSolution,
): Promise<{ agree: boolean; ours: number | null; highs: number | null; breaks: string[] }> {
  const highs = await highsOptimum(p);
  if (!s.feasible) return { agree: highs === null, ours: null, highs, breaks: [] };
  const ours = solutionCost(p, s.away);
  const breaks = constraintBreaks(p, s.away);
  return { agree: highs !== null && Math.abs(highs - ours) < 1e-6 && breaks.length === 0, ours, highs, breaks };
}

// Weeks with different rules: ordinary 2026, a Thursday collective week, national flexible-work days (March 2026),
// the SE 150 flexible share (December 2025), the 2023 cap of 4 (March 2025).
const WEEKS = [
  { from: "2026-06-08", to: "2026-06-19" },
  { from: "2026-03-16", to: "2026-03-27" },
  { from: "2025-12-08", to: "2025-12-19" },
  { from: "2025-03-10", to: "2025-03-14" },
  { from: "2027-02-01", to: "2027-02-12" },
];

/** A small random unit over one or two weeks, from a seed. */
export function randomUnit(seed: number): ScheduleInput {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const period = pick(WEEKS);
  const size = 2 + Math.floor(rnd() * 8);
  const weekdays = WEEKDAYS.slice(0, 5);
  const dates: string[] = [];
  for (let d = Number(period.from.slice(8)); d <= Number(period.to.slice(8)); d++)
    dates.push(`${period.from.slice(0, 8)}${String(d).padStart(2, "0")}`);
  return {
    unit: {
      id: `u${seed}`,
      kind: rnd() < 0.2 ? "direct_public_service" : "general",
      minimumOnSite: { share: pick([0, 0.3, 0.5]), perRole: rnd() < 0.5 ? { front_desk: 1 } : undefined },
      seatCapacity: rnd() < 0.5 ? Math.max(1, size - 1 - Math.floor(rnd() * 3)) : undefined,
      anchorWeekdays: rnd() < 0.3 ? [pick(weekdays)] : [],
    },
    members: Array.from({ length: size }, (_, i) => ({
      id: `m${i}`,
      grantedFlexibleDays: Math.floor(rnd() * 5) % (period.from < "2025-04-21" ? 5 : 3),
      roles: rnd() < 0.3 ? ["front_desk"] : [],
      preferredFlexibleWeekdays: rnd() < 0.6 ? [pick(weekdays)] : [],
      overrides:
        rnd() < 0.3
          ? [{ date: pick(dates), kind: pick(["leave", "official_travel", "flexible", "office"] as const) }]
          : [],
    })),
    period,
    jurisdiction: "jabar",
    options: { nationalFlexibleWorkDays: rnd() < 0.7 ? "allowed" : "collective" },
  };
}
