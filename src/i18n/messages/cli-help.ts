import { interpolate, type Locale, type MessageParams } from "../define.js";
import { messages as en } from "../locales/en/cli-help.js";
import { messages as id } from "../locales/id/cli-help.js";

/**
 * The text of `mkd help`: each command's summary and description, and each flag's description, by the code the
 * command table (src/cli/options.ts) names; usage lines and flag lists are generated from that table. Each
 * language's texts are their own module (`locales/id/cli-help.ts`, `locales/en/cli-help.ts`); the codes are the
 * Indonesian table's, and the English table must name exactly them (a `satisfies` check on its literal). Only the
 * CLI reads these, so they are not joined into the library's catalogue (`formatMessage`, `MESSAGE_CODES`): a
 * browser bundle of the library carries none of them (11.4 kB minified, 3.3 kB gzipped when they were joined,
 * measured with scripts/size.mjs on 2026-12-01).
 */
export const cliHelpMessages = { id, en } as const satisfies Readonly<
  Record<Locale, Readonly<Record<keyof typeof id, string>>>
>;

/** A code of the help text. */
export type CliHelpCode = keyof typeof id;

/**
 * The help text of a code in a language, with `{param}` placeholders filled.
 *
 * @example
 * ```ts
 * helpMessage("cli_help_flags_own", { command: "schedule" }, "en"); // "Flags of mkd schedule:"
 * ```
 */
export function helpMessage(code: CliHelpCode, params: MessageParams, locale: Locale): string {
  return interpolate(cliHelpMessages[locale][code], params, locale);
}
