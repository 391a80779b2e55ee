/**
 * The scoring benchmarks' workload, shared by scoring.bench.ts and scoring-ab.bench.ts: 10,000 deterministic
 * employee-months of five indicators, and the hand-written loop (the anchor) that scores them with the same
 * formulas, no validation and no explanation.
 */
import { mulberry32 } from "../test/support/prng.js";
import type { ScoreMonthInput } from "../src/index.js";

export const POOL = 10_000;

// Deterministic pseudo-random inputs (mulberry32), so every run scores the same rows.
const rand = mulberry32(20260301);

function makeInput(i: number): ScoreMonthInput {
  return {
    employee: `19900101202001${String(i).padStart(4, "0")}`,
    month: "2026-03",
    jurisdiction: "jabar",
    targets: [
      { id: "letters", target: 40, unit: "document", weight: 30, direction: "higher_is_better", aspect: "quantity" },
      { id: "reviews", target: 12, unit: "review", weight: 20, direction: "higher_is_better", aspect: "quality" },
      { id: "turnaround", target: 3, unit: "day", weight: 20, direction: "lower_is_better", aspect: "time" },
      {
        id: "on_time",
        target: { min: 95, max: 100 },
        unit: "percent",
        weight: 15,
        direction: "higher_is_better",
        aspect: "quality",
      },
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

export const pool: readonly ScoreMonthInput[] = Array.from({ length: POOL }, (_, i) => makeInput(i));

function round2(x: number): number {
  const y = (x < 0 ? -x : x) * 100;
  let n = Math.floor(y);
  if (y - n >= 0.5 - 1e-7) n += 1;
  const r = n / 100;
  return x < 0 && r !== 0 ? -r : r;
}

/** The hand-written loop: same formulas, no validation, no explanation, a number out. */
export function handLoop(months: number): number {
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
