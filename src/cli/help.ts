/**
 * `mkd help [command]`: usage text in Indonesian (default) or English, generated from the command table the parser
 * uses (src/cli/options.ts): usage lines from each command's arguments and flags, the command list from their
 * summaries, the flag lists from the option tables. The full reference with CSV headers and exit codes is
 * docs/en/cli.md and docs/id/cli.md, linked by absolute URL since docs/ is not in the package.
 */
import type { Locale } from "../i18n/index.js";
import { type CliHelpCode, helpMessage } from "../i18n/messages/cli-help.js";
// The bundler inlines only this field.
import { homepage } from "../../package.json";
import {
  COMMANDS,
  COMMON_OPTION_SPECS,
  type ArgSpec,
  type CommandSpec,
  type OptionTable,
  type UsageFlag,
} from "./options.js";

/** The flags shown in the overview: those `run` reads before any command loads. */
const GLOBAL = ["locale", "help", "version"] as const;

/** Usage lines wrap before this width. */
const WIDTH = 118;

/** Names of commands with their own help. */
export const HELP_TOPICS = Object.keys(COMMANDS);

/** The CLI guide in a language, by absolute URL (the package ships no docs/). */
function docsUrl(locale: Locale): string {
  return `${homepage.replace(/#.*$/, "")}/blob/main/docs/${locale}/cli.md`;
}

/** Help lines of a table: `  -f, --format VALUE   description`, aligned. */
function optionLines(table: OptionTable, locale: Locale): string[] {
  const heads = Object.entries(table).map(
    ([name, s]) => `  ${s.short ? `-${s.short}, ` : "    "}--${name}${s.value ? ` ${s.value[locale]}` : ""}`,
  );
  const width = Math.max(...heads.map((h) => h.length)) + 3;
  return Object.values(table).map((s, i) => `${heads[i]!.padEnd(width)}${helpMessage(s.help, {}, locale)}`);
}

function argText(arg: ArgSpec, locale: Locale): string {
  const name = arg.name[locale];
  return arg.kind === "optional" ? `[${name}]` : arg.kind === "repeated" ? `${name} [${name}...]` : name;
}

/** One flag as the usage line shows it, from its spec (so an unknown name fails loudly, here and in tests). */
function flagText(name: string, own: OptionTable, locale: Locale): string {
  const spec = own[name] ?? (COMMON_OPTION_SPECS as OptionTable)[name];
  if (!spec) throw new Error(`mkd help: the usage line names --${name}, which no option table declares`);
  return `--${name}${spec.value ? ` ${spec.value[locale]}` : ""}`;
}

function usageFlagText(flag: UsageFlag, own: OptionTable, locale: Locale): string {
  if (typeof flag === "string") return `[${flagText(flag, own, locale)}]`;
  if ("required" in flag) return flagText(flag.required, own, locale);
  return `[${flag.oneOf.map((f) => flagText(f, own, locale)).join(" | ")}]`;
}

/** `mkd <words> <args> <flags>`, wrapped at {@link WIDTH} with continuation lines under the first argument. */
function usageLine(words: string, spec: CommandSpec, own: OptionTable, locale: Locale, indent: number): string {
  const head = `mkd ${words}`;
  const parts = [...spec.args.map((a) => argText(a, locale)), ...spec.usage.map((f) => usageFlagText(f, own, locale))];
  const lines: string[] = [];
  let line = head;
  for (const part of parts) {
    if (line.length + 1 + part.length + indent > WIDTH && line !== head && line.trim() !== "") {
      lines.push(line);
      line = " ".repeat(head.length);
    }
    line += ` ${part}`;
  }
  lines.push(line);
  return lines.join(`\n${" ".repeat(indent)}`);
}

/** The command list of the overview: name, arguments and required flags, then the summary. */
function commandList(locale: Locale): string[] {
  const heads = Object.entries(COMMANDS).map(([name, c]) => {
    if (c.subcommands) return `  ${name} ${Object.keys(c.subcommands).join("|")}`;
    const required = c.usage.flatMap((f) =>
      typeof f === "object" && "required" in f ? [flagText(f.required, c.options, locale)] : [],
    );
    return [`  ${name}`, ...c.args.map((a) => argText(a, locale)), ...required].join(" ");
  });
  const width = Math.max(...heads.map((h) => h.length)) + 2;
  return Object.values(COMMANDS).map((c, i) => `${heads[i]!.padEnd(width)}${helpMessage(c.summary, {}, locale)}`);
}

/**
 * Help text of a command (or the overview), generated from the command table the parser uses: usage lines, flags
 * and the common ones (so every flag and argument listed parses), the exit codes and the guide's URL.
 *
 * @example
 * ```ts
 * helpText("schedule", "en"); // "Usage: mkd schedule FILE|- --month YYYY-MM [--unit-id ID] ...\n\nFlags of mkd schedule: ..."
 * ```
 */
export function helpText(topic: string | undefined, locale: Locale): string {
  const m = (code: CliHelpCode, params = {}) => helpMessage(code, params, locale);
  const usage = m("cli_help_usage");
  const spec = topic === undefined ? undefined : COMMANDS[topic];
  const parts: string[] = [];
  if (topic === undefined || spec === undefined) {
    parts.push(m("cli_help_title"), `${usage} ${m("cli_help_overview_usage")}`);
    parts.push(`${m("cli_help_commands")}\n${commandList(locale).join("\n")}`);
    parts.push(m("cli_help_file"));
    const globals = Object.fromEntries(GLOBAL.map((name) => [name, COMMON_OPTION_SPECS[name]]));
    parts.push(`${m("cli_help_flags_global")}\n${optionLines(globals, locale).join("\n")}`);
  } else {
    const indent = usage.length + 1;
    if (spec.subcommands) {
      const lines = Object.entries(spec.subcommands).map(
        ([sub, s]) =>
          `${usageLine(`${topic} ${sub}`, s, spec.options, locale, indent)}\n${" ".repeat(indent + 4)}${m(s.summary).replace(/\n/g, `\n${" ".repeat(indent + 4)}`)}`,
      );
      parts.push(`${usage} ${lines.join(`\n${" ".repeat(indent)}`)}`);
    } else {
      parts.push(`${usage} ${usageLine(topic, spec, spec.options, locale, indent)}`);
    }
    if (spec.about) parts.push(m(spec.about, { url: docsUrl(locale) }));
    if (Object.keys(spec.options).length > 0)
      parts.push(`${m("cli_help_flags_own", { command: topic })}\n${optionLines(spec.options, locale).join("\n")}`);
    parts.push(`${m("cli_help_flags_common")}\n${optionLines(COMMON_OPTION_SPECS, locale).join("\n")}`);
  }
  parts.push(m("cli_help_exits"), m("cli_help_docs", { url: docsUrl(locale) }));
  return `${parts.join("\n\n")}\n`;
}
