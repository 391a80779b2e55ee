/**
 * What every subcommand shares: parsed common flags, the language, the output sinks, policy loading and
 * the errors that map to exit codes.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { isIsoDate, isIsoMonth, type IsoDate } from "../core/dates.js";
import { formatPath, MkdError, asMkdError, type Issue } from "../core/errors.js";
import { formatMessage, MESSAGE_DOMAINS, type Locale, type MessageCode, type MessageParams } from "../i18n/index.js";
import { resolvePolicy, type ResolvedPolicy } from "../policy/resolve.js";
import { validatePolicy } from "../policy/validate.js";
import { openOutputFile, resolvePath, Sink, type CliIo } from "./io.js";
import { type ArgSpec, COMMANDS, COMMON_OPTION_SPECS, parseArgsOptions } from "./options.js";
import { OUTPUT_FORMATS, type OutputFormat } from "./output.js";
import type { InputFormat } from "./input.js";

/** A mistake in the command line (exit 2). */
export class UsageError extends Error {
  constructor(
    readonly code: MessageCode,
    readonly params: MessageParams = {},
    readonly command?: string,
  ) {
    super(code);
    this.name = "UsageError";
  }
}

/** The input or policy cannot be used at all (exit 3). */
export class Unusable extends Error {
  constructor(readonly error: MkdError) {
    super(error.message);
    this.name = "Unusable";
  }
}

/** Flags every subcommand accepts (generated from the one option table the help also uses). */
const COMMON_OPTIONS = parseArgsOptions(COMMON_OPTION_SPECS);

/** Values of the common flags after validation. */
export interface CommonFlags {
  readonly format: OutputFormat | undefined;
  readonly locale: Locale;
  readonly asOf: IsoDate | undefined;
  readonly month: string | undefined;
  readonly jurisdiction: string | undefined;
  readonly policyFile: string | undefined;
  readonly output: string | undefined;
  readonly inputFormat: InputFormat | undefined;
  readonly delimiter: string | undefined;
  readonly csvDelimiter: string;
  readonly bom: boolean;
  readonly quiet: boolean;
  readonly help: boolean;
}

/**
 * A `node:util` parseArgs error as a message code (its own text is English only): an unknown flag, a
 * value missing after a string flag, a value given to a boolean flag; anything else keeps Node's text.
 */
function parseError(error: unknown, options: ReturnType<typeof parseArgsOptions>, command: string): UsageError {
  const code = (error as { code?: string }).code;
  const message = (error as Error).message ?? String(error);
  const quoted = /'([^']+)'/.exec(message)?.[1];
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && quoted !== undefined)
    return new UsageError("cli_usage_unknown_flag", { flag: quoted }, command);
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && quoted !== undefined) {
    // Node quotes the option as "-f, --format <value>" or "--bom".
    const name = /--([A-Za-z0-9-]+)/.exec(quoted)?.[1];
    const spec = name === undefined ? undefined : options[name];
    if (spec)
      return new UsageError(
        spec.type === "string" ? "cli_usage_flag_needs_value" : "cli_usage_flag_takes_no_value",
        { flag: `--${name}` },
        command,
      );
  }
  return new UsageError("cli_usage_bad_flag", { detail: message }, command);
}

/**
 * The positional arguments against the command's declared ones ({@link COMMANDS}, the table the help is made
 * from): a missing required one or one too many is a usage error. A `stdin` argument may be missing (the command
 * reads stdin unless it is a terminal, see {@link inputPath}).
 */
function checkArity(args: readonly ArgSpec[], positionals: readonly string[], locale: Locale, command: string): void {
  const repeated = args.some((a) => a.kind === "repeated");
  if (!repeated && positionals.length > args.length)
    throw new UsageError("cli_usage_extra_argument", { value: positionals[args.length] }, command);
  const missing = args
    .slice(positionals.length)
    .find((a) => a.kind === undefined || a.kind === "required" || a.kind === "repeated");
  if (missing) throw new UsageError("cli_usage_missing_argument", { name: missing.name[locale] }, command);
}

/**
 * Parses argv with the common flags plus the command's own from {@link COMMANDS}; unknown flags, and positional
 * arguments the command (or its subcommand `sub`) does not declare, are usage errors.
 */
export function parseFlags(
  command: string,
  argv: readonly string[],
  sub?: string,
): { values: Record<string, string | boolean | string[] | undefined>; positionals: string[]; common: CommonFlags } {
  let parsed;
  const spec = COMMANDS[command];
  const options = { ...COMMON_OPTIONS, ...parseArgsOptions(spec?.options ?? {}) };
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw parseError(error, options, command);
  }
  const v = parsed.values as Record<string, string | boolean | string[] | undefined>;
  const str = (k: string) => (typeof v[k] === "string" ? (v[k] as string) : undefined);
  const format = str("format");
  if (format !== undefined && !(OUTPUT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(
      "cli_usage_bad_value",
      { flag: "--format", value: format, expected: OUTPUT_FORMATS.join(" | ") },
      command,
    );
  }
  const locale = str("locale");
  if (locale !== undefined && locale !== "id" && locale !== "en")
    throw new UsageError("cli_usage_bad_value", { flag: "--locale", value: locale, expected: "id | en" }, command);
  const asOf = str("as-of");
  if (asOf !== undefined && !isIsoDate(asOf))
    throw new UsageError("cli_usage_bad_value", { flag: "--as-of", value: asOf, expected: "YYYY-MM-DD" }, command);
  const month = str("month");
  if (month !== undefined && !isIsoMonth(month))
    throw new UsageError("cli_usage_bad_value", { flag: "--month", value: month, expected: "YYYY-MM" }, command);
  const inputFormat = str("input-format");
  if (inputFormat !== undefined && !["csv", "json", "ndjson"].includes(inputFormat)) {
    throw new UsageError(
      "cli_usage_bad_value",
      { flag: "--input-format", value: inputFormat, expected: "csv | json | ndjson" },
      command,
    );
  }
  const delimiter = str("delimiter");
  const csvDelimiter = str("csv-delimiter") ?? ",";
  for (const [flag, d] of [
    ["--delimiter", delimiter],
    ["--csv-delimiter", csvDelimiter],
  ] as const) {
    if (d !== undefined && ![",", ";", "\t", "tab"].includes(d))
      throw new UsageError("cli_usage_bad_value", { flag, value: d, expected: ", | ; | tab" }, command);
  }
  const args = sub === undefined ? spec?.args : spec?.subcommands?.[sub]?.args;
  if (args) checkArity(args, parsed.positionals, (locale as Locale | undefined) ?? "id", command);
  return {
    values: v,
    positionals: parsed.positionals,
    common: {
      format: format as OutputFormat | undefined,
      locale: (locale as Locale | undefined) ?? "id",
      asOf,
      month,
      jurisdiction: str("jurisdiction"),
      policyFile: str("policy"),
      output: str("output"),
      inputFormat: inputFormat as InputFormat | undefined,
      delimiter: delimiter === "tab" ? "\t" : delimiter,
      csvDelimiter: csvDelimiter === "tab" ? "\t" : csvDelimiter,
      bom: v.bom === true,
      quiet: v.quiet === true,
      help: v.help === true,
    },
  };
}

/**
 * The input a row command reads: its first positional, else standard input when something is piped in.
 * Throws {@link UsageError} when neither is given (an interactive terminal with no file).
 */
export function inputPath(io: CliIo, positionals: readonly string[], command: string): string {
  const path = positionals[0] ?? (io.stdin.isTTY === true ? undefined : "-");
  if (path === undefined) throw new UsageError("cli_usage_missing_input", {}, command);
  return path;
}

/** Today's date in Asia/Jakarta: the default `--as-of` (the command, unlike the library, may read the clock). */
export function todayInJakarta(): IsoDate {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Jakarta",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date());
}

/** The running command's shared state. */
export class Ctx {
  readonly stdout: Sink;
  readonly stderr: Sink;
  private closers: (() => Promise<void>)[] = [];

  constructor(
    readonly io: CliIo,
    readonly locale: Locale = "id",
  ) {
    this.stdout = new Sink(io.stdout);
    this.stderr = new Sink(io.stderr);
  }

  /** A message in the command's language. */
  t(code: MessageCode, params?: MessageParams): string {
    return formatMessage(code, params, this.locale);
  }

  /** The sink answers go to: `--output FILE` or stdout. */
  output(path: string | undefined): Sink {
    if (path === undefined || path === "-") return this.stdout;
    const { sink, close } = openOutputFile(this.io, path);
    this.closers.push(close);
    return sink;
  }

  /** The output format: the flag, else a table for a person at a terminal, else `fallback`. */
  format(flag: OutputFormat | undefined, outputPath: string | undefined, fallback: OutputFormat): OutputFormat {
    if (flag) return flag;
    if ((outputPath === undefined || outputPath === "-") && this.io.stdout.isTTY === true) return "table";
    return fallback;
  }

  /** Flushes stdout and stderr and closes output files. Every command calls it before returning. */
  async close(): Promise<void> {
    for (const close of this.closers.splice(0)) await close();
    await this.stdout.flush();
    await this.stderr.flush();
  }

  /** Writes an error with its issues to stderr in the command's language. */
  async reportError(error: MkdError): Promise<void> {
    await this.stderr.write(`mkd: ${error.localizedMessage(this.locale)}\n`);
    await this.stderr.flush();
  }
}

/** One-line text of an issue for tables and CSV: `path: message`. */
export function issueText(i: Issue, locale: Locale): string {
  // Messages about a CSV column already name it.
  const named = i.path.length === 1 && i.params.column === i.path[0];
  return i.path.length > 0 && !named ? `${formatPath(i.path)}: ${i.message[locale]}` : i.message[locale];
}

/** Every issue of an error, joined for one table cell. */
export function errorText(error: MkdError, locale: Locale): string {
  if (error.issues.length === 0) return error.localizedMessage(locale);
  return error.issues.map((i) => issueText(i, locale)).join("; ");
}

/** Reads and parses a JSON file, or throws {@link Unusable}. */
export function readJsonFile(io: CliIo, path: string): unknown {
  let text: string;
  try {
    text = readFileSync(resolvePath(io, path), "utf8");
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new Unusable(
      code === "ENOENT"
        ? new MkdError("cli_input_not_found", { path }, [], MESSAGE_DOMAINS)
        : new MkdError("cli_input_unreadable", { path, detail: code ?? String(error) }, [], MESSAGE_DOMAINS),
    );
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, "")) as unknown;
  } catch (error) {
    throw new Unusable(
      new MkdError("cli_json_unreadable", { detail: `${path}: ${(error as Error).message}` }, [], MESSAGE_DOMAINS),
    );
  }
}

/** A policy document from `--policy FILE`, validated (ceilings included), or {@link Unusable}. */
export function loadPolicyDocument(io: CliIo, path: string): unknown {
  const doc = readJsonFile(io, path);
  const { valid, issues } = validatePolicy(doc);
  if (!valid) throw new Unusable(new MkdError("invalid_policy", { count: issues.length }, issues));
  return doc;
}

/**
 * The policy in force on `asOf`: from `--policy FILE` (an overlay or a complete document) or
 * `--jurisdiction` (default `jabar`). Errors of resolution (no version in force) are {@link Unusable}.
 */
export function loadPolicy(io: CliIo, flags: CommonFlags, asOf: IsoDate, command: string): ResolvedPolicy {
  try {
    if (flags.policyFile !== undefined) {
      const doc = loadPolicyDocument(io, flags.policyFile);
      const id = (doc as { jurisdiction?: { id?: string } }).jurisdiction?.id;
      if (flags.jurisdiction !== undefined && flags.jurisdiction !== id)
        throw new UsageError(
          "cli_usage_conflict",
          { a: "--policy", b: `--jurisdiction ${flags.jurisdiction}` },
          command,
        );
      return resolvePolicy(doc, asOf);
    }
    return resolvePolicy(flags.jurisdiction ?? "jabar", asOf);
  } catch (error) {
    if (error instanceof UsageError || error instanceof Unusable) throw error;
    throw new Unusable(asMkdError(error));
  }
}
