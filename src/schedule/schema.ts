/**
 * The zod schema of {@link ScheduleInput}: the single definition of what generateSchedule accepts.
 * Bad input becomes an MkdError (`invalid_schedule_input`) with every issue's path and a bilingual message.
 */
import * as z from "zod/mini";
import { daysBetween, isIsoDate, isIsoMonth, WEEKDAYS } from "../core/dates.js";
import { holidayEntrySchema } from "../calendar/calendar.js";
import { legalBasisSchema } from "../policy/citation.js";
import type { ScheduleInput } from "./types.js";

const isoDate = z.string().check(z.refine(isIsoDate, { params: { code: "invalid_date" } }));
const isoMonth = z.string().check(z.refine(isIsoMonth, { params: { code: "invalid_month" } }));
const weekday = z.enum(WEEKDAYS);
const id = z.string().check(z.minLength(1), z.maxLength(200));
const roleName = z.string().check(z.regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, "lowercase words joined by - or _"));
const count = z.number().check(z.int(), z.gte(0), z.lte(1_000_000));

const override = z.strictObject({
  date: isoDate,
  kind: z.enum(["leave", "official_travel", "office", "flexible"]),
  note: z.optional(z.string()),
});

const granted = z.union([
  z.number().check(z.int(), z.gte(0), z.lte(7)),
  // An eligibility decision (or anything carrying its granted days): only that field is read.
  z.looseObject({ grantedFlexibleDays: z.number().check(z.int(), z.gte(0), z.lte(7)) }),
]);

const member = z
  .strictObject({
    id,
    name: z.optional(z.string()),
    grantedFlexibleDays: granted,
    roles: z.optional(z.array(roleName)),
    preferredFlexibleWeekdays: z.optional(z.array(weekday)),
    flexibleLocation: z.optional(z.enum(["home", "anywhere", "other_office"])),
    overrides: z.optional(z.array(override)),
  })
  .check(
    z.superRefine((m, ctx) => {
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
    }),
  );

const unit = z.strictObject({
  id,
  name: z.optional(z.string()),
  kind: roleName,
  minimumOnSite: z.optional(
    z.strictObject({
      headcount: z.optional(count),
      share: z.optional(z.number().check(z.gte(0), z.lte(1))),
      perRole: z.optional(z.record(roleName, count)),
    }),
  ),
  seatCapacity: z.optional(count),
  anchorWeekdays: z.optional(z.array(weekday)),
  anchorDates: z.optional(z.array(isoDate)),
  requestedCollectiveWeekdays: z.optional(z.array(weekday)),
});

const weights = z.strictObject({
  preferred_weekdays: z.optional(count),
  popular_day_fairness: z.optional(count),
  anchor_days_together: z.optional(count),
  pattern_stability: z.optional(count),
  granted_days_used: z.optional(count),
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
    members: z.array(member).check(z.maxLength(1_000_000)),
    period: z.union([isoMonth, z.strictObject({ from: isoDate, to: isoDate })]),
    jurisdiction: z.optional(z.string().check(z.minLength(1))),
    policy: z.optional(z.unknown()),
    asOf: z.optional(isoDate),
    holidays: z.optional(z.array(holidayEntrySchema).check(z.maxLength(10_000))),
    sources: z.optional(z.array(legalBasisSchema).check(z.maxLength(1_000))),
    allowEstimates: z.optional(z.boolean()),
    options: z.optional(
      z.strictObject({
        weights: z.optional(weights),
        popularWeekdays: z.optional(z.array(weekday)),
        nationalFlexibleWorkDays: z.optional(z.enum(["allowed", "collective"])),
      }),
    ),
  })
  .check(
    z.superRefine((input, ctx) => {
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
    }),
  );

/** The parsed input (defaults not yet applied). */
export type ParsedScheduleInput = z.output<typeof scheduleInputSchema>;

// Compile-time check that the hand-written ScheduleInput and the schema agree. `policy` is read as unknown here: the
// context accepts a prepared or a resolved policy by identity and refuses anything else (schedule/context.ts).
type _Check = Omit<ParsedScheduleInput, "policy"> extends Omit<ScheduleInput, "policy"> ? true : never;
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
