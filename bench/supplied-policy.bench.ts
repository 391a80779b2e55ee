/**
 * What a supplied policy document costs: `preparePolicy` (the one validation), then `checkEligibility` and
 * `scoreMonth` given the Kota Tasikmalaya overlay prepared, as the frozen value `resolvePolicy` returns for it,
 * and a shipped jurisdiction; and the batches given the prepared overlay. With a base commit from before 0.4.0
 * (when the functions took the document itself and read it by content at every call), the same calls through that
 * commit's source in the same process, the document standing where the prepared policy stands now.
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
const { jurisdiction: _j, policy: _p, ...month } = aScoringMonth().build();

function perCall(run: () => void, calls: number): number {
  for (let i = 0; i < calls; i++) run(); // warm-up: as many calls as are timed
  const start = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) run();
  return Number(process.hrtime.bigint() - start) / calls;
}

/** `supplied` is what stands for the overlay: the prepared policy (working tree) or the document (a base commit). */
function measure(label: string, m: Lib, supplied: () => unknown, suppliedName: string): void {
  const policy = supplied() as lib.PreparedPolicy;
  const resolved = m.resolvePolicy(overlay, ASOF);
  const options = { policy, asOf: ASOF };
  const rows = Array.from({ length: 20_000 }, () => employee);
  const months = Array.from({ length: 20_000 }, () => ({ ...month, policy }));
  const paths: [string, () => void, number][] = [
    [`checkEligibility, ${suppliedName}`, () => m.checkEligibility(employee, options), CALLS],
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
    [`scoreMonth, ${suppliedName}`, () => m.scoreMonth({ ...month, policy }), CALLS],
    ["scoreMonth, jurisdiction jabar", () => m.scoreMonth({ ...month, jurisdiction: "jabar" }), CALLS],
  ];
  for (const [name, run, calls] of paths) console.log(`| ${label} | ${name} | ${perCall(run, calls).toFixed(0)} |`);
  const batch = (run: () => void) => perCall(run, 5) / 20_000;
  console.log(
    `| ${label} | checkEligibilityBatch, ${suppliedName} (a row) | ${batch(() => {
      for (const _ of m.checkEligibilityBatch(rows, options));
    }).toFixed(0)} |`,
  );
  console.log(
    `| ${label} | scoreMonthBatch, ${suppliedName} on every row (a row) | ${batch(() => {
      for (const _ of m.scoreMonthBatch(months));
    }).toFixed(0)} |`,
  );
}

console.log("| code | path | ns a call |\n|---|---|---:|");
// The one validation: new content each call (a title that differs), since the same content is validated once a
// process and then read from the cache, which the second line measures (a fresh copy of the same document).
let edition = 0;
const edited = () => ({ ...overlay, title: { ...overlay.title, en: `${overlay.title.en} ${edition++}` } });
console.log(
  `| working tree | preparePolicy(overlay), new content | ${perCall(() => lib.preparePolicy(edited()), 200).toFixed(0)} |`,
);
console.log(
  `| working tree | preparePolicy(overlay), content seen before | ${perCall(() => lib.preparePolicy(structuredClone(overlay)), 200).toFixed(0)} |`,
);
measure("working tree", lib, () => lib.preparePolicy(overlay), "the prepared overlay");
const base = process.argv[2];
if (base !== undefined) measure(base, await importAtCommit<Lib>(base), () => overlay, "the overlay document");
