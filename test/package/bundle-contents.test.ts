import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const INDEX = new URL("../../src/index.ts", import.meta.url).pathname;

/** The files an app bundling only `names` from the library carries, with their minified bytes in the bundle. */
async function bundledSizes(names: readonly string[]): Promise<Map<string, number>> {
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
  return new Map(
    Object.entries(inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([path, input]) => [path.replaceAll("\\", "/"), input.bytesInOutput]),
  );
}

/** The files an app bundling only `names` from the library carries (esbuild browser, minified, tree-shaken). */
async function bundledFiles(names: readonly string[]): Promise<string[]> {
  return [...(await bundledSizes(names)).keys()];
}

describe("a browser bundle of the runtime functions (issue 12 item 4)", () => {
  it("carries no JSON-Schema generator, zod locale or classic zod: only the export functions use the generator", async () => {
    const files = await bundledFiles(["checkEligibility", "generateSchedule", "scoreMonth"]);
    const zod = files.filter((f) => f.includes("node_modules/zod/"));
    expect(zod.length).toBeGreaterThan(0);
    expect(zod.filter((f) => /json-schema|\/locales\/|\/classic\//.test(f))).toEqual([]);
  });

  it("keeps zod's share small: no read of a zod namespace object (z.util, z.core) that keeps a whole zod module", async () => {
    // 31.9 kB minified on 2026-12-01 (zod/mini, the schema kinds the library uses); reading `z.util.allowsEval`
    // kept all of zod's util module (+10 kB), and `z.core.anything` keeps all of zod's core (+370 kB).
    const sizes = await bundledSizes(["checkEligibility", "generateSchedule", "scoreMonth"]);
    const zod = [...sizes].filter(([f]) => f.includes("node_modules/zod/")).reduce((sum, [, n]) => sum + n, 0);
    expect(zod).toBeLessThan(36_000);
  });

  it("does carry the generator when an app imports a JSON-Schema function (the check above can fail)", async () => {
    const files = await bundledFiles(["employeeJsonSchema"]);
    expect(files.some((f) => f.includes("json-schema"))).toBe(true);
  });
});

describe("the validation of supplied documents stays out of the decision paths (preparePolicy)", () => {
  const VALIDATOR = /src\/policy\/(validate|rule-checks|parameter-checks|limits)\.ts$/;

  it("checkEligibility, generateSchedule and scoreMonth carry no validator", async () => {
    const files = await bundledFiles(["checkEligibility", "generateSchedule", "scoreMonth"]);
    expect(files.filter((f) => VALIDATOR.test(f))).toEqual([]);
  });

  it("an app that prepares a document does carry it (the check above can fail)", async () => {
    const files = await bundledFiles(["preparePolicy"]);
    expect(files.filter((f) => VALIDATOR.test(f)).length).toBe(4);
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
    // Not the validation's (policy-checks): a decision takes a shipped, prepared or resolved policy, never
    // validates a document, and compiles the rules of a policy resolved here without checking them again.
    expect(tables(await bundledFiles(["checkEligibility"]))).toEqual(
      ["calendar", "core", "eligibility", "policy", "scoring"].flatMap((d) => [`${d} (en)`, `${d} (id)`]),
    );
  });

  it("a bundle that never validates a policy document carries the policy texts without the validation ones", async () => {
    for (const names of [["workingCalendar"], ["dataHorizons"], ["MkdError"]]) {
      const all = tables(await bundledFiles(names));
      expect([names, all.filter((t) => t.startsWith("policy"))]).toEqual([names, ["policy (en)", "policy (id)"]]);
    }
    // validatePolicy does carry them, in both languages (the check above can fail).
    expect(tables(await bundledFiles(["validatePolicy"]))).toEqual(
      expect.arrayContaining(["policy-checks (en)", "policy-checks (id)"]),
    );
  });

  it("formatMessage carries every domain's table, in both languages, and never the CLI's help (the check above can fail)", async () => {
    const all = tables(await bundledFiles(["formatMessage"]));
    expect(all).toContain("schedule (en)");
    expect(all).toContain("cli (id)");
    expect(all.filter((t) => t.startsWith("cli-help"))).toEqual([]);
  });
});
