/**
 * A small hand-made schedule (December 2026, five members) so the exports can be tested on their own,
 * independent of the generator.
 */
import { addDays, toEpochDay, WEEKDAYS, weekdayIndex } from "../../src/core/dates.js";
import type { Assignment, Schedule, ScheduleDay, ScheduleMember } from "../../src/schedule/types.js";

const weekdayOf = (date: string) => WEEKDAYS[weekdayIndex(toEpochDay(date))]!;

const HOLIDAYS: Record<string, "national_holiday" | "cuti_bersama"> = {
  "2026-12-24": "cuti_bersama",
  "2026-12-25": "national_holiday",
};

function assignment(date: string, mode: Assignment["mode"]): Assignment {
  const working = mode === "office" || mode === "flexible" || mode === "official_travel";
  const friday = weekdayOf(date) === "friday";
  return {
    date,
    mode,
    location:
      mode === "office" ? "office" : mode === "flexible" ? "home" : mode === "official_travel" ? "travel" : null,
    start: working ? "07:30" : null,
    end: working ? (friday ? "16:30" : "16:00") : null,
    breakMinutes: working ? (friday ? 90 : 60) : 0,
    regularMinutes: mode === "office" || mode === "official_travel" ? 450 : 0,
    flexibleMinutes: mode === "flexible" ? 450 : 0,
    excusedMinutes: mode === "leave" ? 450 : 0,
    coreStart: mode === "flexible" ? "09:00" : null,
    coreEnd: mode === "flexible" ? "15:00" : null,
    reasons: mode === "flexible" ? ["collective_flexible_day"] : mode === "office" ? ["office_day"] : [],
  };
}

/** December 2026 for a small unit: Thursdays flexible, member 3 on leave 7-9, member 4 travelling 15. */
export function fixtureSchedule(
  names: (string | null)[] = ["Siti Rahmawati", 'Budi, S.Kom; "Ajat"', "Dewi Lestari", "Eka Pratama", null],
): Schedule {
  const dates = Array.from({ length: 31 }, (_, i) => addDays("2026-12-01", i));
  const members: ScheduleMember[] = names.map((name, i) => {
    const id = `19900101202012100${i + 1}`;
    const assignments = dates.map((date) => {
      const wd = weekdayOf(date);
      if (wd === "saturday" || wd === "sunday") return assignment(date, "weekend");
      if (HOLIDAYS[date]) return assignment(date, "holiday");
      if (i === 2 && date >= "2026-12-07" && date <= "2026-12-09") return assignment(date, "leave");
      if (i === 3 && date === "2026-12-15") return assignment(date, "official_travel");
      if (wd === "thursday") return assignment(date, "flexible");
      if (i < 2 && wd === "tuesday") return assignment(date, "flexible");
      return assignment(date, "office");
    });
    return {
      id,
      name,
      roles: i === 0 ? ["front_desk"] : [],
      coverageRole: i === 0 ? "front_desk" : null,
      grantedFlexibleDays: i < 2 ? 2 : 1,
      assignments,
      weeks: [],
    };
  });
  const days: ScheduleDay[] = dates.map((date, d) => {
    const wd = weekdayOf(date);
    const kind = wd === "saturday" || wd === "sunday" ? "weekend" : (HOLIDAYS[date] ?? "working");
    const count = (mode: Assignment["mode"]) => members.filter((m) => m.assignments[d]!.mode === mode).length;
    return {
      date,
      weekday: wd,
      kind,
      collective: kind === "working" && wd === "thursday" ? "collective_flexible_day" : null,
      nationalFlexibleWorkDay: false,
      ramadan: false,
      anchor: false,
      onSite: count("office"),
      flexible: count("flexible"),
      onLeave: count("leave"),
      onTravel: count("official_travel"),
      requiredOnSite: kind === "working" && wd !== "thursday" ? 2 : 0,
      requiredOnSiteByRole: {},
      onSiteByRole: {},
      seatCapacity: 4,
    };
  });
  return {
    unit: { id: "bkd-mutasi", name: "BKD Bidang Mutasi & Promosi", kind: "general", seatCapacity: 4 },
    period: { from: "2026-12-01", to: "2026-12-31" },
    policy: {
      jurisdiction: "jabar",
      version: "2026-01-01",
      chain: ["jabar@2023-06-19", "jabar@2025-04-21", "jabar@2026-01-01"],
      title: { id: "MKD 2026: WFH setiap Kamis", en: "MKD 2026: work from home every Thursday" },
      asOf: "2026-12-01",
      maxFlexibleDaysPerWeek: 2,
      collectiveDaysCountTowardCap: { thursday: true },
      decidedBy: { document: "jabar@2026-01-01", origin: "shipped", contentHash: "sha256:fixture", shippedLaw: true },
    },
    estimated: false,
    members,
    days,
    compliance: {
      verdict: "compliant",
      hard: [
        {
          code: "flexible_day_cap",
          held: true,
          checked: 25,
          evidence: {},
          message: { id: "Batas hari fleksibel per minggu terpenuhi", en: "Weekly flexible-day cap held" },
          violations: [],
        },
        {
          code: "coverage_minimum",
          held: true,
          checked: 21,
          evidence: {},
          message: { id: "Minimal di kantor terpenuhi", en: "On-site minimum held" },
          violations: [],
        },
      ],
      soft: [
        {
          code: "preferred_weekdays",
          score: 8,
          max: 10,
          affected: ["199001012020121003"],
          evidence: {},
          message: { id: "Hari pilihan dihormati", en: "Preferred weekdays honoured" },
        },
      ],
    },
  };
}
