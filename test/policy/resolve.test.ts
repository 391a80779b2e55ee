import { describe, expect, it } from "vitest";
import { describeChain, resolvePolicy, type ResolvedPolicy } from "../../src/index.js";
import { shippedCopy, tasikmalaya, tasikmalayaInvalid } from "./helpers.js";
import { thrown } from "../support/thrown.js";

/** Every source id of a cited value resolves to a legal basis with a title. */
function expectSourcesResolve(policy: ResolvedPolicy, sources: readonly string[]): void {
  expect(sources.length).toBeGreaterThan(0);
  for (const s of sources) expect(policy.legalBases[s]?.title, s).toBeTruthy();
}

describe("resolvePolicy: the answers the issue asks for", () => {
  it("jabar on 2023-07-01 allows 4 flexible days and talent boxes 4, 5, 7, 8, 9, citing the launch reports", () => {
    const p = resolvePolicy("jabar", "2023-07-01");
    expect(p.version).toBe("2023-06-19");
    expect(describeChain(p.chain)).toBe("jabar@2023-06-19");
    expect(p.parameters.schedule.maxFlexibleDaysPerWeek.value).toBe(4);
    const box = p.parameters.eligibility.rules.talent_box!;
    expect(box.conditions).toEqual({ all: [{ fact: "talentBox", operator: "in", value: [4, 5, 7, 8, 9] }] });
    expectSourcesResolve(p, p.parameters.schedule.maxFlexibleDaysPerWeek.sources);
    expectSourcesResolve(p, box.sources);
    expect(p.legalBases["kompas-2023-06-20"]?.url).toMatch(/^https:\/\/regional\.kompas\.com\//);
  });

  it("jabar on 2025-05-01 allows 2 flexible days, through the 2023 base and the 2025 version", () => {
    const p = resolvePolicy("jabar", "2025-05-01");
    expect(p.version).toBe("2025-04-21");
    expect(describeChain(p.chain)).toBe("jabar@2023-06-19 > jabar@2025-04-21");
    expect(p.parameters.schedule.maxFlexibleDaysPerWeek.value).toBe(2);
    expect(p.parameters.schedule.maxFlexibleDaysPerWeek.sources).toEqual(["permenpanrb-4-2025-pasal-13"]);
    expectSourcesResolve(p, p.parameters.schedule.maxFlexibleDaysPerWeek.sources);
    expect(p.parameters.eligibility.allowedFlexibleDays.value.every((d) => d <= 2)).toBe(true);
  });

  it("jabar on 2026-02-05 has the mandatory Thursday work-from-home with direct public service exempt and Friday on request", () => {
    const p = resolvePolicy("jabar", "2026-02-05");
    expect(p.version).toBe("2026-01-01");
    expect(p.chain.map((l) => `${l.jurisdiction}@${l.version}`)).toEqual([
      "jabar@2023-06-19",
      "jabar@2025-04-21",
      "jabar@2026-01-01",
    ]);
    const collective = p.parameters.schedule.collectiveFlexibleDays;
    expect(collective.value.map((c) => [c.weekday, c.kind, c.exemptUnitKinds])).toEqual([
      ["thursday", "mandatory", ["direct_public_service"]],
      ["friday", "on_request", ["direct_public_service"]],
    ]);
    expect(collective.provenance).toBe("official");
    expectSourcesResolve(p, collective.sources);
    expect(p.parameters.schedule.maxFlexibleDaysPerWeek.value).toBe(2);
  });

  it("is the same whatever the process time zone, because dates are calendar strings", () => {
    // The suite runs under several TZ values (.ci/run); this pins the boundary days.
    expect(resolvePolicy("jabar", "2025-04-20").version).toBe("2023-06-19");
    expect(resolvePolicy("jabar", "2025-04-21").version).toBe("2025-04-21");
    expect(resolvePolicy("jabar", "2025-10-31").version).toBe("2025-04-21");
    expect(resolvePolicy("jabar", "2025-11-01").version).toBe("2025-11-01");
    expect(resolvePolicy("jabar", "2025-12-31").version).toBe("2025-12-01");
    expect(resolvePolicy("jabar", "2026-01-01").version).toBe("2026-01-01");
    expect(resolvePolicy("jabar", "2026-04-09").version).toBe("2026-01-01");
    expect(resolvePolicy("jabar", "2026-04-10").version).toBe("2026-04-10");
    expect(resolvePolicy("jabar", "2026-12-31").version).toBe("2026-04-10");
    expect(resolvePolicy("jabar", "2027-01-01").version).toBe("2027-01-01");
  });
});

describe("resolvePolicy: typed errors with stable codes", () => {
  it("refuses an unknown jurisdiction and lists the known ones", () => {
    const e = thrown(() => resolvePolicy("atlantis", "2026-01-05"));
    expect(e.code).toBe("unknown_jurisdiction");
    expect(e.params.known).toEqual(expect.arrayContaining(["jabar", "id-nasional"]));
    expect(e.localizedMessage("id")).toContain("atlantis");
  });

  it("refuses a date before the first version", () => {
    const e = thrown(() => resolvePolicy("jabar", "2023-06-18"));
    expect(e.code).toBe("date_before_first_version");
    expect(e.params).toMatchObject({ jurisdiction: "jabar", first: "2023-06-19" });
  });

  it("refuses a date after the last version's end instead of running it past its end date", () => {
    // Shipped versions never end without a successor (test/policy/validity.test.ts), so use a given one.
    const doc = shippedCopy("jabar/2026-01-01");
    doc.jurisdiction = { id: "kota-x", name: "Kota X", parent: "jabar" };
    const e = thrown(() => resolvePolicy("kota-x", "2026-04-13", { documents: [doc] }));
    expect(e.code).toBe("date_after_version_end");
    expect(e.params).toMatchObject({ version: "2026-01-01", until: "2026-04-09" });
  });

  it.each(["2026-02-30", "05-02-2026", "", "2026-2-5"])("refuses the invalid date %j", (asOf) => {
    expect(thrown(() => resolvePolicy("jabar", asOf)).code).toBe("invalid_date");
  });

  it("refuses a document that is not a policy with every schema issue listed", () => {
    const e = thrown(() => resolvePolicy({ schemaVersion: 1 }, "2026-01-05"));
    expect(e.code).toBe("invalid_policy");
    expect(e.issues.map((i) => i.path.join("."))).toEqual(
      expect.arrayContaining(["jurisdiction", "version", "effectiveFrom"]),
    );
  });
});

describe("resolvePolicy: an integrator's own overlay", () => {
  it("applies the illustrative Kota Tasikmalaya overlay over the national rules in force, never the provincial circulars", () => {
    const in2025 = resolvePolicy(tasikmalaya(), "2025-05-01");
    expect(describeChain(in2025.chain)).toBe("id-nasional@2025-04-21 > kota-tasikmalaya@2025-04-21");
    const in2026 = resolvePolicy(tasikmalaya(), "2026-02-05");
    expect(describeChain(in2026.chain)).toBe("id-nasional@2025-04-21 > kota-tasikmalaya@2025-04-21");
    expect(in2026.illustrative).toBe(true);
    expect(in2026.chain.at(-1)?.illustrative).toBe(true);
    // What the overlay changes...
    expect(in2026.parameters.schedule.mandatoryOfficeWeekdays.value).toEqual(["monday"]);
    expect(in2026.parameters.schedule.minOnSiteShare.value).toBe(0.6);
    expect(in2026.parameters.schedule.minOnSiteShare.provenance).toBe("assumption");
    expect(in2026.legalBases["tasikmalaya-illustrative"]?.title).toMatch(/ilustratif/);
    // ...and what it inherits: the national cap, and no SE 188 Thursday (it binds provincial staff only).
    expect(in2026.parameters.schedule.maxFlexibleDaysPerWeek.value).toBe(2);
    expect(in2026.parameters.schedule.collectiveFlexibleDays.value).toEqual([]);
    // Its own 2026 Ramadan hours (SE 100.3.4.3/039/ORG/2026), not the provincial 06:30 starts...
    const ramadan = in2026.parameters.schedule.ramadanHours;
    expect(ramadan).toMatchObject({ provenance: "official", sources: ["se-tasikmalaya-ramadan-2026"] });
    expect(ramadan.value.week.monday).toEqual({ start: "07:00", end: "14:00", breakMinutes: 30 });
    expect(ramadan.value.week.friday).toEqual({ start: "07:00", end: "14:30", breakMinutes: 60 });
    // ...which state their own year: 2025 and 2027 fall back to the national Perpres 21/2023 week.
    for (const d of ["2025-05-05", "2027-02-15"])
      expect(resolvePolicy(tasikmalaya(), d).parameters.schedule.ramadanHours.value.week.monday?.start).toBe("08:00");
  });

  it("resolves a given overlay by its jurisdiction id when passed in options.documents", () => {
    const p = resolvePolicy("kota-tasikmalaya", "2026-02-05", { documents: [tasikmalaya()] });
    expect(p.jurisdiction).toBe("kota-tasikmalaya");
    expect(p.parentJurisdiction).toBe("id-nasional");
  });

  it("refuses the 4-day overlay that validatePolicy rejects, with the ceiling issue at its path", () => {
    const e = thrown(() => resolvePolicy(tasikmalayaInvalid(), "2025-07-01"));
    expect(e.code).toBe("invalid_policy");
    const ceiling = e.issues.find((i) => i.path.join(".") === "parameters.schedule.maxFlexibleDaysPerWeek.value");
    expect(ceiling?.code).toBe("policy_exceeds_parent_ceiling");
  });

  it("validates a document again after it is changed, never serving an earlier verdict", () => {
    const doc = tasikmalaya();
    expect(resolvePolicy(doc, "2025-07-01").parameters.schedule.minOnSiteShare.value).toBe(0.6);
    doc.parameters.schedule.maxFlexibleDaysPerWeek = {
      value: 4,
      provenance: "assumption",
      sources: ["tasikmalaya-illustrative"],
    };
    expect(thrown(() => resolvePolicy(doc, "2025-07-01")).code).toBe("invalid_policy");
  });

  it("refuses the 4-day overlay given in options.documents, with the path inside documents", () => {
    const e = thrown(() => resolvePolicy("jabar", "2025-07-01", { documents: [tasikmalayaInvalid()] }));
    expect(e.code).toBe("invalid_policy");
    expect(
      e.issues.some((i) => i.path.join(".") === "documents.0.parameters.schedule.maxFlexibleDaysPerWeek.value"),
    ).toBe(true);
  });
});
