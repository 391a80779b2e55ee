import { describe, expect, it } from "vitest";
import Ajv2020 from "ajv/dist/2020.js";
import { generateSchedule, scheduleInputJsonSchema, type ScheduleInput } from "../../src/schedule/index.js";
import { MkdError } from "../../src/core/errors.js";

// A regency's own decree for a year without a national table (2028): the caller's holidays with their legal basis
// (title, number, date, URL: issue 9 item 8).
const decree = {
  id: "kepbup-garut-1-2028",
  kind: "decree" as const,
  title: "Keputusan Bupati Garut Nomor 1 Tahun 2028 tentang Hari Libur",
  number: "1 Tahun 2028",
  date: "2027-12-01",
  url: "https://example.go.id/kepbup-1-2028.pdf",
};
const input: ScheduleInput = {
  unit: { id: "u", kind: "general" },
  members: [
    { id: "a", grantedFlexibleDays: 2 },
    { id: "b", grantedFlexibleDays: 1 },
  ],
  period: "2028-01",
  jurisdiction: "jabar",
  holidays: [
    {
      date: "2028-01-01",
      kind: "national_holiday",
      name: { id: "Tahun Baru 2028 Masehi", en: "New Year's Day 2028" },
      provenance: "official",
      sources: [decree.id],
    },
    {
      date: "2028-01-26",
      kind: "national_holiday",
      name: { id: "Tahun Baru Imlek", en: "Chinese New Year" },
      provenance: "official",
      sources: [decree.id],
    },
  ],
  sources: [decree],
};

describe("integrators' own holidays with their legal basis (issue 9 item 8)", () => {
  it("schedules a year without an official table from the caller's holidays and lists the caller's decree", () => {
    const r = generateSchedule(input);
    expect(r.status).toBe("scheduled");
    if (r.status !== "scheduled") return;
    expect(r.schedule.days.find((d) => d.date === "2028-01-26")!.kind).toBe("national_holiday");
    expect(r.schedule.estimated).toBe(false);
    expect(r.schedule.calendarSources).toContainEqual(decree);
  });

  it("accepts the documented input through its JSON Schema, sources included", () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
    const validate = ajv.compile(scheduleInputJsonSchema());
    expect(validate(JSON.parse(JSON.stringify(input)))).toBe(true);
    expect(validate({ ...input, sources: [{ id: "x", title: "no kind" }] })).toBe(false);
  });

  it("refuses a holiday citing a source nobody lists, with the path from the input's root", () => {
    try {
      generateSchedule({ ...input, sources: [] });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(MkdError);
      const err = e as MkdError;
      expect(err.code).toBe("invalid_schedule_input");
      expect(err.issues.map((i) => i.path.join("."))).toEqual(["holidays.0.sources.0", "holidays.1.sources.0"]);
      expect(err.issues[0]!.message.en).toContain("sources");
    }
  });

  it("refuses a malformed holiday entry at its path", () => {
    try {
      generateSchedule({ ...input, holidays: [{ date: "2028-02-30", kind: "holiday" }] as never });
      expect.unreachable();
    } catch (e) {
      const paths = (e as MkdError).issues.map((i) => i.path.join("."));
      expect(paths).toEqual(expect.arrayContaining(["holidays.0.date", "holidays.0.kind"]));
    }
  });
});
