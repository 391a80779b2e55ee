import { describe, expect, it } from "vitest";
import { escapeIcsText, foldIcsLine, scheduleToIcs, scheduleToIcsFiles } from "../../src/export/index.js";
import { MkdError } from "../../src/core/errors.js";
import { fixtureSchedule } from "./fixture.js";
import { checkIcs } from "./rfc5545.js";

describe("iCalendar export", () => {
  const schedule = fixtureSchedule();

  it("writes one structurally valid RFC 5545 calendar per member", () => {
    const files = scheduleToIcsFiles(schedule);
    expect(files.map((f) => f.fileName)).toEqual(schedule.members.map((m) => `${m.id}.ics`));
    for (const f of files) expect(checkIcs(f.content).problems).toEqual([]);
  });

  it("puts working days in Asia/Jakarta time with a VTIMEZONE at +0700 and no daylight saving", () => {
    const text = scheduleToIcs(schedule, "199001012020121001");
    expect(text).toContain("BEGIN:VTIMEZONE\r\nTZID:Asia/Jakarta\r\n");
    expect(text).toContain("TZOFFSETFROM:+0700\r\nTZOFFSETTO:+0700");
    expect(text).not.toContain("DAYLIGHT");
    expect(text).toContain("DTSTART;TZID=Asia/Jakarta:20261201T073000\r\nDTEND;TZID=Asia/Jakarta:20261201T160000");
    // Friday hours end later (90-minute break).
    expect(text).toContain("DTSTART;TZID=Asia/Jakarta:20261204T073000\r\nDTEND;TZID=Asia/Jakarta:20261204T163000");
  });

  it("exports only final assignments: no events on weekends, holidays or cuti bersama, leave as all-day", () => {
    const text = scheduleToIcs(schedule, "199001012020121003");
    const { calendar } = checkIcs(text);
    const events = calendar!.children.filter((c) => c.name === "VEVENT");
    const starts = events.map((e) => e.props.find((p) => p.name === "DTSTART")!.value);
    // 23 weekdays in December 2026 minus 24 and 25.
    expect(events).toHaveLength(21);
    expect(starts.some((s) => s.startsWith("20261224") || s.startsWith("20261225") || s.startsWith("20261205"))).toBe(false);
    expect(text).toContain("DTSTART;VALUE=DATE:20261207\r\nDTEND;VALUE=DATE:20261208");
    expect(scheduleToIcs(schedule, "199001012020121003", { includeLeave: false }).match(/BEGIN:VEVENT/g)).toHaveLength(18);
  });

  it("gives every event a UID stable per member and date, and a DTSTAMP from the schedule, not the clock", () => {
    const a = scheduleToIcs(schedule, "199001012020121002");
    const b = scheduleToIcs(fixtureSchedule(), "199001012020121002");
    expect(a).toBe(b);
    expect(a).toContain("UID:20261201-199001012020121002-bkd-mutasi@mkd-engine");
    // Midnight 1 December 2026 in Jakarta is 17:00 UTC the day before.
    expect(a).toContain("DTSTAMP:20261130T170000Z");
  });

  it("escapes commas, semicolons, quotes and backslashes in text and folds long lines at 75 octets without splitting UTF-8", () => {
    expect(escapeIcsText("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
    const long = `DESCRIPTION:${"é".repeat(60)}`;
    const folded = foldIcsLine(long);
    for (const line of folded.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.split("\r\n").map((l, i) => (i === 0 ? l : l.slice(1))).join("")).toBe(long);
    const text = scheduleToIcs(fixtureSchedule(["Budi, S.Kom; \"Ajat\" Ñoño".repeat(3)]), "199001012020121001");
    expect(checkIcs(text).problems).toEqual([]);
  });

  it("labels events in Indonesian by default and in English on request", () => {
    expect(scheduleToIcs(schedule, "199001012020121001")).toContain("SUMMARY:MKD: Kantor");
    expect(scheduleToIcs(schedule, "199001012020121001", { locale: "en" })).toContain("SUMMARY:MKD: Office");
  });

  it("refuses a member that is not in the schedule with a typed error", () => {
    expect(() => scheduleToIcs(schedule, "nobody")).toThrow(MkdError);
    try {
      scheduleToIcs(schedule, "nobody");
    } catch (e) {
      expect((e as MkdError).code).toBe("export_member_unknown");
    }
  });
});
