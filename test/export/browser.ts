/**
 * Launches Debian's Chromium through playwright-core for the HTML calendar test. Where Chromium is missing
 * (a fresh machine), the test is skipped with one line that says how to enable it; under `CI=true` it is
 * required and FAILS instead, so CI never passes without the browser check (`.ci/run` installs Chromium).
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

// CHROMIUM_PATH, when set, is the only candidate: the caller chose that binary (or, with a path that does not
// exist, chose to run as a machine without Chromium would).
const CANDIDATES = process.env.CHROMIUM_PATH
  ? [process.env.CHROMIUM_PATH]
  : ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/** The one line printed when the browser test is skipped: what was looked for and how to enable it. */
export const CHROMIUM_HOWTO: string =
  `Chromium not found (looked at ${CANDIDATES.join(", ")}): ` +
  "install it with `apt-get install -y chromium` (.ci/run does this) or set CHROMIUM_PATH; with CI=true the test is required.";

/** Chromium's path, or undefined when none of the candidates exists. */
export function chromiumPath(): string | undefined {
  return CANDIDATES.find((p): p is string => typeof p === "string" && p !== "" && existsSync(p));
}

/** Whether the browser test must run: CI=true (anything but empty, "0" or "false", as CI services set it). */
export function browserRequired(env: NodeJS.ProcessEnv = process.env): boolean {
  const ci = env.CI?.trim().toLowerCase();
  return ci !== undefined && ci !== "" && ci !== "0" && ci !== "false";
}

export function findChromium(): string {
  const found = chromiumPath();
  if (!found) throw new Error(CHROMIUM_HOWTO);
  return found;
}

/** A fresh profile each run (playwright takes it as the persistent context's user-data-dir). */
export async function launchChromium(): Promise<{ browser: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), "mkd-chromium-"));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
