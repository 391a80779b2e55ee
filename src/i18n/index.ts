/**
 * formatMessage and the message catalogue. Each capability declares its own codes in
 * `messages/<domain>.ts` with both languages; this file joins them. Codes are stable snake_case:
 * renaming one is a breaking change.
 */
import { interpolate, type Locale, type MessageParams } from "./define.js";
import { coreMessages } from "./messages/core.js";
import { policyMessages } from "./messages/policy.js";
import { calendarMessages } from "./messages/calendar.js";
import { eligibilityMessages } from "./messages/eligibility.js";
import { scheduleMessages } from "./messages/schedule.js";
import { scoringMessages } from "./messages/scoring.js";
import { cliMessages } from "./messages/cli.js";

export type { Locale, MessageParams } from "./define.js";

const domains = [
  coreMessages,
  policyMessages,
  calendarMessages,
  eligibilityMessages,
  scheduleMessages,
  scoringMessages,
  cliMessages,
] as const;

type Domain = (typeof domains)[number];
type KeysOf<D> = D extends { id: Record<infer K, string> } ? K : never;

/** Every stable message, reason and error code mkd-engine can produce. */
export type MessageCode = KeysOf<Domain>;

const catalog: Record<Locale, Record<string, string>> = { id: {}, en: {} };
for (const domain of domains) {
  Object.assign(catalog.id, domain.id);
  Object.assign(catalog.en, domain.en);
}

/**
 * Every message code, sorted; useful for documentation and for checking a translation table.
 *
 * @example
 * ```ts
 * MESSAGE_CODES.includes("unknown_jurisdiction"); // true
 * ```
 */
export const MESSAGE_CODES: readonly MessageCode[] = Object.keys(catalog.id).sort() as MessageCode[];

/** The codes each domain declares (for duplicate checks in tests). */
export const MESSAGE_DOMAINS: readonly (readonly string[])[] = domains.map((d) => Object.keys(d.id));

/**
 * The text of a message code in Indonesian (default) or English, with `{param}` placeholders filled.
 *
 * @example
 * ```ts
 * formatMessage("input_too_small", { minimum: 1 }, "en"); // "Value too small: at least 1."
 * formatMessage("input_too_small", { minimum: 1 });       // "Nilai terlalu kecil: minimal 1."
 * ```
 */
export function formatMessage(code: MessageCode, params?: MessageParams, locale: Locale = "id"): string {
  const template = catalog[locale][code] ?? catalog.id[code];
  return template === undefined
    ? code
    : interpolate(template, params, template === catalog[locale][code] ? locale : "id");
}
