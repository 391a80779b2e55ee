/**
 * preparePolicy: a supplied document is validated once into a frozen value the decision functions take; they
 * refuse anything else (a document, a copy of a prepared policy) with `policy_not_prepared`.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  checkEligibility,
  isPreparedPolicy,
  preparePolicy,
  resolvePolicy,
  safePreparePolicy,
} from "../../src/index.js";
import { ELIGIBLE_EMPLOYEE } from "../support/fixtures.js";
import { thrown } from "../support/thrown.js";

const read = (file: string) =>
  JSON.parse(readFileSync(new URL(`../../examples/policies/${file}`, import.meta.url), "utf8"));
const ASOF = "2026-03-02";

describe("preparePolicy", () => {
  it("returns a frozen value decisions take, and preparing it again gives the same value", () => {
    const tasik = preparePolicy(read("kota-tasikmalaya.policy.json"));
    expect(isPreparedPolicy(tasik)).toBe(true);
    expect(Object.isFrozen(tasik) && Object.isFrozen(tasik.document) && Object.isFrozen(tasik.documents)).toBe(true);
    expect(preparePolicy(tasik)).toBe(tasik);
    expect(resolvePolicy(tasik, ASOF)).toBe(resolvePolicy(tasik, ASOF));
    expect(checkEligibility(ELIGIBLE_EMPLOYEE, { policy: tasik, asOf: ASOF }).policy.jurisdiction).toBe(
      "kota-tasikmalaya",
    );
  });

  it("a copy of a prepared policy (a JSON round trip, a spread, another build's) is refused as made elsewhere", () => {
    const tasik = preparePolicy(read("kota-tasikmalaya.policy.json"));
    for (const copy of [JSON.parse(JSON.stringify(tasik)), { ...tasik }]) {
      expect(isPreparedPolicy(copy)).toBe(false);
      const error = thrown(() => checkEligibility(ELIGIBLE_EMPLOYEE, { policy: copy, asOf: ASOF }));
      expect(error.issues.map((i) => [i.code, i.path.join(".")])).toEqual([["policy_prepared_elsewhere", "policy"]]);
    }
    // A document, by contrast, is told to be prepared.
    const document = read("kota-tasikmalaya.policy.json");
    const error = thrown(() => checkEligibility(ELIGIBLE_EMPLOYEE, { policy: document, asOf: ASOF }));
    expect(error.issues.map((i) => i.code)).toEqual(["policy_not_prepared"]);
  });

  it("adds documents to a prepared policy by preparing again, and a jurisdiction id can come with its versions", () => {
    const national = JSON.parse(
      readFileSync(new URL("../../src/policies/id-nasional/2025-04-21/policy.json", import.meta.url), "utf8"),
    );
    national.version = "2026-what-if";
    national.effectiveFrom = "2026-01-01";
    const jabar = preparePolicy("jabar");
    const withNational = preparePolicy(jabar, { documents: [national] });
    expect(withNational).not.toBe(jabar);
    expect(resolvePolicy(jabar, ASOF).decidedBy.shippedLaw).toBe(true);
    expect(resolvePolicy(withNational, ASOF).decidedBy.shippedLaw).toBe(false);
  });

  it("refuses an invalid document with every issue at its path, also among the documents", () => {
    const invalid = read("kota-tasikmalaya.invalid-4-day.policy.json");
    const direct = thrown(() => preparePolicy(invalid));
    expect(direct.code).toBe("invalid_policy");
    expect(direct.issues.map((i) => i.code)).toContain("policy_exceeds_parent_ceiling");
    const among = thrown(() => preparePolicy("kota-tasikmalaya", { documents: [invalid] }));
    expect(among.issues.every((i) => i.path[0] === "documents" && i.path[1] === 0)).toBe(true);
    const safe = safePreparePolicy(invalid);
    expect(safe.success).toBe(false);
  });

  it("refuses documents that are not an array, with a path, never a TypeError", () => {
    for (const f of [
      () => preparePolicy("jabar", { documents: {} as never }),
      () => resolvePolicy("jabar", ASOF, { documents: "x" as never }),
    ]) {
      const error = thrown(f);
      expect(error.issues.map((i) => [i.code, i.path.join(".")])).toEqual([["input_invalid_type", "documents"]]);
    }
  });
});
