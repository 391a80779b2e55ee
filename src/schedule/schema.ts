/**
 * The zod schema of {@link ScheduleInput}: the single definition of what generateSchedule accepts.
 * Bad input becomes an MkdError (`invalid_schedule_input`) with every issue's path and a bilingual message.
 */
import * as z from "zod";
import { daysBetween, isIsoDate, isIsoMonth, WEEKDAYS } from "../core/dates.js";
import { holidayEntrySchema } from "../calendar/calendar.js";
import { legalBasisSchema } from "../policy/schema.js";
import type { ScheduleInput } from "./types.js";

const isoDate = z.string().refine(isIsoDate, { params: { code: "invalid_date" } });
const isoMonth = z.string().refine(isIsoMonth, { params: { code: "invalid_month" } });
const weekday = z.enum(WEEKDAYS);
const id = z.string().min(1).max(200);
const roleName = z.string().regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, "lowercase words joined by - or _");
const count = z.number().int().min(0).max(1_000_000);

const override = z.strictObject({
  date: isoDate,
  kind: z.enum(["leave", "official_travel", "office", "flexible"]),
  note: z.string().optional(),
});

const granted = z.union([
  z.number().int().min(0).max(7),
  // An eligibility decision (or anything carrying its granted days): only that field is read.
  z.looseObject({ grantedFlexibleDays: z.number().int().min(0).max(7) }),
]);

const member = z
  .strictObject({
    id,
    name: z.string().optional(),
    grantedFlexibleDays: granted,
    roles: z.array(roleName).optional(),
    preferredFlexibleWeekdays: z.array(weekday).optional(),
    flexibleLocation: z.enum(["home", "anywhere", "other_office"]).optional(),
    overrides: z.array(override).optional(),
  })
  .superRefine((m, ctx) => {
    // One override per date: two instructions for one day cannot both take precedence.
    const seen = new Set<string>();
    m.overrides?.forEach((o, i) => {
      if (seen.has(o.date))
        ctx.addIssue({
          code: "custom",
          path: ["overrides", i, "date"],
          params: { code: "schedule_duplicate_override", params: { date: o.date } },
        });
      seen.add(o.date);
    });
  });

const unit = z.strictObject({
  id,
  name: z.string().optional(),
  kind: roleName,
  minimumOnSite: z
    .strictObject({
      headcount: count.optional(),
      share: z.number().min(0).max(1).optional(),
      perRole: z.record(roleName, count).optional(),
    })
    .optional(),
  seatCapacity: count.optional(),
  anchorWeekdays: z.array(weekday).optional(),
  anchorDates: z.array(isoDate).optional(),
  requestedCollectiveWeekdays: z.array(weekday).optional(),
});

const weights = z.strictObject({
  preferred_weekdays: count.optional(),
  popular_day_fairness: count.optional(),
  anchor_days_together: count.optional(),
  pattern_stability: count.optional(),
  granted_days_used: count.optional(),
});

/**
 * The input schema of generateSchedule (zod 4). Exported for integrators who validate before calling, and for
 * JSON Schema generation (`z.toJSONSchema(scheduleInputSchema)`).
 *
 * @example
 * ```ts
 * const ok = scheduleInputSchema.safeParse({ unit: { id: "u", kind: "general" }, members: [], period: "2026-12", jurisdiction: "jabar" });
 * ok.success; // true
 * ```
 */
export const scheduleInputSchema = z
  .strictObject({
    unit,
    members: z.array(member).max(1_000_000),
    period: z.union([isoMonth, z.strictObject({ from: isoDate, to: isoDate })]),
    jurisdiction: z.string().min(1).optional(),
    policy: z.unknown().optional(),
    documents: z.array(z.unknown()).optional(),
    asOf: isoDate.optional(),
    holidays: z.array(holidayEntrySchema).max(10_000).optional(),
    sources: z.array(legalBasisSchema).max(1_000).optional(),
    allowEstimates: z.boolean().optional(),
    options: z
      .strictObject({
        weights: weights.optional(),
        popularWeekdays: z.array(weekday).optional(),
        nationalFlexibleWorkDays: z.enum(["allowed", "collective"]).optional(),
      })
      .optional(),
  })
  .superRefine((input, ctx) => {
    if (input.jurisdiction === undefined && input.policy === undefined) {
      ctx.addIssue({ code: "custom", path: ["jurisdiction"], params: { code: "schedule_policy_required" } });
    }
    if (typeof input.period === "object" && input.period.from > input.period.to) {
      ctx.addIssue({
        code: "custom",
        path: ["period", "to"],
        params: { code: "schedule_period_reversed", params: { from: input.period.from, to: input.period.to } },
      });
    }
    if (typeof input.period === "object" && input.period.from <= input.period.to) {
      const days = daysBetween(input.period.from, input.period.to);
      if (days > 366)
        ctx.addIssue({
          code: "custom",
          path: ["period", "to"],
          params: { code: "schedule_period_too_long", params: { days: days + 1 } },
        });
    }
    // Member ids are the tie-breaker and the key of every report: they must be unique.
    const seen = new Map<string, number>();
    input.members.forEach((m, i) => {
      const first = seen.get(m.id);
      if (first !== undefined)
        ctx.addIssue({
          code: "custom",
          path: ["members", i, "id"],
          params: { code: "schedule_duplicate_member", params: { id: m.id, first } },
        });
      else seen.set(m.id, i);
    });
  });

/** The parsed input (defaults not yet applied). */
export type ParsedScheduleInput = z.output<typeof scheduleInputSchema>;

// Compile-time check that the hand-written ScheduleInput and the schema agree.
type _Check = ParsedScheduleInput extends ScheduleInput ? true : never;
const _check: _Check = true;
void _check;

/**
 * The schedule input as JSON Schema (draft 2020-12), for backends in other languages and for editors.
 * Published as `schemas/schedule-input.schema.json`.
 *
 * @example
 * ```ts
 * const schema = scheduleInputJsonSchema();
 * Object.keys(schema.properties as object); // ["unit", "members", "period", ...]
 * ```
 */
export function scheduleInputJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(scheduleInputSchema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
}
