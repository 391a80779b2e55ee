/**
 * The `mkd` command as a function: `run(argv, io)` returns the exit code. `main.ts` calls it with the
 * process streams; tests call it with memory streams (fast, in-process).
 */
import { asMkdError, MkdError } from "../core/errors.js";
import { formatMessage, type Locale } from "../i18n/index.js";
import { policyCommand } from "./commands/policy.js";
import { Unusable, UsageError } from "./context.js";
import { helpText, HELP_TOPICS } from "./help.js";
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

function localeOf(argv: readonly string[]): Locale {
  const i = argv.findIndex((a) => a === "--locale" || a === "-l" || a.startsWith("--locale="));
  if (i < 0) return "id";
  const v = argv[i]!.includes("=") ? argv[i]!.split("=")[1] : argv[i + 1];
  return v === "en" ? "en" : "id";
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
  const locale = localeOf(argv);
  const stderr = new Sink(io.stderr);
  const stdout = new Sink(io.stdout);
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === "help" || command === "--help" || command === "-h") {
      const topic = command === "help" ? rest.find((a) => !a.startsWith("-")) : undefined;
      await stdout.write(helpText(topic, locale));
      return EXIT.ok;
    }
    if (command === "--version" || command === "-v") {
      await stdout.write(`mkd-engine ${version}\n`);
      return EXIT.ok;
    }
    const load = COMMANDS[command];
    if (!load) throw new UsageError("cli_usage_unknown_command", { command });
    if (rest.includes("--help") || rest.includes("-h")) {
      await stdout.write(helpText(HELP_TOPICS.includes(command) ? command : undefined, locale));
      return EXIT.ok;
    }
    return await (await load())(io, rest);
  } catch (error) {
    if (error instanceof UsageError) {
      await stderr.write(`mkd: ${formatMessage(error.code, error.params, locale)}\n`);
      await stderr.write(locale === "id" ? `Lihat \`mkd help${error.command ? ` ${error.command}` : ""}\`.\n` : `See \`mkd help${error.command ? ` ${error.command}` : ""}\`.\n`);
      return EXIT.usage;
    }
    if (error instanceof OutputFailed) {
      await stderr.write(`mkd: ${formatMessage("cli_output_failed", { path: error.path, reason: error.reason }, locale)}\n`);
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
    await stderr.write(`mkd: ${wrapped.localizedMessage(locale)}\n${error instanceof Error && error.stack ? `${error.stack}\n` : ""}`);
    return EXIT.unusable;
  } finally {
    await stdout.flush();
    await stderr.flush();
  }
}
