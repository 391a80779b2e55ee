/**
 * Done-when of issue 9 for the policy data: jabar works for every date of 2027 in all three capabilities,
 * with the 2027 decree's holidays and no opt-in, and the Thursday rule ends with SE 188/KPG.03/BKD.
 */
import { describe, expect, it } from "vitest";
import { addDays } from "../../src/core/dates.js";
import {
  checkEligibility,
  generateSchedule,
  officialHolidays,
  scoreMonth,
  type EmployeeInput,
  type ScheduleInput,
} from "../../src/index.js";

const unit = (period: string): ScheduleInput => ({
  unit: { id: "bkd-mutasi", name: "BKD Bidang Mutasi", kind: "general", minimumOnSite: { share: 0.5 } },
  members: Array.from({ length: 8 }, (_, i) => ({ id: `m0${i}`, grantedFlexibleDays: 2 })),
  period,
  jurisdiction: "jabar",
});

const employee: EmployeeInput = {
  id: "197905102005011003",
  talentBox: 9,
  job: {
    faceToFaceService: false,
    serviceCategory: "planning",
    criteria: {
      workableOutsideOffice: true,
      noSpecialRoomOrEquipment: true,
      itBased: true,
      minimalFaceToFace: true,
      noContinuousSupervision: true,
    },
  },
  equipment: { laptop: true, bandwidthMbps: 20 },
  disciplinaryStatus: "none",
  employmentStatus: "pns",
  appointmentDate: "2005-01-01",
  leaderApproval: { approved: true, by: "196801011990031001", at: "2026-12-01" },
  requestedFormat: "2-3",
};

describe("jabar in 2027", () => {
  it("decides eligibility on every date of 2027 under the 2027 version, carrying the review date", () => {
    for (let d = "2027-01-01"; d <= "2027-12-31"; d = addDays(d, 7)) {
      const decision = checkEligibility(employee, { jurisdiction: "jabar", asOf: d });
      expect(decision.policy.version, d).toBe("2027-01-01");
      expect(decision.policy.reviewedOn).toBe("2026-11-30");
      expect(decision.outcome).toBe("eligible");
      expect(decision.grantedFlexibleDays).toBe(2);
    }
  });

  it("scores every month of 2027", () => {
    for (let m = 1; m <= 12; m++) {
      const month = `2027-${String(m).padStart(2, "0")}`;
      const s = scoreMonth({
        employee: "198001012005011001",
        month,
        jurisdiction: "jabar",
        targets: [
          {
            id: "letters",
            target: 40,
            unit: "document",
            weight: 100,
            direction: "higher_is_better",
            aspect: "quantity",
          },
        ],
        realisations: { letters: { value: 38 } },
        behaviour: "as_expected",
      });
      expect(s.policy.version, month).toBe("2027-01-01");
      expect(s.policy.reviewedOn).toBe("2026-11-30");
      expect(s.composite).toBe(95);
    }
  });

  it("schedules March 2027 with no opt-in, every holiday and cuti bersama of the 2027 decree off", () => {
    const r = generateSchedule(unit("2027-03"));
    expect(r.status).toBe("scheduled");
    if (r.status !== "scheduled") return;
    expect(r.schedule.policy).toMatchObject({ version: "2027-01-01", reviewedOn: "2026-11-30" });
    const off = officialHolidays(2027)!
      .entries.filter((e) => e.date.startsWith("2027-03"))
      .map((e) => e.date);
    expect(off).toEqual([
      "2027-03-08",
      "2027-03-09",
      "2027-03-10",
      "2027-03-11",
      "2027-03-12",
      "2027-03-15",
      "2027-03-25",
      "2027-03-26",
      "2027-03-28",
    ]);
    for (const date of off) {
      const day = r.schedule.days.find((d) => d.date === date)!;
      expect(day.kind, date).not.toBe("working");
      expect(day.onSite + day.flexible, date).toBe(0);
    }
    expect(r.schedule.compliance.hard.every((h) => h.held)).toBe(true);
  });

  it("every month of 2027 schedules without any opt-in", () => {
    for (let m = 1; m <= 12; m++) {
      const period = `2027-${String(m).padStart(2, "0")}`;
      expect(generateSchedule(unit(period)).status, period).toBe("scheduled");
    }
  });

  it("makes the Thursdays of January 2027 ordinary working days, while December 2026 keeps them collective", () => {
    const jan = generateSchedule(unit("2027-01"));
    const dec = generateSchedule(unit("2026-12"));
    expect(jan.status).toBe("scheduled");
    expect(dec.status).toBe("scheduled");
    if (jan.status !== "scheduled" || dec.status !== "scheduled") return;
    const thursdays = (days: typeof jan.schedule.days) =>
      days.filter((d) => d.weekday === "thursday" && d.kind === "working");
    expect(thursdays(jan.schedule.days).length).toBe(4);
    for (const d of thursdays(jan.schedule.days)) expect(d.collective, d.date).toBeNull();
    expect(thursdays(dec.schedule.days).length).toBeGreaterThan(0);
    for (const d of thursdays(dec.schedule.days)) expect(d.collective, d.date).toBe("collective_flexible_day");
  });
});
