/**
 * The fast path of validation, compiled once at module load from the zod schema itself (never from a
 * policy document): each zod node becomes a small closure that answers "certainly valid" or "ask zod".
 *
 * Why: zod's `safeParse` of the employee input costs about 2 us on this machine (the union with the
 * history of months and the refinements keep it off zod's own compiled path), more than a whole decision.
 * The closures read the same definitions zod validates with (types, enums, lengths, bounds, regexes,
 * refinements), so there is one schema and no hand-written copy of it. A node kind or a check the
 * compiler does not know compiles to "ask zod": the fast path can only say yes where zod says yes
 * (proven by a property test), and every issue a caller sees comes from zod.
 */
import type * as z from "zod";

/** True only when the value certainly passes the schema it was compiled from. */
export type FastCheck = (value: unknown) => boolean;

const ASK_ZOD: FastCheck = () => false;

interface Def {
  readonly type: string;
  readonly checks?: readonly { readonly _zod: { readonly def: CheckDef } }[];
  readonly entries?: Readonly<Record<string, unknown>>;
  readonly values?: readonly unknown[];
  readonly innerType?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly shape?: Readonly<Record<string, z.ZodType>>;
  readonly catchall?: z.ZodType;
}

interface CheckDef {
  readonly check: string;
  readonly format?: string;
  readonly pattern?: RegExp;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly length?: number;
  readonly value?: number;
  readonly inclusive?: boolean;
  readonly fn?: (value: unknown) => unknown;
  /** When the check applies (zod skips it otherwise), given the value and the issues so far. */
  readonly when?: (payload: { value: unknown; issues: unknown[] }) => boolean;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * A check of a string or number node, or undefined when it is not one the compiler knows. A check with
 * a `when` applies as zod applies it: only when `when` holds for the value (the fast path has no issues
 * so far, since it stops at the first failed check).
 */
function compileCheck(c: CheckDef): FastCheck | undefined {
  const check = compileBareCheck(c);
  const when = c.when;
  if (check === undefined || typeof when !== "function") return check;
  return (v) => !when({ value: v, issues: [] }) || check(v);
}

function compileBareCheck(c: CheckDef): FastCheck | undefined {
  switch (c.check) {
    case "min_length": {
      const min = c.minimum!;
      return (v) => (v as string).length >= min;
    }
    case "max_length": {
      const max = c.maximum!;
      return (v) => (v as string).length <= max;
    }
    case "length_equals": {
      const n = c.length!;
      return (v) => (v as string).length === n;
    }
    case "string_format": {
      const re = c.pattern;
      if (!(re instanceof RegExp) || re.global || re.sticky) return undefined;
      return (v) => re.test(v as string);
    }
    case "number_format":
      return c.format === "safeint" ? (v) => Number.isSafeInteger(v) : undefined;
    case "greater_than": {
      const t = c.value!;
      return c.inclusive ? (v) => (v as number) >= t : (v) => (v as number) > t;
    }
    case "less_than": {
      const t = c.value!;
      return c.inclusive ? (v) => (v as number) <= t : (v) => (v as number) < t;
    }
    case "custom": {
      // A refinement: its own predicate, called as zod calls it (a true result passes).
      const fn = c.fn;
      return typeof fn === "function" ? (v) => fn(v) === true : undefined;
    }
    default:
      return undefined;
  }
}

/** All checks of a node in one closure (undefined: a check the compiler does not know). */
function compileChecks(def: Def): FastCheck | undefined | null {
  const list = (def.checks ?? []).map((c) => compileCheck(c._zod.def));
  if (list.some((c) => c === undefined)) return undefined;
  const checks = list as FastCheck[];
  if (checks.length === 0) return null;
  if (checks.length === 1) return checks[0]!;
  if (checks.length === 2) {
    const [a, b] = checks as [FastCheck, FastCheck];
    return (v) => a(v) && b(v);
  }
  return (v) => {
    for (let i = 0; i < checks.length; i++) if (!checks[i]!(v)) return false;
    return true;
  };
}

/**
 * An ordinary object made by a literal or JSON.parse: its `constructor` is `Object` (one cached property
 * load). Null-prototype objects and class instances are left to zod.
 */
function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && (v as { constructor?: unknown }).constructor === Object && !Array.isArray(v);
}

/**
 * Compiles a zod schema into its fast check. Unknown node kinds and checks compile to "ask zod".
 *
 * @example
 * ```ts
 * const fast = compileFastCheck(z.strictObject({ a: z.number().min(1) }));
 * fast({ a: 2 }); // true
 * fast({ a: 0 }); // false: zod decides (and reports the issue)
 * ```
 */
export function compileFastCheck(schema: z.ZodType): FastCheck {
  const def = defOf(schema);
  switch (def.type) {
    case "string": {
      const checks = compileChecks(def);
      if (checks === undefined) return ASK_ZOD;
      return checks === null ? (v) => typeof v === "string" : (v) => typeof v === "string" && checks(v);
    }
    case "number": {
      const checks = compileChecks(def);
      if (checks === undefined) return ASK_ZOD;
      // zod 4 numbers are finite (NaN and Infinity fail).
      return checks === null ? (v) => typeof v === "number" && Number.isFinite(v) : (v) => typeof v === "number" && Number.isFinite(v) && checks(v);
    }
    case "boolean":
      return (def.checks ?? []).length === 0 ? (v) => v === true || v === false : ASK_ZOD;
    case "enum": {
      const values = Object.values(def.entries ?? {});
      if (values.length <= 4) {
        const [a, b, c, d] = values;
        return (v) => v !== undefined && (v === a || v === b || v === c || v === d);
      }
      const set = new Set(values);
      return (v) => set.has(v);
    }
    case "literal": {
      const values = def.values ?? [];
      return (v) => values.includes(v);
    }
    case "optional": {
      const inner = compileFastCheck(def.innerType!);
      return (v) => v === undefined || inner(v);
    }
    case "nullable": {
      const inner = compileFastCheck(def.innerType!);
      return (v) => v === null || inner(v);
    }
    case "union": {
      const options = (def.options ?? []).map(compileFastCheck);
      return (v) => {
        for (let i = 0; i < options.length; i++) if (options[i]!(v)) return true;
        return false;
      };
    }
    case "object":
      return compileObject(def);
    default:
      return ASK_ZOD;
  }
}

function compileObject(def: Def): FastCheck {
  const shape = def.shape ?? {};
  const keys = Object.keys(shape);
  const fields = keys.map((k) => compileFastCheck(shape[k]!));
  const catchall = def.catchall === undefined ? "strip" : defOf(def.catchall).type;
  // strictObject: every own enumerable key is a schema key; object: others are dropped; looseObject: kept.
  if (catchall !== "never" && catchall !== "strip" && catchall !== "unknown") return ASK_ZOD;
  const strict = catchall === "never";
  const known = new Set(keys);
  const n = keys.length;
  return (v) => {
    if (!isPlainObject(v)) return false;
    if (strict) for (const k in v) if (!known.has(k)) return false;
    for (let i = 0; i < n; i++) if (!fields[i]!(v[keys[i]!])) return false;
    return true;
  };
}
