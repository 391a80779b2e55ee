import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { browserRequired } from "../export/browser.js";

/** Runs the browser test file in a child vitest as a machine without Chromium (CHROMIUM_PATH points nowhere). */
function runWithoutChromium(ci: string | undefined) {
  const env: NodeJS.ProcessEnv = { ...process.env, CHROMIUM_PATH: "/nonexistent/chromium" };
  delete env.CI;
  delete env.VITEST; // the child is a fresh vitest, not a worker of this one
  if (ci !== undefined) env.CI = ci;
  const r = spawnSync(
    process.execPath,
    ["node_modules/vitest/vitest.mjs", "run", "test/export/html-browser.test.ts", "--typecheck.enabled=false"],
    { env, encoding: "utf8" },
  );
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

describe("npm test on a machine without Chromium", () => {
  it("CI is read as CI services set it: any value but empty, 0 or false requires the browser", () => {
    expect(browserRequired({})).toBe(false);
    expect(browserRequired({ CI: "" })).toBe(false);
    expect(browserRequired({ CI: "false" })).toBe(false);
    expect(browserRequired({ CI: "0" })).toBe(false);
    expect(browserRequired({ CI: "true" })).toBe(true);
    expect(browserRequired({ CI: "1" })).toBe(true);
  });

  it("skips the browser test with one line saying how to enable it, and passes", () => {
    const r = runWithoutChromium(undefined);
    expect(r.status).toBe(0);
    const lines = r.out.split("\n").filter((l) => l.includes("html-browser.test.ts skipped:"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("apt-get install -y chromium");
    expect(lines[0]).toContain("CHROMIUM_PATH");
  });

  it("fails under CI=true, where the browser test is required", () => {
    const r = runWithoutChromium("true");
    expect(r.status).not.toBe(0);
    expect(r.out).toContain("Chromium not found");
  });
});
