/**
 * 04: a municipality's own rules on top of the national rule (the illustrative Kota Tasikmalaya overlay; a
 * city does not inherit the provincial circulars, which bind only provincial staff): validate it, resolve
 * it, compare it with jabar, and schedule a unit under it. Then see an overlay that breaks the national
 * 2-day ceiling being refused.
 * Run: npx tsx examples/04-municipal-overlay.ts
 */
import { readFileSync } from "node:fs";
import { generateSchedule, MkdError, preparePolicy, resolvePolicy, validatePolicy } from "../src/index.js";

const read = (file: string): unknown =>
  JSON.parse(readFileSync(new URL(`./policies/${file}`, import.meta.url), "utf8"));

const overlay = read("kota-tasikmalaya.policy.json");
console.log(`valid: ${validatePolicy(overlay).valid}`);

// Prepared once (validated: shape, sources, rules, the national ceiling), then resolved for any date.
const tasik = preparePolicy(overlay);
const policy = resolvePolicy(tasik, "2026-12-01");
console.log(
  `chain: ${policy.chain.map((l) => `${l.jurisdiction}@${l.version}`).join(" > ")} (illustrative: ${policy.illustrative})`,
);
const base = resolvePolicy("jabar", "2026-12-01");
for (const key of ["mandatoryOfficeWeekdays", "minOnSiteShare", "maxFlexibleDaysPerWeek"] as const) {
  const mine = policy.parameters.schedule[key];
  console.log(
    `  ${key}: jabar ${JSON.stringify(base.parameters.schedule[key].value)} -> ${JSON.stringify(mine.value)} (${mine.provenance})`,
  );
}

const result = generateSchedule({
  unit: { id: "disdukcapil-tsm", name: "Contoh unit Kota Tasikmalaya", kind: "general" },
  members: Array.from({ length: 10 }, (_, i) => ({ id: `p${i + 1}`, grantedFlexibleDays: i % 3 })),
  period: "2026-12",
  policy: tasik,
});
if (result.status === "scheduled") {
  const mondays = result.schedule.days.filter((d) => d.weekday === "monday" && d.kind === "working");
  console.log(
    `Mondays on site: ${mondays.map((d) => `${d.date.slice(8)}:${d.onSite}`).join(" ")}; required each day: ${result.schedule.days.find((d) => d.kind === "working" && !d.collective)!.requiredOnSite}`,
  );
} else {
  console.log(result.conflicts.map((c) => c.message.en).join("\n"));
}

// A 4-day overlay after 2025-04-21 exceeds PermenPANRB 4/2025 Pasal 13(1): flagged and refused.
const invalid = read("kota-tasikmalaya.invalid-4-day.policy.json");
const check = validatePolicy(invalid);
console.log(`invalid overlay: ${check.issues.length} issue(s); first: ${check.issues[0]?.message.en}`);
try {
  preparePolicy(invalid);
} catch (error) {
  if (error instanceof MkdError) console.log(`preparePolicy refuses it: ${error.code}`);
}
