import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO } from "./helpers.js";

const FILES = ["docs/README.md", ...["getting-started", "cli", "integration", "municipality"].flatMap((f) => [`docs/en/${f}.md`, `docs/id/${f}.md`])];

describe("links in the guides", () => {
  for (const file of FILES) {
    it(`${file}: every relative link points at a file that exists`, () => {
      const text = readFileSync(join(REPO, file), "utf8");
      const targets = [...text.matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)].map((m) => m[1]!).filter((t) => !/^[a-z]+:/.test(t));
      const missing = targets.filter((t) => !existsSync(join(REPO, dirname(file), t)));
      expect(missing).toEqual([]);
    });
  }

  it("the English and Indonesian guides have the same structure (same number of sections and commands)", () => {
    for (const f of ["getting-started", "cli", "integration", "municipality"]) {
      const count = (lang: string, re: RegExp) => (readFileSync(join(REPO, `docs/${lang}/${f}.md`), "utf8").match(re) ?? []).length;
      expect(count("id", /^#+ /gm), f).toBe(count("en", /^#+ /gm));
      expect(count("id", /^(mkd|npm run mkd)\b/gm), f).toBe(count("en", /^(mkd|npm run mkd)\b/gm));
    }
  });
});
