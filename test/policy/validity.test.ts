/**
 * Validity follows the instruments (issue 9): a shipped version ends only where an instrument says so,
 * every shipped version says when its data was last checked, and results carry that date.
 */
import { describe, expect, it } from "vitest";
import { addDays } from "../../src/core/dates.js";
import { resolvePolicy } from "../../src/index.js";
import { shippedPolicies } from "../../src/policy/chain.js";
import { readJson, shippedVersionDirs } from "./helpers.js";

describe("every shipped version", () => {
  it.each(shippedVersionDirs())("%s states the date its data was last reviewed", (dir) => {
    const doc = readJson(`src/policies/${dir}/policy.json`);
    expect(doc.reviewedOn, `${dir} has no reviewedOn`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(
      doc.reviewedOn >= doc.effectiveFrom || doc.effectiveFrom > "2026-11-30",
      `${dir}: reviewed before it took effect`,
    ).toBe(true);
  });

  it.each(shippedVersionDirs())(
    "%s ends only where a successor starts the next day or an instrument states its end",
    (dir) => {
      const doc = readJson(`src/policies/${dir}/policy.json`);
      if (doc.effectiveUntil === undefined) return;
      const next = addDays(doc.effectiveUntil, 1);
      const successor = shippedPolicies().find(
        (d) => d.jurisdiction.id === doc.jurisdiction.id && d.effectiveFrom === next,
      );
      const stated: string[] = doc.effectiveUntilSources ?? [];
      expect(
        successor !== undefined || stated.length > 0,
        `${dir} ends on ${doc.effectiveUntil} with no successor and no instrument stating the end`,
      ).toBe(true);
      // The instruments named must be legal bases of the version's chain.
      const resolved = resolvePolicy(doc.jurisdiction.id, doc.effectiveFrom);
      for (const id of stated)
        expect(resolved.legalBases[id]?.title, `${dir}: effectiveUntilSources ${id}`).toBeTruthy();
    },
  );

  it("leaves every jurisdiction with an open-ended last version, so no date after the last known one throws", () => {
    for (const j of new Set(shippedPolicies().map((d) => d.jurisdiction.id))) {
      const last = shippedPolicies()
        .filter((d) => d.jurisdiction.id === j)
        .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1))
        .at(-1)!;
      expect(last.effectiveUntil, `${j}@${last.version}`).toBeUndefined();
    }
  });
});

describe("jabar across the end of SE 188/KPG.03/BKD", () => {
  it("resolves every date of 2027 to the 2027 version, without the Thursday rule and with the national cap of 2", () => {
    for (let d = "2027-01-01"; d <= "2027-12-31"; d = addDays(d, 1)) {
      const p = resolvePolicy("jabar", d);
      expect(p.version).toBe("2027-01-01");
      // Only the national Friday (reported, no confirmed end) remains collective.
      expect(p.parameters.schedule.collectiveFlexibleDays.value.map((c) => [c.weekday, c.endConfirmed])).toEqual([
        ["friday", false],
      ]);
      expect(p.parameters.schedule.maxFlexibleDaysPerWeek.value).toBe(2);
    }
  });

  it("keeps the collective Thursday through 2026-12-31 and not a day longer", () => {
    expect(
      resolvePolicy("jabar", "2026-12-31").parameters.schedule.collectiveFlexibleDays.value.map((c) => c.weekday),
    ).toEqual(["thursday", "friday"]);
    expect(
      resolvePolicy("jabar", "2027-01-01").parameters.schedule.collectiveFlexibleDays.value.map((c) => c.weekday),
    ).toEqual(["friday"]);
  });

  it("does not carry a Ramadan circular of an earlier year into 2027", () => {
    const week = resolvePolicy("jabar", "2027-02-15").parameters.schedule.ramadanHours.value.week;
    expect(week.monday).toEqual({ start: "08:00", end: "15:00", breakMinutes: 30 });
  });
});

describe("the review date", () => {
  it("is on every resolved policy and every link of its chain", () => {
    const p = resolvePolicy("jabar", "2027-03-01");
    expect(p.reviewedOn).toBe("2026-11-30");
    expect(p.chain.map((l) => l.reviewedOn)).toEqual(["2026-11-30", "2026-11-30", "2026-11-30"]);
  });

  it("is the oldest review along the chain, and undefined when no document states one", () => {
    const overlay = readJson("examples/policies/kota-tasikmalaya.policy.json");
    overlay.reviewedOn = "2020-01-01";
    expect(resolvePolicy(overlay, "2026-02-05").reviewedOn).toBe("2020-01-01");
    const base = readJson("src/policies/id-nasional/2025-04-21/policy.json");
    base.jurisdiction = { id: "kota-z", name: "Kota Z" };
    delete base.reviewedOn;
    const p = resolvePolicy(base, "2026-02-05");
    expect(p.reviewedOn).toBeUndefined();
    expect(p.chain[0]!.reviewedOn).toBeUndefined();
  });
});
