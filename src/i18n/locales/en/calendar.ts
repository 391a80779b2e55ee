import type { Templates } from "../../define.js";
import type { CalendarParams } from "../../messages/calendar.js";

/** The calendar messages in English. */
export const messages = {
  calendar_year_unavailable:
    "No official national holiday and cuti bersama table for {year} yet (available: {available}). Pass that year's holidays in the holidays option, or set allowEstimates: true to use only the fixed-date holidays (1 Jan, 1 May, 1 Jun, 17 Aug, 25 Dec), marked as estimates.",
  calendar_invalid_period: "Invalid period: use a month YYYY-MM or { from: YYYY-MM-DD, to: YYYY-MM-DD }.",
  calendar_period_reversed: "Reversed period: the start {from} is after the end {to}.",
  calendar_period_too_long: "Period too long: {days} days, at most {maximum}.",
  calendar_invalid_options: "Invalid calendar options: {count:problem|problems} found.",
  calendar_holiday_duplicate: "The date {date} is already listed with kind {kind} at entry {first}.",
  calendar_ramadan_reversed: "Ramadan starts {from}, after its end {to}.",
  calendar_unknown_source: "Unknown source {id}: list its legal basis in the sources option.",
  calendar_invalid_policy: "Invalid policy for a calendar: pass the result of resolvePolicy().",
  calendar_ramadan_unknown:
    "No Ramadan data for {year}: Ramadan days use normal office hours. Pass the Ramadan period in the ramadan option.",
  calendar_period_outside_policy:
    "The period {from} to {to} reaches outside the effective dates of policy {jurisdiction}@{version} ({effectiveFrom} to {effectiveUntil}).",
  calendar_ramadan_estimated:
    "Ramadan {year} is estimated as {from} to {to} (no isbat yet): those days use Ramadan hours and are marked as estimates. Pass the official period in the ramadan option after the isbat.",
  calendar_estimated_year:
    "{year} uses estimates: only fixed-date holidays are included; moving holidays and cuti bersama are not known yet.",
} satisfies Templates<CalendarParams>;
