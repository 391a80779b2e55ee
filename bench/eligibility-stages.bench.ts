/**
 * Where a decision's time goes, stage by stage (npx tsx bench/eligibility-stages.bench.ts): the validation test,
 * the registry's context checks and derivation, the facts object, the kernel and the whole decision, over
 * 50,000 generated valid rows; CPU time, five rounds each, sorted. Not a target: the shares guide the work.
 */
import { checkEligibility, decideKernel, derivationEnv } from "../src/eligibility/check.js";
import { eligibilityContext } from "../src/eligibility/context.js";
import { contextIssues, deriveInto, validateEmployee } from "../src/eligibility/derive.js";
import { isValidEmployeeShape } from "../src/eligibility/employee.js";
import { resolvePolicy } from "../src/policy/resolve.js";
import { generateEmployee, rng } from "../test/eligibility/generate.js";
const ASOF = "2025-06-02";
const policy = resolvePolicy("jabar", ASOF);
const ctx = eligibilityContext(policy);
const env = derivationEnv(ctx, ASOF);
const next = rng(1);
const rows = Array.from({ length: 50000 }, (_, i) => generateEmployee(next, i, ASOF)).filter((r) => {
  try {
    checkEligibility(r as never, { policy, asOf: ASOF });
    return true;
  } catch {
    return false;
  }
});
const opts = { policy, asOf: ASOF, locale: (process.env.LOC || "id") as "id" };
function t(name: string, f: (r: never) => unknown) {
  const res: number[] = [];
  for (let k = 0; k < 5; k++) {
    const c = process.cpuUsage();
    for (const r of rows) f(r as never);
    const d = process.cpuUsage(c);
    res.push(((d.user + d.system) * 1000) / rows.length);
  }
  res.sort((a, b) => a - b);
  console.log(name.padEnd(12), res.map((x) => x.toFixed(0)).join(" "), "ns");
}
const v = ctx.values;
t("accepts", (r) => isValidEmployeeShape(r));
t("ctxIssues", (r) => contextIssues(r, env, ctx));
t("validate", (r) => validateEmployee(r, env, ctx));
t("derive", (r) => deriveInto(r, env, v));
t("kernel", (r) => decideKernel(r, env, ctx));
t("check", (r) => checkEligibility(r, opts));
import { factsOf } from "../src/eligibility/derive.js";
t("factsOf", () => factsOf(v));
const nolocale = { policy, asOf: ASOF };
t("check-noloc", (r) => checkEligibility(r, nolocale));
