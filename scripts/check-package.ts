/**
 * The package check (`npm run check:package` runs it after the build): the tarball `npm pack` would publish,
 * packed once from the dist/ on disk (without `prepack`, which would build again), then checked.
 *
 * - The unpacked size stays under the budget of issue 11 (1.5 MB = 1,500,000 bytes); over it, the check fails
 *   and prints the largest files, so whoever crossed it sees where the bytes are.
 * - No source maps in the tarball.
 * - No declaration or member tagged `@internal` in src/ reaches the published types (dist/*.d.ts, *.d.cts):
 *   the types are built with `stripInternal` (tsup.config.ts).
 * - publint, and attw (are the types wrong) with the node16 profile, on the same tarball (they are run from here,
 *   which knip cannot see: knip.json lists them as used).
 *
 * Usage: tsx scripts/check-package.ts (after `npm run build`). Exit code 1 when a check fails.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "typescript";
import { declaredKeys, internalKeys, ownSourceFiles } from "./declarations.js";

const BUDGET = 1_500_000;
const root = join(import.meta.dirname, "..");
const failures: string[] = [];

interface PackReport {
  size: number;
  unpackedSize: number;
  entryCount: number;
  files: { path: string; size: number }[];
}
// --ignore-scripts: the dist/ that is there (prepack would rebuild it).
const packDir = mkdtempSync(join(tmpdir(), "mkd-pack-"));
const text = execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", packDir], {
  cwd: root,
  encoding: "utf8",
});
const pack = (JSON.parse(text.slice(text.search(/^\[/m))) as (PackReport & { filename: string })[])[0]!;
const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
const largest = [...pack.files].sort((a, b) => b.size - a.size).slice(0, 15);
console.log(
  `package: ${pack.entryCount} files, ${pack.unpackedSize} bytes unpacked (budget ${BUDGET}, ${kb(BUDGET - pack.unpackedSize)} left), ${pack.size} bytes packed`,
);
if (pack.unpackedSize >= BUDGET) {
  failures.push(`the package is ${pack.unpackedSize} bytes unpacked, over the ${BUDGET}-byte budget`);
  console.log("largest files:");
  for (const f of largest) console.log(`  ${String(f.size).padStart(9)}  ${f.path}`);
}
if (!pack.files.some((f) => f.path === "dist/index.js")) failures.push("dist/ is not in the package (run the build)");
const maps = pack.files.filter((f) => f.path.endsWith(".map")).map((f) => f.path);
if (maps.length > 0) failures.push(`source maps in the package: ${maps.join(", ")}`);

// The sources, parsed (not type-checked) from the public entries, and the published declarations.
const entries = ["src/index.ts", "src/json-rules-engine.ts", "src/testing/index.ts"].map((e) => join(root, e));
const program = ts.createProgram(entries, { noResolve: false, allowJs: false, noEmit: true });
const internal = internalKeys(ownSourceFiles(program));
const dts = readdirSync(join(root, "dist"))
  .filter((f) => /\.d\.c?ts$/.test(f))
  .map((f) => ts.createSourceFile(f, readFileSync(join(root, "dist", f), "utf8"), ts.ScriptTarget.ES2022));
const leaked = [...declaredKeys(dts)].filter((k) => internal.has(k));
if (leaked.length > 0) failures.push(`internal declarations in dist/*.d.ts: ${leaked.sort().join(", ")}`);
console.log(
  `types: ${dts.length} declaration files, ${internal.size} internal declarations in src/, ${leaked.length} published`,
);

// The linters, on the same tarball: their own output says what is wrong.
const bin = (name: string) => join(root, "node_modules/.bin", name);
for (const [name, args] of [
  ["publint", [bin("publint"), "run", join(packDir, pack.filename)]],
  ["attw", [bin("attw"), join(packDir, pack.filename), "--profile", "node16"]],
] as const) {
  try {
    execFileSync(args[0], args.slice(1), { cwd: root, stdio: "inherit" });
  } catch {
    failures.push(`${name} reports problems (above)`);
  }
}
rmSync(packDir, { recursive: true, force: true });

for (const f of failures) console.error(`FAIL ${f}`);
process.exitCode = failures.length > 0 ? 1 : 0;
