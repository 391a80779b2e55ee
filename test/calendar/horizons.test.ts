/** dataHorizons: how far each kind of shipped data reaches, to alert before a cliff. */
import { describe, expect, it } from "vitest";
import { addDays } from "../../src/core/dates.js";
import { dataHorizons, MkdError } from "../../src/index.js";

describe("dataHorizons", () => {
  it("reports jabar's horizons soonest first, with the review date", () => {
    const s = dataHorizons("jabar");
    expect(s.jurisdiction).toBe("jabar");
    expect(s.reviewedOn).toBe("2026-11-30");
    expect(s.holidayYears.map((y) => [y.year, y.provenance])).toEqual([
      [2025, "reported"],
      [2026, "official"],
      [2027, "reported"],
    ]);
    expect(s.ramadanYears).toEqual([2025, 2026]);
    expect(s.horizons.map((h) => [h.kind, h.knownThrough, h.policy ?? null])).toEqual([
      ["ramadan_periods", "2026-12-31", null],
      ["stated_period", "2026-12-31", "jabar@2026-04-10"],
      ["holiday_decrees", "2027-12-31", null],
      ["open_ended_version", null, "jabar@2027-01-01"],
      ["rule_end_unconfirmed", null, "jabar@2026-04-10"],
      ["rule_end_unconfirmed", null, "jabar@2027-01-01"],
    ]);
    expect(s.earliest).toBe("2026-12-31");
    const stated = s.horizons.find((h) => h.kind === "stated_period")!;
    expect(stated.sources).toEqual(["se-jabar-188-2026"]);
    expect(stated.message.en).toContain("after it: jabar@2027-01-01");
    expect(s.horizons[0]!.message.id).toContain("Ramadan 2027");
  });

  it("lists every version with the instrument that ends it and its successor", () => {
    const v = dataHorizons("jabar").versions;
    expect(v.map((x) => [x.version, x.effectiveUntil, x.endStatedBy, x.successor])).toEqual([
      ["2023-06-19", "2025-04-20", [], "2025-04-21"],
      ["2025-04-21", "2025-10-31", [], "2025-11-01"],
      ["2025-11-01", "2025-11-30", ["se-jabar-150-2025"], "2025-12-01"],
      ["2025-12-01", "2025-12-31", ["se-jabar-150-2025"], "2026-01-01"],
      ["2026-01-01", "2026-04-09", [], "2026-04-10"],
      ["2026-04-10", "2026-12-31", ["se-jabar-188-2026"], "2027-01-01"],
      ["2027-01-01", null, [], null],
    ]);
    expect(v.every((x) => x.reviewedOn === "2026-11-30")).toBe(true);
  });

  it("covers every jurisdiction without an argument, and refuses an unknown one", () => {
    const all = dataHorizons();
    expect(all.jurisdiction).toBeNull();
    expect(new Set(all.versions.map((v) => v.jurisdiction))).toEqual(new Set(["id-nasional", "jabar"]));
    expect(() => dataHorizons("atlantis")).toThrow(MkdError);
  });

  it("is what a CI check 60 days ahead needs: on 2026-11-30 Ramadan 2027 and the end of SE 188 are within reach", () => {
    const today = "2026-11-30";
    const limit = addDays(today, 60);
    const soon = dataHorizons("jabar").horizons.filter((h) => h.knownThrough !== null && h.knownThrough <= limit);
    expect(soon.map((h) => h.kind)).toEqual(["ramadan_periods", "stated_period"]);
    const later = dataHorizons("jabar").horizons.filter(
      (h) => h.knownThrough !== null && h.knownThrough <= addDays("2026-06-01", 60),
    );
    expect(later).toEqual([]);
  });
});
