/**
 * The `mkd` command as a function: `run(argv, io)` returns the exit code. `main.ts` calls it with the
 * process streams; tests call it with memory streams (fast, in-process).
 */
import { asMkdError, MkdError } from "../core/errors.js";
import { formatMessage, type Locale } from "../i18n/index.js";
import { policyCommand } from "./commands/policy.js";
import { parseFlags, Unusable, UsageError } from "./context.js";
import { helpText, HELP_TOPICS } from "./help.js";
import { splitCommand } from "./options.js";
import { InputUnusable } from "./input.js";
import { EXIT, OutputFailed, Sink, type CliIo, type ExitCode } from "./io.js";
// The bundler inlines only this field, so `mkd --version` cannot drift from the package.
import { version } from "../../package.json";

type Command = (io: CliIo, argv: readonly string[]) => Promise<ExitCode>;

/** Subcommands; each module is loaded when used so `mkd help` stays instant. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  policy: async () => policyCommand,
  eligibility: async () => (await import("./commands/eligibility.js")).eligibilityCommand,
  schedule: async () => (await import("./commands/schedule.js")).scheduleCommand,
  calendar: async () => (await import("./commands/schedule.js")).calendarCommand,
  score: async () => (await import("./commands/score.js")).scoreCommand,
  warn: async () => (await import("./commands/score.js")).warnCommand,
  demo: async () => (await import("./commands/demo.js")).demoCommand,
};

/**
 * A locale from a POSIX locale name (`en_US.UTF-8` -> en, `id_ID` -> id, `in_ID` the old code for
 * Indonesian); undefined for a language mkd does not speak.
 */
function localeOfPosix(name: string): Locale | undefined {
  const lang = name.split(/[_.@]/)[0]!.toLowerCase();
  return lang === "en" ? "en" : lang === "id" || lang === "in" ? "id" : undefined;
}

/**
 * The language: `--locale` (anywhere on the line), else the environment as POSIX orders it (the first
 * set of LC_ALL, LC_MESSAGES, LANG decides), else Indonesian. A flag value that is not id|en is left
 * to the parser to reject.
 */
export function resolveLocale(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Locale {
  const end = argv.indexOf("--");
  const args = end < 0 ? argv : argv.slice(0, end);
  for (let i = args.length - 1; i >= 0; i--) {
    const a = args[i]!;
    const v = a.startsWith("--locale=")
      ? a.slice("--locale=".length)
      : a === "--locale" || a === "-l"
        ? args[i + 1]
        : undefined;
    if (v === "en" || v === "id") return v;
  }
  for (const name of ["LC_ALL", "LC_MESSAGES", "LANG"]) {
    const value = env[name];
    if (value !== undefined && value !== "") return localeOfPosix(value) ?? "id";
  }
  return "id";
}

/** Whether a boolean global flag is on the line (before any `--`). */
function hasFlag(argv: readonly string[], long: string, short: string): boolean {
  const end = argv.indexOf("--");
  return (end < 0 ? argv : argv.slice(0, end)).some((a) => a === long || a === short);
}

/**
 * Runs `mkd` with the given arguments (without `node` and the script name) and returns the exit code
 * (0 ok, 1 some rows invalid, 2 usage error, 3 input or policy unusable, 4 no schedule exists).
 *
 * @example
 * ```ts
 * const code = await run(["policy", "show", "--jurisdiction", "jabar", "--as-of", "2026-02-05"], io);
 * ```
 */
export async function run(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const locale = resolveLocale(argv, io.env);
  const stderr = new Sink(io.stderr);
  const stdout = new Sink(io.stdout);
  // Global flags may come anywhere: the command is the first positional, whatever flags precede it.
  const { command, rest } = splitCommand(argv);
  try {
    if (command === "help") {
      await stdout.write(helpText(splitCommand(rest).command, locale));
      return EXIT.ok;
    }
    if (command !== undefined && !COMMANDS[command]) throw new UsageError("cli_usage_unknown_command", { command });
    // Without a command, only the common flags parse (`mkd --frobnicate` is a usage error, not the help).
    if (command === undefined) parseFlags("", rest);
    if (hasFlag(argv, "--version", "-v") && !hasFlag(argv, "--help", "-h")) {
      await stdout.write(`mkd-engine ${version}\n`);
      return EXIT.ok;
    }
    if (command === undefined || hasFlag(argv, "--help", "-h")) {
      await stdout.write(
        helpText(command !== undefined && HELP_TOPICS.includes(command) ? command : undefined, locale),
      );
      return EXIT.ok;
    }
    const load = COMMANDS[command];
    if (!load) throw new UsageError("cli_usage_unknown_command", { command });
    // The command's parser sees the resolved language (from LANG/LC_ALL when no --locale was given).
    const explicit = rest.some((a) => a === "--locale" || a === "-l" || a.startsWith("--locale="));
    return await (await load())(io, explicit ? rest : ["--locale", locale, ...rest]);
  } catch (error) {
    if (error instanceof UsageError) {
      await stderr.write(`mkd: ${formatMessage(error.code, error.params, locale)}\n`);
      await stderr.write(
        locale === "id"
          ? `Lihat \`mkd help${error.command ? ` ${error.command}` : ""}\`.\n`
          : `See \`mkd help${error.command ? ` ${error.command}` : ""}\`.\n`,
      );
      return EXIT.usage;
    }
    if (error instanceof OutputFailed) {
      await stderr.write(
        `mkd: ${formatMessage("cli_output_failed", { path: error.path, reason: error.reason }, locale)}\n`,
      );
      return EXIT.outputFailed;
    }
    if (error instanceof Unusable || error instanceof InputUnusable) {
      await stderr.write(`mkd: ${error.error.localizedMessage(locale)}\n`);
      return EXIT.unusable;
    }
    if (error instanceof MkdError) {
      await stderr.write(`mkd: ${error.localizedMessage(locale)}\n`);
      return EXIT.unusable;
    }
    const wrapped = asMkdError(error);
    await stderr.write(
      `mkd: ${wrapped.localizedMessage(locale)}\n${error instanceof Error && error.stack ? `${error.stack}\n` : ""}`,
    );
    return EXIT.unusable;
  } finally {
    await stdout.flush();
    await stderr.flush();
  }
}
