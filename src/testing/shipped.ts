/**
 * The golden cases shipped beside each policy version, as data: what the test suite of mkd-engine runs, so a
 * city can run them against its overlay and an integrator against their build. The build ships each file once
 * as JSON (dist/cases/), imported with a JSON import attribute by the ESM build and required by the CJS one.
 */
import idNasional20250421 from "../policies/id-nasional/2025-04-21/cases.json" with { type: "json" };
import idNasional20260410 from "../policies/id-nasional/2026-04-10/cases.json" with { type: "json" };
import jabar20230619 from "../policies/jabar/2023-06-19/cases.json" with { type: "json" };
import jabar20250421 from "../policies/jabar/2025-04-21/cases.json" with { type: "json" };
import jabar20251101 from "../policies/jabar/2025-11-01/cases.json" with { type: "json" };
import jabar20251201 from "../policies/jabar/2025-12-01/cases.json" with { type: "json" };
import jabar20260101 from "../policies/jabar/2026-01-01/cases.json" with { type: "json" };
import jabar20260410 from "../policies/jabar/2026-04-10/cases.json" with { type: "json" };
import jabar20270101 from "../policies/jabar/2027-01-01/cases.json" with { type: "json" };
import type { PolicyCases } from "./cases.js";

/**
 * The shipped cases of every policy version, keyed `jurisdiction@version` (the version is its effective date).
 *
 * @example
 * ```ts
 * Object.keys(shippedCases); // ["id-nasional@2025-04-21", ..., "jabar@2026-01-01", ...]
 * runPolicyCases(undefined, shippedCases["jabar@2026-01-01"]!).ok; // true
 * ```
 */
export const shippedCases: Readonly<Record<string, PolicyCases>> = {
  "id-nasional@2025-04-21": idNasional20250421 as PolicyCases,
  "id-nasional@2026-04-10": idNasional20260410 as PolicyCases,
  "jabar@2023-06-19": jabar20230619 as PolicyCases,
  "jabar@2025-04-21": jabar20250421 as PolicyCases,
  "jabar@2025-11-01": jabar20251101 as PolicyCases,
  "jabar@2025-12-01": jabar20251201 as PolicyCases,
  "jabar@2026-01-01": jabar20260101 as PolicyCases,
  "jabar@2026-04-10": jabar20260410 as PolicyCases,
  "jabar@2027-01-01": jabar20270101 as PolicyCases,
};
