import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const INDEX = new URL("../../src/index.ts", import.meta.url).pathname;

/** The files an app bundling only `names` from the library carries (esbuild browser, minified, tree-shaken). */
async function bundledFiles(names: readonly string[]): Promise<string[]> {
  const result = await build({
    stdin: { contents: `export { ${names.join(", ")} } from ${JSON.stringify(INDEX)};`, loader: "ts", resolveDir: "." },
    bundle: true,
    platform: "browser",
    format: "esm",
    minify: true,
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const inputs = Object.values(result.metafile.outputs)[0]!.inputs;
  return Object.keys(inputs)
    .filter((path) => inputs[path]!.bytesInOutput > 0)
    .map((path) => path.replaceAll("\\", "/"));
}

describe("a browser bundle of the runtime functions (issue 12 item 4)", () => {
  it("carries no JSON-Schema generator, zod locale or classic zod: only the export functions use the generator", async () => {
    const files = await bundledFiles(["checkEligibility", "generateSchedule", "scoreMonth"]);
    const zod = files.filter((f) => f.includes("node_modules/zod/"));
    expect(zod.length).toBeGreaterThan(0);
    expect(zod.filter((f) => /json-schema|\/locales\/|\/classic\//.test(f))).toEqual([]);
  });

  it("does carry the generator when an app imports a JSON-Schema function (the check above can fail)", async () => {
    const files = await bundledFiles(["employeeJsonSchema"]);
    expect(files.some((f) => f.includes("json-schema"))).toBe(true);
  });
});

describe("the messages a browser bundle carries (issue 12 item 3)", () => {
  const tables = (files: readonly string[]) =>
    files
      .map((f) => /src\/i18n\/locales\/(\w+)\/([\w-]+)\.ts$/.exec(f))
      .filter((m) => m !== null)
      .map((m) => `${m[2]} (${m[1]})`)
      .sort();

  it("checkEligibility carries only the tables of the domains whose codes it can emit", async () => {
    // Scoring's: the track-record history goes through evaluateEarlyWarning, whose refusals and reasons it reports.
    expect(tables(await bundledFiles(["checkEligibility"]))).toEqual(
      ["calendar", "core", "eligibility", "policy", "scoring"].flatMap((d) => [`${d} (en)`, `${d} (id)`]),
    );
  });

  it("formatMessage carries every domain's table, in both languages, and never the CLI's help (the check above can fail)", async () => {
    const all = tables(await bundledFiles(["formatMessage"]));
    expect(all).toContain("schedule (en)");
    expect(all).toContain("cli (id)");
    expect(all.filter((t) => t.startsWith("cli-help"))).toEqual([]);
  });
});
