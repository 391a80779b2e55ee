import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { SCHEDULE_CSV_COLUMNS, scheduleToCsv } from "../../src/export/index.js";
import { fixtureSchedule } from "./fixture.js";

describe("schedule CSV export", () => {
  const schedule = fixtureSchedule();

  it("writes one row per member and date with the documented header, readable back by csv-parse", () => {
    const rows = parse(scheduleToCsv(schedule), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...SCHEDULE_CSV_COLUMNS]);
    expect(rows).toHaveLength(schedule.members.length * 31);
    const budi = rows.find((r) => r.member_id === "199001012020121002" && r.date === "2026-12-03")!;
    expect(budi).toMatchObject({
      member_name: 'Budi, S.Kom; "Ajat"',
      mode: "flexible",
      mode_label: "Fleksibel",
      start: "07:30",
      end: "16:00",
      policy: "jabar@2026-01-01",
    });
  });

  it("round-trips names with delimiters and quotes under a semicolon delimiter and a BOM", () => {
    const text = scheduleToCsv(schedule, { delimiter: ";", bom: true, locale: "en" });
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(text, { columns: true, delimiter: ";", bom: true }) as Record<string, string>[];
    expect(new Set(rows.map((r) => r.member_name))).toEqual(new Set(schedule.members.map((m) => m.name ?? "")));
    expect(rows.find((r) => r.mode === "office")!.mode_label).toBe("Office");
  });

  it("ends every line with CRLF as RFC 4180 asks", () => {
    const text = scheduleToCsv(schedule);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(/[^\r]\n/.test(text.replace(/"[^"]*"/g, ""))).toBe(false);
  });
});

describe("HTML export safety", () => {
  it("escapes names so a member called <script> cannot inject markup", async () => {
    const { scheduleToHtml } = await import("../../src/export/index.js");
    const html = scheduleToHtml(fixtureSchedule(['<script>alert("x")</script>', "O'Brien & Co"]));
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toContain("O&#39;Brien &amp; Co");
    // Self-contained: no external asset, no script.
    expect(html).not.toMatch(/<(script|link|img)\b|src=|href=/i);
  });
});
