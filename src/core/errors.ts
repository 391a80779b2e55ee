/**
 * One error type for everything mkd-engine refuses: a stable `code`, every problem as an {@link Issue}
 * with its path, and messages in Indonesian and English. No raw ZodError or TypeError reaches a caller.
 */
import type * as z from "zod/mini";
import {
  type AnyCatalogue,
  type Bilingual,
  bilingual,
  type Locale,
  type MessageParams,
  renderFrom,
} from "../i18n/define.js";
import type { MessageCode, MessageParamsByCode } from "../i18n/index.js";
import { SHARED_MESSAGES, type SharedCode, withShared } from "../i18n/shared.js";

export type { SharedCode } from "../i18n/shared.js";

type IsUnion<T, U = T> = T extends unknown ? ([U] extends [T] ? false : true) : never;

/**
 * The parameters an issue of code `C` takes: the ones its message declares (a missing or misspelt one does
 * not compile), and any others a caller wants to keep with it; any parameters when `C` is only known as a
 * union of codes (an issue copied from another).
 */
export type IssueParams<C extends MessageCode> =
  true extends IsUnion<C> ? MessageParams : MessageParamsByCode[C] & MessageParams;

/** Where a problem sits inside the input, e.g. `["members", 3, "grantedFlexibleDays"]`. */
export type IssuePath = readonly (string | number)[];

/** One problem found in an input or a policy, with its place and a message in both languages. */
export interface Issue {
  /** Stable snake_case code, e.g. `input_required`, `policy_rule_unknown_fact`. */
  readonly code: MessageCode;
  /** Path of the offending value from the root of the input. */
  readonly path: IssuePath;
  /** Values the message interpolates (the threshold, the unknown key, ...). */
  readonly params: MessageParams;
  /** The message in Indonesian and in English (each rendered when read). */
  readonly message: Bilingual;
}

/**
 * Builds an {@link Issue} with both messages filled in. A code outside the shared domains (see
 * `SharedCode`) needs the catalogue of the domain that declares it.
 *
 * @example
 * ```ts
 * issue("input_too_small", ["members", 0, "grantedFlexibleDays"], { minimum: 1 });
 * issue("roster_unknown_member", ["ani"], { id: "ani" }, scheduleMessages);
 * ```
 */
export function issue<C extends SharedCode>(code: C, path: IssuePath, params?: IssueParams<C>): Issue;
export function issue<C extends MessageCode>(
  code: C,
  path: IssuePath,
  params: IssueParams<C>,
  messages: AnyCatalogue | readonly AnyCatalogue[],
): Issue;
export function issue(
  code: MessageCode,
  path: IssuePath,
  params: MessageParams = {},
  messages?: AnyCatalogue | readonly AnyCatalogue[],
): Issue {
  return { code, path, params, message: bilingual(withShared(messages), code, params) };
}

/**
 * Writes a path as people read it.
 *
 * @example
 * ```ts
 * formatPath(["members", 3, "grantedFlexibleDays"]); // "members[3].grantedFlexibleDays"
 * formatPath([]); // "(root)"
 * ```
 */
export function formatPath(path: IssuePath): string {
  let out = "";
  for (const part of path) out += typeof part === "number" ? `[${part}]` : out === "" ? part : `.${part}`;
  return out === "" ? "(root)" : out;
}

/**
 * The brand every {@link MkdError} carries, registered with `Symbol.for` so that the ESM and the CJS copy of
 * the library (or two installed versions) recognise each other's errors: `instanceof` alone compares class
 * identities, and a project that loads both builds (a CJS dependency, an ESM app) has two classes.
 */
const BRAND: unique symbol = Symbol.for("mkd-engine.MkdError") as never;

/**
 * The plain JSON form of an {@link MkdError} (what `toJSON()` returns): the error in every batch row, and what
 * crosses a process or worker boundary. Turn it back into an error with {@link MkdError.fromJSON}.
 *
 * @example
 * ```ts
 * const json: MkdErrorJson = new MkdError("invalid_date", { value: "2026-13-01" }).toJSON();
 * json.code; // "invalid_date"
 * json.message.en; // the English message
 * ```
 */
export interface MkdErrorJson {
  /** Stable snake_case error code. */
  readonly code: MessageCode;
  /** Values the error message interpolates. */
  readonly params: MessageParams;
  /** The whole message (head and every issue) in Indonesian and English. */
  readonly message: { readonly id: string; readonly en: string };
  /** Every problem found, each with its path. */
  readonly issues: readonly Issue[];
}

/**
 * The error every mkd-engine function throws for input it cannot use. `code` is stable (switch on it);
 * `issues` lists every problem, not only the first.
 *
 * @example
 * ```ts
 * try {
 *   resolvePolicy("atlantis", "2026-01-05");
 * } catch (e) {
 *   if (MkdError.is(e) && e.code === "unknown_jurisdiction") console.log(e.localizedMessage("en"));
 * }
 * ```
 */
export class MkdError extends Error {
  /** Stable snake_case error code. */
  readonly code: MessageCode;
  /** Every problem found, each with its path. Empty when the error is about the call as a whole. */
  readonly issues: readonly Issue[];
  /** Values the error message interpolates. */
  readonly params: MessageParams;
  /** Where the head message's code is declared (the shared domains, and the raising capability's own). */
  readonly #messages: readonly AnyCatalogue[];
  /** The head message as received, for an error rebuilt from JSON whose code no catalogue here declares. */
  #received: Bilingual | undefined;

  /**
   * An error with a code of the shared domains (see `SharedCode`), or any code with the catalogue of
   * the domain that declares it (`new MkdError("scoring_invalid_input", { count }, issues, scoringMessages)`).
   */
  constructor(code: SharedCode, params?: MessageParams, issues?: readonly Issue[]);
  constructor(
    code: MessageCode,
    params: MessageParams,
    issues: readonly Issue[],
    messages: AnyCatalogue | readonly AnyCatalogue[],
  );
  constructor(
    code: MessageCode,
    params: MessageParams = {},
    issues: readonly Issue[] = [],
    messages?: AnyCatalogue | readonly AnyCatalogue[],
  ) {
    const from = withShared(messages);
    super(MkdError.describe(from, undefined, code, params, issues, "en"));
    this.name = "MkdError";
    this.code = code;
    this.params = params;
    this.issues = issues;
    this.#messages = from;
    this.#received = undefined;
  }

  /**
   * Whether `value` is an MkdError from any copy of mkd-engine (ESM or CJS build, another installed version):
   * it checks the `Symbol.for("mkd-engine.MkdError")` brand, not the class identity.
   *
   * @example
   * ```ts
   * try {
   *   checkEligibility(row, { jurisdiction: "jabar", asOf: "2026-03-02" });
   * } catch (e) {
   *   if (MkdError.is(e)) console.log(e.code, e.issues.length);
   *   else throw e;
   * }
   * ```
   */
  static is(value: unknown): value is MkdError {
    return typeof value === "object" && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
  }

  /**
   * `e instanceof MkdError` answers as {@link MkdError.is}, so it also holds for an error thrown by the other
   * build of the library. A subclass (none ships) keeps the ordinary prototype check.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return this === MkdError ? MkdError.is(value) : Function.prototype[Symbol.hasInstance].call(this, value);
  }

  /**
   * Turns the JSON form (a batch row's `error`, a logged error) back into an MkdError.
   *
   * @example
   * ```ts
   * const row = [...checkEligibilityBatch([{}], { jurisdiction: "jabar", asOf: "2026-03-02" })][0]!;
   * if (!row.ok) throw MkdError.fromJSON(row.error);
   * ```
   */
  static fromJSON(json: MkdErrorJson): MkdError {
    // The issues carry their messages; the head is rendered again when its code is a shared one, and taken
    // from the JSON otherwise (a capability's own code, whose table this bundle may not carry).
    const error = new MkdError(json.code as SharedCode, json.params, json.issues);
    if (!SHARED_MESSAGES.some((c) => Object.hasOwn(c.id, json.code))) {
      const head = (text: unknown) => (typeof text === "string" ? text.split("\n")[0]! : json.code);
      error.#received = { id: head(json.message?.id), en: head(json.message?.en) };
      error.message = error.localizedMessage("en");
    }
    return error;
  }

  /** The message with every issue, in the given language (Indonesian by default). */
  localizedMessage(locale: Locale = "id"): string {
    return MkdError.describe(this.#messages, this.#received, this.code, this.params, this.issues, locale);
  }

  /** A plain JSON form, for logs and for answers sent across a process boundary. */
  toJSON(): MkdErrorJson {
    return {
      code: this.code,
      params: this.params,
      message: { id: this.localizedMessage("id"), en: this.localizedMessage("en") },
      issues: this.issues,
    };
  }

  private static describe(
    messages: readonly AnyCatalogue[],
    received: Bilingual | undefined,
    code: MessageCode,
    params: MessageParams,
    issues: readonly Issue[],
    locale: Locale,
  ): string {
    const head = received?.[locale] ?? renderFrom(messages, code, params, locale);
    if (issues.length === 0) return head;
    const lines = issues.slice(0, 20).map((i) => `  - ${formatPath(i.path)}: ${i.message[locale]}`);
    if (issues.length > 20) lines.push(`  - ... (+${issues.length - 20})`);
    return `${head}\n${lines.join("\n")}`;
  }
}

Object.defineProperty(MkdError.prototype, BRAND, { value: true });

/** A result that is either a value or an {@link MkdError}, for the `safe` variants that never throw. */
export type SafeResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: MkdError };

/**
 * One answer of a batch (`checkEligibilityBatch`, `scoreMonthBatch`): the row's `index` (0-based, input order)
 * and either its `value` or its `error` in the plain JSON form, the same type in every batch, so rows can be
 * logged, sent to a worker or written as NDJSON as they are. Every row gets exactly one answer.
 *
 * @example
 * ```ts
 * const rows: BatchRow<EligibilityDecision>[] = [...checkEligibilityBatch(employees, { jurisdiction: "jabar", asOf: "2026-03-02" })];
 * const failed = rows.filter((r) => !r.ok).map((r) => r.index);
 * ```
 */
export type BatchRow<T> =
  | { readonly index: number; readonly ok: true; readonly value: T }
  | { readonly index: number; readonly ok: false; readonly error: MkdErrorJson };

/**
 * @internal The error answer of one batch row: whatever was thrown, as an {@link MkdError} in JSON form. With
 * the `row` that was being answered, a fault caused by a row that is not plain data (a throwing getter, a
 * revoked Proxy, a cycle) is that row's input error, never `internal_error` (see {@link asMkdError}).
 */
export function errorRow(
  index: number,
  error: unknown,
  row?: unknown,
): { readonly index: number; readonly ok: false; readonly error: MkdErrorJson } {
  return { index, ok: false, error: (arguments.length > 2 ? asMkdError(error, row) : asMkdError(error)).toJSON() };
}

/**
 * Runs `fn` and returns its value or the {@link MkdError} it threw as a {@link SafeResult}. Never throws,
 * whatever `fn` throws (a Proxy, a null-prototype object, a Symbol). Pass the caller's `input` so a
 * fault caused by input that is not plain data (a throwing getter, a revoked Proxy, a cycle, a BigInt)
 * is reported as an input error, not as `internal_error`.
 *
 * @example
 * ```ts
 * const r = toSafeResult(() => checkEligibility(employee, options), employee);
 * if (!r.success) console.log(r.error.code);
 * ```
 */
export function toSafeResult<T>(fn: () => T, input?: unknown): SafeResult<T> {
  try {
    return { success: true, data: fn() };
  } catch (error) {
    return { success: false, error: asMkdError(error, input) };
  }
}

/**
 * Wraps anything thrown into an {@link MkdError} so no foreign error type reaches the caller, and never
 * throws itself: a thrown null-prototype object, Symbol, BigInt or (revoked) Proxy is described without
 * calling anything on it that could throw.
 *
 * A TypeError, ReferenceError or RangeError is a defect in mkd-engine (input is validated before use), so
 * it becomes `internal_error`, never a plausible-looking `invalid_input` that would hide the bug in a batch
 * row, unless `input` (the row or argument being processed) is itself not plain data: a getter or a Proxy
 * trap that throws, a revoked Proxy, a cycle, a BigInt, Symbol or function value, or nesting deeper than
 * {@link MAX_INPUT_DEPTH}. Then the fault is the caller's and the error is `invalid_input` with the path of
 * the offending value.
 *
 * @example
 * ```ts
 * try { checkEligibility(row, options); } catch (e) { answers.push(asMkdError(e, row).toJSON()); }
 * ```
 */
export function asMkdError(error: unknown, input?: unknown): MkdError {
  try {
    if (error instanceof MkdError) {
      // This build's own error, or one branded by another copy of mkd-engine: copied, so a thrown Proxy that
      // only claims the brand cannot make the caller run its traps later (toJSON, message).
      if (Function.prototype[Symbol.hasInstance].call(MkdError, error)) return error;
      const e = error as MkdError;
      const issues: Issue[] = Array.isArray(e.issues) ? e.issues.map(copyIssue) : [];
      const json = e.toJSON();
      return MkdError.fromJSON({ code: e.code, params: { ...e.params }, message: { ...json.message }, issues });
    }
  } catch {
    // A revoked Proxy throws from instanceof: it is not ours, so it is not a defect of ours either.
    return inputError(input) ?? unreadableThrown();
  }
  let isError = false;
  let isDefect = false;
  try {
    isError = error instanceof Error;
    isDefect = error instanceof TypeError || error instanceof ReferenceError || error instanceof RangeError;
  } catch {
    return inputError(input) ?? unreadableThrown();
  }
  const detail = describeThrown(error, isError);
  // Our code only throws MkdError and the engine's own errors; anything else came from the caller's values
  // (a getter, a Proxy trap) and so is an input fault.
  if (isDefect || !isError) {
    const fault = arguments.length > 1 ? inputError(input) : undefined;
    if (fault) return fault;
  }
  if (isDefect) return new MkdError("internal_error", { detail });
  return new MkdError("invalid_input", { count: 1 }, [issue("input_invalid", [], { detail })]);
}

/** A copy of another copy's issue: its messages kept when they are text, rendered here otherwise. */
function copyIssue(i: Issue): Issue {
  const copy = issue(i.code as SharedCode, [...i.path], { ...i.params });
  const id = i.message?.id;
  const en = i.message?.en;
  return typeof id === "string" && typeof en === "string" ? { ...copy, message: { id, en } } : copy;
}

function unreadableThrown(): MkdError {
  return new MkdError("invalid_input", { count: 1 }, [
    issue("input_unreadable", [], { detail: "thrown value could not be read" }),
  ]);
}

/** A short description of a thrown value that cannot itself throw. */
function describeThrown(error: unknown, isError: boolean): string {
  try {
    if (isError) {
      const message = (error as Error).message;
      return typeof message === "string" ? message.slice(0, 500) : "error";
    }
    switch (typeof error) {
      case "string":
        return error.slice(0, 500);
      case "number":
      case "boolean":
      case "bigint":
      case "undefined":
        return String(error);
      case "symbol":
        return error.toString();
      case "function":
        return "a function";
      default:
        if (error === null) return "null";
        if (Object.getPrototypeOf(error) === null) return "an object without prototype";
        return "an object";
    }
  } catch {
    return "a value that could not be read";
  }
}

/** Deepest nesting of an input object mkd-engine reads; deeper input is refused, never recursed into. */
export const MAX_INPUT_DEPTH = 64;

/**
 * Why `input` is not plain data (JSON-like: objects, arrays, strings, finite or not numbers, booleans,
 * null, undefined), as an {@link Issue} with the path of the first offending value; undefined when it is.
 * Reading is guarded: a getter or Proxy trap that throws is reported, not propagated. Iterative, so a
 * deeply nested value cannot exhaust the stack.
 *
 * @example
 * ```ts
 * plainDataIssue({ a: { b: 1n } })?.path; // ["a", "b"]
 * ```
 */
export function plainDataIssue(input: unknown): Issue | undefined {
  const stack: { value: unknown; path: (string | number)[]; depth: number }[] = [{ value: input, path: [], depth: 0 }];
  const onPath = new Set<object>();
  // The objects on the current path (depth-first): meeting one again is a cycle. A shared, non-cyclic
  // sub-object is simply read again; the budget bounds the work.
  const exits: { obj: object; after: number }[] = [];
  let budget = 100_000;
  while (stack.length > 0) {
    while (exits.length > 0 && stack.length <= exits[exits.length - 1]!.after) onPath.delete(exits.pop()!.obj);
    const { value, path, depth } = stack.pop()!;
    if (--budget < 0) return undefined; // too large to inspect fully: the row's own checks decide
    const t = typeof value;
    if (t === "bigint" || t === "symbol" || t === "function") return issue("input_not_plain_data", path, { kind: t });
    if (t !== "object" || value === null) continue;
    const obj = value as object;
    if (depth >= MAX_INPUT_DEPTH) return issue("input_too_deep", path, { maximum: MAX_INPUT_DEPTH });
    let keys: string[];
    try {
      if (onPath.has(obj)) return issue("input_cyclic", path);
      keys = Array.isArray(obj) ? Array.from({ length: obj.length }, (_, i) => String(i)) : Object.keys(obj);
    } catch (error) {
      return issue("input_unreadable", path, { detail: describeThrown(error, safeIsError(error)) });
    }
    onPath.add(obj);
    exits.push({ obj, after: stack.length });
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      const childPath = [...path, Array.isArray(obj) ? i : key];
      let child: unknown;
      try {
        child = (obj as Record<string, unknown>)[key];
      } catch (error) {
        return issue("input_unreadable", childPath, { detail: describeThrown(error, safeIsError(error)) });
      }
      stack.push({ value: child, path: childPath, depth: depth + 1 });
    }
  }
  return undefined;
}

function safeIsError(e: unknown): boolean {
  try {
    return e instanceof Error;
  } catch {
    return false;
  }
}

function inputError(input: unknown): MkdError | undefined {
  const found = plainDataIssue(input);
  return found ? new MkdError("invalid_input", { count: 1 }, [found]) : undefined;
}

/**
 * Converts zod's issues into mkd-engine issues with stable codes and bilingual messages; `messages` is the
 * catalogue of the schema's capability when its refinements raise codes of their own.
 */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  basePath: IssuePath = [],
  messages?: AnyCatalogue,
): Issue[] {
  const out: Issue[] = [];
  for (const zi of issues) {
    const path = [...basePath, ...zi.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
    switch (zi.code) {
      case "invalid_type":
        out.push(
          (zi as { input?: unknown }).input === undefined
            ? issue("input_required", path)
            : issue("input_invalid_type", path, { expected: zi.expected }),
        );
        break;
      case "too_small":
        out.push(issue("input_too_small", path, { minimum: String(zi.minimum) }));
        break;
      case "too_big":
        out.push(issue("input_too_big", path, { maximum: String(zi.maximum) }));
        break;
      case "invalid_value":
        out.push(issue("input_invalid_value", path, { options: zi.values.map((v) => JSON.stringify(v)) }));
        break;
      case "invalid_format":
        out.push(issue("input_invalid_format", path, { format: zi.format }));
        break;
      case "unrecognized_keys":
        out.push(issue("input_unrecognized_key", path, { keys: zi.keys }));
        break;
      case "invalid_union": {
        // Report the branch that got furthest rather than an opaque "no union member matched".
        const branches = zi.errors.filter((b) => b.length > 0);
        const best = branches.sort((a, b) => a.length - b.length)[0];
        if (best) out.push(...fromZodIssues(best, path, messages));
        else out.push(issue("input_invalid", path, { detail: zi.message }));
        break;
      }
      case "invalid_key":
        // A record key the key schema refuses (a roster date, a rule id). The text is the one zod's English
        // locale gave while the library used classic zod; zod/mini loads no locale (its default is
        // "Invalid input"), and the detail must not depend on which zod locale the app configured.
        out.push(issue("input_invalid", path, { detail: "Invalid key in record" }));
        break;
      case "custom": {
        const params = (zi.params ?? {}) as { code?: string; params?: MessageParams };
        // A refinement's own code: the schema's capability passes the catalogue that declares it.
        if (params.code)
          out.push(
            messages === undefined
              ? issue(params.code as SharedCode, path, params.params ?? {})
              : issue(params.code as MessageCode, path, params.params ?? {}, messages),
          );
        else out.push(issue("input_invalid", path, { detail: zi.message }));
        break;
      }
      default:
        out.push(issue("input_invalid", path, { detail: zi.message }));
    }
  }
  return out;
}

/**
 * Parses `input` with a zod schema; on failure throws an {@link MkdError} with `code` listing every issue.
 * `messages` is the catalogue of the capability whose codes the error or the schema's refinements use.
 */
export function parseWith<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  code: MessageCode = "invalid_input",
  basePath: IssuePath = [],
  messages?: AnyCatalogue,
): z.output<S> {
  // reportInput: zod 4 omits `input` from issues otherwise, and a wrong-type value would read as "Required".
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  const issues = fromZodIssues(result.error.issues, basePath, messages);
  throw messages === undefined
    ? new MkdError(code as SharedCode, { count: issues.length }, issues)
    : new MkdError(code, { count: issues.length }, issues, messages);
}
