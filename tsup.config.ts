import { chmod, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { relative, sep } from "node:path";
import { defineConfig } from "tsup";

// Public entries of the library (ESM + CJS; one set of types, .d.cts, which each entry's .d.ts re-exports).
// The ESM build also holds the Node-only `mkd` command: with code splitting, the command and the library entries
// share one copy of the library code (chunks), instead of the command bundling its own. No source maps: they
// doubled the tarball and pointed at sources that are not shipped. The types are built with `stripInternal`:
// members and exports tagged `@internal` stay out of the public declarations. A tagged export that another
// module's declarations name breaks the types build, so such an export is not internal and must not be tagged;
// test/package/internal.test.ts checks both. The json-rules-engine adapter is its own entry
// (mkd-engine/json-rules-engine): the main entry never imports json-rules-engine, so a browser bundle of the
// main functions does not carry it.
export const library = {
  index: "src/index.ts",
  "json-rules-engine": "src/json-rules-engine.ts",
  testing: "src/testing/index.ts",
};
const external = ["zod", "json-rules-engine", "luxon", "csv-parse", "csv-stringify", /^node:/];

/**
 * The shipped policies (src/policies) as one `JSON.parse` of a compact string each: esbuild would inline them
 * as pretty-printed object literals, more bytes and slower to parse.
 */
const compactPolicyJson = {
  name: "compact-policy-json",
  setup(build: {
    onLoad: (o: { filter: RegExp }, cb: (a: { path: string }) => Promise<{ contents: string; loader: "js" }>) => void;
  }) {
    build.onLoad({ filter: /[\\/]src[\\/]policies[\\/].*[\\/]policy\.json$/ }, async ({ path }) => ({
      contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(await readFile(path, "utf8"))))});`,
      loader: "js",
    }));
  },
};

/**
 * The golden cases of `mkd-engine/testing` are shipped once, as compact JSON files in dist/cases/, that the ESM
 * build imports (`with { type: "json" }`) and the CJS build requires: inlined, they were the largest part of
 * the tarball twice over (ESM and CJS copies).
 */
const casesAsJsonFiles = {
  name: "cases-as-json-files",
  setup(build: {
    onResolve: (
      o: { filter: RegExp },
      cb: (a: { path: string; resolveDir: string }) => { path: string; external: true },
    ) => void;
    onEnd: (cb: () => Promise<void>) => void;
  }) {
    const files = new Map<string, string>();
    build.onResolve({ filter: /[\\/]policies[\\/].*[\\/]cases\.json$/ }, ({ path, resolveDir }) => {
      const source = `${resolveDir}/${path}`;
      const [jurisdiction, version] = relative("src/policies", relative(process.cwd(), source)).split(sep);
      const name = `cases/${jurisdiction}@${version}.json`;
      files.set(name, source);
      return { path: `./${name}`, external: true };
    });
    build.onEnd(async () => {
      await mkdir("dist/cases", { recursive: true });
      for (const [name, source] of files)
        await writeFile(`dist/${name}`, JSON.stringify(JSON.parse(await readFile(source, "utf8"))));
    });
  },
};

/**
 * After the ESM build: the shebang on the command's entry only (a banner would put it on every chunk), and the
 * JSON import attribute on the cases imports, which esbuild drops from a rewritten external path (Node and
 * browsers refuse a JSON module without it).
 */
async function finishEsm(): Promise<void> {
  // The ESM types re-export the CJS ones: the declarations are the same for both conditions, so they are shipped
  // once, as .d.cts (an ESM declaration file may import a CommonJS one; the reverse is refused under node16).
  for (const entry of Object.keys(library)) await writeFile(`dist/${entry}.d.ts`, `export * from "./${entry}.cjs";\n`);

  const cli = "dist/cli.js";
  const code = await readFile(cli, "utf8");
  if (!code.startsWith("#!")) await writeFile(cli, `#!/usr/bin/env node\n${code}`);
  await chmod(cli, 0o755);
  // Any ESM file may hold the cases imports (testing.js, or a chunk it shares with the `mkd policy test` command).
  for (const file of await readdir("dist")) {
    if (!file.endsWith(".js")) continue;
    const source = await readFile(`dist/${file}`, "utf8");
    const fixed = source.replace(/(from ?"\.\/cases\/[^"]+\.json")(;)/g, '$1 with { type: "json" }$2');
    if (fixed !== source) await writeFile(`dist/${file}`, fixed);
  }
}

/** The ESM build's entries: the library's, and the `mkd` command sharing their chunks (scripts/size.mjs builds these). */
export const esmEntries = { ...library, cli: "src/cli/main.ts" };

export default defineConfig([
  {
    entry: esmEntries,
    format: ["esm"],
    splitting: true,
    // No types of its own: each entry's .d.ts re-exports the CJS build's .d.cts (finishEsm).
    dts: false,
    // Whitespace removed and syntax shortened, names kept (as in the CJS build): bundlers minify again anyway,
    // and a stack trace still names the function. The package was over its 1.5 MB budget with the ESM build
    // as written.
    minifyWhitespace: true,
    minifySyntax: true,
    sourcemap: false,
    clean: true,
    target: "es2022",
    platform: "neutral",
    external,
    esbuildPlugins: [casesAsJsonFiles, compactPolicyJson],
    onSuccess: finishEsm,
  },
  {
    entry: library,
    format: ["cjs"],
    // Shared chunks in CJS too (tsup's splitting for CJS), so `mkd-engine/testing` and the main entry share one
    // copy of the library (one MkdError class, one policy cache) instead of each bundling it.
    splitting: true,
    dts: { entry: library, compilerOptions: { stripInternal: true } },
    sourcemap: false,
    // The CJS copy (for `require` callers) is minified like the ESM build, names kept.
    minifyWhitespace: true,
    minifySyntax: true,
    target: "es2022",
    platform: "neutral",
    external,
    esbuildPlugins: [casesAsJsonFiles, compactPolicyJson],
  },
]);
