/**
 * Launches Debian's Chromium through playwright-core for the HTML calendar test. When Chromium is missing
 * the test FAILS with instructions (never skips silently): `.ci/run` installs it.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

const CANDIDATES = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

export function findChromium(): string {
  const found = CANDIDATES.find((p): p is string => typeof p === "string" && p !== "" && existsSync(p));
  if (!found) {
    throw new Error(
      "Chromium not found (looked at CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome). " +
        "Install it with `apt-get install -y chromium` (.ci/run does this) or set CHROMIUM_PATH.",
    );
  }
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
