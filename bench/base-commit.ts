/**
 * The library's entry as it was at another commit, for the same-run A/B benchmarks (scoring-ab, eligibility-ab):
 * that commit's src/, unpacked into a temporary folder beside a link to this tree's node_modules and copies of
 * its package.json ("type": "module") and tsconfig.json, so that tsx loads it as it loads this tree's.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

const root = path.resolve(import.meta.dirname, "..");

/** Imports `src/index.ts` of `commit` (any name git knows: a hash, `main`, `HEAD~3`). */
export async function importAtCommit<T>(commit: string): Promise<T> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "mkd-ab-"));
  try {
    const tar = execFileSync("git", ["archive", commit, "src"], { cwd: root, maxBuffer: 1 << 28 });
    execFileSync("tar", ["-x", "-C", dir], { input: tar });
    symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"));
    copyFileSync(path.join(root, "tsconfig.json"), path.join(dir, "tsconfig.json"));
    copyFileSync(path.join(root, "package.json"), path.join(dir, "package.json"));
    return (await import(pathToFileURL(path.join(dir, "src", "index.ts")).href)) as T;
  } finally {
    // The modules are loaded: the files are no longer needed.
    rmSync(dir, { recursive: true, force: true });
  }
}
