import { describe, expect, it } from "vitest";
import { describeChain, MkdError, resolvePolicy } from "../../src/index.js";
import { at, readJson, shippedVersionDirs } from "./helpers.js";

interface ResolutionCase {
  name: string;
  jurisdiction: string;
  asOf: string;
  expect: {
    error?: string;
    version?: string;
    chain?: string[];
    /** Paths into `parameters` and their expected values. */
    values?: Record<string, unknown>;
    /** Paths of cited values (parameters or `eligibility.rules.<id>`) and their expected sources. */
    sources?: Record<string, string[]>;
    /** The exact set of rule ids in force. */
    rules?: string[];
  };
}

for (const dir of shippedVersionDirs()) {
  const cases: ResolutionCase[] = readJson(`src/policies/${dir}/cases.json`).resolution ?? [];
  describe(`golden resolution cases of ${dir}`, () => {
    it("has at least one case", () => expect(cases.length).toBeGreaterThan(0));
    for (const c of cases) {
      it(c.name, () => {
        if (c.expect.error) {
          expect(() => resolvePolicy(c.jurisdiction, c.asOf)).toThrow(MkdError);
          try {
            resolvePolicy(c.jurisdiction, c.asOf);
          } catch (e) {
            expect((e as MkdError).code).toBe(c.expect.error);
          }
          return;
        }
        const p = resolvePolicy(c.jurisdiction, c.asOf);
        if (c.expect.version) expect(p.version).toBe(c.expect.version);
        if (c.expect.chain) expect(describeChain(p.chain)).toBe(c.expect.chain.join(" > "));
        for (const [path, value] of Object.entries(c.expect.values ?? {}))
          expect(at(p.parameters, path), path).toEqual(value);
        for (const [path, sources] of Object.entries(c.expect.sources ?? {})) {
          expect((at(p.parameters, path) as { sources: string[] }).sources, path).toEqual(sources);
          for (const s of sources) expect(p.legalBases[s]?.title, s).toBeTruthy();
        }
        if (c.expect.rules)
          expect(Object.keys(p.parameters.eligibility.rules).sort()).toEqual([...c.expect.rules].sort());
      });
    }
  });
}
