import { describe, expect, it } from "vitest";
import { resolvePolicy } from "../../src/index.js";
import { readJson, shippedVersionDirs, tasikmalaya } from "./helpers.js";

const PROVENANCE = new Set(["official", "reported", "derived", "assumption"]);

interface Citation {
  where: string;
  provenance: unknown;
  sources: unknown;
}

/** Every cited value a document holds: each parameter of each section, and each eligibility rule. */
function citations(doc: any): Citation[] {
  const out: Citation[] = [];
  for (const [section, values] of Object.entries<any>(doc.parameters ?? {})) {
    for (const [name, entry] of Object.entries<any>(values ?? {})) {
      if (section === "eligibility" && name === "rules") {
        for (const [id, rule] of Object.entries<any>(entry)) {
          if (rule !== null)
            out.push({ where: `${section}.rules.${id}`, provenance: rule.provenance, sources: rule.sources });
        }
      } else {
        expect(entry, `${section}.${name} must be a cited value`).toHaveProperty("value");
        out.push({ where: `${section}.${name}`, provenance: entry.provenance, sources: entry.sources });
      }
    }
  }
  return out;
}

describe("every value in every shipped policy is cited", () => {
  it.each(shippedVersionDirs())(
    "%s: each parameter and rule has a provenance and sources that resolve to a titled legal basis",
    (dir) => {
      const doc = readJson(`src/policies/${dir}/policy.json`);
      // The legal bases visible to this document: its own and those of its whole extends chain.
      const resolved = resolvePolicy(doc.jurisdiction.id, doc.effectiveFrom);
      expect(`${resolved.jurisdiction}@${resolved.version}`).toBe(`${doc.jurisdiction.id}@${doc.version}`);
      const found = citations(doc);
      expect(found.length).toBeGreaterThan(0);
      for (const c of found) {
        expect(PROVENANCE.has(c.provenance as string), `${c.where}: provenance ${String(c.provenance)}`).toBe(true);
        expect(Array.isArray(c.sources) && c.sources.length > 0, `${c.where}: sources`).toBe(true);
        for (const s of c.sources as string[]) {
          const basis = resolved.legalBases[s];
          expect(basis, `${c.where}: source ${s} is not a legal basis of the chain`).toBeDefined();
          expect(basis!.title.trim().length, `${c.where}: legal basis ${s} has a title`).toBeGreaterThan(10);
        }
      }
    },
  );

  it.each(shippedVersionDirs())(
    "%s: every legal basis is named, and an official value cites at least one source with a URL or an instrument",
    (dir) => {
      const doc = readJson(`src/policies/${dir}/policy.json`);
      const resolved = resolvePolicy(doc.jurisdiction.id, doc.effectiveFrom);
      for (const c of citations(doc)) {
        if (c.provenance !== "official") continue;
        const bases = (c.sources as string[]).map((s) => resolved.legalBases[s]!);
        expect(
          bases.some((b) => b.url !== undefined || b.kind === "regulation" || b.kind === "circular"),
          c.where,
        ).toBe(true);
      }
    },
  );

  it("a resolved policy carries the provenance of every parameter, inherited ones included", () => {
    for (const [j, date] of [
      ["jabar", "2023-07-01"],
      ["jabar", "2025-05-01"],
      ["jabar", "2026-02-05"],
      ["id-nasional", "2025-05-01"],
    ] as const) {
      const p = resolvePolicy(j, date);
      for (const values of Object.values(p.parameters)) {
        for (const [name, entry] of Object.entries(values as Record<string, any>)) {
          const list = name === "rules" ? Object.values(entry) : [entry];
          for (const e of list as any[]) {
            expect(PROVENANCE.has(e.provenance), `${j}@${date} ${name}`).toBe(true);
            for (const s of e.sources) expect(p.legalBases[s]?.title, `${j}@${date} ${name} ${s}`).toBeTruthy();
          }
        }
      }
    }
  });

  it("the illustrative overlay tags every value it sets as an assumption citing a basis that says it is illustrative, except the city's own cited circular", () => {
    const doc = tasikmalaya();
    expect(doc.illustrative).toBe(true);
    for (const c of citations(doc)) {
      if (c.where === "schedule.ramadanHours") {
        // The one real parameter: its 2026 Ramadan hours (SE 100.3.4.3/039/ORG/2026), valid in 2026 only.
        expect(c).toMatchObject({ provenance: "official", sources: ["se-tasikmalaya-ramadan-2026"] });
        continue;
      }
      expect(c.provenance, c.where).toBe("assumption");
      for (const s of c.sources as string[]) {
        const basis = doc.legalBases.find((b: any) => b.id === s);
        expect(basis?.title, c.where).toMatch(/ilustratif/i);
      }
    }
  });
});
