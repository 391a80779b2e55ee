import { describe, expect, it } from "vitest";
import { generateSchedule, scheduleToHtml } from "../../src/index.js";

describe("the HTML month grid", () => {
  it("labels the national flexible-work days whichever reading the schedule applied", () => {
    for (const reading of ["allowed", "collective"] as const) {
      const result = generateSchedule({
        unit: { id: "u", name: "Unit", kind: "general", minimumOnSite: { share: 0.5 } },
        members: [
          { id: "a", grantedFlexibleDays: 2 },
          { id: "b", grantedFlexibleDays: 1 },
          { id: "c", grantedFlexibleDays: 0 },
        ],
        period: "2026-03",
        jurisdiction: "jabar",
        options: { nationalFlexibleWorkDays: reading },
      });
      expect(result.status).toBe("scheduled");
      if (result.status !== "scheduled") return;
      const html = scheduleToHtml(result.schedule, { locale: "en" });
      for (const date of ["2026-03-16", "2026-03-17", "2026-03-25", "2026-03-26", "2026-03-27"]) {
        expect(html).toMatch(new RegExp(`title="${date}[^"]*National flexible-work day`));
      }
      expect(html).not.toMatch(/title="2026-03-10[^"]*National flexible-work day/);
    }
  });
});
