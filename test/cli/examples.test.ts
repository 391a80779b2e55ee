/** Every numbered example in examples/ runs (through tsx, as a reader would) and exits 0. */
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO } from "./helpers.js";

const examples = readdirSync(join(REPO, "examples"))
  .filter((f) => /^\d\d-.*\.ts$/.test(f))
  .sort();

describe("numbered examples", () => {
  it("there are at least four, numbered from 01", () => {
    expect(examples.slice(0, 4).map((f) => f.slice(0, 2))).toEqual(["01", "02", "03", "04"]);
  });

  for (const file of examples) {
    it(`examples/${file} runs and exits 0`, () => {
      const out = execFileSync(process.execPath, ["--import", "tsx", join("examples", file)], {
        cwd: REPO,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      });
      expect(out.length).toBeGreaterThan(0);
    });
  }
});
