/**
 * Benchmark of generateSchedule (run once: `npm run bench:schedule`).
 *
 * 1. One month (December 2026, jabar) for the whole provincial workforce: 8,871 members in units of realistic sizes,
 *    including one unit of 2,000, from a seeded generator; against the anchor measured in the same run: merely
 *    writing the same number of assignment objects with no constraints.
 * 2. 1k, 10k and 100k members (same unit-size mix) to show how the cost grows.
 * 3. The exact MIP oracle: the generator's flow solver and HiGHS on the same small unit-weeks, both times printed.
 * Targets (issue 4): province within 50x of the unconstrained fill; at most 12x time for 10x members.
 */
import { generateSchedule, type ScheduleInput, type ScheduleMemberInput } from "../src/schedule/index.js";
import { resolvePolicy } from "../src/policy/resolve.js";
import { workingCalendar } from "../src/calendar/index.js";
import os from "node:os";
import { mulberry32 } from "../test/support/prng.js";
import { generateScheduleObserved } from "../src/schedule/generate.js";
import { solveWeek, type WeekProblem } from "../src/schedule/solver.js";
import { loadHighs, randomUnit, solutionCost, weekToLp } from "../test/support/week-mip.js";

const policy = resolvePolicy("jabar", "2026-12-01");
const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday"] as const;

/** Unit sizes of a realistic mix (a dinas bidang of 8-60, UPTD of 15-150, hospitals 300+), optionally one of 2,000. */
function unitSizes(total: number, seed: number, bigUnit: number): number[] {
  const rnd = mulberry32(seed);
  const sizes: number[] = bigUnit > 0 && total >= bigUnit ? [bigUnit] : [];
  let left = total - sizes.reduce((a, b) => a + b, 0);
  while (left > 0) {
    const r = rnd();
    const size = Math.min(
      left,
      r < 0.6 ? 8 + Math.floor(rnd() * 52) : r < 0.93 ? 15 + Math.floor(rnd() * 135) : 300 + Math.floor(rnd() * 300),
    );
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

/** Units of realistic sizes with members, from a seeded generator. */
function workforce(total: number, seed: number, bigUnit: number, fixedSizes?: number[]): ScheduleInput[] {
  const sizes = fixedSizes ?? unitSizes(total, seed, bigUnit);
  const rnd = mulberry32(seed + 1);
  return sizes.map((size, u) => {
    const service = rnd() < 0.4;
    const members: ScheduleMemberInput[] = Array.from({ length: size }, (_, i) => {
      const overrides =
        rnd() < 0.1
          ? [
              {
                date: `2026-12-${String(1 + Math.floor(rnd() * 23)).padStart(2, "0")}`,
                kind: rnd() < 0.6 ? ("leave" as const) : ("official_travel" as const),
              },
            ]
          : [];
      return {
        id: `u${u}-m${String(i).padStart(5, "0")}`,
        grantedFlexibleDays: service ? (rnd() < 0.3 ? 1 : 0) : Math.floor(rnd() * 3),
        roles: i < Math.max(1, Math.floor(size / 10)) ? ["front_desk"] : [],
        preferredFlexibleWeekdays: rnd() < 0.5 ? [WEEKDAYS[Math.floor(rnd() * 5)]!] : [],
        overrides,
      };
    });
    return {
      unit: {
        id: `unit-${u}`,
        kind: service ? "direct_public_service" : "general",
        minimumOnSite: { share: service ? 0.7 : 0.5, perRole: { front_desk: Math.max(1, Math.floor(size / 20)) } },
        seatCapacity: size,
        anchorWeekdays: rnd() < 0.3 ? ["monday"] : [],
      },
      members,
      period: "2026-12",
      policy,
    };
  });
}

/** The anchor: write one assignment object per member per date, no constraints. */
function unconstrainedFill(inputs: ScheduleInput[]): number {
  const cal = workingCalendar(policy, "2026-12");
  let count = 0;
  const out: unknown[] = [];
  for (const input of inputs) {
    for (const m of input.members) {
      const assignments = cal.days.map((d) => ({
        date: d.date,
        mode: d.isWorkingDay ? "office" : "weekend",
        location: d.isWorkingDay ? "office" : null,
        start: d.hours?.start ?? null,
        end: d.hours?.end ?? null,
        breakMinutes: d.hours?.breakMinutes ?? 0,
        regularMinutes: d.workMinutes,
        flexibleMinutes: 0,
        excusedMinutes: 0,
        coreStart: null,
        coreEnd: null,
        reasons: [] as string[],
      }));
      count += assignments.length;
      out.push({ id: m.id, assignments });
    }
  }
  return count + out.length * 0;
}

function run(inputs: ScheduleInput[]): { scheduled: number; infeasible: number; assignments: number } {
  let scheduled = 0,
    infeasible = 0,
    assignments = 0;
  for (const input of inputs) {
    const r = generateSchedule(input);
    if (r.status === "scheduled") {
      scheduled++;
      assignments += r.schedule.members.length * r.schedule.days.length;
    } else infeasible++;
  }
  return { scheduled, infeasible, assignments };
}

/**
 * Median of `reps` runs, in CPU milliseconds of this process (user + system): the machine is shared, and CPU time
 * is what another process's load disturbs least. Wall time is printed beside it.
 */
function time<T>(fn: () => T, reps: number): { ms: number; wallMs: number; value: T } {
  const cpu: number[] = [];
  const wall: number[] = [];
  let value!: T;
  for (let i = 0; i < reps; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    value = fn();
    wall.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { ms: median(cpu), wallMs: median(wall), value };
}

const lines: string[] = [];
const log = (s: string) => {
  console.log(s);
  lines.push(s);
};
log(`machine: ${os.cpus()[0]?.model ?? "?"} x${os.cpus().length}, node ${process.version}, ${os.platform()}`);

const province = workforce(8871, 20261201, 2000);
run(province.slice(0, 3)); // warm-up
const fill = time(() => unconstrainedFill(province), 5);
const prov = time(() => run(province), 5);
log(
  `province: ${province.length} units, 8871 members, ${prov.value.scheduled} scheduled, ${prov.value.infeasible} infeasible`,
);
log(`unconstrained fill of ${fill.value} assignments: ${fill.ms.toFixed(1)} ms`);
log(
  `generateSchedule, whole province: ${prov.ms.toFixed(1)} ms CPU, ${prov.wallMs.toFixed(1)} ms wall  -> ratio ${(prov.ms / fill.ms).toFixed(1)}x (target <= 50x)`,
);

const big = province.find((p) => p.members.length === 2000)!;
const bigT = time(() => run([big]), 5);
log(`the 2,000-member unit alone: ${bigT.ms.toFixed(1)} ms`);

// Growth: 10x and 100x the members with exactly the same unit-size mix (the 1k mix repeated, members drawn afresh),
// so the ratio measures what 10x more members costs rather than which unit sizes a sample happened to draw.
const growth: { n: number; ms: number; fill: number }[] = [];
const baseSizes = unitSizes(1_000, 1_007, 0);
run(workforce(1_000, 1, 0, baseSizes)); // warm-up at the smallest size, so it is not measured cold
for (const n of [1_000, 10_000, 100_000]) {
  const sizes = Array.from({ length: n / 1_000 }, () => baseSizes).flat();
  const inputs = workforce(n, 7 + n, 0, sizes);
  const reps = n === 100_000 ? 3 : 5;
  const f = time(() => unconstrainedFill(inputs), reps);
  const t = time(() => run(inputs), reps);
  growth.push({ n, ms: t.ms, fill: f.ms });
  log(
    `${n} members (${inputs.length} units): ${t.ms.toFixed(1)} ms CPU, ${t.wallMs.toFixed(1)} ms wall (fill ${f.ms.toFixed(1)} ms, ratio ${(t.ms / f.ms).toFixed(1)}x; ${t.value.infeasible} infeasible units)`,
  );
}
log(
  `growth 1k -> 10k: ${(growth[1]!.ms / growth[0]!.ms).toFixed(1)}x; 10k -> 100k: ${(growth[2]!.ms / growth[1]!.ms).toFixed(1)}x (target <= 12x)`,
);

// Cost per member as one unit grows: the flow model's size grows with the unit, so this shows the curve.
for (const size of [50, 200, 500, 2_000]) {
  const unit = workforce(size, 99 + size, size)[0]!;
  const t = time(() => run([unit]), 5);
  log(`one unit of ${size}: ${t.ms.toFixed(1)} ms CPU (${((t.ms * 1000) / size).toFixed(0)} us per member-month)`);
}

// The exact MIP oracle (issue 12 item 7): the same small unit-weeks the oracle test uses, each solved by the
// generator's flow solver and by HiGHS (WebAssembly), on the identical week problem; both times are CPU time of this
// process for solving only (building the weeks is excluded from both), and the optima must agree.
{
  const weeks: WeekProblem[] = [];
  for (let seed = 1; seed <= 200; seed++)
    generateScheduleObserved(randomUnit(seed), (problem, solution) => solution.feasible && weeks.push(problem));
  const highs = await loadHighs();
  const lps = weeks.map(weekToLp);
  let disagree = 0;
  const ours = time(() => weeks.map((p) => solveWeek(p)), 5);
  const exact = time(() => lps.map((lp) => highs.solve(lp, { output_flag: false, mip_rel_gap: 0, mip_abs_gap: 0 })), 3);
  ours.value.forEach((s, i) => {
    const h = exact.value[i]!;
    if (!s.feasible || h.Status !== "Optimal" || Math.abs(h.ObjectiveValue - solutionCost(weeks[i]!, s.away)) > 1e-6)
      disagree++;
  });
  log(
    `HiGHS oracle on ${weeks.length} small unit-weeks: flow solver ${ours.ms.toFixed(1)} ms CPU, HiGHS MIP ${exact.ms.toFixed(1)} ms CPU (${(exact.ms / ours.ms).toFixed(0)}x); optima disagree on ${disagree}`,
  );
}
