/**
 * The inputs are typed: a misspelt field, a wrong literal or a missing field fails to compile, while runtime
 * validation stays for JavaScript callers. (Vitest type-checks this file; an unused @ts-expect-error fails it.)
 */
import { expectTypeOf, test } from "vitest";
import {
  checkEligibility,
  generateSchedule,
  scoreMonth,
  type BatchRow,
  type EligibilityDecision,
  checkEligibilityBatch,
  type EmployeeInput,
} from "../../src/index.js";
import { anEmployee } from "../../src/testing/index.js";

const options = { jurisdiction: "jabar", asOf: "2026-03-02" } as const;

test("a typo in an employee field fails to compile: { talentbox: 7 }", () => {
  checkEligibility(
    {
      id: "199001012015011001",
      // @ts-expect-error `talentbox` is not a field (the field is `talentBox`)
      talentbox: 7,
      job: { faceToFaceService: false },
      equipment: { laptop: true, bandwidthMbps: 20 },
      disciplinaryStatus: "none",
      employmentStatus: "pns",
      appointmentDate: "2015-01-02",
    },
    options,
  );
});

test("statuses are literal unions", () => {
  const e: EmployeeInput = anEmployee().build();
  // @ts-expect-error "active" is not a disciplinary status
  checkEligibility({ ...e, disciplinaryStatus: "active" }, options);
  // @ts-expect-error "honorer" is not an employment status
  checkEligibility({ ...e, employmentStatus: "honorer" }, options);
  expectTypeOf<EmployeeInput["employmentStatus"]>().toEqualTypeOf<"cpns" | "pns" | "pppk">();
});

test("schedule and scoring inputs are typed too", () => {
  // @ts-expect-error `memebers` is a typo of `members`
  generateSchedule({ unit: { id: "u", kind: "general" }, memebers: [], period: "2026-12", jurisdiction: "jabar" });
  scoreMonth({
    employee: "e",
    month: "2026-03",
    jurisdiction: "jabar",
    // @ts-expect-error "up" is not an indicator direction
    targets: [{ id: "a", target: 1, unit: "doc", weight: 100, direction: "up", aspect: "quantity" }],
  });
});

test("batch rows have one shape", () => {
  const rows = [...checkEligibilityBatch([anEmployee().build()], options)];
  expectTypeOf(rows).toEqualTypeOf<BatchRow<EligibilityDecision>[]>();
});
