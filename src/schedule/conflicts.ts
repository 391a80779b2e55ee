/**
 * Conflict reports: why no schedule exists, in the user's terms, with the people behind the numbers.
 *
 * Internal module, not public API. (Not tagged internal: on a file header, stripInternal drops the first statement.)
 */
import { bilingual } from "../i18n/define.js";
import { scheduleMessages } from "../i18n/messages/schedule.js";
import type { ScheduleConflict, ScheduleConflictCode } from "./types.js";

/** The people a conflict names, by what fixes them in place. */
export type WhoLists = {
  onLeave: string[];
  onTravel: string[];
  pinnedFlexible: string[];
  pinnedOffice: string[];
  mustBeOnSite: string[];
};

/** Empty name lists. */
export const emptyWho = (): WhoLists => ({
  onLeave: [],
  onTravel: [],
  pinnedFlexible: [],
  pinnedOffice: [],
  mustBeOnSite: [],
});

/** Builds a conflict with its bilingual message (long name lists are shortened in the message, never in the data). */
export function conflict(
  code: ScheduleConflictCode,
  init: Partial<Omit<ScheduleConflict, "code" | "message" | "members">> & {
    members?: Partial<ScheduleConflict["members"]>;
  },
  params: Record<string, string | number>,
): ScheduleConflict {
  const members = {
    onLeave: [],
    onTravel: [],
    pinnedFlexible: [],
    pinnedOffice: [],
    mustBeOnSite: [],
    other: [],
    ...init.members,
  };
  const shown = (ids: string[]): string =>
    ids.length === 0 ? "-" : ids.length > 12 ? `${ids.slice(0, 12).join(", ")} (+${ids.length - 12})` : ids.join(", ");
  const full = {
    ...params,
    required: init.required ?? 0,
    possible: init.possible ?? 0,
    onLeave: shown(members.onLeave),
    onTravel: shown(members.onTravel),
    pinnedFlexible: shown(members.pinnedFlexible),
    pinnedOffice: shown(members.pinnedOffice),
    mustBeOnSite: shown(members.mustBeOnSite),
  };
  return {
    code,
    dates: init.dates ?? [],
    weekStart: init.weekStart ?? null,
    role: init.role ?? null,
    required: init.required ?? 0,
    possible: init.possible ?? 0,
    members,
    limitedRoleDays: init.limitedRoleDays ?? [],
    params,
    message: bilingual([scheduleMessages], `schedule_conflict_${code}`, full),
  };
}
