import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// Issue 12, item 5: no source file over 600 lines. A file that grows past it is split along a seam (as
// eligibility/tables.ts, policy/vocabulary.ts, policy/fact-definition.ts and policy/parameter-checks.ts were),
// not trimmed by reformatting. Lines are counted as `wc -l` counts them: newline characters.
const MAX_LINES = 600;
const ROOT = new URL("../..", import.meta.url).pathname;
const SRC = join(ROOT, "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.isFile() && entry.name.endsWith(".ts") ? [path] : [];
  });
}

function lineCount(path: string): number {
  const text = readFileSync(path, "utf8");
  let lines = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lines++;
  return lines;
}

describe("source file size", () => {
  const files = sourceFiles(SRC);

  it("finds the source files, the command line's among them", () => {
    const names = files.map((f) => relative(ROOT, f));
    expect(names).toContain("src/index.ts");
    expect(names).toContain("src/cli/main.ts");
    expect(names.length).toBeGreaterThan(50);
  });

  it(`keeps every src/**/*.ts file at ${MAX_LINES} lines or fewer`, () => {
    const over = files
      .map((f) => ({ file: relative(ROOT, f), lines: lineCount(f) }))
      .filter((f) => f.lines > MAX_LINES)
      .map((f) => `${f.file}: ${f.lines} lines`)
      .sort();
    expect(over, `split these along a seam (at most ${MAX_LINES} lines each)`).toEqual([]);
  });
});
