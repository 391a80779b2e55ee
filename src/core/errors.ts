/**
 * One error type for everything mkd-engine refuses: a stable `code`, every problem as an {@link Issue}
 * with its path, and messages in Indonesian and English. No raw ZodError or TypeError reaches a caller.
 */
import type * as z from "zod";
import { formatMessage, type Locale, type MessageCode, type MessageParams } from "../i18n/index.js";

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
  /** The message in Indonesian and in English. */
  readonly message: { readonly id: string; readonly en: string };
}

/** Builds an {@link Issue} with both messages filled in. */
export function issue(code: MessageCode, path: IssuePath, params: MessageParams = {}): Issue {
  return { code, path, params, message: { id: formatMessage(code, params, "id"), en: formatMessage(code, params, "en") } };
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
 * The error every mkd-engine function throws for input it cannot use. `code` is stable (switch on it);
 * `issues` lists every problem, not only the first.
 *
 * @example
 * ```ts
 * try {
 *   resolvePolicy("atlantis", "2026-01-05");
 * } catch (e) {
 *   if (e instanceof MkdError && e.code === "unknown_jurisdiction") console.log(e.localizedMessage("en"));
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

  constructor(code: MessageCode, params: MessageParams = {}, issues: readonly Issue[] = []) {
    super(MkdError.describe(code, params, issues, "en"));
    this.name = "MkdError";
    this.code = code;
    this.params = params;
    this.issues = issues;
  }

  /** The message with every issue, in the given language (Indonesian by default). */
  localizedMessage(locale: Locale = "id"): string {
    return MkdError.describe(this.code, this.params, this.issues, locale);
  }

  /** A plain JSON form, for logs and for answers sent across a process boundary. */
  toJSON(): { code: MessageCode; params: MessageParams; message: { id: string; en: string }; issues: readonly Issue[] } {
    return {
      code: this.code,
      params: this.params,
      message: { id: this.localizedMessage("id"), en: this.localizedMessage("en") },
      issues: this.issues,
    };
  }

  private static describe(code: MessageCode, params: MessageParams, issues: readonly Issue[], locale: Locale): string {
    const head = formatMessage(code, params, locale);
    if (issues.length === 0) return head;
    const lines = issues.slice(0, 20).map((i) => `  - ${formatPath(i.path)}: ${i.message[locale]}`);
    if (issues.length > 20) lines.push(`  - ... (+${issues.length - 20})`);
    return `${head}\n${lines.join("\n")}`;
  }
}

/** A result that is either a value or an {@link MkdError}, for the `safe` variants that never throw. */
export type SafeResult<T> = { readonly success: true; readonly data: T } | { readonly success: false; readonly error: MkdError };

/** Runs `fn` and returns its value or the {@link MkdError} it threw as a {@link SafeResult}. */
export function toSafeResult<T>(fn: () => T): SafeResult<T> {
  try {
    return { success: true, data: fn() };
  } catch (error) {
    return { success: false, error: asMkdError(error) };
  }
}

/**
 * Wraps anything thrown into an {@link MkdError} so no foreign error type reaches the caller. A
 * TypeError, ReferenceError or RangeError is a defect in mkd-engine (input is validated before use), so it
 * becomes `internal_error`, never a plausible-looking `invalid_input` that would hide the bug in a batch row.
 */
export function asMkdError(error: unknown): MkdError {
  if (error instanceof MkdError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  if (error instanceof TypeError || error instanceof ReferenceError || error instanceof RangeError) {
    return new MkdError("internal_error", { detail });
  }
  return new MkdError("invalid_input", { count: 1 }, [issue("input_invalid", [], { detail })]);
}

/** Converts zod's issues into mkd-engine issues with stable codes and bilingual messages. */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], basePath: IssuePath = []): Issue[] {
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
        if (best) out.push(...fromZodIssues(best, path));
        else out.push(issue("input_invalid", path, { detail: zi.message }));
        break;
      }
      case "custom": {
        const params = (zi.params ?? {}) as { code?: string; params?: MessageParams };
        if (params.code) out.push(issue(params.code as MessageCode, path, params.params ?? {}));
        else out.push(issue("input_invalid", path, { detail: zi.message }));
        break;
      }
      default:
        out.push(issue("input_invalid", path, { detail: zi.message }));
    }
  }
  return out;
}

/** Parses `input` with a zod schema; on failure throws an {@link MkdError} with `code` listing every issue. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, code: MessageCode = "invalid_input", basePath: IssuePath = []): z.output<S> {
  // reportInput: zod 4 omits `input` from issues otherwise, and a wrong-type value would read as "Required".
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  const issues = fromZodIssues(result.error.issues, basePath);
  throw new MkdError(code, { count: issues.length }, issues);
}
