/**
 * The messages every capability can render without being told where a code is declared: the codes of the
 * layers below the capabilities (core, policy, calendar) and of eligibility, whose facts the policy layer
 * validates. A capability that emits its own codes (schedule, scoring, the CLI, the validation of a policy
 * document: `policy-checks`) renders them with its own catalogue first, so a bundle carries only the tables
 * of the domains whose codes it can emit: the generic `formatMessage` (which reaches every domain) is for
 * callers, never for the library's own renderers.
 */
import { type AnyCatalogue, type Bilingual, bilingual, type Locale, type MessageParams, renderFrom } from "./define.js";
import { type CalendarParams, calendarMessages } from "./messages/calendar.js";
import { type CoreParams, coreMessages } from "./messages/core.js";
import { type EligibilityParams, eligibilityMessages } from "./messages/eligibility.js";
import { type PolicyParams, policyMessages } from "./messages/policy.js";

/** The shared catalogues, eligibility first (its reasons are the most rendered). */
export const SHARED_MESSAGES: readonly AnyCatalogue[] = [
  eligibilityMessages,
  coreMessages,
  policyMessages,
  calendarMessages,
];

/** A code the shared catalogues declare. */
export type SharedCode = keyof (CoreParams & PolicyParams & CalendarParams & EligibilityParams) & string;

/**
 * The shared catalogues, after a capability's own (one catalogue or several) when given.
 *
 * @example
 * ```ts
 * renderFrom(withShared(scheduleMessages), "roster_unknown_member", { id: "ani" }, "en");
 * ```
 */
export function withShared(messages: AnyCatalogue | readonly AnyCatalogue[] | undefined): readonly AnyCatalogue[] {
  if (messages === undefined) return SHARED_MESSAGES;
  return Array.isArray(messages) ? [...messages, ...SHARED_MESSAGES] : [messages as AnyCatalogue, ...SHARED_MESSAGES];
}

/**
 * The text of a shared code in `locale`.
 *
 * @example
 * ```ts
 * renderShared("eligibility_limited_by_cap", { days: 2 }, "en"); // "Limited by the policy cap: at most 2 flexible days a week."
 * ```
 */
export function renderShared(code: SharedCode, params: MessageParams | undefined, locale: Locale): string {
  return renderFrom(SHARED_MESSAGES, code, params, locale);
}

/**
 * A shared code's message in both languages, each rendered when it is read.
 *
 * @example
 * ```ts
 * sharedBilingual("calendar_estimated_year", { year: 2031 }).en;
 * ```
 */
export function sharedBilingual(code: SharedCode, params: MessageParams): Bilingual {
  return bilingual(SHARED_MESSAGES, code, params);
}
