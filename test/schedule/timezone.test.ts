import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { join } from "node:path";

// The same schedule computed in two far-apart process time zones must be byte-identical.
const script = `
import { generateSchedule } from ${JSON.stringify(join(__dirname, "../../src/schedule/index.js"))};
const members = Array.from({ length: 12 }, (_, i) => ({ id: "m" + i, grantedFlexibleDays: i % 3, roles: i < 3 ? ["front_desk"] : [],
  preferredFlexibleWeekdays: i % 2 ? ["friday"] : ["monday"], overrides: i === 4 ? [{ date: "2026-03-10", kind: "leave" }] : [] }));
const r = generateSchedule({ unit: { id: "u", kind: "general", minimumOnSite: { perRole: { front_desk: 1 } }, seatCapacity: 12, anchorWeekdays: ["wednesday"] },
  members, period: { from: "2026-02-23", to: "2026-03-31" }, jurisdiction: "jabar" });
process.stdout.write(JSON.stringify(r));
`;

function run(tz: string): string {
  return execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    env: { ...process.env, TZ: tz },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
}

describe("time zone independence", () => {
  it("gives byte-identical JSON under TZ=UTC and TZ=Pacific/Kiritimati (Ramadan, national FWA days, a cut week)", () => {
    const utc = run("UTC");
    const kiri = run("Pacific/Kiritimati");
    expect(utc.length).toBeGreaterThan(1000);
    expect(kiri).toBe(utc);
    expect(utc).toContain("ramadan_hours");
    expect(utc).toContain("national_flexible_work_day");
  }, 30_000);
});
