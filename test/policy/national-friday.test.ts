/**
 * The national Friday work from home of 2026-04-10: reported, end unconfirmed. Every result that applies
 * it says so, one overlay line turns it off, and with the Jabar Thursday it uses the whole cap of 2.
 */
import { describe, expect, it } from "vitest";
import { generateSchedule, preparePolicy, resolvePolicy } from "../../src/index.js";
import { readJson } from "./helpers.js";

const withoutUnconfirmed = () => readJson("examples/policies/jabar-without-unconfirmed-rules.policy.json");
const unit = (period: string) => ({
  unit: { id: "bkd-mutasi", name: "BKD Bidang Mutasi", kind: "general", minimumOnSite: { share: 0.5 } },
  members: Array.from({ length: 6 }, (_, i) => ({ id: `m0${i}`, grantedFlexibleDays: 2 })),
  period,
});

describe("the national Friday work from home (reported, from 2026-04-10)", () => {
  it("is in the national policy from 2026-04-10, tagged reported, with a bilingual warning that its end is not confirmed", () => {
    expect(resolvePolicy("id-nasional", "2026-04-09").warnings).toEqual([]);
    const p = resolvePolicy("id-nasional", "2026-04-10");
    expect(p.parameters.schedule.collectiveFlexibleDays.provenance).toBe("reported");
    expect(p.unconfirmedRules).toBe("applied");
    expect(p.warnings.map((w) => [w.code, w.params.weekday, w.params.origin])).toEqual([
      ["policy_rule_end_unconfirmed", "friday", "id-nasional@2026-04-10"],
    ]);
    expect(p.warnings[0]!.message.en).toMatch(/not confirmed.*overlay/);
    expect(p.warnings[0]!.message.id).toMatch(/belum terkonfirmasi.*overlay/);
  });

  it("with the Jabar Thursday uses the whole weekly cap of 2: a full week leaves no individual MKD day", () => {
    const p = resolvePolicy("jabar", "2026-05-04");
    expect(
      p.parameters.schedule.collectiveFlexibleDays.value.map((c) => [c.weekday, c.kind, c.countsTowardCap]),
    ).toEqual([
      ["thursday", "mandatory", true],
      ["friday", "mandatory", true],
    ]);
    const r = generateSchedule({ ...unit("2026-05"), jurisdiction: "jabar" });
    expect(r.status).toBe("scheduled");
    if (r.status !== "scheduled") return;
    expect(r.schedule.policy.warnings?.map((w) => w.code)).toEqual(["policy_rule_end_unconfirmed"]);
    // 18-22 May 2026 has no holiday: Thursday and Friday are collective, nothing is left of the cap.
    const week = r.schedule.members[0]!.weeks.find((w) => w.start === "2026-05-18")!;
    expect(week.mkdFlexibleDays).toBe(0);
    for (const date of ["2026-05-21", "2026-05-22"])
      expect(r.schedule.days.find((d) => d.date === date)!.collective).toBe("collective_flexible_day");
  });

  it("is turned off by one overlay line (applyUnconfirmedRules: false), with no warning left", () => {
    const doc = withoutUnconfirmed();
    const p = resolvePolicy(doc, "2026-05-04");
    expect(p.unconfirmedRules).toBe("excluded");
    expect(p.warnings).toEqual([]);
    expect(p.parameters.schedule.collectiveFlexibleDays.value.map((c) => c.weekday)).toEqual(["thursday"]);
    // The same overlay in 2027: SE 188 has lapsed and the Friday is off, so no collective day at all.
    expect(resolvePolicy(doc, "2027-01-07").parameters.schedule.collectiveFlexibleDays.value).toEqual([]);
    const r = generateSchedule({ ...unit("2026-05"), policy: preparePolicy(doc) });
    expect(r.status).toBe("scheduled");
    if (r.status !== "scheduled") return;
    expect(r.schedule.policy.warnings ?? []).toEqual([]);
    expect(r.schedule.days.find((d) => d.date === "2026-05-22")!.collective).toBeNull();
  });

  it("is turned back on by a later overlay line (applyUnconfirmedRules: true)", () => {
    const off = withoutUnconfirmed();
    const on = {
      ...withoutUnconfirmed(),
      jurisdiction: { id: "kota-y", name: "Kota Y", parent: "jabar-tanpa-aturan-belum-pasti" },
      extends: { jurisdiction: "jabar-tanpa-aturan-belum-pasti" },
      applyUnconfirmedRules: true,
    };
    const p = resolvePolicy(on, "2026-05-04", { documents: [off] });
    expect(p.unconfirmedRules).toBe("applied");
    expect(p.parameters.schedule.collectiveFlexibleDays.value.map((c) => c.weekday)).toEqual(["thursday", "friday"]);
  });
});
