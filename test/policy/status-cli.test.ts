/** `mkd policy status [jurisdiction]`: the data horizons and the review date, in the terminal and as JSON. */
import { describe, expect, it } from "vitest";
import { mkd } from "../cli/helpers.js";

describe("mkd policy status", () => {
  it("prints jabar's horizons and review date as a table", async () => {
    const r = await mkd(["policy", "status", "jabar", "-l", "en"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Data of jabar: reviewed on 2026-11-30; earliest horizon 2026-12-31");
    for (const kind of [
      "ramadan_periods",
      "stated_period",
      "holiday_decrees",
      "open_ended_version",
      "rule_end_unconfirmed",
    ])
      expect(r.stdout).toContain(kind);
    expect(r.stdout).toMatch(/jabar@2026-04-10\s+2026-04-10 \.\. 2026-12-31\s+se-jabar-188-2026\s+2027-01-01/);
  });

  it("speaks Indonesian by default and gives the whole report as JSON", async () => {
    expect((await mkd(["policy", "status", "jabar"])).stdout).toContain("ditinjau 2026-11-30");
    const json = JSON.parse((await mkd(["policy", "status", "jabar", "-f", "json"])).stdout);
    expect(json).toMatchObject({ jurisdiction: "jabar", reviewedOn: "2026-11-30", earliest: "2026-12-31" });
    expect(json.holidayYears.map((y: { year: number }) => y.year)).toEqual([2025, 2026, 2027]);
  });

  it("covers every jurisdiction without an argument, and exits 3 for an unknown one", async () => {
    const all = JSON.parse((await mkd(["policy", "status", "-f", "json"])).stdout);
    expect(all.jurisdiction).toBeNull();
    expect((await mkd(["policy", "status", "atlantis"])).code).toBe(3);
  });
});
