import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const SRC = new URL("../../src/", import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "cli" ? [] : sourceFiles(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

describe("the library core", () => {
  const files = sourceFiles(SRC);

  it("never reads the clock: dates come in as arguments", () => {
    const offenders = files.filter((f) =>
      /Date\.now\(|new Date\(\)|DateTime\.now\(|DateTime\.local\(\)/.test(readFileSync(f, "utf8")),
    );
    expect(offenders).toEqual([]);
  });

  it("imports zod as a namespace so browser bundles do not pull every zod locale", () => {
    const offenders = files.filter((f) =>
      /import\s*\{[^}]*\bz\b[^}]*\}\s*from\s*["']zod["']/.test(readFileSync(f, "utf8")),
    );
    expect(offenders).toEqual([]);
  });

  it("imports no date library (core/dates computes on the digits) and json-rules-engine only through rules/", () => {
    const luxon = files
      .filter((f) => /from\s*["']luxon["']/.test(readFileSync(f, "utf8")))
      .map((f) => f.slice(SRC.length));
    const jre = files
      .filter((f) => /from\s*["']json-rules-engine["']/.test(readFileSync(f, "utf8")))
      .map((f) => f.slice(SRC.length));
    expect(luxon).toEqual([]);
    expect(jre.every((f) => f.startsWith("rules/"))).toBe(true);
  });

  it("bundles for the browser with no Node built-in module", async () => {
    const result = await build({
      entryPoints: [join(SRC, "index.ts")],
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      metafile: true,
      minify: true,
      logLevel: "silent",
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(
      inputs.filter((i) => i.startsWith("node:") || /^(fs|path|os|child_process|stream|process)$/.test(i)),
    ).toEqual([]);
    expect(result.errors).toEqual([]);
  });
});
