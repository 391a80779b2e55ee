#!/usr/bin/env node
/**
 * The integrator's check, run by CI: pack the package as npm would publish it (`npm pack` runs `prepack`, the
 * build), install the tarball into a fresh project in a temporary folder, and use it from there as a consumer
 * would: ESM, CommonJS, TypeScript (`tsc --strict`, module node16 and bundler, where a typo in an input must
 * fail), and the kit under `node:test`, vitest and jest. Exits non-zero on the first failure.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { assertInputDocs } from "../../scripts/input-docs.mjs";

const here = dirname(fileURLToPath(import.meta.url));
/** The jest the consumer project installs (docs/en/testing.md names the same major). */
const JEST = "30.5.2";
const repo = resolve(here, "../..");
const work = mkdtempSync(join(tmpdir(), "mkd-consumer-"));
const run = (cmd, args, cwd = work) =>
  execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
const step = (name, fn) => {
  try {
    const out = fn();
    console.log(`ok   ${name}${out ? `: ${String(out).trim().split("\n").at(-1)}` : ""}`);
  } catch (e) {
    console.error(`FAIL ${name}\n${e.stdout ?? ""}${e.stderr ?? ""}${e.stdout || e.stderr ? "" : e.message}`);
    process.exitCode = 1;
    throw e;
  }
};

try {
  let tarball = "";
  step("npm pack (prepack builds dist/)", () => {
    // The build's own output (prepack) comes first on stdout; the JSON report is the array after it.
    const text = run("npm", ["pack", "--json", "--pack-destination", work], repo);
    const out = JSON.parse(text.slice(text.search(/^\[/m)))[0];
    tarball = join(work, out.filename);
    const files = out.files.map((f) => f.path);
    for (const needed of [
      "dist/index.js",
      "dist/index.cjs",
      "dist/testing.js",
      "dist/testing.cjs",
      "dist/cli.js",
      "dist/index.d.ts",
      "dist/testing.d.cts",
    ]) {
      if (!files.includes(needed)) throw new Error(`${needed} is not in the tarball`);
    }
    if (files.some((f) => f.endsWith(".map"))) throw new Error("source maps in the tarball");
    // The budget (issue 11) is enforced by `npm run check:package` (scripts/check-package.ts, which lists the
    // largest files when it is crossed); here it is reported.
    const budget = out.unpackedSize < 1_500_000 ? "within the 1.5 MB budget" : "OVER the 1.5 MB budget";
    return `${files.length} files, ${out.unpackedSize} bytes unpacked (${budget})`;
  });

  const app = join(work, "app");
  mkdirSync(app);
  writeFileSync(
    join(app, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module" }, null, 2),
  );
  step("npm install the tarball into a fresh project", () =>
    run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball], app),
  );
  // jest is not a dependency of this repository: the consumer installs it as an integrator would (pinned, so a new
  // jest release cannot turn CI red overnight).
  step("npm install jest into the fresh project", () =>
    run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--save-dev", `jest@${JEST}`], app),
  );
  // The consumer's own dev tools: the same TypeScript and vitest as this repository, linked in.
  for (const tool of ["typescript", "vitest"])
    symlinkSync(join(repo, "node_modules", tool), join(app, "node_modules", tool), "dir");
  for (const file of readdirSync(here)) if (file !== "check.mjs") copyFileSync(join(here, file), join(app, file));
  for (const file of readdirSync(join(repo, "examples/testing")))
    copyFileSync(join(repo, "examples/testing", file), join(app, file));
  copyFileSync(join(repo, "examples/policies/kota-tasikmalaya.policy.json"), join(app, "kota-tasikmalaya.policy.json"));

  step(
    "ESM: builders, fixtures, runPolicyCases (one wrong case on the Tasikmalaya overlay), MkdError.is across builds",
    () => run(process.execPath, ["esm.mjs"], app),
  );
  step("CommonJS: require('mkd-engine'), 'mkd-engine/testing', schemas, package.json", () =>
    run(process.execPath, ["cjs.cjs"], app),
  );
  const tsc = join(app, "node_modules/typescript/bin/tsc");
  const strict = ["--strict", "--noEmit", "--skipLibCheck", "false", "--target", "es2022", "--lib", "es2022,dom"];
  for (const [module, resolution] of [
    ["node16", "node16"],
    ["esnext", "bundler"],
  ]) {
    step(`TypeScript (${resolution}): typed inputs and the kit compile under --strict`, () =>
      run(process.execPath, [tsc, ...strict, "--module", module, "--moduleResolution", resolution, "typed.ts"], app),
    );
    step(`TypeScript (${resolution}): a typo in an input field fails --strict`, () => {
      try {
        run(process.execPath, [tsc, ...strict, "--module", module, "--moduleResolution", resolution, "typo.ts"], app);
      } catch (e) {
        if (/TS2561.*talentbox.*talentBox/.test(e.stdout)) return "TS2561: 'talentbox' ... Did you mean 'talentBox'?";
        throw e;
      }
      throw new Error("typo.ts compiled");
    });
  }
  step("the published types: TSDoc on every input field", () =>
    // test/package/input-docs.test.ts requires it of the sources; declaration emit can still drop it (it printed
    // the fields of a zod schema inline without their comments until src/core/schema-meta.ts typed the object
    // schemas by their shape), so the walk runs again over what an editor reads: the installed declarations.
    assertInputDocs(join(app, "node_modules/mkd-engine/dist/index.d.ts")),
  );
  step("node:test with the kit", () => run(process.execPath, ["--test", "node-test.test.mjs"], app));
  step("vitest with the kit", () =>
    run(process.execPath, [join(app, "node_modules/vitest/vitest.mjs"), "run", "vitest.test.ts", "--root", app], app),
  );
  step("jest with the kit (CommonJS, no transform)", () => {
    // --json: the counts on stdout (jest writes its report to stderr); a run that found no test fails.
    const text = run(
      process.execPath,
      [join(app, "node_modules/jest/bin/jest.js"), "--ci", "--json", "jest.test.cjs"],
      app,
    );
    const result = JSON.parse(text);
    if (!result.success || result.numTotalTests === 0 || result.numFailedTests !== 0)
      throw new Error(`jest: ${result.numFailedTests} of ${result.numTotalTests} tests failed`);
    return `jest ${JEST}: ${result.numPassedTests} of ${result.numTotalTests} tests green in ${result.numTotalTestSuites} file`;
  });
  step("the mkd command from the tarball", () => run(join(app, "node_modules/.bin/mkd"), ["--version"], app));
  step("mkd policy test from the tarball (the shipped cases load as JSON modules)", () => {
    try {
      return run(
        join(app, "node_modules/.bin/mkd"),
        ["policy", "test", "kota-tasikmalaya.policy.json", "--locale", "en"],
        app,
      );
    } catch (e) {
      if (e.status === 1 && /passed, \d+ failed/.test(e.stdout)) return e.stdout; // cases the city's overlay changes
      throw e;
    }
  });
} catch {
  // reported by step()
} finally {
  rmSync(work, { recursive: true, force: true });
}
