import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO } from "./helpers.js";

/** The repository's own files as README.md links them: docs/ is not in the npm package, so the README points at GitHub. */
const REPO_URL = "https://github.com/mkd-engine/mkd-engine/blob/main/";
const FILES = [
  "README.md",
  "docs/README.md",
  ...["getting-started", "cli", "integration", "municipality"].flatMap((f) => [`docs/en/${f}.md`, `docs/id/${f}.md`]),
];

describe("links in the guides", () => {
  for (const file of FILES) {
    it(`${file}: every relative link, and every link to this repository on GitHub, points at a file that exists`, () => {
      const text = readFileSync(join(REPO, file), "utf8");
      const links = [...text.matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)].map((m) => m[1]!);
      const relative = links.filter((t) => !/^[a-z]+:/.test(t));
      const absolute = links.filter((t) => t.startsWith(REPO_URL)).map((t) => t.slice(REPO_URL.length));
      const missing = [
        ...relative.filter((t) => !existsSync(join(REPO, dirname(file), t))),
        ...absolute.filter((t) => !existsSync(join(REPO, t))).map((t) => REPO_URL + t),
      ];
      expect(missing).toEqual([]);
    });
  }

  it("README.md links docs/ (not in the npm package) by absolute GitHub URL, relative links only to packaged files", () => {
    const text = readFileSync(join(REPO, "README.md"), "utf8");
    const { files } = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { files: string[] };
    const relative = [...text.matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)]
      .map((m) => m[1]!)
      .filter((t) => !/^[a-z]+:/.test(t));
    const packaged = (t: string) => files.some((f) => t === f || t.startsWith(`${f.replace(/\/?\*.*$/, "")}/`));
    expect(relative.filter((t) => !packaged(t))).toEqual([]);
    expect(text).toContain(`${REPO_URL}docs/`);
  });

  it("the English and Indonesian guides have the same structure (same number of sections and commands)", () => {
    for (const f of ["getting-started", "cli", "integration", "municipality"]) {
      const count = (lang: string, re: RegExp) =>
        (readFileSync(join(REPO, `docs/${lang}/${f}.md`), "utf8").match(re) ?? []).length;
      expect(count("id", /^#+ /gm), f).toBe(count("en", /^#+ /gm));
      expect(count("id", /^(mkd|npm run mkd) /gm), f).toBe(count("en", /^(mkd|npm run mkd) /gm));
    }
  });
});
