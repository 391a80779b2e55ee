/**
 * The shape of a schedule (or a generateSchedule result) as far as the independent checker reads it, so a malformed
 * one is an `invalid_schedule` error with paths rather than a TypeError (issue 11 item 4).
 *
 * Internal module, not public API. (Not tagged internal: on a file header, stripInternal drops the first statement.)
 */
import * as z from "zod/mini";
import { isIsoDate } from "../core/dates.js";
import { parseWith } from "../core/errors.js";
import { scheduleMessages } from "../i18n/messages/schedule.js";
import type { AssignmentMode } from "./types.js";

/** An ISO date string (`invalid_date` otherwise). */
export const isoDate = z.string().check(z.refine(isIsoDate, { params: { code: "invalid_date" } }));
const minutes = z.number().check(z.int(), z.gte(0), z.lte(24 * 60));
const MODES = [
  "office",
  "flexible",
  "holiday",
  "leave",
  "official_travel",
  "weekend",
] as const satisfies readonly AssignmentMode[];

// Only what the checker reads is required; every other field of a schedule may be present and is left alone.
const assignmentShape = z.looseObject({
  date: isoDate,
  mode: z.enum(MODES),
  regularMinutes: minutes,
  flexibleMinutes: minutes,
  excusedMinutes: minutes,
});

const scheduleShape = z.looseObject({
  members: z.array(z.looseObject({ id: z.string().check(z.minLength(1)), assignments: z.array(assignmentShape) })),
  days: z.array(z.looseObject({ date: isoDate, onSite: z.number().check(z.int(), z.gte(0)) })),
});

const conflictShape = z.looseObject({
  code: z.string().check(z.minLength(1)),
  dates: z.array(isoDate),
  role: z.optional(z.nullable(z.string())),
  required: z.number(),
  possible: z.number(),
  members: z.looseObject({ pinnedFlexible: z.array(z.string()), other: z.array(z.string()) }),
  limitedRoleDays: z.array(z.looseObject({ role: z.string(), date: isoDate })),
});

const resultShape = z.discriminatedUnion("status", [
  z.looseObject({ status: z.literal("scheduled"), schedule: scheduleShape }),
  z.looseObject({ status: z.literal("infeasible"), conflicts: z.array(conflictShape) }),
]);

/**
 * Checks that a value has the shape of a schedule or a generateSchedule result, as far as the checker reads it.
 * Throws MkdError `invalid_schedule` with every issue's path (from the root of the value).
 *
 * @internal
 */
export function assertScheduleShape(value: unknown): void {
  const isResult = typeof value === "object" && value !== null && "status" in value;
  parseWith(isResult ? resultShape : scheduleShape, value, "invalid_schedule", [], scheduleMessages);
}
