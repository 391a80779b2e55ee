/**
 * What a supplied policy document costs a call: `checkEligibility` and `scoreMonth` given the Kota Tasikmalaya
 * overlay as a document (read by content at every call), as the frozen value `resolvePolicy` returns for it,
 * and a shipped jurisdiction; and the batches given the document (read once per batch). With a base commit,
 * the same calls through that commit's source too, in the same process.
 *
 * `npx tsx bench/supplied-policy.bench.ts [base]` (BENCH_CALLS single calls a path, 20,000; batches of 20,000
 * rows). Wall time per call, after a warm-up.
 */
import { readFileSync } from "node:fs";
import * as lib from "../src/index.js";
import { aScoringMonth, anEmployee } from "../src/testing/index.js";
import { importAtCommit } from "./base-commit.js";

type Lib = typeof lib;
const CALLS = Number(process.env.BENCH_CALLS ?? 20_000);
const ASOF = "2026-03-02";
const overlay = JSON.parse(
  readFileSync(new URL("../examples/policies/kota-tasikmalaya.policy.json", import.meta.url), "utf8"),
);
const employee = anEmployee().build();
// A scoring month naming no policy source: each path below adds its own.
const { jurisdiction: _j, policy: _p, documents: _d, ...month } = aScoringMonth().build();

function perCall(run: () => void, calls: number): number {
  for (let i = 0; i < Math.min(calls, 2_000); i++) run();
  const start = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) run();
  return Number(process.hrtime.bigint() - start) / calls;
}

function measure(label: string, m: Lib): void {
  const resolved = m.resolvePolicy(overlay, ASOF);
  const documentOptions = { policy: overlay, asOf: ASOF };
  const rows = Array.from({ length: 20_000 }, () => employee);
  const months = Array.from({ length: 20_000 }, () => ({ ...month, policy: overlay }));
  const paths: [string, () => void, number][] = [
    ["checkEligibility, the overlay document", () => m.checkEligibility(employee, documentOptions), CALLS],
    [
      "checkEligibility, resolvePolicy(overlay)",
      () => m.checkEligibility(employee, { policy: resolved, asOf: ASOF }),
      CALLS,
    ],
    [
      "checkEligibility, jurisdiction jabar",
      () => m.checkEligibility(employee, { jurisdiction: "jabar", asOf: ASOF }),
      CALLS,
    ],
    ["scoreMonth, the overlay document", () => m.scoreMonth({ ...month, policy: overlay }), CALLS],
    ["scoreMonth, jurisdiction jabar", () => m.scoreMonth({ ...month, jurisdiction: "jabar" }), CALLS],
  ];
  for (const [name, run, calls] of paths) console.log(`| ${label} | ${name} | ${perCall(run, calls).toFixed(0)} |`);
  const batch = (run: () => void) => perCall(run, 5) / 20_000;
  console.log(
    `| ${label} | checkEligibilityBatch, the overlay document (a row) | ${batch(() => {
      for (const _ of m.checkEligibilityBatch(rows, documentOptions));
    }).toFixed(0)} |`,
  );
  console.log(
    `| ${label} | scoreMonthBatch, the overlay document on every row (a row) | ${batch(() => {
      for (const _ of m.scoreMonthBatch(months));
    }).toFixed(0)} |`,
  );
}

console.log("| code | path | ns a call |\n|---|---|---:|");
measure("working tree", lib);
const base = process.argv[2];
if (base !== undefined) measure(base, await importAtCommit<Lib>(base));
