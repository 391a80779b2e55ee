/**
 * From input to facts, driven by the fact registry (src/policy/facts.ts): validation (the yes/no test
 * compiled from the schema by core/accepts.ts, else zod), the checks that need the decision date or the policy, and the
 * derivation of every fact into the value vector the compiled rules read (`SLOT_LAYOUT`). No fact is
 * named here: each one's derivation, checks and warnings come from its registry entry.
 */
import { codeGenerationAllowed } from "../core/accepts.js";
import { asMkdError, issue, MkdError, fromZodIssues, type Issue } from "../core/errors.js";
import type { IsoMonth } from "../core/dates.js";
import type { TrackRecord, TrackRecordLevel } from "../core/track-record.js";
import type { DerivationEnv, FactDefinition, FactWarning } from "../policy/fact-definition.js";
import { FACTS, type FactName } from "../policy/facts.js";
import type { FactValues } from "../policy/fact-types.js";
import { SLOT_LAYOUT } from "../rules/compile.js";
import { evaluateEarlyWarning } from "../scoring/early-warning.js";
import type { EarlyWarningResult } from "../scoring/types.js";
import type { EligibilityContext } from "./context.js";
import { employeeSchema, isValidEmployeeShape, type Employee } from "./employee.js";

const DEFS: readonly FactDefinition[] = Object.values(FACTS);
const NAMES = Object.keys(FACTS) as FactName[];
const FACT_COUNT = NAMES.length;
const DERIVERS = DEFS.map((d) => d.derive);
const CHECKS = DEFS.flatMap((d) => (d.check === undefined ? [] : [d.check]));
const WARNERS = DEFS.flatMap((d) => (d.warn === undefined ? [] : [d.warn]));
/** Facts that may be left out of the input unless a rule reads them: [fact, input path]. */
const REQUIRED_WHEN_READ = NAMES.flatMap((name, i) => {
  const path = DEFS[i]!.requiredWhenRead;
  return path === undefined ? [] : [[name, path] as const];
});

// The property slots (`jobCriteria.itBased`...) after the fact slots: each read from its object fact.
const PROPERTY_SLOTS = SLOT_LAYOUT.slice(FACT_COUNT).map((key, j) => {
  const dot = key.indexOf(".");
  return { slot: FACT_COUNT + j, of: NAMES.indexOf(key.slice(0, dot) as FactName), property: key.slice(dot + 1) };
});
if (SLOT_LAYOUT.slice(0, FACT_COUNT).join() !== NAMES.join() || PROPERTY_SLOTS.some((p) => p.of < 0)) {
  throw new Error("mkd-engine: the rule compiler's slot layout does not start with the fact registry");
}
const OBJECT_FACTS = NAMES.flatMap((name, i) =>
  DEFS[i]!.type === "object" ? [{ name, slot: i, properties: PROPERTY_SLOTS.filter((p) => p.of === i) }] : [],
);

/** Copies each property of an object fact into its slot (undefined when the object is absent). */
type PropertyReader = (v: unknown[]) => void;
/** The facts object of a decision from the value vector. */
type FactsReader = (v: readonly unknown[]) => FactValues;

// Closures: the readers where generated code is not allowed (a content-security policy). Each keyed load
// and store here sees many names, so V8 runs them through its generic path (about 400 ns per decision).
const readPropertiesByKey: PropertyReader = (v) => {
  for (let j = 0; j < PROPERTY_SLOTS.length; j++) {
    const p = PROPERTY_SLOTS[j]!;
    const o = v[p.of] as Record<string, unknown> | undefined;
    v[p.slot] = o === undefined || o === null ? undefined : o[p.property];
  }
};
const readFactsByKey: FactsReader = (v) => {
  const out: Record<string, unknown> = {};
  for (let i = 0; i < FACT_COUNT; i++) out[NAMES[i]!] = v[i];
  for (let k = 0; k < OBJECT_FACTS.length; k++) {
    const f = OBJECT_FACTS[k]!;
    const o: Record<string, unknown> = {};
    for (let j = 0; j < f.properties.length; j++) o[f.properties[j]!.property] = v[f.properties[j]!.slot];
    out[f.name] = o;
  }
  return out as FactValues;
};

/**
 * The same readers as one function each, written from the registry's fact and property names (JSON string
 * literals; nothing from input or policy documents), so each property is read and written by name with a
 * cached shape, as core/accepts.ts does for validation. Undefined where generated code is not allowed
 * ({@link codeGenerationAllowed}: zod's `jitless` switch, a content-security policy).
 */
function generateReaders(): { properties: PropertyReader; facts: FactsReader } | undefined {
  if (!codeGenerationAllowed()) return undefined;
  const lit = (x: string) => JSON.stringify(x);
  const props = OBJECT_FACTS.map((f) => {
    const clear = f.properties.map((p) => `v[${p.slot}] = undefined;`).join(" ");
    const copy = f.properties.map((p) => `v[${p.slot}] = o[${lit(p.property)}];`).join(" ");
    return `{ const o = v[${f.slot}]; if (o === undefined || o === null) { ${clear} } else { ${copy} } }`;
  });
  const fields = NAMES.map((name, i) => {
    const f = OBJECT_FACTS.find((x) => x.slot === i);
    return f === undefined
      ? `${lit(name)}: v[${i}]`
      : `${lit(name)}: { ${f.properties.map((p) => `${lit(p.property)}: v[${p.slot}]`).join(", ")} }`;
  });
  try {
    const properties = new Function("v", `"use strict";\n${props.join("\n")}`) as PropertyReader;
    const facts = new Function("v", `"use strict";\nreturn { ${fields.join(", ")} };`) as FactsReader;
    return { properties, facts };
  } catch {
    return undefined;
  }
}
const generated = generateReaders();
const readProperties = generated?.properties ?? readPropertiesByKey;

/**
 * The facts object of a decision, read back from the value vector: every fact, an object fact with each
 * of its properties (undefined when not recorded).
 */
export const factsOf: FactsReader = generated?.facts ?? readFactsByKey;

/**
 * A list of the registry's functions called in turn, written out as one function with a call site per
 * function (`v[3] = f3(e, env)`) over the functions themselves, passed in: a call site that always meets the
 * same function can be inlined, where a loop's one site meets all of them (-5% a decision for the
 * derivations alone, same-run A/B). `statement` writes the call of `f<i>`; the text names only
 * parameters and slot numbers, nothing from input or policy documents. Undefined where generated code is
 * not allowed ({@link codeGenerationAllowed}); the caller then loops.
 */
function writtenOut<F>(
  fns: readonly unknown[],
  params: string,
  statement: (f: string, i: number) => string,
  around: readonly [string, string] = ["", ""],
): F | undefined {
  if (!codeGenerationAllowed()) return undefined;
  const names = fns.map((_, i) => `f${i}`);
  const body = [around[0], ...names.map(statement), around[1]].join("\n");
  try {
    return new Function(...names, `"use strict";\nreturn function (${params}) {\n${body}\n};`)(...fns) as F;
  } catch {
    return undefined;
  }
}

/** Every fact's derivation into its slot of `v`. */
const deriveFacts =
  writtenOut<(e: Employee, env: DerivationEnv, v: unknown[]) => void>(
    DERIVERS,
    "e, env, v",
    (f, i) => `v[${i}] = ${f}(e, env);`,
  ) ??
  ((e: Employee, env: DerivationEnv, v: unknown[]) => {
    for (let i = 0; i < FACT_COUNT; i++) v[i] = DERIVERS[i]!(e, env);
  });

/** Every fact's warnings (undefined: none, so a decision without warnings allocates nothing). */
const warnFacts =
  writtenOut<(e: Employee, env: DerivationEnv) => FactWarning[] | undefined>(
    WARNERS,
    "e, env",
    (f) => `w = ${f}(e, env); if (w !== undefined) (out ??= []).push(w);`,
    ["let w, out;", "return out;"],
  ) ??
  ((e: Employee, env: DerivationEnv) => {
    let out: FactWarning[] | undefined;
    for (let i = 0; i < WARNERS.length; i++) {
      const w = WARNERS[i]!(e, env);
      if (w !== undefined) (out ??= []).push(w);
    }
    return out;
  });

/** Every fact's own checks on the raw input, into `out`. */
const checkFacts =
  writtenOut<(raw: Readonly<Record<string, unknown>>, env: DerivationEnv, out: Issue[]) => void>(
    CHECKS,
    "raw, env, out",
    (f) => `${f}(raw, env, out);`,
  ) ??
  ((raw: Readonly<Record<string, unknown>>, env: DerivationEnv, out: Issue[]) => {
    for (let i = 0; i < CHECKS.length; i++) CHECKS[i]!(raw, env, out);
  });

/**
 * Derives every fact of a validated employee into the value vector `v` (the registry's derivations, in
 * slot order, then each property of an object fact). Returns the facts' warnings (undefined: none).
 */
export function deriveInto(e: Employee, env: DerivationEnv, v: unknown[]): FactWarning[] | undefined {
  deriveFacts(e, env, v);
  readProperties(v);
  return warnFacts(e, env);
}

/**
 * Checks that need the decision date or the policy, run on the raw input so every problem is listed:
 * each fact's own checks (talent given and coherent, plausible dates, a request that fits the week), and
 * the optional facts a rule of the policy reads.
 */
export function contextIssues(
  raw: Readonly<Record<string, unknown>>,
  env: DerivationEnv,
  ctx: EligibilityContext,
): Issue[] | undefined {
  const out: Issue[] = [];
  checkFacts(raw, env, out);
  const required = requiredByRules(ctx);
  for (let i = 0; i < required.length; i++) {
    const { path, rules } = required[i]!;
    // Absent at its path (a missing parent object is the schema's issue, not this one).
    let at: unknown = raw;
    for (let j = 0; j < path.length - 1 && at !== undefined; j++)
      at = at !== null && typeof at === "object" ? (at as Record<string, unknown>)[path[j] as string] : undefined;
    if (
      at !== null &&
      typeof at === "object" &&
      (at as Record<string, unknown>)[path[path.length - 1] as string] === undefined
    ) {
      out.push(issue("eligibility_fact_required_by_rule", path, { rules }));
    }
  }
  return out.length === 0 ? undefined : out;
}

/** The optional facts a context's rules read, with their input paths and the rules (a pure memo on the context). */
function requiredByRules(
  ctx: EligibilityContext,
): readonly { path: readonly (string | number)[]; rules: readonly string[] }[] {
  let list = ctx.memo.required as
    | readonly { path: readonly (string | number)[]; rules: readonly string[] }[]
    | undefined;
  if (list === undefined) {
    list = REQUIRED_WHEN_READ.flatMap(([name, path]) => {
      const rules = ctx.compiled.rulesByFact.get(name);
      return rules === undefined ? [] : [{ path, rules }];
    });
    ctx.memo.required = list;
  }
  return list;
}

/** Key of the evaluation on an evaluated track record: a symbol no input can carry. */
export const EVALUATION: unique symbol = Symbol("mkd.earlyWarning");

/**
 * A track record evaluated from a history of months: the level and month `evaluateEarlyWarning` gave, and
 * the evaluation itself (echoed in the decision as `earlyWarning`).
 */
class EvaluatedTrackRecord implements TrackRecord {
  readonly level: TrackRecordLevel;
  readonly month: IsoMonth;
  readonly [EVALUATION]: EarlyWarningResult;
  constructor(evaluation: EarlyWarningResult) {
    this.level = evaluation.level;
    this.month = evaluation.month;
    this[EVALUATION] = evaluation;
  }
}

/** The evaluation behind an employee's track record, when it was given as a history of months. */
export function evaluationOf(e: Employee): EarlyWarningResult | undefined {
  const tr = e.trackRecord;
  return tr === undefined || tr === null ? undefined : (tr as Partial<EvaluatedTrackRecord>)[EVALUATION];
}

/**
 * Evaluates a track record given as its inputs (a history of scored months) with `evaluateEarlyWarning`
 * under the decision's policy. Its problems come back as issues under `trackRecord`.
 */
function evaluateHistory(
  history: readonly unknown[],
  employeeId: unknown,
  ctx: EligibilityContext,
  issues: Issue[],
): EvaluatedTrackRecord | undefined {
  let evaluation: EarlyWarningResult;
  try {
    evaluation = evaluateEarlyWarning(history, { policy: ctx.policy });
  } catch (error) {
    // The scoring issues sit under `history`; here the history is the employee's `trackRecord`.
    for (const i of asMkdError(error).issues)
      issues.push({
        ...i,
        path: i.path[0] === "history" ? ["trackRecord", ...i.path.slice(1)] : ["trackRecord", ...i.path],
      });
    return undefined;
  }
  for (let i = 0; i < history.length; i++) {
    const other = (history[i] as { employee?: unknown }).employee;
    if (typeof other === "string" && typeof employeeId === "string" && other !== employeeId) {
      issues.push(
        issue("eligibility_track_record_other_employee", ["trackRecord", i, "employee"], {
          employee: other,
          id: employeeId,
        }),
      );
    }
  }
  return new EvaluatedTrackRecord(evaluation);
}

function invalid(issues: Issue[]): MkdError {
  return new MkdError("invalid_employee", { count: issues.length }, issues);
}

/**
 * Validates an employee for a policy and date; throws `invalid_employee` listing every issue. The fast
 * check compiled from the schema answers most inputs; anything it is unsure of goes through zod.
 */
export function validateEmployee(input: unknown, env: DerivationEnv, ctx: EligibilityContext): Employee {
  // A history of months as the track record is evaluated below, never taken as it is.
  if (isValidEmployeeShape(input) && !Array.isArray(input.trackRecord)) {
    const more = contextIssues(input as unknown as Record<string, unknown>, env, ctx);
    if (more) throw invalid(more);
    return input;
  }
  let employee: Employee | undefined;
  let issues: Issue[] | undefined;
  // A history of months as the track record: the rest of the employee goes through the schema, the
  // history through evaluateEarlyWarning, and its level replaces it.
  const history =
    input !== null && typeof input === "object" && Array.isArray((input as { trackRecord?: unknown }).trackRecord)
      ? (input as { trackRecord: unknown[] }).trackRecord
      : undefined;
  const parsed = employeeSchema.safeParse(
    history === undefined ? input : { ...(input as object), trackRecord: undefined },
  );
  if (parsed.success) employee = parsed.data as Employee;
  else issues = fromZodIssues(parsed.error.issues);
  if (history !== undefined) {
    const historyIssues: Issue[] = [];
    const evaluated = evaluateHistory(history, (input as { id?: unknown }).id, ctx, historyIssues);
    if (historyIssues.length > 0) issues = issues ? issues.concat(historyIssues) : historyIssues;
    else if (employee) employee = { ...employee, trackRecord: evaluated };
  }
  if (input !== null && typeof input === "object" && !Array.isArray(input)) {
    const more = contextIssues(input as Record<string, unknown>, env, ctx);
    if (more) issues = issues ? issues.concat(more) : more;
  }
  if (issues || !employee) throw invalid(issues ?? []);
  return employee;
}
