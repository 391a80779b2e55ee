import type { Catalogue, MessageValue, NoParams } from "../define.js";
import { messages as en } from "../locales/en/calendar.js";
import { messages as id } from "../locales/id/calendar.js";

/**
 * Messages of the calendar capability: reason codes, findings and errors.
 *
 * Each code is declared here once, with the parameters its message takes; each language's texts live in
 * `locales/<language>/calendar.ts`, which must cover exactly these codes (a `satisfies` check).
 */
export interface CalendarParams {
  calendar_year_unavailable: { year: MessageValue; available: MessageValue };
  calendar_invalid_period: NoParams;
  calendar_period_reversed: { from: MessageValue; to: MessageValue };
  calendar_period_too_long: { days: MessageValue; maximum: MessageValue };
  calendar_invalid_options: { count: number };
  calendar_holiday_duplicate: { date: MessageValue; kind: MessageValue; first: MessageValue };
  calendar_ramadan_reversed: { from: MessageValue; to: MessageValue };
  calendar_unknown_source: { id: MessageValue };
  calendar_invalid_policy: NoParams;
  calendar_ramadan_unknown: { year: MessageValue };
  calendar_period_outside_policy: {
    from: MessageValue;
    to: MessageValue;
    jurisdiction: MessageValue;
    version: MessageValue;
    effectiveFrom: MessageValue;
    effectiveUntil: MessageValue;
  };
  calendar_ramadan_estimated: { year: MessageValue; from: MessageValue; to: MessageValue };
  calendar_estimated_year: { year: MessageValue };
}

/** The calendar messages in both languages. */
export const calendarMessages: Catalogue<CalendarParams> = { id, en };
