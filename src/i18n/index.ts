/**
 * formatMessage and the message catalogue. Each capability declares its codes and their parameters once in
 * `messages/<domain>.ts`; each language's texts are their own modules (`locales/id/<domain>.ts`,
 * `locales/en/<domain>.ts`). This file joins every domain for the public `formatMessage`: the library's own
 * renderers import only the catalogues of the domains whose codes they emit (see `renderFrom`), so a bundle
 * that never calls `formatMessage` carries only those. Codes are stable snake_case: renaming one is a breaking
 * change.
 */
import { type AnyCatalogue, type Locale, type MessageParams, type NoParams, renderFrom } from "./define.js";
import { type CalendarParams, calendarMessages } from "./messages/calendar.js";
import { type CliParams, cliMessages } from "./messages/cli.js";
import { type CoreParams, coreMessages } from "./messages/core.js";
import { type EligibilityParams, eligibilityMessages } from "./messages/eligibility.js";
import { type PolicyParams, policyMessages } from "./messages/policy.js";
import { type PolicyCheckParams, policyCheckMessages } from "./messages/policy-checks.js";
import { type ScheduleParams, scheduleMessages } from "./messages/schedule.js";
import { type ScoringParams, scoringMessages } from "./messages/scoring.js";

export type { Locale, MessageParams } from "./define.js";

/**
 * Every code with the parameters its message takes. An interface extending each domain's declaration: a code
 * declared by two domains with different parameters fails to compile (the test checks for any duplicate).
 */
export interface MessageParamsByCode
  extends CoreParams,
    PolicyParams,
    PolicyCheckParams,
    CalendarParams,
    EligibilityParams,
    ScheduleParams,
    ScoringParams,
    CliParams {}

/** Every stable message, reason and error code mkd-engine can produce. */
export type MessageCode = keyof MessageParamsByCode & string;

const DOMAINS: readonly AnyCatalogue[] = [
  coreMessages,
  policyMessages,
  policyCheckMessages,
  calendarMessages,
  eligibilityMessages,
  scheduleMessages,
  scoringMessages,
  cliMessages,
];

/** Every domain's codes, sorted (a function so that an unused MESSAGE_CODES leaves the tables out). */
function sortedCodes(domains: readonly AnyCatalogue[]): MessageCode[] {
  return domains.flatMap((d) => Object.keys(d.id)).sort() as MessageCode[];
}

/**
 * Every message code, sorted; useful for documentation and for checking a translation table.
 *
 * @example
 * ```ts
 * MESSAGE_CODES.includes("unknown_jurisdiction"); // true
 * ```
 */
export const MESSAGE_CODES: readonly MessageCode[] = /* @__PURE__ */ sortedCodes(DOMAINS);

/**
 * @internal Each domain's catalogue (for the duplicate and placeholder checks in tests).
 *
 * @example
 * ```ts
 * MESSAGE_DOMAINS.map((d) => Object.keys(d.id).length);
 * ```
 */
export const MESSAGE_DOMAINS: readonly AnyCatalogue[] = DOMAINS;

type IsUnion<T, U = T> = T extends unknown ? ([U] extends [T] ? false : true) : never;

/**
 * What `formatMessage` takes after the code: for one known code, its declared parameters (optional when it
 * has none); for a code only known as some `MessageCode` (a decision's `reasons[].code`), any parameters.
 */
export type FormatMessageArgs<C extends MessageCode> =
  true extends IsUnion<C>
    ? [params?: MessageParams, locale?: Locale]
    : MessageParamsByCode[C] extends NoParams
      ? [params?: MessageParamsByCode[C], locale?: Locale]
      : [params: MessageParamsByCode[C], locale?: Locale];

/**
 * The text of a message code in Indonesian (default) or English, with `{param}` placeholders filled. The
 * parameters are checked per code: a missing or misspelt one does not compile.
 *
 * @example
 * ```ts
 * formatMessage("input_too_small", { minimum: 1 }, "en"); // "Value too small: at least 1."
 * formatMessage("input_too_small", { minimum: 1 });       // "Nilai terlalu kecil: minimal 1."
 * ```
 */
export function formatMessage<C extends MessageCode>(
  code: C,
  ...[params, locale = "id"]: FormatMessageArgs<C>
): string {
  return renderFrom(DOMAINS, code, params, locale);
}
