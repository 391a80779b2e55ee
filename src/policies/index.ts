/**
 * The policies shipped with mkd-engine, as data. Each folder is one jurisdiction, each subfolder one
 * version named by the date it takes effect, holding `policy.json` and the golden `cases.json`.
 */
import idNasional20250421 from "./id-nasional/2025-04-21/policy.json";
import idNasional20260410 from "./id-nasional/2026-04-10/policy.json";
import jabar20230619 from "./jabar/2023-06-19/policy.json";
import jabar20250421 from "./jabar/2025-04-21/policy.json";
import jabar20251101 from "./jabar/2025-11-01/policy.json";
import jabar20251201 from "./jabar/2025-12-01/policy.json";
import jabar20260101 from "./jabar/2026-01-01/policy.json";
import jabar20260410 from "./jabar/2026-04-10/policy.json";
import jabar20270101 from "./jabar/2027-01-01/policy.json";

/** The raw shipped policy documents (validated when first used). */
export const SHIPPED_POLICY_DOCUMENTS: readonly unknown[] = [
  idNasional20250421,
  idNasional20260410,
  jabar20230619,
  jabar20250421,
  jabar20251101,
  jabar20251201,
  jabar20260101,
  jabar20260410,
  jabar20270101,
];
