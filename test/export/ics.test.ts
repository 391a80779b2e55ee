import { describe, expect, it } from "vitest";
import { scheduleToIcs, scheduleToIcsFiles } from "../../src/export/index.js";
import { MkdError } from "../../src/core/errors.js";
import { fixtureSchedule } from "./fixture.js";
import { readIcs } from "./ical-oracle.js";

describe("iCalendar export", () => {
  const schedule = fixtureSchedule();

  it("writes one structurally valid RFC 5545 calendar per member", () => {
    const files = scheduleToIcsFiles(schedule);
    expect(files.map((f) => f.fileName)).toEqual(schedule.members.map((m) => `${m.id}.ics`));
    for (const f of files) expect(readIcs(f.content).problems).toEqual([]);
  });

  it("puts working days in Asia/Jakarta time with a VTIMEZONE at +0700 and no daylight saving", () => {
    const text = scheduleToIcs(schedule, "199001012020121001");
    expect(text).toContain("BEGIN:VTIMEZONE\r\nTZID:Asia/Jakarta\r\n");
    expect(text).toContain("TZOFFSETFROM:+0700\r\nTZOFFSETTO:+0700");
    expect(text).not.toContain("DAYLIGHT");
    expect(text).toContain("DTSTART;TZID=Asia/Jakarta:20261201T073000\r\nDTEND;TZID=Asia/Jakarta:20261201T160000");
    // Friday hours end later (90-minute break).
    expect(text).toContain("DTSTART;TZID=Asia/Jakarta:20261204T073000\r\nDTEND;TZID=Asia/Jakarta:20261204T163000");
    // ical.js, applying the file's own VTIMEZONE, puts 07:30 in Jakarta at 00:30 UTC.
    const first = readIcs(text).events.find((e) => e.start === "20261201T073000")!;
    expect([first.zone, first.startUtc, first.endUtc]).toEqual([
      "Asia/Jakarta",
      "2026-12-01T00:30:00.000Z",
      "2026-12-01T09:00:00.000Z",
    ]);
  });

  it("exports only final assignments: no events on weekends, holidays or cuti bersama, leave as all-day", () => {
    const text = scheduleToIcs(schedule, "199001012020121003");
    const { events } = readIcs(text);
    const starts = events.map((e) => e.start);
    // 23 weekdays in December 2026 minus 24 and 25.
    expect(events).toHaveLength(21);
    expect(starts.some((s) => s.startsWith("20261224") || s.startsWith("20261225") || s.startsWith("20261205"))).toBe(
      false,
    );
    expect(text).toContain("DTSTART;VALUE=DATE:20261207\r\nDTEND;VALUE=DATE:20261208");
    expect(events.filter((e) => e.allDay).map((e) => [e.start, e.end])).toContainEqual(["20261207", "20261208"]);
    expect(scheduleToIcs(schedule, "199001012020121003", { includeLeave: false }).match(/BEGIN:VEVENT/g)).toHaveLength(
      18,
    );
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
    // Commas, semicolons, quotes, a backslash and a line break, and multi-byte letters long enough to be folded.
    const name = 'Budi, S.Kom; "Ajat" Ñoño \\ é\n'.repeat(3);
    const text = scheduleToIcs(fixtureSchedule([name]), "199001012020121001");
    const { problems, calendarName } = readIcs(text);
    expect(problems).toEqual([]);
    // The byte checks hold every line to 75 octets; read back through ical.js (unfolded, unescaped), the
    // calendar's name holds the member's name as given, so no escape was lost and no UTF-8 letter was split.
    expect(text.split("\r\n").some((l) => l.startsWith(" "))).toBe(true);
    expect(calendarName).toContain(name);
  });

  it("is checked by an oracle that does reject broken calendars (ical.js parse errors, missing VTIMEZONE, repeated UID, bare LF)", () => {
    const text = scheduleToIcs(schedule, "199001012020121001");
    expect(readIcs(text.replace("BEGIN:VEVENT\r\n", "BEGIN:VEVENT\r\nnot a content line\r\n")).problems.join()).toMatch(
      /ical.js cannot parse/,
    );
    expect(readIcs(text.replace(/BEGIN:VTIMEZONE[\s\S]*?END:VTIMEZONE\r\n/, "")).problems.join()).toMatch(
      /TZID Asia\/Jakarta has no VTIMEZONE/,
    );
    expect(readIcs(text.replace(/UID:20261202-/, "UID:20261201-")).problems.join()).toMatch(/duplicate UID/);
    expect(readIcs(text.replace("\r\n", "\n")).problems).toContain("bare LF or CR line break");
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
