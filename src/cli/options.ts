/**
 * The one table of `mkd` commands and flags: the parser (`parseFlags`, `splitCommand`), the arity check of
 * positional arguments and the help text (usage lines, command list, flag lists) are all generated from it, so the
 * help cannot list a flag or an argument that does not parse (issue 11 item 7). Descriptions are codes of the help
 * catalogue (src/i18n/messages/cli-help.ts), in Indonesian and English.
 */
import type { ParseArgsConfig } from "node:util";
import type { Locale } from "../i18n/index.js";
import type { CliHelpCode } from "../i18n/messages/cli-help.js";

/** One flag: how it parses and how the help describes it. */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly short?: string;
  readonly multiple?: boolean;
  /** Placeholder of the value in the help (string flags only). */
  readonly value?: Readonly<Record<Locale, string>>;
  /** Its description in the help. */
  readonly help: CliHelpCode;
}

/** A command's flags by long name. */
export type OptionTable = Readonly<Record<string, OptionSpec>>;

/**
 * One positional argument. `required` (the default) must be given; `stdin` may be left out when stdin is not a
 * terminal (the command then reads it); `optional` may be left out; `repeated` is one or more.
 */
export interface ArgSpec {
  /** Placeholder in the usage line and in a "missing argument" error. */
  readonly name: Readonly<Record<Locale, string>>;
  readonly kind?: "required" | "stdin" | "optional" | "repeated";
}

/** A flag on a usage line: optional (`[--as-of DATE]`), required, or one of several (`[--jurisdiction ID | --policy FILE]`). */
export type UsageFlag = string | { readonly required: string } | { readonly oneOf: readonly string[] };

/** One command (or a subcommand of `mkd policy`). */
export interface CommandSpec {
  /** Its line in the command list of the overview. */
  readonly summary: CliHelpCode;
  /** The text under its usage line. */
  readonly about?: CliHelpCode;
  /** Positional arguments, in order. */
  readonly args: readonly ArgSpec[];
  /** Its own flags (the common ones come on top). */
  readonly options: OptionTable;
  /** The flags its usage line shows, own or common (all common flags are accepted anyway). */
  readonly usage: readonly UsageFlag[];
  /** Subcommands (`mkd policy show`, ...): each has its own arguments and usage line. */
  readonly subcommands?: Readonly<Record<string, CommandSpec>>;
}

const same = (s: string): Record<Locale, string> => ({ id: s, en: s });
const FILE = { en: "FILE", id: "BERKAS" };

/**
 * Flags every command accepts, anywhere on the line (before or after the command). `locale`, `help` and
 * `version` are also read by `run` before any command loads.
 */
export const COMMON_OPTION_SPECS = {
  format: { type: "string", short: "f", value: same("table|json|ndjson|csv"), help: "cli_help_flag_format" },
  output: { type: "string", short: "o", value: FILE, help: "cli_help_flag_output" },
  locale: { type: "string", short: "l", value: same("id|en"), help: "cli_help_flag_locale" },
  jurisdiction: { type: "string", short: "j", value: same("ID"), help: "cli_help_flag_jurisdiction" },
  policy: { type: "string", short: "p", value: FILE, help: "cli_help_flag_policy" },
  "as-of": { type: "string", value: same("YYYY-MM-DD"), help: "cli_help_flag_as_of" },
  month: { type: "string", short: "m", value: same("YYYY-MM"), help: "cli_help_flag_month" },
  "input-format": { type: "string", value: same("csv|json|ndjson"), help: "cli_help_flag_input_format" },
  delimiter: { type: "string", value: same(",|;|tab"), help: "cli_help_flag_delimiter" },
  "csv-delimiter": { type: "string", value: same(",|;|tab"), help: "cli_help_flag_csv_delimiter" },
  bom: { type: "boolean", help: "cli_help_flag_bom" },
  quiet: { type: "boolean", short: "q", help: "cli_help_flag_quiet" },
  help: { type: "boolean", short: "h", help: "cli_help_flag_help" },
  version: { type: "boolean", short: "v", help: "cli_help_flag_version" },
} as const satisfies OptionTable;

/** Flags of `mkd schedule` and `mkd calendar` besides the common ones. */
const SCHEDULE_OPTION_SPECS = {
  "unit-id": { type: "string", value: same("ID"), help: "cli_help_flag_unit_id" },
  "unit-name": { type: "string", value: { en: "NAME", id: "NAMA" }, help: "cli_help_flag_unit_name" },
  "unit-kind": { type: "string", value: same("general|direct_public_service"), help: "cli_help_flag_unit_kind" },
  "min-on-site": { type: "string", value: same("N"), help: "cli_help_flag_min_on_site" },
  "min-on-site-share": { type: "string", value: same("0..1"), help: "cli_help_flag_min_on_site_share" },
  "role-min": { type: "string", multiple: true, value: same("ROLE=N"), help: "cli_help_flag_role_min" },
  seats: { type: "string", value: same("N"), help: "cli_help_flag_seats" },
  anchor: { type: "string", multiple: true, value: same("monday,..."), help: "cli_help_flag_anchor" },
  "request-collective": {
    type: "string",
    multiple: true,
    value: same("friday,..."),
    help: "cli_help_flag_request_collective",
  },
  out: { type: "string", value: same("DIR"), help: "cli_help_flag_calendar_out" },
} as const satisfies OptionTable;

/** The schedule flags on a usage line (all optional). */
const SCHEDULE_USAGE: readonly UsageFlag[] = [
  "unit-id",
  "unit-name",
  "unit-kind",
  "min-on-site",
  "min-on-site-share",
  "role-min",
  "seats",
  "anchor",
  "request-collective",
];

const INPUT: ArgSpec = { name: { en: "FILE|-", id: "BERKAS|-" }, kind: "stdin" };
const POLICY_SOURCE: UsageFlag = { oneOf: ["jurisdiction", "policy"] };

/**
 * Every command: its arguments, its own flags and what its help says. `run` dispatches on these names, and
 * `parseFlags` parses and checks each command's line against its entry.
 */
export const COMMANDS: Readonly<Record<string, CommandSpec>> = {
  eligibility: {
    summary: "cli_help_eligibility_summary",
    about: "cli_help_eligibility_about",
    args: [INPUT],
    options: {},
    usage: ["as-of", POLICY_SOURCE, "format"],
  },
  schedule: {
    summary: "cli_help_schedule_summary",
    about: "cli_help_schedule_about",
    args: [INPUT],
    options: SCHEDULE_OPTION_SPECS,
    usage: [{ required: "month" }, ...SCHEDULE_USAGE, "format"],
  },
  calendar: {
    summary: "cli_help_calendar_summary",
    about: "cli_help_calendar_about",
    args: [INPUT],
    options: SCHEDULE_OPTION_SPECS,
    usage: [{ required: "month" }, { required: "out" }, ...SCHEDULE_USAGE],
  },
  score: {
    summary: "cli_help_score_summary",
    about: "cli_help_score_about",
    args: [INPUT],
    options: {},
    usage: [POLICY_SOURCE, "format"],
  },
  warn: {
    summary: "cli_help_warn_summary",
    about: "cli_help_warn_about",
    args: [INPUT],
    options: {},
    usage: [POLICY_SOURCE, "format"],
  },
  policy: {
    summary: "cli_help_policy_summary",
    args: [],
    options: {},
    usage: [],
    subcommands: {
      show: { summary: "cli_help_policy_show", args: [], options: {}, usage: [POLICY_SOURCE, "as-of"] },
      validate: {
        summary: "cli_help_policy_validate",
        args: [{ name: FILE, kind: "repeated" }],
        options: {},
        usage: [],
      },
      schema: { summary: "cli_help_policy_schema", args: [], options: {}, usage: [] },
      diff: {
        summary: "cli_help_policy_diff",
        args: [{ name: same("A") }, { name: same("B") }],
        options: {},
        usage: ["as-of"],
      },
      status: {
        summary: "cli_help_policy_status",
        args: [{ name: { en: "JURISDICTION", id: "YURISDIKSI" }, kind: "optional" }],
        options: {},
        usage: [],
      },
      test: {
        summary: "cli_help_policy_test",
        args: [{ name: same("OVERLAY.json") }, { name: { en: "CASES.json", id: "KASUS.json" }, kind: "optional" }],
        options: {},
        usage: [],
      },
    },
  },
  demo: {
    summary: "cli_help_demo_summary",
    about: "cli_help_demo_about",
    args: [],
    options: {
      out: { type: "string", value: same("DIR"), help: "cli_help_flag_demo_out" },
      data: { type: "string", value: same("DIR"), help: "cli_help_flag_demo_data" },
    },
    usage: ["out", "data", "locale"],
  },
  help: {
    summary: "cli_help_help_summary",
    args: [{ name: { en: "COMMAND", id: "PERINTAH" }, kind: "optional" }],
    options: {},
    usage: [],
  },
};

/** The `node:util` parseArgs options of a table. */
export function parseArgsOptions(table: OptionTable): NonNullable<ParseArgsConfig["options"]> {
  const out: NonNullable<ParseArgsConfig["options"]> = {};
  for (const [name, s] of Object.entries(table)) {
    out[name] = { type: s.type, ...(s.short ? { short: s.short } : {}), ...(s.multiple ? { multiple: true } : {}) };
  }
  return out;
}

/** Every flag of every command: which take a value, by `--long` and `-s` spelling. */
function valueFlags(): Set<string> {
  const out = new Set<string>();
  for (const table of [COMMON_OPTION_SPECS, ...Object.values(COMMANDS).map((c) => c.options)] as OptionTable[]) {
    for (const [name, s] of Object.entries(table)) {
      if (s.type !== "string") continue;
      out.add(`--${name}`);
      if (s.short) out.add(`-${s.short}`);
    }
  }
  return out;
}

/**
 * Splits argv into the command (its first positional, skipping flags and their values wherever they are)
 * and the rest in order, so `mkd --locale en eligibility f.csv` means `mkd eligibility --locale en f.csv`.
 *
 * @example
 * ```ts
 * splitCommand(["--locale", "en", "policy", "show"]); // { command: "policy", rest: ["--locale", "en", "show"] }
 * ```
 */
export function splitCommand(argv: readonly string[]): { command: string | undefined; rest: string[] } {
  const takesValue = valueFlags();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") {
      const j = i + 1;
      return j < argv.length
        ? { command: argv[j], rest: [...argv.slice(0, i + 1), ...argv.slice(j + 1)] }
        : { command: undefined, rest: [...argv] };
    }
    if (a === "-" || !a.startsWith("-")) return { command: a, rest: [...argv.slice(0, i), ...argv.slice(i + 1)] };
    if (!a.includes("=") && takesValue.has(a)) i++;
  }
  return { command: undefined, rest: [...argv] };
}
