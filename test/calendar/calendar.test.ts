import { describe, expect, it } from "vitest";
import {
  flexibleCapForWeek,
  officialHolidayYears,
  officialHolidays,
  resolvePolicy,
  workingCalendar,
  type HolidayEntry,
  type WorkingCalendar,
} from "../../src/index.js";
import { thrown } from "../support/thrown.js";

const jabar2026 = resolvePolicy("jabar", "2026-03-01");
const jabar2025 = resolvePolicy("jabar", "2025-05-01");
// 2028 has no holiday decree yet: the calendar needs the caller's table or an opt-in to estimates.
const nasional = resolvePolicy("id-nasional", "2028-01-04");

function day(cal: WorkingCalendar, date: string) {
  const d = cal.days.find((x) => x.date === date);
  if (!d) throw new Error(`no ${date} in calendar`);
  return d;
}

describe("the official tables", () => {
  it("ship 2025, 2026 and 2027, and nothing for 2028", () => {
    expect(officialHolidayYears()).toEqual([2025, 2026, 2027]);
    expect(officialHolidays(2028)).toBeUndefined();
    expect(officialHolidays(2024)).toBeUndefined();
  });

  it("hold the 2027 decree (SKB 1205/2026, 3/2026, 2/2026) day by day, tagged reported, with no Ramadan before the isbat", () => {
    const t = officialHolidays(2027)!;
    const of = (kind: HolidayEntry["kind"]) => t.entries.filter((e) => e.kind === kind).map((e) => e.date.slice(5));
    expect(of("national_holiday")).toEqual([
      "01-01",
      "01-05",
      "02-06",
      "03-08",
      "03-10",
      "03-11",
      "03-26",
      "03-28",
      "05-01",
      "05-06",
      "05-17",
      "05-20",
      "06-01",
      "06-06",
      "08-15",
      "08-17",
      "12-25",
      "12-26",
    ]);
    expect(of("cuti_bersama")).toEqual(["02-05", "03-09", "03-12", "03-15", "03-25", "05-18", "05-19", "12-24"]);
    expect(of("national_flexible_work_day")).toEqual([]);
    expect(t.ramadan).toBeNull();
    // Only press coverage of the decree was available at review: reported, never official.
    for (const e of t.entries) expect(e).toMatchObject({ provenance: "reported", sources: ["skb-libur-2027"] });
    expect(t.sources.map((s) => s.id)).toEqual(["skb-libur-2027"]);
    expect(t.sources[0]!.title).toMatch(/1205 Tahun 2026/);
  });

  it("hold the 2025 decree dates, with 18 August added as cuti bersama by the August 2025 amendment", () => {
    const t = officialHolidays(2025)!;
    const of = (kind: HolidayEntry["kind"]) => t.entries.filter((e) => e.kind === kind).map((e) => e.date.slice(5));
    expect(of("national_holiday")).toEqual([
      "01-01",
      "01-27",
      "01-29",
      "03-29",
      "03-31",
      "04-01",
      "04-18",
      "04-20",
      "05-01",
      "05-12",
      "05-29",
      "06-01",
      "06-06",
      "06-27",
      "08-17",
      "09-05",
      "12-25",
    ]);
    expect(of("cuti_bersama")).toEqual([
      "01-28",
      "03-28",
      "04-02",
      "04-03",
      "04-04",
      "04-07",
      "05-13",
      "05-30",
      "06-09",
      "08-18",
      "12-26",
    ]);
    // 29-31 December: SE Menteri PANRB B/531/M.KT.02/2025, seen only in the press, so reported.
    expect(of("national_flexible_work_day")).toEqual(["03-24", "03-25", "03-26", "03-27", "12-29", "12-30", "12-31"]);
    for (const d of ["2025-12-29", "2025-12-30", "2025-12-31"]) {
      expect(t.entries.find((e) => e.date === d)).toMatchObject({
        provenance: "reported",
        sources: ["se-menpanrb-b-531-2025"],
      });
    }
    expect(t.entries.find((e) => e.date === "2025-08-18")!.sources).toEqual(["skb-libur-2025-perubahan"]);
    expect(t.ramadan).toMatchObject({ from: "2025-03-01", to: "2025-03-30" });
  });

  it("hold the 2026 decree dates, Paskah on 5 April included", () => {
    const t = officialHolidays(2026)!;
    const of = (kind: HolidayEntry["kind"]) => t.entries.filter((e) => e.kind === kind).map((e) => e.date.slice(5));
    expect(of("national_holiday")).toEqual([
      "01-01",
      "01-16",
      "02-17",
      "03-19",
      "03-21",
      "03-22",
      "04-03",
      "04-05",
      "05-01",
      "05-14",
      "05-27",
      "05-31",
      "06-01",
      "06-16",
      "08-17",
      "08-25",
      "12-25",
    ]);
    expect(of("cuti_bersama")).toEqual(["02-16", "03-18", "03-20", "03-23", "03-24", "05-15", "05-28", "12-24"]);
    expect(of("national_flexible_work_day")).toEqual(["03-16", "03-17", "03-25", "03-26", "03-27"]);
    expect(t.entries.find((e) => e.date === "2026-04-05")!.name).toEqual({
      id: "Kebangkitan Yesus Kristus (Paskah)",
      en: "Easter Sunday",
    });
    // Government isbat (19 Feb - 20 Mar), not Muhammadiyah's 18 Feb - 19 Mar, noted in the data.
    expect(t.ramadan).toMatchObject({ from: "2026-02-19", to: "2026-03-20" });
    expect(t.ramadan!.note).toMatch(/Muhammadiyah/);
  });

  it("name every entry in Indonesian and English with its provenance (official unless only the press was seen) and sources it lists", () => {
    for (const year of officialHolidayYears()) {
      const t = officialHolidays(year)!;
      const ids = new Set(t.sources.map((s) => s.id));
      for (const e of t.entries) {
        expect(e.name.id.length).toBeGreaterThan(3);
        expect(e.name.en.length).toBeGreaterThan(3);
        expect(["official", "reported"]).toContain(e.provenance);
        if (e.provenance === "reported") expect(e.note, e.date).toMatch(/not seen|reported|Reported/);
        expect(e.sources.length).toBeGreaterThan(0);
        for (const s of e.sources) expect(ids.has(s)).toBe(true);
      }
      for (const s of t.ramadan?.sources ?? []) expect(ids.has(s)).toBe(true);
    }
  });

  it("use the right names for the moving holidays", () => {
    const names = officialHolidays(2026)!
      .entries.map((e) => e.name.id)
      .join(" | ");
    for (const n of [
      "Isra Mikraj",
      "Nyepi",
      "Idul Fitri",
      "Wafat Yesus Kristus",
      "Kenaikan Yesus Kristus",
      "Waisak",
      "Idul Adha",
      "Pancasila",
      "1 Muharam",
      "Maulid Nabi",
      "Natal",
      "Tahun Baru Imlek",
      "Paskah",
    ]) {
      expect(names).toContain(n);
    }
  });

  it("hand out copies: editing a returned table does not change the next answer", () => {
    officialHolidays(2026)!.entries[0]!.name.id = "edited";
    expect(officialHolidays(2026)!.entries[0]!.name.id).toBe("Tahun Baru 2026 Masehi");
    const cal = workingCalendar(jabar2026, "2026-01");
    day(cal, "2026-01-01").holiday!.name.en = "edited";
    expect(day(workingCalendar(jabar2026, "2026-01"), "2026-01-01").holiday!.name.en).toBe("New Year's Day 2026");
  });
});

describe("March 2026", () => {
  const cal = workingCalendar(jabar2026, "2026-03");

  it("shows 16, 17, 25, 26 and 27 March as national flexible-work days that are working days", () => {
    const fwa = cal.days.filter((d) => d.nationalFlexibleWorkDay);
    expect(fwa.map((d) => d.date)).toEqual(["2026-03-16", "2026-03-17", "2026-03-25", "2026-03-26", "2026-03-27"]);
    for (const d of fwa) {
      expect(d.kind).toBe("working");
      expect(d.isWorkingDay).toBe(true);
      expect(d.holiday?.kind).toBe("national_flexible_work_day");
      expect(d.workMinutes).toBeGreaterThan(0);
    }
  });

  it("shows Nyepi and Idul Fitri as national holidays and 18, 20, 23, 24 March as cuti bersama", () => {
    const off = cal.days
      .filter((d) => d.kind === "national_holiday" || d.kind === "cuti_bersama")
      .map((d) => [d.date.slice(8), d.kind]);
    expect(off).toEqual([
      ["18", "cuti_bersama"],
      ["19", "national_holiday"],
      ["20", "cuti_bersama"],
      ["21", "national_holiday"],
      ["22", "national_holiday"],
      ["23", "cuti_bersama"],
      ["24", "cuti_bersama"],
    ]);
    expect(day(cal, "2026-03-19").holiday!.name.id).toBe("Hari Suci Nyepi (Tahun Baru Saka 1948)");
    expect(day(cal, "2026-03-21").holiday!.name.en).toBe("Eid al-Fitr 1447 H");
  });

  it("counts 17 working days and cites the decrees it used", () => {
    // 22 weekdays minus 18, 19, 20, 23 and 24 March.
    expect(cal.days.filter((d) => d.isWorkingDay)).toHaveLength(17);
    expect(cal.estimated).toBe(false);
    expect(cal.sources.map((s) => s.id)).toEqual([
      "isbat-1447",
      "keppres-42-2025",
      "se-menpanrb-2-2026",
      "skb-libur-2026",
    ]);
    expect(cal.holidayTables).toEqual([{ year: 2026, origin: "official" }]);
    expect(cal.warnings).toEqual([]);
    expect(cal.policy).toEqual({ jurisdiction: "jabar", version: "2026-01-01" });
  });

  it("gives Ramadan days Jabar's 2026 Ramadan hours until 20 March and normal hours after Idul Fitri", () => {
    expect(day(cal, "2026-03-02")).toMatchObject({
      ramadan: true,
      hours: { start: "06:30", end: "14:00", breakMinutes: 30 },
      workMinutes: 420,
    });
    expect(day(cal, "2026-03-06")).toMatchObject({
      ramadan: true,
      hours: { start: "06:30", end: "14:00", breakMinutes: 60 },
      workMinutes: 390,
    });
    expect(day(cal, "2026-03-20").ramadan).toBe(true);
    expect(day(cal, "2026-03-25")).toMatchObject({
      ramadan: false,
      hours: { start: "07:30", end: "16:00", breakMinutes: 60 },
      workMinutes: 450,
    });
    expect(day(cal, "2026-03-27")).toMatchObject({
      hours: { start: "07:30", end: "16:30", breakMinutes: 90 },
      workMinutes: 450,
    });
  });

  it("makes a week's required hours the policy hours of its working days, holidays and cuti bersama removed", () => {
    const byStart = Object.fromEntries(cal.weeks.map((w) => [w.start, w]));
    // A full Ramadan week: 4 x 7 h + 6.5 h = 34.5 h (at least the 32.5 h minimum).
    expect(byStart["2026-03-02"]!.requiredMinutes).toBe(2070);
    // Monday-Tuesday (flexible-work days, still Ramadan) then cuti bersama, Nyepi, cuti bersama.
    expect(byStart["2026-03-16"]).toMatchObject({
      workingDates: ["2026-03-16", "2026-03-17"],
      requiredMinutes: 840,
      split: "none",
    });
    // Idul Fitri cuti bersama Monday-Tuesday, then three normal-hours days.
    expect(byStart["2026-03-23"]).toMatchObject({
      workingDates: ["2026-03-25", "2026-03-26", "2026-03-27"],
      requiredMinutes: 1350,
    });
  });

  it("keeps the full weekly cap in weeks with holidays and shares it in the weeks the month cuts", () => {
    const caps = cal.weeks.map((w) => [w.start, w.split, flexibleCapForWeek(2, w)]);
    expect(caps).toEqual([
      ["2026-02-23", "cut_at_start", 0], // only Sunday 1 March
      ["2026-03-02", "none", 2],
      ["2026-03-09", "none", 2],
      ["2026-03-16", "none", 2],
      ["2026-03-23", "none", 2],
      ["2026-03-30", "cut_at_end", 1], // Monday-Tuesday: 2 x 2/5 = 0.8 -> 1
    ]);
  });
});

describe("December 2026", () => {
  const cal = workingCalendar(jabar2026, "2026-12");

  it("works without any option although its last ISO week reaches into 2027", () => {
    expect(cal.estimated).toBe(false);
    expect(cal.holidayTables).toEqual([{ year: 2026, origin: "official" }]);
  });

  it("counts 21 working days, cuti bersama on 24 December and Natal on 25 December", () => {
    expect(cal.days).toHaveLength(31);
    expect(cal.days.filter((d) => d.isWorkingDay)).toHaveLength(21);
    expect(day(cal, "2026-12-24")).toMatchObject({
      kind: "cuti_bersama",
      isWorkingDay: false,
      workMinutes: 0,
      hours: null,
    });
    expect(day(cal, "2026-12-25")).toMatchObject({ kind: "national_holiday", isWorkingDay: false });
    expect(day(cal, "2026-12-25").holiday!.name).toEqual({
      id: "Kelahiran Yesus Kristus (Hari Raya Natal)",
      en: "Christmas Day",
    });
    expect(cal.days.filter((d) => d.ramadan)).toEqual([]);
  });

  it("cuts its first and last ISO weeks and shares the cap with November and January by policy weekdays", () => {
    const first = cal.weeks[0]!;
    const last = cal.weeks.at(-1)!;
    expect(first).toMatchObject({
      start: "2026-11-30",
      split: "cut_at_start",
      scheduledWeekdaysInPeriod: 4,
      scheduledWeekdaysInWeek: 5,
    });
    expect(last).toMatchObject({
      start: "2026-12-28",
      split: "cut_at_end",
      dates: ["2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31"],
    });
    expect(flexibleCapForWeek(2, first)).toBe(2);
    expect(flexibleCapForWeek(2, last)).toBe(2);
    const nov = workingCalendar(jabar2026, "2026-11").weeks.at(-1)!;
    expect(flexibleCapForWeek(2, nov) + flexibleCapForWeek(2, first)).toBe(2);
    // The week of 21 December has cuti bersama and Natal: its cap stays whole, its hours shrink.
    const christmas = cal.weeks.find((w) => w.start === "2026-12-21")!;
    expect(flexibleCapForWeek(2, christmas)).toBe(2);
    expect(christmas.workingDates).toEqual(["2026-12-21", "2026-12-22", "2026-12-23"]);
    expect(christmas.requiredMinutes).toBe(3 * 450);
  });
});

describe("Ramadan hours", () => {
  it("make a full Ramadan 2025 week 32.5 h under SE Sekda 23/OT.03/ORG (breaks 60 min, Friday 90)", () => {
    const cal = workingCalendar(resolvePolicy("jabar", "2025-03-01"), "2025-03");
    const week = cal.weeks.find((w) => w.start === "2025-03-03")!;
    expect(week.requiredMinutes).toBe(32.5 * 60);
    expect(day(cal, "2025-03-03")).toMatchObject({
      ramadan: true,
      hours: { start: "06:30", end: "14:00", breakMinutes: 60 },
      workMinutes: 390,
    });
    expect(day(cal, "2025-03-07")).toMatchObject({
      ramadan: true,
      hours: { start: "06:30", end: "14:30", breakMinutes: 90 },
      workMinutes: 390,
    });
  });
});

describe("Ramadan 2027, before the isbat", () => {
  const jabar2027 = resolvePolicy("jabar", "2027-02-01");

  it("is unknown without an opt-in: ordinary hours, a warning, nothing estimated", () => {
    const cal = workingCalendar(jabar2027, "2027-02");
    expect(cal.days.some((d) => d.ramadan)).toBe(false);
    expect(cal.estimated).toBe(false);
    expect(cal.warnings.map((w) => w.code)).toEqual(["calendar_ramadan_unknown"]);
  });

  it("with allowEstimates uses the estimate 8 February - 9 March 2027, every such day marked estimated", () => {
    const cal = workingCalendar(jabar2027, { from: "2027-02-01", to: "2027-03-31" }, { allowEstimates: true });
    expect(cal.warnings.map((w) => [w.code, w.params.from, w.params.to])).toEqual([
      ["calendar_ramadan_estimated", "2027-02-08", "2027-03-09"],
    ]);
    expect(day(cal, "2027-02-05")).toMatchObject({ ramadan: false, estimated: false });
    // jabar has no 2027 Ramadan circular: the Perpres 21/2023 Ramadan week (08:00 starts) applies.
    expect(day(cal, "2027-02-08")).toMatchObject({
      ramadan: true,
      estimated: true,
      hours: { start: "08:00", end: "15:00", breakMinutes: 30 },
    });
    expect(day(cal, "2027-03-10")).toMatchObject({ ramadan: false, kind: "national_holiday", estimated: false });
    expect(cal.estimated).toBe(true);
    // The holidays stay the decree's, not estimates.
    expect(cal.holidayTables).toEqual([{ year: 2027, origin: "official" }]);
    expect(cal.sources.map((s) => s.id)).toContain("skb-libur-2027");
  });

  it("gives way to the caller's period", () => {
    const cal = workingCalendar(jabar2027, "2027-02", {
      allowEstimates: true,
      ramadan: [{ year: 2027, from: "2027-02-09", to: "2027-03-09", provenance: "official", sources: ["isbat-1448"] }],
      sources: [{ id: "isbat-1448", kind: "decree", title: "Sidang isbat 1 Ramadan 1448 H" }],
    });
    expect(day(cal, "2027-02-08").ramadan).toBe(false);
    expect(day(cal, "2027-02-09")).toMatchObject({ ramadan: true, estimated: false });
    expect(cal.warnings).toEqual([]);
  });
});

describe("a year without an official table", () => {
  it("is a typed error naming the year and the two ways out", () => {
    const e = thrown(() => workingCalendar(jabar2026, "2028-01"));
    expect(e.code).toBe("calendar_year_unavailable");
    expect(e.params).toMatchObject({ year: [2028], available: [2025, 2026, 2027] });
    expect(e.localizedMessage("en")).toMatch(/2028.*holidays.*allowEstimates/s);
    expect(e.localizedMessage("id")).toMatch(/2028.*holidays.*allowEstimates/s);
  });

  it("names only the missing years of a range that spans an official one", () => {
    const e = thrown(() => workingCalendar(jabar2026, { from: "2026-12-01", to: "2028-01-31" }));
    expect(e.params.year).toEqual([2028]);
    expect(thrown(() => workingCalendar(jabar2026, "2024-12")).params.year).toEqual([2024]);
  });

  it("with allowEstimates adds only the fixed-date holidays, each marked estimated, and marks every day", () => {
    const cal = workingCalendar(nasional, { from: "2028-01-01", to: "2028-12-31" }, { allowEstimates: true });
    expect(cal.estimated).toBe(true);
    expect(cal.holidayTables).toEqual([{ year: 2028, origin: "estimated" }]);
    const holidays = cal.days.filter((d) => d.holiday !== null);
    expect(holidays.map((d) => d.date)).toEqual(["2028-01-01", "2028-05-01", "2028-06-01", "2028-08-17", "2028-12-25"]);
    for (const d of holidays)
      expect(d.holiday).toMatchObject({ kind: "national_holiday", estimated: true, provenance: "derived" });
    expect(cal.days.every((d) => d.estimated)).toBe(true);
    expect(cal.days.some((d) => d.kind === "cuti_bersama")).toBe(false);
    expect(cal.warnings.map((w) => w.code).sort()).toEqual(["calendar_estimated_year", "calendar_ramadan_unknown"]);
  });

  it("uses the caller's holidays as that year's table, validated, with their sources listed", () => {
    const holidays: HolidayEntry[] = [
      {
        date: "2028-01-01",
        kind: "national_holiday",
        name: { id: "Tahun Baru 2028 Masehi", en: "New Year's Day 2028" },
        provenance: "official",
        sources: ["skb-libur-2028"],
      },
      {
        date: "2028-02-08",
        kind: "cuti_bersama",
        name: { id: "Cuti bersama", en: "Collective leave" },
        provenance: "official",
        sources: ["skb-libur-2028"],
      },
    ];
    const sources = [
      { id: "skb-libur-2028", kind: "decree" as const, title: "SKB Hari Libur Nasional dan Cuti Bersama Tahun 2028" },
    ];
    const cal = workingCalendar(nasional, "2028-02", { holidays, sources });
    expect(cal.estimated).toBe(false);
    expect(cal.holidayTables).toEqual([{ year: 2028, origin: "caller" }]);
    expect(day(cal, "2028-02-08")).toMatchObject({ kind: "cuti_bersama", isWorkingDay: false });
    expect(cal.sources.map((s) => s.id)).toEqual(["skb-libur-2028"]);
    expect(cal.warnings.map((w) => w.code)).toEqual(["calendar_ramadan_unknown"]);
  });

  it("takes the caller's Ramadan period when given", () => {
    const holidays: HolidayEntry[] = [
      {
        date: "2028-03-10",
        kind: "national_holiday",
        name: { id: "x", en: "x" },
        provenance: "assumption",
        sources: ["my-table"],
      },
    ];
    const cal = workingCalendar(nasional, "2028-02", {
      holidays,
      ramadan: [{ year: 2028, from: "2028-02-08", to: "2028-03-09", provenance: "assumption", sources: ["my-table"] }],
      sources: [{ id: "my-table", kind: "project", title: "Our own table" }],
    });
    expect(day(cal, "2028-02-08")).toMatchObject({
      ramadan: true,
      hours: { start: "08:00", end: "15:00", breakMinutes: 30 },
      workMinutes: 390,
    });
    expect(day(cal, "2028-02-05").ramadan).toBe(false);
    expect(cal.warnings).toEqual([]);
  });
});

describe("invalid input", () => {
  it("rejects a bad period with paths and messages in both languages", () => {
    const e = thrown(() => workingCalendar(jabar2026, { from: "2026-02-30", to: "2026-03-01" }));
    expect(e.code).toBe("calendar_invalid_period");
    expect(e.issues[0]).toMatchObject({ code: "invalid_date", path: ["period", "from"] });
    expect(e.issues[0]!.message.id).toMatch(/Tanggal tidak valid/);
    expect(thrown(() => workingCalendar(jabar2026, "2026-13")).code).toBe("calendar_invalid_period");
    expect(thrown(() => workingCalendar(jabar2026, { from: "2026-03-02", to: "2026-03-01" })).code).toBe(
      "calendar_period_reversed",
    );
    expect(
      thrown(() => workingCalendar(jabar2026, { from: "2015-01-01", to: "2026-01-01" }, { allowEstimates: true })).code,
    ).toBe("calendar_period_too_long");
  });

  it("rejects malformed caller holidays with the path of every problem", () => {
    const bad = [
      { date: "2028-01-01", kind: "holiday", name: { id: "x" }, provenance: "official", sources: [] },
      {
        date: "2028-01-05",
        kind: "national_holiday",
        name: { id: "a", en: "b" },
        provenance: "official",
        sources: ["nowhere"],
      },
      {
        date: "2028-01-05",
        kind: "cuti_bersama",
        name: { id: "a", en: "b" },
        provenance: "official",
        sources: ["skb-libur-2026"],
      },
    ] as unknown as HolidayEntry[];
    const first = thrown(() => workingCalendar(jabar2026, "2028-01", { holidays: bad }));
    expect(first.code).toBe("calendar_invalid_options");
    expect(first.issues.map((i) => i.path.join("."))).toEqual([
      "options.holidays.0.kind",
      "options.holidays.0.name.en",
      "options.holidays.0.sources",
    ]);
    const second = thrown(() => workingCalendar(jabar2026, "2028-01", { holidays: bad.slice(1) }));
    expect(second.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["calendar_holiday_duplicate", "options.holidays.1.date"],
      ["calendar_unknown_source", "options.holidays.0.sources.0"],
    ]);
  });

  it("rejects something that is not a resolved policy", () => {
    const e = thrown(() => workingCalendar({} as never, "2026-03"));
    expect(e.code).toBe("calendar_invalid_policy");
  });

  it("rejects a negative or fractional cap", () => {
    const week = workingCalendar(jabar2026, "2026-03").weeks[1]!;
    expect(thrown(() => flexibleCapForWeek(-1, week)).code).toBe("invalid_input");
    expect(thrown(() => flexibleCapForWeek(1.5, week)).code).toBe("invalid_input");
  });
});

describe("other periods", () => {
  it("warns when the period reaches past the policy version's last day", () => {
    const cal = workingCalendar(jabar2026, "2027-02", { allowEstimates: true });
    expect(cal.warnings.map((w) => w.code)).toContain("calendar_period_outside_policy");
  });

  it("gives 2025 Ramadan days the Ramadan hours of the policy in force and flags a period outside its dates", () => {
    const cal = workingCalendar(jabar2025, "2025-03");
    expect(day(cal, "2025-03-03")).toMatchObject({ ramadan: true, hours: { start: "06:30", end: "14:00" } });
    expect(day(cal, "2025-03-31")).toMatchObject({ ramadan: false, kind: "national_holiday" });
    expect(cal.days.filter((d) => d.nationalFlexibleWorkDay).map((d) => d.date)).toEqual([
      "2025-03-24",
      "2025-03-25",
      "2025-03-26",
      "2025-03-27",
    ]);
    expect(cal.warnings.map((w) => w.code)).toEqual(["calendar_period_outside_policy"]);
    expect(workingCalendar(jabar2025, "2025-08").days.find((d) => d.date === "2025-08-18")!.kind).toBe("cuti_bersama");
  });

  it("marks a period inside one week as cut at both ends and gives it its share", () => {
    const cal = workingCalendar(jabar2026, { from: "2026-06-09", to: "2026-06-11" });
    expect(cal.weeks).toHaveLength(1);
    expect(cal.weeks[0]).toMatchObject({
      split: "cut_at_both",
      scheduledWeekdaysBeforePeriod: 1,
      scheduledWeekdaysInPeriod: 3,
    });
    // Monday gets round(2 x 1/5) = 0, Tuesday-Thursday round(2 x 4/5) - 0 = 2, Friday 2 - 2 = 0.
    expect(flexibleCapForWeek(2, cal.weeks[0]!)).toBe(2);
  });

  it("shows a holiday on a weekend as that holiday, not as a working day", () => {
    const d = day(workingCalendar(jabar2026, "2026-03"), "2026-03-22");
    expect(d).toMatchObject({ weekday: "sunday", kind: "national_holiday", isWorkingDay: false });
  });

  it("builds a whole year of 2025-2026 in one call", () => {
    const cal = workingCalendar(jabar2026, { from: "2025-01-01", to: "2026-12-31" });
    expect(cal.days).toHaveLength(730);
    expect(cal.weeks.reduce((n, w) => n + w.dates.length, 0)).toBe(730);
    expect(cal.weeks.every((w) => w.dates.length > 0 && w.dates.length <= 7)).toBe(true);
  });
});

describe("time zones", () => {
  it("gives the same 2025-2026 calendar whatever the process TZ (the file also runs under TZ=UTC and TZ=Pacific/Kiritimati)", () => {
    const build = () => JSON.stringify(workingCalendar(jabar2026, { from: "2025-01-01", to: "2026-12-31" }));
    const original = process.env.TZ;
    const seen: string[] = [];
    try {
      // Node re-reads TZ when it changes, so one process can compare far-apart zones.
      for (const tz of ["Pacific/Kiritimati", "UTC", "America/Los_Angeles", "Asia/Jakarta"]) {
        process.env.TZ = tz;
        seen.push(build());
      }
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
    expect(new Set(seen).size).toBe(1);
    expect(build()).toBe(seen[0]);
  });
});
