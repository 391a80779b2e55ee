/**
 * Scoring throughput: one million employee-months of five indicators through scoreMonthBatch and scoreMonth,
 * against a hand-written arithmetic loop doing the same formulas (capaian ratio, inverse form, range, cap,
 * 2-decimal rounding, weighted composite, results band) over the same input objects, in the same run.
 *
 * Target: the library at >= 30% of the loop's throughput. Run once: `npm run bench:scoring`
 * (BENCH_MONTHS=100000 for a smoke run).
 */
import os from "node:os";
import { scoreMonth, scoreMonthBatch, type ScoreMonthInput } from "../src/index.js";

const MONTHS = Number(process.env.BENCH_MONTHS ?? 1_000_000);
const POOL = 10_000;

// Deterministic pseudo-random inputs (mulberry32), so every run scores the same rows.
let seed = 20260301;
function rand(): number {
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

function makeInput(i: number): ScoreMonthInput {
  return {
    employee: `19900101202001${String(i).padStart(4, "0")}`,
    month: "2026-03",
    jurisdiction: "jabar",
    targets: [
      { id: "letters", target: 40, unit: "document", weight: 30, direction: "higher_is_better", aspect: "quantity" },
      { id: "reviews", target: 12, unit: "review", weight: 20, direction: "higher_is_better", aspect: "quality" },
      { id: "turnaround", target: 3, unit: "day", weight: 20, direction: "lower_is_better", aspect: "time" },
      { id: "on_time", target: { min: 95, max: 100 }, unit: "percent", weight: 15, direction: "higher_is_better", aspect: "quality" },
      { id: "budget", target: 1_000_000, unit: "rupiah", weight: 15, direction: "lower_is_better", aspect: "cost" },
    ],
    realisations: {
      letters: { value: Math.round(28 + rand() * 24) },
      reviews: { value: Math.round(8 + rand() * 6) },
      turnaround: { value: Math.round((2 + rand() * 2) * 10) / 10 },
      on_time: { value: Math.round(85 + rand() * 15) },
      budget: { value: Math.round(800_000 + rand() * 300_000) },
    },
  };
}

const pool = Array.from({ length: POOL }, (_, i) => makeInput(i));

function round2(x: number): number {
  const y = (x < 0 ? -x : x) * 100;
  let n = Math.floor(y);
  if (y - n >= 0.5 - 1e-7) n += 1;
  const r = n / 100;
  return x < 0 && r !== 0 ? -r : r;
}

/** The hand-written loop: same formulas, no validation, no explanation, a number out. */
function handLoop(months: number): number {
  let checksum = 0;
  for (let k = 0; k < months; k++) {
    const input = pool[k % POOL]!;
    const targets = input.targets;
    const real = input.realisations!;
    let ws = 0;
    let wa = 0;
    for (let i = 0; i < targets.length; i++) {
      const t = targets[i]!;
      const r = real[t.id]!.value;
      let a: number;
      const target = t.target;
      let tv: number;
      if (typeof target === "number") tv = target;
      else if (r >= target.min && r <= target.max) tv = Number.NaN;
      else tv = r < target.min ? target.min : target.max;
      if (tv !== tv) a = 100;
      else if (t.direction === "higher_is_better") a = round2((r / tv) * 100);
      else {
        a = round2((2 - r / tv) * 100);
        if (a < 0) a = 0;
      }
      if (a > 110) a = 120;
      ws += t.weight;
      wa += t.weight * a;
    }
    const c = round2(wa / ws);
    checksum += c >= 110 ? 3 : c >= 90 ? 2 : 1;
    checksum += c;
  }
  return checksum;
}

function* rows(months: number): Generator<ScoreMonthInput> {
  for (let k = 0; k < months; k++) yield pool[k % POOL]!;
}

function viaBatch(months: number): number {
  let checksum = 0;
  for (const row of scoreMonthBatch(rows(months))) {
    if (!row.ok) throw row.error;
    const s = row.result;
    checksum += s.resultsRating === "above" ? 3 : s.resultsRating === "as_expected" ? 2 : 1;
    checksum += s.composite!;
  }
  return checksum;
}

function viaScoreMonth(months: number): number {
  let checksum = 0;
  for (let k = 0; k < months; k++) {
    const s = scoreMonth(pool[k % POOL]!);
    checksum += s.resultsRating === "above" ? 3 : s.resultsRating === "as_expected" ? 2 : 1;
    checksum += s.composite!;
  }
  return checksum;
}

function time(label: string, fn: (n: number) => number, n: number): { label: string; seconds: number; perSecond: number; checksum: number } {
  const start = process.hrtime.bigint();
  const checksum = fn(n);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { label, seconds, perSecond: n / seconds, checksum };
}

// Warm up all three paths, then measure each once on the full count (loop, batch, direct, loop again).
for (const fn of [handLoop, viaBatch, viaScoreMonth]) fn(50_000);
const loop1 = time("hand-written loop", handLoop, MONTHS);
const batch = time("scoreMonthBatch", viaBatch, MONTHS);
const direct = time("scoreMonth", viaScoreMonth, MONTHS);
const loop2 = time("hand-written loop (again)", handLoop, MONTHS);
const loopBest = Math.max(loop1.perSecond, loop2.perSecond);

if (Math.abs(loop1.checksum - batch.checksum) > 1e-6 * Math.abs(loop1.checksum) || Math.abs(batch.checksum - direct.checksum) > 1e-6) {
  throw new Error(`checksums differ: loop ${loop1.checksum}, batch ${batch.checksum}, direct ${direct.checksum}`);
}

const fmt = (x: number) => Math.round(x).toLocaleString("en-US");
console.log(`machine: ${os.cpus()[0]?.model ?? "unknown"} x ${os.cpus().length}, node ${process.version}, ${os.platform()} ${os.arch()}`);
console.log(`employee-months: ${fmt(MONTHS)} (5 indicators each; ${fmt(POOL)} distinct inputs cycled; checksums equal)`);
console.log("| path | seconds | employee-months/s | vs best loop |");
console.log("|---|---:|---:|---:|");
for (const r of [loop1, batch, direct, loop2]) {
  console.log(`| ${r.label} | ${r.seconds.toFixed(2)} | ${fmt(r.perSecond)} | ${((100 * r.perSecond) / loopBest).toFixed(1)}% |`);
}
const ratio = batch.perSecond / loopBest;
console.log(`ratio scoreMonthBatch / loop: ${(ratio * 100).toFixed(1)}% (target >= 30%): ${ratio >= 0.3 ? "MET" : "NOT MET"}`);
