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

  it('imports zod only as `import * as z from "zod/mini"`, so browser bundles carry no JSON-Schema generator or locale', () => {
    // Classic zod ("zod", "zod/v4") ties the JSON-Schema generator and the English locale to every schema, and a
    // named import (`import { z }`) keeps every export; zod/mini keeps only the schema kinds a bundle uses.
    const offenders = files.flatMap((f) =>
      [...readFileSync(f, "utf8").matchAll(/^import\b[^;]*?from\s*["'](zod(?:\/[^"']*)?)["']/gm)]
        .filter((m) => !/^import\s+(?:type\s+)?\*\s+as\s+z\s+from\s*["']zod\/mini["']$/.test(m[0]))
        .map((m) => `${f.slice(SRC.length)}: ${m[0]}`),
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
