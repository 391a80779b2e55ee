/**
 * Same-run A/B of eligibility: `checkEligibility` from the source of a base commit against the working tree's,
 * in one process, on the same generated employees, interleaved. Run-to-run noise on the shared box moves the
 * benchmark's ratio by several points and its anchor (json-rules-engine) moves with the load too, so whether
 * a change kept the speed is judged here, where old and new code meet the same neighbours.
 *
 * `npx tsx bench/eligibility-ab.bench.ts [base]` (base: a commit, `main` by default; 7f8589a is the code
 * before issue 12). BENCH_ROWS employees a round (200,000), BENCH_ROUNDS interleaved rounds (9; the first is
 * dropped as warm-up). Each figure is CPU time (`process.cpuUsage`) per decision, median and best of the
 * rounds kept. The two sides must agree on every outcome and granted day count (checked), so they did the
 * same work.
 */
import os from "node:os";
import { importAtCommit } from "./base-commit.js";
import { checkEligibility } from "../src/index.js";
import { generateEmployee, rng } from "../test/eligibility/generate.js";

const base = process.argv[2] ?? "main";
const ROWS = Number(process.env.BENCH_ROWS ?? 200_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
const ASOF = "2025-06-02";

const baseCheck = (await importAtCommit<{ checkEligibility: typeof checkEligibility }>(base)).checkEligibility;

// Each side resolves the policy through its own code, as a caller passing a jurisdiction would.
const options = { jurisdiction: "jabar", asOf: ASOF, locale: "id" as const };
const next = rng(20250602);
const employees: Record<string, unknown>[] = Array.from({ length: ROWS }, (_, i) => generateEmployee(next, i, ASOF));
// Fields the base commit does not know yet (it refuses them as unrecognised keys) are left out on both
// sides, so both decide the same inputs: e.g. `positionStartDate`, added after the code before issue 12.
const dropped = new Set<string>();
for (const e of employees.slice(0, 1000)) {
  try {
    baseCheck(e as never, options);
  } catch (error) {
    const issues = (error as { issues?: { code: string; path: unknown[]; params: { keys?: string[] } }[] }).issues;
    for (const i of issues ?? [])
      if (i.code === "input_unrecognized_key" && i.path.length === 0)
        for (const k of i.params.keys ?? []) dropped.add(k);
  }
}
// Rebuilt without them rather than `delete`d: a deleted property turns an object into a slow dictionary.
if (dropped.size > 0)
  for (let i = 0; i < employees.length; i++)
    employees[i] = Object.fromEntries(Object.entries(employees[i]!).filter(([k]) => !dropped.has(k)));

/** Outcomes and granted days folded into one string, so the two sides can be held to the same answers. */
function run(check: typeof checkEligibility): string {
  let eligible = 0;
  let days = 0;
  let refused = 0;
  for (const e of employees) {
    let d: ReturnType<typeof checkEligibility>;
    try {
      d = check(e as never, options);
    } catch {
      refused++;
      continue;
    }
    if (d.outcome === "eligible") eligible++;
    days += d.grantedFlexibleDays;
  }
  return `${eligible}/${days}/${refused}`;
}

const paths = [
  { label: `checkEligibility at ${base}`, check: baseCheck },
  { label: "checkEligibility, working tree", check: checkEligibility },
];
const cpu: number[][] = paths.map(() => []);
const answers = paths.map(() => new Set<string>());
for (let round = 0; round < ROUNDS; round++) {
  // The two sides swap places every round, so neither always runs in the other's wake.
  for (const i of round % 2 === 0 ? [0, 1] : [1, 0]) {
    const start = process.cpuUsage();
    answers[i]!.add(run(paths[i]!.check));
    const used = process.cpuUsage(start);
    if (round > 0) cpu[i]!.push(((used.user + used.system) * 1e3) / ROWS); // ns a decision
  }
}
const [a, b] = answers.map((s) => [...s].join(" | "));
if (a !== b) throw new Error(`the two sides answered differently: ${a} against ${b}`);

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1]!;
const stats = cpu.map((xs) => ({ median: median(xs), best: Math.min(...xs) }));
console.log(
  `load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(
      " ",
    )}; ${ROWS.toLocaleString("en-US")} employees a round, ${ROUNDS - 1} rounds kept; CPU time per decision; answers equal (eligible/days/refused ${a}); left out for the base: ${[...dropped].join(", ") || "nothing"}`,
);
console.log("| path | median ns | best ns |");
console.log("|---|---:|---:|");
paths.forEach((p, i) => console.log(`| ${p.label} | ${stats[i]!.median.toFixed(0)} | ${stats[i]!.best.toFixed(0)} |`));
console.log(`working tree / ${base} (median): ${(stats[1]!.median / stats[0]!.median).toFixed(3)}`);
