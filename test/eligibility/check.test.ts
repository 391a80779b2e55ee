import { describe, expect, it } from "vitest";
import { decide, decideInput, decideKernel, derivationEnv } from "../../src/eligibility/check.js";
import { eligibilityContext } from "../../src/eligibility/context.js";
import { isValidEmployeeShape, type Employee } from "../../src/eligibility/employee.js";
import {
  checkEligibility,
  employeeJsonSchema,
  employeeSchema,
  formatMessage,
  MkdError,
  preparePolicy,
  resolvePolicy,
  safeCheckEligibility,
  talentBoxFromPair,
  talentPairFromBox,
  type EligibilityOptions,
  type EmployeeInput,
} from "../../src/index.js";
import { generateEmployee, rng } from "./generate.js";
import { APPROVED_EMPLOYEE } from "../support/fixtures.js";

const ASOF = "2026-03-02";

/** A test overlay whose extra rule reads an optional fact (the job's service category). */
const SERVICE_CATEGORY_OVERLAY = {
  schemaVersion: 1,
  jurisdiction: { id: "kota-uji", name: "Kota Uji", parent: "jabar" },
  version: "2026-02-01",
  title: { id: "Uji", en: "Test" },
  effectiveFrom: "2026-02-01",
  extends: { jurisdiction: "jabar" },
  legalBases: [],
  parameters: {
    eligibility: {
      rules: {
        not_health: {
          kind: "requirement",
          description: { id: "Bukan layanan kesehatan", en: "Not a health service" },
          conditions: { all: [{ fact: "serviceCategory", operator: "notEqual", value: "health" }] },
          provenance: "assumption",
          sources: ["mkd-engine-assumption"],
        },
      },
    },
  },
};
const employee: EmployeeInput = { ...APPROVED_EMPLOYEE, trackRecord: { level: "green", month: "2026-01" } };

function errorOf(input: unknown, options: EligibilityOptions = { jurisdiction: "jabar", asOf: ASOF }): MkdError {
  const result = safeCheckEligibility(input as never, options);
  if (result.success) throw new Error("expected an error");
  return result.error;
}

describe("checkEligibility", () => {
  it("grants an eligible employee the requested 2-3 and says so in Indonesian and English", () => {
    const d = checkEligibility(employee, { jurisdiction: "jabar", asOf: ASOF });
    expect(d).toMatchObject({
      outcome: "eligible",
      grantedFlexibleDays: 2,
      grantedFormat: "2-3",
      employeeId: employee.id,
      asOf: ASOF,
    });
    expect(d.policy).toMatchObject({ jurisdiction: "jabar", version: "2026-01-01" });
    expect(d.policy.chain.map((l) => l.version)).toEqual(["2023-06-19", "2025-04-21", "2026-01-01"]);
    expect(d.reasons.map((r) => formatMessage(r.code, r.params, "id"))).toEqual([
      "Memenuhi syarat MKD: 2 hari fleksibel per minggu (format 2-3).",
    ]);
    expect(d.reasons.map((r) => formatMessage(r.code, r.params, "en"))).toEqual([
      "Eligible for MKD: 2 flexible days a week (format 2-3).",
    ]);
  });

  it("explains a refusal with the rule, the fact's value, the threshold and the legal basis", () => {
    const d = checkEligibility({ ...employee, talentBox: 6 }, { jurisdiction: "jabar", asOf: ASOF, locale: "en" });
    expect(d.outcome).toBe("ineligible");
    const rule = d.rules.find((r) => r.id === "talent_box")!;
    expect(rule).toMatchObject({ passed: false, kind: "requirement", provenance: "derived" });
    expect(rule.legalBases.map((b) => b.id)).toEqual(["kompas-2023-06-20", "permenpanrb-3-2020"]);
    expect(rule.conditions).toMatchObject({
      all: [{ fact: "talentBox", operator: "in", threshold: [4, 5, 7, 8, 9], actual: 6, passed: false }],
    });
    expect(d.reasons[0]!.message).toBe(
      "Requirement not met (talent_box): Talent position in box 4, 5, 7, 8 or 9. Talent box (1-9, PermenPANRB 3/2020): 6, should be one of 4, 5, 7, 8, 9.",
    );
    expect(formatMessage(d.reasons[0]!.code, d.reasons[0]!.params, "id")).toBe(
      "Syarat tidak terpenuhi (talent_box): Posisi talenta di kotak 4, 5, 7, 8 atau 9. Posisi kotak talenta (1-9, PermenPANRB 3/2020): 6, seharusnya salah satu dari 4, 5, 7, 8, 9.",
    );
  });

  it("lists each limit on the days with its source and marks the ones that cut them", () => {
    const d = checkEligibility(
      { ...employee, requestedFormat: "4-1", trackRecord: { level: "yellow" } },
      { jurisdiction: "jabar", asOf: ASOF },
    );
    expect(d.grantedFlexibleDays).toBe(1);
    expect(d.limits.map((l) => [l.kind, l.days, l.binding])).toEqual([
      ["request", 4, false],
      ["cap", 2, false],
      ["quota", 1, true],
      ["allowed_formats", 1, false],
    ]);
    const cap = d.limits.find((l) => l.kind === "cap")!;
    expect(cap.legalBases!.map((b) => b.id)).toEqual(["permenpanrb-4-2025-pasal-13"]);
    expect(d.limits.find((l) => l.kind === "quota")).toMatchObject({ level: "yellow", provenance: "assumption" });
  });

  it("accepts the early-warning object of monthly scoring as the track record, ignoring its other fields", () => {
    const warning = {
      level: "yellow" as const,
      month: "2026-02",
      months: [],
      recommendation: { action: "reduce_quota" },
    };
    expect(
      checkEligibility({ ...employee, trackRecord: warning }, { jurisdiction: "jabar", asOf: ASOF })
        .grantedFlexibleDays,
    ).toBe(1);
  });

  it("converts the performance and potential pair through the PermenPANRB 3/2020 table", () => {
    const { talentBox: _, ...rest } = employee;
    const d = checkEligibility(
      { ...rest, talent: { performance: "above", potential: "low" } },
      { jurisdiction: "jabar", asOf: ASOF },
    );
    expect(d.facts).toMatchObject({ talentBox: 4, performance: "above", potential: "low" });
    expect(
      [1, 2, 3, 4, 5, 6, 7, 8, 9].map((b) =>
        talentBoxFromPair(talentPairFromBox(b as 1).performance, talentPairFromBox(b as 1).potential),
      ),
    ).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(talentPairFromBox(6)).toEqual({ performance: "below", potential: "high" });
  });

  it("is the same decision whatever the process time zone", () => {
    const before = process.env.TZ;
    const answers: string[] = [];
    try {
      for (const tz of ["UTC", "Asia/Jakarta", "America/Los_Angeles", "Pacific/Kiritimati"]) {
        process.env.TZ = tz;
        answers.push(
          JSON.stringify(
            checkEligibility({ ...employee, appointmentDate: "2025-03-02" }, { jurisdiction: "jabar", asOf: ASOF }),
          ),
        );
      }
    } finally {
      process.env.TZ = before;
    }
    expect(new Set(answers).size).toBe(1);
    expect(JSON.parse(answers[0]!).facts.tenureMonths).toBe(12);
  });

  it("accepts a resolved or a prepared policy instead of a jurisdiction, and refuses a document not prepared", () => {
    const policy = resolvePolicy("id-nasional", "2025-06-02");
    // (The approval of the shared fixture is dated 2026: a 2025 decision takes one without a date.)
    expect(
      checkEligibility({ ...employee, leaderApproval: { approved: true } }, { policy, asOf: "2025-06-02" }).policy
        .jurisdiction,
    ).toBe("id-nasional");
    const overlay = {
      schemaVersion: 1,
      jurisdiction: { id: "kota-uji", name: "Kota Uji", parent: "jabar" },
      version: "2026-02-01",
      title: { id: "Uji", en: "Test" },
      effectiveFrom: "2026-02-01",
      extends: { jurisdiction: "jabar" },
      illustrative: true,
      legalBases: [],
      parameters: { eligibility: { rules: { talent_box: null } } },
    };
    const d = checkEligibility({ ...employee, talentBox: 1 }, { policy: preparePolicy(overlay), asOf: ASOF });
    expect(d.outcome).toBe("eligible");
    expect(d.policy).toMatchObject({ jurisdiction: "kota-uji", illustrative: true });
    // The document itself, or documents beside a jurisdiction (the 0.3 API), is refused with its path, never ignored.
    for (const [options, path] of [
      [{ policy: overlay, asOf: ASOF }, "policy"],
      [{ jurisdiction: "kota-uji", documents: [overlay], asOf: ASOF }, "documents"],
    ] as const) {
      const error = errorOf(employee, options as never);
      expect(error.code).toBe("invalid_eligibility_options");
      expect(error.issues.map((i) => [i.code, i.path.join(".")])).toEqual([["policy_not_prepared", path]]);
      expect(error.issues[0]!.message.en).toContain("preparePolicy");
    }
  });
});

describe("invalid input", () => {
  it("lists every problem with its path and a message in both languages, never a raw ZodError", () => {
    const error = errorOf({
      id: "",
      talentBox: 12,
      job: {},
      equipment: { laptop: "yes", bandwidthMbps: -1 },
      disciplinaryStatus: "maybe",
      appointmentDate: "2026-02-30",
      extra: 1,
    });
    expect(error).toBeInstanceOf(MkdError);
    expect(error.code).toBe("invalid_employee");
    const paths = error.issues.map((i) => i.path.join("."));
    for (const p of [
      "id",
      "talentBox",
      "job.faceToFaceService",
      "equipment.laptop",
      "equipment.bandwidthMbps",
      "disciplinaryStatus",
      "employmentStatus",
      "appointmentDate",
      "",
    ]) {
      expect(paths).toContain(p);
    }
    for (const i of error.issues) {
      expect(i.message.id.length).toBeGreaterThan(0);
      expect(i.message.en.length).toBeGreaterThan(0);
    }
    expect(error.toJSON().message.en).toMatch(/^Invalid employee data/);
  });

  it("refuses a talent box that contradicts the performance and potential pair", () => {
    const error = errorOf({ ...employee, talentBox: 9, talent: { performance: "below", potential: "high" } });
    expect(error.issues.map((i) => [i.code, i.path.join("."), i.params.expected])).toEqual([
      ["eligibility_talent_mismatch", "talent", 6],
    ]);
  });

  it("requires a talent box or a talent pair", () => {
    const { talentBox: _, ...rest } = employee;
    expect(errorOf(rest).issues.map((i) => i.code)).toEqual(["eligibility_talent_required"]);
  });

  it("refuses a requested format that does not add up to the working week, or asks for no flexible day", () => {
    expect(errorOf({ ...employee, requestedFormat: "3-3" }).issues.map((i) => i.code)).toEqual([
      "eligibility_format_invalid",
    ]);
    expect(errorOf({ ...employee, requestedFormat: "0-5" }).issues.map((i) => i.code)).toEqual([
      "eligibility_format_invalid",
    ]);
    expect(errorOf({ ...employee, requestedFormat: 6 }).issues.map((i) => i.code)).toEqual([
      "eligibility_days_invalid",
    ]);
    expect(errorOf({ ...employee, requestedFormat: "three" }).issues.map((i) => i.path.join("."))).toEqual([
      "requestedFormat",
    ]);
  });

  it("refuses an appointment date after the decision date", () => {
    expect(errorOf({ ...employee, appointmentDate: "2026-04-01" }).issues.map((i) => i.code)).toEqual([
      "eligibility_appointment_after_as_of",
    ]);
  });

  it("requires a fact that a policy rule reads when the input may leave it out", () => {
    const overlay = preparePolicy(SERVICE_CATEGORY_OVERLAY);
    const error = errorOf(employee, { policy: overlay, asOf: ASOF });
    expect(error.issues.map((i) => [i.code, i.path.join("."), i.params.rules])).toEqual([
      ["eligibility_fact_required_by_rule", "job.serviceCategory", ["not_health"]],
    ]);
    expect(
      checkEligibility(
        { ...employee, job: { faceToFaceService: false, serviceCategory: "health" } },
        { policy: overlay, asOf: ASOF },
      ).outcome,
    ).toBe("ineligible");
  });

  it("refuses bad options with their own error code", () => {
    for (const [options, path] of [
      [{ jurisdiction: "jabar", asOf: "2026-13-01" }, "asOf"],
      [{ asOf: ASOF }, "jurisdiction"],
      [{ jurisdiction: "jabar", policy: resolvePolicy("jabar", ASOF), asOf: ASOF }, "policy"],
      [{ policy: resolvePolicy("jabar", ASOF), asOf: "2027-01-04" }, "asOf"],
      [{ jurisdiction: "jabar", asOf: ASOF, locale: "fr" }, "locale"],
    ] as const) {
      const error = errorOf(employee, options as never);
      expect([error.code, error.issues.map((i) => i.path.join("."))]).toEqual(["invalid_eligibility_options", [path]]);
    }
    expect(errorOf(employee, { jurisdiction: "atlantis", asOf: ASOF }).code).toBe("unknown_jurisdiction");
  });
});

describe("internals the speed depends on", () => {
  it("the fast structural check accepts only inputs the zod schema accepts", () => {
    const next = rng(3);
    const mutations: ((e: Record<string, unknown>) => void)[] = [
      () => {},
      (e) => (e.talentBox = 0),
      (e) => (e.talentBox = 4.5),
      (e) => (e.extra = 1),
      (e) => ((e.job as Record<string, unknown>).x = 1),
      (e) => (e.appointmentDate = "2025-02-29"),
      (e) => (e.appointmentDate = "2024-02-29"),
      (e) => (e.appointmentDate = "1899-12-31"),
      (e) => (e.equipment = { laptop: true, bandwidthMbps: Number.NaN }),
      (e) => (e.equipment = { laptop: true, bandwidthMbps: Infinity }),
      (e) => (e.trackRecord = { level: "blue" }),
      (e) => (e.trackRecord = { level: "red", month: "2026-13" }),
      (e) => (e.requestedFormat = "10-2"),
      (e) => (e.requestedFormat = 0),
      (e) => (e.leaderApproval = { approved: true, by: "" }),
      (e) => (e.id = ""),
      (e) => (e.talent = { performance: "above" }),
    ];
    let fast = 0;
    for (let i = 0; i < 3000; i++) {
      const e = generateEmployee(next, i, ASOF);
      mutations[i % mutations.length]!(e);
      const parsed = employeeSchema.safeParse(e);
      // Unmutated generated rows (the hot path) are all accepted by the fast check.
      if (i % mutations.length === 0) expect(isValidEmployeeShape(e)).toBe(true);
      if (isValidEmployeeShape(e)) {
        fast++;
        expect(parsed.success).toBe(true);
      }
    }
    expect(fast).toBeGreaterThan(300);
  });

  it("an input the fast check accepts decides as its zod-parsed output does, and raises the same date and policy issues", () => {
    const next = rng(17);
    const overlay = SERVICE_CATEGORY_OVERLAY;
    const contexts = [
      [resolvePolicy("jabar", ASOF), ASOF],
      [resolvePolicy("jabar", "2023-07-03"), "2023-07-03"],
      [resolvePolicy("id-nasional", "2025-06-02"), "2025-06-02"],
      [resolvePolicy(overlay, ASOF), ASOF],
    ] as const;
    const mutations: ((e: Record<string, unknown>) => void)[] = [
      () => {},
      () => {},
      (e) => (e.talentBox = e.talentBox === 9 ? 1 : 9), // may now disagree with the pair
      (e) => ((e.talentBox = undefined), (e.talent = undefined)),
      (e) => (e.appointmentDate = "2026-12-01"),
      (e) => (e.requestedFormat = "3-3"),
      (e) => (e.requestedFormat = "0-5"),
      (e) => (e.requestedFormat = 6),
      (e) => (e.requestedFormat = "02-3"),
      (e) => (e.leaderApproval = { approved: true, by: "L", at: "2027-01-04" }),
      (e) => (e.trackRecord = { level: "green", month: "2020-01", score: 1 }),
      (e) => (e.trackRecord = { level: "green", month: "2030-01" }),
      (e) => ((e.job as Record<string, unknown>).serviceCategory = undefined),
      (e) => ((e.job as Record<string, unknown>).serviceCategory = ""),
      (e) => (e.talent = { performance: "above", potential: "high", x: 1 }),
      (e) => ((e.equipment as Record<string, unknown>).bandwidthMbps = -1),
      (e) => (e.leaderApproval = { approved: "yes" }),
      (e) => (e.job = { faceToFaceService: false, criteria: { itBased: 1 } }),
      (e) => (e.trackRecord = [{ month: "2026-01" }]),
      (e) => (e.id = 7),
    ];
    let fast = 0;
    for (let i = 0; i < 2400; i++) {
      const [policy, asOf] = contexts[i % contexts.length]!;
      const ctx = eligibilityContext(policy);
      const env = derivationEnv(ctx, asOf);
      const e = generateEmployee(next, i, asOf);
      mutations[Math.floor(i / contexts.length) % mutations.length]!(e);
      if (!isValidEmployeeShape(e)) continue;
      fast++;
      const parsed = employeeSchema.safeParse(e);
      expect(parsed.success).toBe(true);
      // decideInput answers through the fast check: a decision, or the date and policy issues only.
      let viaInput: unknown;
      try {
        viaInput = decideInput(e, env, ctx, "en");
      } catch (error) {
        viaInput = (error as MkdError).issues.map((x) => x.code);
      }
      let viaCopy: unknown;
      try {
        viaCopy = decideInput(JSON.parse(JSON.stringify(e)) as unknown, env, ctx, "en");
      } catch (error) {
        viaCopy = (error as MkdError).issues.map((x) => x.code);
      }
      expect(viaInput).toEqual(viaCopy);
      // Without such issues: the same decision from the raw input and from zod's output.
      if (!Array.isArray(viaInput)) expect(viaInput).toEqual(decide(parsed.data as Employee, env, ctx, "en"));
    }
    expect(fast).toBeGreaterThan(300);
  });

  it("the decision kernel used by the benchmark agrees with checkEligibility on outcome and days", () => {
    const policy = resolvePolicy("jabar", "2025-06-02");
    const ctx = eligibilityContext(policy);
    const next = rng(5);
    const outcomes = ["eligible", "needs_approval", "ineligible"];
    for (let i = 0; i < 2000; i++) {
      const e = generateEmployee(next, i, "2025-06-02");
      const d = checkEligibility(e as never, { policy, asOf: "2025-06-02" });
      const k = decideKernel(e as never, derivationEnv(ctx, "2025-06-02"), ctx);
      expect([outcomes[k >> 3], k & 7]).toEqual([d.outcome, d.grantedFlexibleDays]);
    }
  });

  it("publishes a JSON Schema of the employee input", () => {
    const schema = employeeJsonSchema();
    expect(schema.required).toEqual([
      "id",
      "job",
      "equipment",
      "disciplinaryStatus",
      "employmentStatus",
      "appointmentDate",
    ]);
    expect(schema.additionalProperties).toBe(false);
  });
});
