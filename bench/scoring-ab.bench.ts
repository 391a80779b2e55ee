/**
 * Same-run A/B of scoring: `scoreMonthBatch` from the source of a base commit against the working tree's, in
 * one process, interleaved with the hand-written loop of scoring.bench.ts over the same rows. Run-to-run noise on
 * the shared box moves the benchmark's ratio by several points, so a change is judged here, where old and new
 * code meet the same neighbours.
 *
 * `npx tsx bench/scoring-ab.bench.ts [base]` (base: a commit, `main` by default). BENCH_MONTHS rows a round
 * (300,000), BENCH_ROUNDS interleaved rounds (11; the first is dropped as warm-up). Each figure is CPU time
 * (`process.cpuUsage`) per row of a batch over an array, median and best of the rounds kept.
 */
import os from "node:os";
import { importAtCommit } from "./base-commit.js";
import { MkdError, scoreMonthBatch } from "../src/index.js";
import { handLoop, POOL, pool } from "./scoring-workload.js";

const base = process.argv[2] ?? "main";
const MONTHS = Number(process.env.BENCH_MONTHS ?? 300_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 11);

const baseBatch = (await importAtCommit<{ scoreMonthBatch: typeof scoreMonthBatch }>(base)).scoreMonthBatch;

const rows = Array.from({ length: MONTHS }, (_, k) => pool[k % POOL]!);

function batchChecksum(batch: typeof scoreMonthBatch): number {
  let checksum = 0;
  for (const row of batch(rows)) {
    if (!row.ok) throw MkdError.fromJSON(row.error);
    const s = row.value;
    checksum += s.resultsRating === "above" ? 3 : s.resultsRating === "as_expected" ? 2 : 1;
    checksum += s.composite!;
  }
  return checksum;
}

const paths = [
  { label: "hand-written loop", run: () => handLoop(MONTHS) },
  { label: `scoreMonthBatch at ${base}`, run: () => batchChecksum(baseBatch) },
  { label: "scoreMonthBatch, working tree", run: () => batchChecksum(scoreMonthBatch) },
];
const cpu: number[][] = paths.map(() => []);
const sums = new Set<string>();
for (let round = 0; round < ROUNDS; round++) {
  // The two batches swap places every round, so neither always runs in the other's wake.
  for (const i of round % 2 === 0 ? [0, 1, 2] : [0, 2, 1]) {
    const start = process.cpuUsage();
    sums.add(paths[i]!.run().toFixed(4));
    const used = process.cpuUsage(start);
    if (round > 0) cpu[i]!.push(((used.user + used.system) * 1e3) / MONTHS); // ns a row
  }
}
if (sums.size !== 1) throw new Error(`checksums differ: ${[...sums].join(", ")}`);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const stats = cpu.map((xs) => ({ median: median(xs), best: Math.min(...xs) }));
const loop = stats[0]!;
console.log(
  `load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}; ${MONTHS.toLocaleString("en-US")} rows a round, ${ROUNDS - 1} rounds kept; CPU time per row`,
);
console.log("| path | median ns/row | best ns/row | vs loop (median) | vs loop (best) |");
console.log("|---|---:|---:|---:|---:|");
paths.forEach((p, i) => {
  const s = stats[i]!;
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  console.log(
    `| ${p.label} | ${s.median.toFixed(0)} | ${s.best.toFixed(0)} | ${pct(loop.median / s.median)} | ${pct(loop.best / s.best)} |`,
  );
});
console.log(`working tree / ${base} (median): ${(stats[2]!.median / stats[1]!.median).toFixed(3)}`);
