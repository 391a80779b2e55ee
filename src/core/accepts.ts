/**
 * A fast yes/no test built from a zod schema at module load: does zod accept this value AND would its output
 * equal the value as given? Hot paths use it to skip zod for valid rows (zod copies every object it parses,
 * several microseconds for a scoring row), and call zod only when it says no, so zod stays the one
 * declaration of the shape and the one source of issues. The test is planned by reading the schema's own
 * definition (never a policy document or any input). Where the environment allows it, the plan is then written
 * as one function with `new Function`, as zod's own fast path does; under a content-security policy that forbids
 * it, or when the app sets zod's `jitless` option before importing mkd-engine (`z.config({ jitless: true })`),
 * an interpreter walks the same plan with the same answers ({@link codeGenerationAllowed}).
 *
 * "Equal" is read through the schema's keys: zod strips the unknown keys of a plain `z.object`, and the value
 * still has them, so a caller reads only the keys the schema declares (and copies an object it shows). It says
 * no when unsure: unknown keys of a strict object, an enumerable inherited key there, an optional key present
 * with the value undefined, records that are not plain objects, and any schema construct it does not know make
 * it refuse, and zod then decides.
 */
import * as z from "zod/mini";

const enum Kind {
  String,
  Number,
  Boolean,
  Enum,
  Object,
  Array,
  Record,
  Union,
  Custom,
  Unknown,
}

/** One node of the compiled plan. Every node has the same fields, so the interpreter's loads stay monomorphic. */
interface Node {
  kind: Kind;
  optional: boolean;
  /** z.nullable: null is accepted as is. */
  nullable: boolean;
  /** String regex (z.string().regex); null when none. */
  pattern: RegExp | null;
  /** Number must be a safe integer (z.number().int()). */
  integer: boolean;
  /** Refinements (z.refine): each must return true. */
  refinements: readonly ((value: unknown) => unknown)[];
  /** String or array minimum length; 0 when none. */
  minLength: number;
  /** Number lower bound (-Infinity when none) and whether it is inclusive. */
  lower: number;
  lowerInclusive: boolean;
  /** Number upper bound (Infinity when none) and whether it is inclusive. */
  upper: number;
  upperInclusive: boolean;
  /** Enum values. */
  values: readonly unknown[];
  /** Object fields, in shape order. */
  keys: readonly string[];
  fields: readonly Node[];
  /** Object: whether keys outside the shape are allowed (loose: kept; plain: stripped by zod). */
  extraKeys: boolean;
  /** Array element, record value. */
  item: Node | null;
  /** Union options. */
  options: readonly Node[];
  /** Custom check. */
  check: ((value: unknown) => unknown) | null;
}

interface Def {
  type: string;
  checks?: {
    _zod: {
      def: {
        check: string;
        minimum?: number;
        value?: number;
        inclusive?: boolean;
        format?: string;
        pattern?: RegExp;
        fn?: (value: unknown) => unknown;
      };
    };
  }[];
  shape?: Record<string, z.ZodMiniType>;
  catchall?: z.ZodMiniType;
  innerType?: z.ZodMiniType;
  options?: z.ZodMiniType[];
  element?: z.ZodMiniType;
  keyType?: z.ZodMiniType;
  valueType?: z.ZodMiniType;
  entries?: Record<string, unknown>;
  fn?: (value: unknown) => unknown;
}

function defOf(schema: z.ZodMiniType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

function node(kind: Kind): Node {
  return {
    kind,
    optional: false,
    nullable: false,
    pattern: null,
    integer: false,
    refinements: [],
    minLength: 0,
    lower: -Infinity,
    lowerInclusive: true,
    upper: Infinity,
    upperInclusive: true,
    values: [],
    keys: [],
    fields: [],
    extraKeys: false,
    item: null,
    options: [],
    check: null,
  };
}

function unsupported(what: string): never {
  throw new Error(`compileAccepts: unsupported zod construct "${what}"`);
}

function compile(schema: z.ZodMiniType, deferred: readonly z.ZodMiniType[]): Node {
  // A deferred sub-schema accepts anything here: the caller tests it with its own compiled test where it reads
  // that part of the value.
  if (deferred.includes(schema)) return node(Kind.Unknown);
  const def = defOf(schema);
  const compileInner = (inner: z.ZodMiniType) => compile(inner, deferred);
  let n: Node;
  switch (def.type) {
    case "optional": {
      n = { ...compileInner(def.innerType!) };
      n.optional = true;
      return n;
    }
    case "nullable": {
      n = { ...compileInner(def.innerType!) };
      n.nullable = true;
      return n;
    }
    case "string":
      n = node(Kind.String);
      break;
    case "number":
      n = node(Kind.Number);
      break;
    case "boolean":
      n = node(Kind.Boolean);
      break;
    case "enum":
      n = node(Kind.Enum);
      n.values = Object.values(def.entries!);
      break;
    case "object": {
      n = node(Kind.Object);
      const keys = Object.keys(def.shape!);
      n.keys = keys;
      n.fields = keys.map((k) => compileInner(def.shape![k]!));
      const catchall = def.catchall === undefined ? undefined : defOf(def.catchall).type;
      // Strict (never) refuses extra keys, as zod does. A loose object keeps them, a plain one strips them:
      // either way the schema's keys read the same values in zod's output as in the value.
      if (catchall === undefined || catchall === "unknown") n.extraKeys = true;
      else if (catchall !== "never") unsupported(`object catchall ${catchall}`);
      break;
    }
    case "array":
      n = node(Kind.Array);
      n.item = compileInner(def.element!);
      break;
    case "record":
      if (defOf(def.keyType!).type !== "string" || defOf(def.keyType!).checks?.length)
        unsupported("record key other than z.string()");
      n = node(Kind.Record);
      n.item = compileInner(def.valueType!);
      break;
    case "union":
      n = node(Kind.Union);
      n.options = def.options!.map(compileInner);
      break;
    case "custom":
      n = node(Kind.Custom);
      n.check = def.fn!;
      break;
    case "unknown":
      n = node(Kind.Unknown);
      break;
    default:
      unsupported(def.type);
  }
  for (const c of def.checks ?? []) {
    const d = c._zod.def;
    if (d.check === "min_length" && (n.kind === Kind.String || n.kind === Kind.Array)) n.minLength = d.minimum!;
    else if (d.check === "greater_than" && n.kind === Kind.Number) {
      n.lower = d.value!;
      n.lowerInclusive = d.inclusive === true;
    } else if (d.check === "less_than" && n.kind === Kind.Number) {
      n.upper = d.value!;
      n.upperInclusive = d.inclusive === true;
    } else if (d.check === "number_format" && d.format === "safeint" && n.kind === Kind.Number) n.integer = true;
    else if (
      d.check === "string_format" &&
      d.format === "regex" &&
      n.kind === Kind.String &&
      d.pattern instanceof RegExp &&
      !d.pattern.global &&
      !d.pattern.sticky &&
      n.pattern === null
    )
      n.pattern = d.pattern;
    else if (d.check === "custom" && typeof d.fn === "function") n.refinements = [...n.refinements, d.fn];
    else unsupported(`check ${d.check} on ${def.type}`);
  }
  return n;
}

/** A plain object (literal, JSON.parse, Object.create(null)): its for-in keys are exactly its own enumerable keys. */
function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== "object" || v === null) return false;
  const p = Object.getPrototypeOf(v);
  return p === Object.prototype || p === null;
}

function accepts(n: Node, v: unknown): boolean {
  if (v === undefined) return n.optional || n.kind === Kind.Unknown;
  if (v === null && n.nullable) return true;
  if (!acceptsKind(n, v)) return false;
  for (let i = 0; i < n.refinements.length; i++) if (n.refinements[i]!(v) !== true) return false;
  return true;
}

function acceptsKind(n: Node, v: unknown): boolean {
  switch (n.kind) {
    case Kind.String:
      return typeof v === "string" && v.length >= n.minLength && (n.pattern === null || n.pattern.test(v));
    case Kind.Number:
      // z.number() accepts finite numbers only: NaN - NaN and Infinity - Infinity are NaN.
      if (typeof v !== "number" || v - v !== 0) return false;
      if (n.integer && !Number.isSafeInteger(v)) return false;
      if (n.lowerInclusive ? v < n.lower : v <= n.lower) return false;
      return n.upperInclusive ? v <= n.upper : v < n.upper;
    case Kind.Boolean:
      return typeof v === "boolean";
    case Kind.Enum:
      return n.values.includes(v);
    case Kind.Object: {
      if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
      const keys = n.keys;
      const fields = n.fields;
      let present = 0;
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i]!;
        const x = (v as Record<string, unknown>)[k];
        if (!accepts(fields[i]!, x)) return false;
        // An optional key present with the value undefined (a table row with an empty column) counts too.
        if (x !== undefined || k in v) present++;
      }
      if (n.extraKeys) return true;
      let count = 0;
      for (const _ in v) count++;
      return count === present;
    }
    case Kind.Array: {
      if (!Array.isArray(v) || v.length < n.minLength) return false;
      const item = n.item!;
      for (let i = 0; i < v.length; i++) if (!accepts(item, v[i])) return false;
      return true;
    }
    case Kind.Record: {
      if (!isPlainObject(v)) return false;
      const item = n.item!;
      for (const k in v) {
        // zod builds its output by assignment, where an own "__proto__" key sets the prototype instead:
        // the output would lose that entry.
        if (k === "__proto__" || !accepts(item, v[k])) return false;
      }
      return true;
    }
    case Kind.Union: {
      const options = n.options;
      for (let i = 0; i < options.length; i++) if (accepts(options[i]!, v)) return true;
      return false;
    }
    case Kind.Custom:
      return Boolean(n.check!(v));
    case Kind.Unknown:
      return true;
  }
}

/**
 * The plan as the source of one JavaScript function, so that every field is read by name (a property
 * access the engine caches per shape) instead of through the interpreter's keyed `v[k]`, which costs a
 * dictionary-like lookup on every field of every row. The source is made from the schema only (keys are
 * written as JSON string literals, values are never written into it), never from input or policy data.
 */
function generate(root: Node): (value: unknown) => boolean {
  const customs: ((value: unknown) => unknown)[] = [];
  const patterns: RegExp[] = [];
  const helpers: string[] = [];
  let next = 0;
  const name = (prefix: string) => `${prefix}${next++}`;
  const lit = (x: unknown) => JSON.stringify(x);
  const fn = (n: Node): string => {
    const f = name("f");
    helpers.push(`function ${f}(v) {\n${body(n, "v")}return true;\n}`);
    return f;
  };
  const body = (n: Node, v: string): string => {
    if (n.kind === Kind.Unknown) return "";
    let inner = check(n, v);
    for (const r of n.refinements) {
      customs.push(r);
      inner += `if (customs[${customs.length - 1}](${v}) !== true) return false;\n`;
    }
    if (n.nullable) inner = `if (${v} !== null) {\n${inner}}\n`;
    return n.optional ? `if (${v} !== undefined) {\n${inner}}\n` : inner;
  };
  const check = (n: Node, v: string): string => {
    switch (n.kind) {
      case Kind.String: {
        let c = `if (typeof ${v} !== "string" || ${v}.length < ${n.minLength}) return false;\n`;
        if (n.pattern !== null) {
          patterns.push(n.pattern);
          c += `if (!patterns[${patterns.length - 1}].test(${v})) return false;\n`;
        }
        return c;
      }
      case Kind.Number: {
        let c = `if (typeof ${v} !== "number" || ${v} - ${v} !== 0) return false;\n`;
        if (n.integer) c += `if (!Number.isSafeInteger(${v})) return false;\n`;
        if (n.lower !== -Infinity) c += `if (${v} ${n.lowerInclusive ? "<" : "<="} ${lit(n.lower)}) return false;\n`;
        if (n.upper !== Infinity) c += `if (${v} ${n.upperInclusive ? ">" : ">="} ${lit(n.upper)}) return false;\n`;
        return c;
      }
      case Kind.Boolean:
        return `if (typeof ${v} !== "boolean") return false;\n`;
      case Kind.Enum:
        if (!n.values.every((x) => typeof x === "string" || typeof x === "number"))
          unsupported("enum value that is not a string or a number");
        return `if (${n.values.map((x) => `${v} !== ${lit(x)}`).join(" && ") || "true"}) return false;\n`;
      case Kind.Object: {
        // zod's object test (any non-null, non-array object); an enumerable inherited key makes the for-in
        // count below differ, so only own keys are ever accepted.
        let c = `if (typeof ${v} !== "object" || ${v} === null || Array.isArray(${v})) return false;\n`;
        let required = 0;
        const optional: string[] = [];
        n.keys.forEach((k, i) => {
          const field = n.fields[i]!;
          const x = name("x");
          c += `const ${x} = ${v}[${lit(k)}];\n${body(field, x)}`;
          // An optional key counts when it has a value, or when it is present with the value undefined (a
          // table row with an empty column; the \`in\` test runs only then).
          if (field.optional || field.kind === Kind.Unknown)
            optional.push(`if (${x} !== undefined || ${lit(k)} in ${v}) p++;\n`);
          else required++;
        });
        if (n.extraKeys) return c;
        const p = name("p");
        return `${c}{\nlet p = ${required};\n${optional.join("")}let ${p} = 0;\nfor (const _ in ${v}) ${p}++;\nif (${p} !== p) return false;\n}\n`;
      }
      case Kind.Array: {
        if (n.item!.kind === Kind.Unknown)
          return `if (!Array.isArray(${v}) || ${v}.length < ${n.minLength}) return false;\n`;
        const i = name("i");
        return `if (!Array.isArray(${v}) || ${v}.length < ${n.minLength}) return false;\nfor (let ${i} = 0; ${i} < ${v}.length; ${i}++) if (!${fn(n.item!)}(${v}[${i}])) return false;\n`;
      }
      case Kind.Record: {
        const k = name("k");
        if (n.item!.kind === Kind.Unknown)
          return `if (!isPlainObject(${v})) return false;\nfor (const ${k} in ${v}) if (${k} === "__proto__") return false;\n`;
        return `if (!isPlainObject(${v})) return false;\nfor (const ${k} in ${v}) if (${k} === "__proto__" || !${fn(n.item!)}(${v}[${k}])) return false;\n`;
      }
      case Kind.Union:
        return `if (${n.options.map((o) => `!${fn(o)}(${v})`).join(" && ")}) return false;\n`;
      case Kind.Custom:
        customs.push(n.check!);
        return `if (!customs[${customs.length - 1}](${v})) return false;\n`;
      case Kind.Unknown:
        return "";
    }
  };
  const top = fn(root);
  // biome-ignore lint/security/noGlobalEval: source built from the schema alone (see above); CSP falls back.
  const make = new Function(
    "isPlainObject",
    "customs",
    "patterns",
    `"use strict";\n${helpers.join("\n")}\nreturn ${top};`,
  );
  return make(isPlainObject, customs, patterns) as (value: unknown) => boolean;
}

/**
 * Whether mkd-engine may write its fast paths as generated functions: zod's own answer, so one switch governs
 * both libraries. False when the app set `z.config({ jitless: true })` (do it before mkd-engine is imported: the
 * fast paths are built at module load), when a content-security policy forbids `new Function` (zod's probe is
 * caught; a strict CSP may still report it, which `jitless` avoids), and on Cloudflare Workers. The code is only
 * ever written from mkd-engine's own schemas and fact registry, never from a policy document or an input.
 *
 * @example
 * ```ts
 * codeGenerationAllowed(); // true in Node; false after z.config({ jitless: true }) at startup
 * ```
 */
export function codeGenerationAllowed(): boolean {
  return z.config().jitless !== true && (evalAllowed ??= probeEval());
}

let evalAllowed: boolean | undefined;

/**
 * zod's own probe (`util.allowsEval`), written out: zod exports it only inside its `util` namespace object, and
 * reading `z.util` makes a bundler keep all of zod's util module (10 kB minified in a browser bundle of
 * checkEligibility, issue 12 item 4). Same steps: no code generation on Cloudflare Workers, else try it once.
 */
function probeEval(): boolean {
  if ((globalThis as { navigator?: { userAgent?: string } }).navigator?.userAgent?.includes("Cloudflare")) return false;
  try {
    // An empty function: only whether a content-security policy allows it.
    new Function("");
    return true;
  } catch {
    return false;
  }
}

/**
 * Compiles `schema` into a predicate that is true only when `schema.safeParse(value)` succeeds with an output
 * that reads the same as `value` through the schema's keys, so the caller may use `value` as the parsed input
 * (reading only those keys). False means "ask zod" (it may still accept, e.g. an optional key set to
 * undefined). Throws at compile time on a zod construct
 * it does not know, so a schema change cannot make it silently lax. Where generated code is allowed (as for
 * zod's own fast path) the plan becomes one function; `interpreted: true`, or a content-security policy,
 * gives the interpreter, with the same answers.
 *
 * `deferred` names sub-schemas of `schema` (the very objects, e.g. an array's element schema) that this test
 * accepts unread: a caller that reads those parts anyway tests each one with its own `compileAccepts(sub)`
 * at the moment it reads it, so the value is walked once. The caller must then test every such part before
 * it relies on the value, and ask zod about the whole value when one says no.
 *
 * @example
 * ```ts
 * const accepts = compileAccepts(z.strictObject({ id: z.string().min(1) }));
 * accepts({ id: "a" }); // true
 * accepts({ id: "" }); // false: zod reports it
 * ```
 */
export function compileAccepts(
  schema: z.ZodMiniType,
  options: { interpreted?: boolean; deferred?: readonly z.ZodMiniType[] } = {},
): (value: unknown) => boolean {
  const root = compile(schema, options.deferred ?? []);
  if (options.interpreted !== true && codeGenerationAllowed()) return generate(root);
  return (value) => accepts(root, value);
}
