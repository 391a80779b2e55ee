import { describe, expect, it } from "vitest";
import { assertValidPolicy, MkdError, validatePolicy, type Issue } from "../../src/index.js";
import { shippedCopy, shippedVersionDirs, tasikmalaya, tasikmalayaInvalid } from "./helpers.js";

// Most tests edit a copy of a shipped document to reach one check at a time; that such a copy shadows the
// shipped name and version (refused, see test/security/ceiling.test.ts) is not what they are about.
const where = (issues: readonly Issue[]): string[] =>
  issues.filter((i) => i.code !== "policy_shadows_shipped_version").map((i) => `${i.code} @ ${i.path.join(".")}`);

/** A minimal overlay of kota-x over jabar with the given schedule/eligibility values. */
function overlay(fields: { from: string; until?: string; parameters: object; parent?: string }): any {
  return {
    schemaVersion: 1,
    jurisdiction: { id: "kota-x", name: "Kota X", parent: fields.parent ?? "jabar" },
    version: fields.from,
    title: { id: "Uji", en: "Test" },
    effectiveFrom: fields.from,
    ...(fields.until ? { effectiveUntil: fields.until } : {}),
    extends: { jurisdiction: "jabar" },
    legalBases: [{ id: "kota-x-test", kind: "project", title: "Test basis" }],
    parameters: fields.parameters,
  };
}
const cap = (value: number) => ({
  schedule: { maxFlexibleDaysPerWeek: { value, provenance: "assumption", sources: ["kota-x-test"] } },
});

/** jabar@2025-04-21 with one rule condition replaced. */
function withLeaf(leaf: object): any {
  const doc = shippedCopy("jabar/2025-04-21");
  doc.parameters.eligibility.rules.not_under_discipline.conditions = { all: [leaf] };
  return doc;
}
const LEAF = "parameters.eligibility.rules.not_under_discipline.conditions.all.0";

describe("validatePolicy: shipped and example documents", () => {
  it.each(shippedVersionDirs())("finds nothing wrong with the shipped policy %s", (dir) => {
    const result = validatePolicy(shippedCopy(dir));
    expect(where(result.issues)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("accepts the illustrative Kota Tasikmalaya overlay", () => {
    expect(where(validatePolicy(tasikmalaya()).issues)).toEqual([]);
  });

  it("never throws on input that is not a policy at all", () => {
    for (const input of [
      null,
      undefined,
      42,
      "policy",
      [],
      {},
      { parameters: { eligibility: { rules: { x: { conditions: { all: [{ fact: 1 }] } } } } } },
    ]) {
      const result = validatePolicy(input);
      expect(result.valid).toBe(false);
      expect(result.issues.length).toBeGreaterThan(0);
    }
  });

  it("assertValidPolicy returns the typed document or throws invalid_policy with every issue", () => {
    expect(assertValidPolicy(tasikmalaya()).jurisdiction.id).toBe("kota-tasikmalaya");
    try {
      assertValidPolicy(tasikmalayaInvalid());
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(MkdError);
      expect((e as MkdError).code).toBe("invalid_policy");
      expect((e as MkdError).issues.length).toBe(validatePolicy(tasikmalayaInvalid()).issues.length);
    }
  });
});

describe("validatePolicy: ceilings of the parent jurisdiction", () => {
  it("flags a 4-day overlay in force after 2025-04-21, naming both caps, the parent version and the date range", () => {
    const { valid, issues } = validatePolicy(tasikmalayaInvalid());
    expect(valid).toBe(false);
    const capIssue = issues.find((i) => i.path.join(".") === "parameters.schedule.maxFlexibleDaysPerWeek.value")!;
    expect(capIssue.code).toBe("policy_exceeds_parent_ceiling");
    // A city's binding ceiling is the national rule (SE 188 and the provincial versions bind provincial staff).
    expect(capIssue.params).toMatchObject({
      value: 4,
      cap: 2,
      parent: "id-nasional",
      parentVersion: "2025-04-21",
      from: "2025-06-01",
      until: "2025-12-31",
    });
    expect(capIssue.message.en).toBe(
      "schedule.maxFlexibleDaysPerWeek = 4 (from kota-tasikmalaya@2025-06-01) exceeds the cap of 2 flexible days a week set by id-nasional version 2025-04-21, over 2025-06-01 – 2025-12-31.",
    );
    expect(capIssue.message.id).toContain(
      "melebihi batas 2 hari fleksibel per minggu yang ditetapkan id-nasional versi 2025-04-21",
    );
    // The formats, the quota table and the quota without track record are bound by the same ceiling.
    expect([...new Set(where(issues))]).toEqual([
      "policy_exceeds_parent_ceiling @ parameters.eligibility.allowedFlexibleDays.value.1",
      "policy_exceeds_parent_ceiling @ parameters.eligibility.allowedFlexibleDays.value.2",
      "policy_exceeds_parent_ceiling @ parameters.eligibility.quotaWithoutTrackRecord.value",
      "policy_exceeds_parent_ceiling @ parameters.eligibility.trackRecordQuota.value.green",
      "policy_exceeds_parent_ceiling @ parameters.eligibility.trackRecordQuota.value.yellow",
      "policy_exceeds_parent_ceiling @ parameters.schedule.maxFlexibleDaysPerWeek.value",
    ]);
  });

  it("checks every date range where both are in force, up to the grandparent when the parent has no version", () => {
    // A complete document (no extends) with jabar's 2023 values, open-ended from 2025-06-01: bound by
    // every jabar version in force over its range, up to the open-ended 2027 one.
    const doc = shippedCopy("jabar/2023-06-19");
    doc.jurisdiction = { id: "kota-x", name: "Kota X", parent: "jabar" };
    doc.version = doc.effectiveFrom = "2025-06-01";
    delete doc.effectiveUntil;
    doc.parameters.schedule.maxFlexibleDaysPerWeek.value = 3;
    const { issues } = validatePolicy(doc);
    const ceilings = issues.filter(
      (i) =>
        i.code === "policy_exceeds_parent_ceiling" &&
        i.path.join(".") === "parameters.schedule.maxFlexibleDaysPerWeek.value",
    );
    expect(ceilings.map((i) => [i.params.parent, i.params.parentVersion, i.params.range])).toEqual([
      ["jabar", "2025-04-21", "2025-06-01 – 2025-10-31"],
      ["jabar", "2025-11-01", "2025-11-01 – 2025-11-30"],
      ["jabar", "2025-12-01", "2025-12-01 – 2025-12-31"],
      ["jabar", "2026-01-01", "2026-01-01 – 2026-04-09"],
      ["jabar", "2026-04-10", "2026-04-10 – 2026-12-31"],
      ["jabar", "2027-01-01", "2027-01-01 – …"],
    ]);
  });

  it("accepts 4 days before the national ceiling and flags only the part of a range after 2025-04-21", () => {
    expect(validatePolicy(overlay({ from: "2024-01-01", until: "2025-04-20", parameters: cap(4) })).valid).toBe(true);
    const spanning = validatePolicy(overlay({ from: "2025-01-01", until: "2025-12-31", parameters: cap(4) }));
    const ranges = spanning.issues.filter((i) => i.code === "policy_exceeds_parent_ceiling").map((i) => i.params.range);
    expect(new Set(ranges)).toEqual(
      new Set(["2025-04-21 – 2025-10-31", "2025-11-01 – 2025-11-30", "2025-12-01 – 2025-12-31"]),
    );
  });

  it("flags a jabar variant with 4 days after 2025-04-21 against id-nasional", () => {
    const doc = shippedCopy("jabar/2025-04-21");
    doc.parameters.schedule.maxFlexibleDaysPerWeek.value = 4;
    const { issues } = validatePolicy(doc);
    const i = issues.find((x) => x.code === "policy_exceeds_parent_ceiling")!;
    expect(i.params).toMatchObject({ parent: "id-nasional", parentVersion: "2025-04-21", value: 4, cap: 2 });
  });

  it("flags an inherited value that exceeds the ceiling, naming the document that set it", () => {
    // An overlay that removes nothing but lives under a parent with a 1-day cap inherits jabar's 2.
    const parent = overlay({ from: "2026-01-01", until: "2026-12-31", parameters: cap(1) });
    parent.jurisdiction = { id: "kota-x", name: "Kota X", parent: "jabar" };
    const child = overlay({ from: "2026-01-01", until: "2026-12-31", parent: "kota-x", parameters: {} });
    child.jurisdiction = { id: "kecamatan-y", name: "Kecamatan Y", parent: "kota-x" };
    const { issues } = validatePolicy(child, { documents: [parent] });
    const i = issues.find((x) => x.path.join(".") === "parameters.schedule.maxFlexibleDaysPerWeek.value")!;
    expect(i.code).toBe("policy_exceeds_parent_ceiling");
    expect(i.params).toMatchObject({ value: 2, cap: 1, parent: "kota-x", definedIn: "jabar@2025-04-21" });
  });
});

describe("validatePolicy: rules", () => {
  it("gives a JSONPath filter expression its own code at the rule's path", () => {
    const { issues } = validatePolicy(
      withLeaf({ fact: "jobCriteria", path: "$..[?(@.itBased)]", operator: "equal", value: true }),
    );
    expect(where(issues)).toEqual([`policy_rule_path_script @ ${LEAF}.path`]);
    expect(issues[0]!.message.en).toContain("JSONPath filter or script");
  });

  it("refuses other non-plain paths and paths on facts that are not objects", () => {
    expect(
      where(validatePolicy(withLeaf({ fact: "jobCriteria", path: "$.a[0]", operator: "equal", value: true })).issues),
    ).toEqual([`policy_rule_path_not_plain @ ${LEAF}.path`]);
    expect(
      where(
        validatePolicy(withLeaf({ fact: "jobCriteria", path: "$.hasWifi", operator: "equal", value: true })).issues,
      ),
    ).toEqual([`policy_rule_path_unknown_property @ ${LEAF}.path`]);
    expect(
      where(validatePolicy(withLeaf({ fact: "tenureMonths", path: "$.x", operator: "equal", value: 1 })).issues),
    ).toEqual([`policy_rule_path_not_allowed @ ${LEAF}.path`]);
    expect(where(validatePolicy(withLeaf({ fact: "jobCriteria", operator: "equal", value: true })).issues)).toEqual([
      `policy_rule_path_required @ ${LEAF}.fact`,
    ]);
  });

  it("flags an unknown fact and an unknown operator", () => {
    expect(where(validatePolicy(withLeaf({ fact: "salary", operator: "equal", value: 1 })).issues)).toEqual([
      `policy_rule_unknown_fact @ ${LEAF}.fact`,
    ]);
    const op = validatePolicy(withLeaf({ fact: "tenureMonths", operator: "regex", value: "1" }));
    expect(where(op.issues)).toEqual([`policy_rule_unknown_operator @ ${LEAF}.operator`]);
    expect(op.issues[0]!.params.operator).toBe("regex");
  });

  it("flags values whose type does not fit the fact and operator", () => {
    expect(where(validatePolicy(withLeaf({ fact: "talentBox", operator: "in", value: 4 })).issues)).toEqual([
      `policy_rule_value_type_mismatch @ ${LEAF}.value`,
    ]);
    expect(where(validatePolicy(withLeaf({ fact: "talentBox", operator: "in", value: [4, "5"] })).issues)).toEqual([
      `policy_rule_value_type_mismatch @ ${LEAF}.value`,
    ]);
    expect(where(validatePolicy(withLeaf({ fact: "hasLaptop", operator: "equal", value: "yes" })).issues)).toEqual([
      `policy_rule_value_type_mismatch @ ${LEAF}.value`,
    ]);
    expect(
      where(validatePolicy(withLeaf({ fact: "disciplinaryStatus", operator: "equal", value: "nothing" })).issues),
    ).toEqual([`policy_rule_value_not_allowed @ ${LEAF}.value`]);
    expect(
      where(validatePolicy(withLeaf({ fact: "disciplinaryStatus", operator: "greaterThan", value: 1 })).issues),
    ).toEqual([`policy_rule_operator_not_applicable @ ${LEAF}.operator`]);
    expect(
      where(validatePolicy(withLeaf({ fact: "serviceCategory", operator: "contains", value: "x" })).issues),
    ).toEqual([`policy_rule_operator_not_applicable @ ${LEAF}.operator`]);
  });

  it("still checks the ceilings when a rule is broken, so one typo does not hide a breach", () => {
    const doc = tasikmalayaInvalid();
    doc.parameters.eligibility.rules = {
      r: {
        kind: "requirement",
        description: { id: "x", en: "x" },
        conditions: { all: [{ fact: "talentBox", operator: "matches", value: 1 }] },
        provenance: "assumption",
        sources: ["tasikmalaya-illustrative-invalid"],
      },
    };
    const codes = new Set(validatePolicy(doc).issues.map((i) => i.code));
    expect(codes).toEqual(new Set(["policy_rule_unknown_operator", "policy_exceeds_parent_ceiling"]));
  });
});

describe("validatePolicy: keys that could reach prototypes", () => {
  it("finds __proto__, constructor and prototype keys in the raw parsed JSON", () => {
    const text = JSON.stringify(shippedCopy("jabar/2026-01-01"))
      .replace('"parameters":{', '"parameters":{"__proto__":{"polluted":true},')
      .replace('"legalBases":[{', '"legalBases":[{"prototype":1,');
    const doc = JSON.parse(text);
    doc.parameters.eligibility = { rules: JSON.parse('{"__proto__":null,"constructor":null}') };
    const { issues } = validatePolicy(doc);
    const forbidden = issues.filter((i) => i.code === "forbidden_key").map((i) => i.path.join("."));
    expect(forbidden.sort()).toEqual([
      "legalBases.0.prototype",
      "parameters.__proto__",
      "parameters.eligibility.rules.__proto__",
      "parameters.eligibility.rules.constructor",
    ]);
    // No generic "unrecognised key" duplicate for the same key.
    expect(issues.some((i) => i.code === "input_unrecognized_key" && String(i.params.keys).includes("__proto__"))).toBe(
      false,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("validatePolicy: sources, versions and extends", () => {
  it("flags a source that no legal basis in the chain declares", () => {
    const doc = shippedCopy("jabar/2026-01-01");
    doc.parameters.schedule.collectiveFlexibleDays.sources.push("se-jabar-999-2026");
    const { issues } = validatePolicy(doc);
    expect(where(issues)).toEqual(["policy_source_unknown @ parameters.schedule.collectiveFlexibleDays.sources.3"]);
    expect(issues[0]!.params.source).toBe("se-jabar-999-2026");
  });

  it("accepts a source declared further down the extends chain", () => {
    const doc = shippedCopy("jabar/2026-01-01");
    doc.parameters.schedule.collectiveFlexibleDays.sources.push("kompas-2023-06-20");
    expect(where(validatePolicy(doc).issues)).toEqual([]);
  });

  it("flags overlapping versions of the same jurisdiction, among shipped and given documents", () => {
    const doc = shippedCopy("jabar/2025-04-21");
    doc.version = "2025-06-01";
    doc.effectiveFrom = "2025-06-01";
    doc.effectiveUntil = "2026-03-31";
    const { issues } = validatePolicy(doc);
    const overlaps = issues.filter((i) => i.code === "policy_version_overlap");
    expect(overlaps.map((i) => [i.params.other, i.params.range])).toEqual([
      ["2025-04-21", "2025-06-01 – 2025-10-31"],
      ["2025-11-01", "2025-11-01 – 2025-11-30"],
      ["2025-12-01", "2025-12-01 – 2025-12-31"],
      ["2026-01-01", "2026-01-01 – 2026-03-31"],
    ]);
    const a = overlay({ from: "2026-01-01", parameters: {} });
    const b = overlay({ from: "2026-06-01", parameters: {} });
    expect(where(validatePolicy(b, { documents: [a] }).issues)).toEqual(["policy_version_overlap @ effectiveFrom"]);
  });

  it("flags an extends that cannot be found", () => {
    const doc = shippedCopy("jabar/2025-04-21");
    doc.extends = { jurisdiction: "jabar", version: "2022-01-01" };
    expect(where(validatePolicy(doc).issues)).toEqual(["policy_extends_not_found @ extends"]);
    const lone = shippedCopy("jabar/2025-04-21");
    expect(where(validatePolicy(lone, { against: "none" }).issues)).toContain("policy_extends_not_found @ extends");
  });

  it("flags an unknown parent jurisdiction, whose ceilings cannot be checked", () => {
    const doc = tasikmalaya();
    doc.jurisdiction.parent = "prov-x";
    expect(where(validatePolicy(doc).issues)).toEqual(["policy_parent_not_found @ jurisdiction.parent"]);
  });

  it("flags a base document that leaves a parameter unset", () => {
    const doc = shippedCopy("id-nasional/2025-04-21");
    delete doc.parameters.schedule.weeklyHours;
    expect(where(validatePolicy(doc).issues)).toEqual(["policy_parameter_missing @ parameters.schedule.weeklyHours"]);
  });
});

describe("validatePolicy: internal coherence", () => {
  it("flags quotas and formats above the policy's own cap", () => {
    const doc = shippedCopy("jabar/2023-06-19");
    doc.parameters.schedule.maxFlexibleDaysPerWeek.value = 3;
    expect(where(validatePolicy(doc).issues)).toEqual([
      "policy_exceeds_own_cap @ parameters.eligibility.allowedFlexibleDays.value.2",
      "policy_exceeds_own_cap @ parameters.eligibility.quotaWithoutTrackRecord.value",
      "policy_exceeds_own_cap @ parameters.eligibility.trackRecordQuota.value.green",
    ]);
  });

  it("flags working-week hours that do not add up to weeklyHours (within a minute)", () => {
    const doc = shippedCopy("id-nasional/2025-04-21");
    doc.parameters.schedule.workingWeek.value.friday.end = "16:00";
    const { issues } = validatePolicy(doc);
    expect(where(issues)).toEqual(["policy_weekly_hours_mismatch @ parameters.schedule.workingWeek.value"]);
    expect(issues[0]!.params).toMatchObject({ computed: 37, declared: 37.5 });
  });

  it("flags a Ramadan week shorter than the Ramadan weekly hours, a break as long as the day and a day ending before it starts", () => {
    const doc = shippedCopy("id-nasional/2025-04-21");
    const week = doc.parameters.schedule.ramadanHours.value.week;
    week.monday.breakMinutes = 240;
    week.monday.end = "12:00";
    week.tuesday.end = "07:00";
    expect(where(validatePolicy(doc).issues)).toEqual([
      "policy_ramadan_hours_short @ parameters.schedule.ramadanHours.value.week",
      "policy_break_too_long @ parameters.schedule.ramadanHours.value.week.monday.breakMinutes",
      "policy_time_range_invalid @ parameters.schedule.ramadanHours.value.week.tuesday.end",
    ]);
  });

  it("flags a mandatory office day that is also a mandatory collective flexible day", () => {
    // Over jabar@2026-01-01, whose Thursday is a mandatory collective day (SE 188).
    const doc = tasikmalaya();
    doc.jurisdiction.parent = "jabar";
    doc.extends = { jurisdiction: "jabar", version: "2026-01-01" };
    doc.effectiveFrom = "2026-01-01";
    doc.effectiveUntil = "2026-04-09";
    doc.version = "2026-01-01";
    doc.parameters.schedule.mandatoryOfficeWeekdays.value = ["thursday"];
    const { issues } = validatePolicy(doc);
    expect(where(issues)).toEqual(["policy_weekday_conflict @ parameters.schedule.mandatoryOfficeWeekdays.value.0"]);
    expect(issues[0]!.params.range).toBeUndefined();
  });
});

describe("validatePolicy: the remaining checks", () => {
  it("flags an end before the start, a duplicated legal basis and an invalid context document", () => {
    const doc = tasikmalaya();
    doc.effectiveUntil = "2025-01-01";
    doc.legalBases.push({ ...doc.legalBases[0] });
    expect(where(validatePolicy(doc, { documents: [{ not: "a policy" }] }).issues)).toEqual([
      "policy_context_document_invalid @ ",
      "policy_effective_range_invalid @ effectiveUntil",
      "policy_legal_basis_duplicate @ legalBases.2.id",
    ]);
  });

  it("flags a floating extends when no version of the extended jurisdiction is ever in force", () => {
    // jabar's first version starts on 2023-06-19 and its last one never ends: only a range before 2023 has none.
    const doc = overlay({ from: "2020-01-01", until: "2020-12-31", parameters: {} });
    expect(where(validatePolicy(doc).issues)).toEqual(["policy_extends_not_in_force @ extends"]);
  });

  it("flags weekdays that are not working days and thresholds out of order", () => {
    const doc = shippedCopy("jabar/2026-01-01");
    doc.parameters.schedule.mandatoryOfficeWeekdays = {
      value: ["saturday"],
      provenance: "assumption",
      sources: ["se-jabar-188-2026"],
    };
    doc.parameters.scoring = {
      earlyWarning: {
        value: {
          greenFrom: 80,
          redBelow: 90,
          missingReportLevel: "red",
          consecutiveYellowToRed: 2,
          decliningMonths: 3,
        },
        provenance: "assumption",
        sources: ["se-jabar-188-2026"],
      },
    };
    expect(where(validatePolicy(doc).issues)).toEqual([
      "policy_weekday_not_working @ parameters.schedule.mandatoryOfficeWeekdays.value.0",
      "policy_thresholds_out_of_order @ parameters.scoring.earlyWarning.value.redBelow",
    ]);
  });
});
