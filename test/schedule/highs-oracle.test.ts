import { describe, expect, it } from "vitest";
import { generateScheduleObserved } from "../../src/schedule/generate.js";
import type { WeekProblem, WeekSolution } from "../../src/schedule/solver.js";
import { compareWithHighs, highsOptimum, randomUnit } from "../support/week-mip.js";

describe("the schedule's soft-goal optimum against an exact MIP solver (HiGHS)", () => {
  it("reaches the same objective as HiGHS on every week of 200 small random units, and agrees on infeasible weeks", async () => {
    const weeks: { problem: WeekProblem; solution: WeekSolution; label: string }[] = [];
    for (let seed = 1; seed <= 200; seed++) {
      generateScheduleObserved(randomUnit(seed), (problem, solution, weekStart) =>
        weeks.push({ problem, solution, label: `seed ${seed}, week ${weekStart}` }),
      );
    }
    expect(weeks.length).toBeGreaterThan(200);
    let nontrivial = 0;
    for (const w of weeks) {
      const r = await compareWithHighs(w.problem, w.solution);
      expect({ label: w.label, ...r }).toMatchObject({ label: w.label, agree: true });
      if (r.ours !== null && r.ours !== 0) nontrivial++;
    }
    expect(nontrivial).toBeGreaterThan(100);
  });

  it("would notice a wrong answer: a week where a cheaper choice exists is not the optimum", async () => {
    // Two members, two days; member 0 prefers day 1 (cost -1100) over day 0 (-1000); one day each may be away.
    const problem: WeekProblem = {
      dayCount: 2,
      roleCount: 1,
      supplierCount: 2,
      mustBeAway: [0, 0],
      mayBeAway: [1, 1],
      groupCap: [Infinity, Infinity],
      memberRole: Int32Array.from([0, 0]),
      cap: Int32Array.from([1, 1]),
      free: Uint8Array.from([1, 1, 1, 1]),
      cost: Float64Array.from([-1000, -1100, -1000, -1000]),
    };
    expect(await highsOptimum(problem)).toBe(-2100);
    const worse = await compareWithHighs(problem, { feasible: true, away: Uint8Array.from([1, 0, 0, 1]) });
    expect(worse).toMatchObject({ agree: false, ours: -2000, highs: -2100 });
  });
});
