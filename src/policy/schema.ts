/**
 * The policy document: one zod schema is the single source of truth for what a policy version holds.
 * Types, validation and the published JSON Schema (`schemas/policy.schema.json`) all come from here.
 *
 * Every parameter is a {@link Cited} value: the value, its provenance (official, reported, derived,
 * assumption) and the legal bases it comes from, after OpenFisca's dated, referenced parameters.
 *
 * The schemas are built on first use, by {@link policySchemas}: only the validation of a supplied document
 * (and the JSON Schema) reads them. Built at the top of the module, they were part of every browser bundle: an
 * app's bundler must keep a top-level call into zod (it cannot know the call has no effect), and the published
 * build is minified, which drops any annotation saying so. Each part is a factory whose return type names the
 * schema, so the types below come from the same declarations.
 */
import * as z from "zod/mini";
import { WEEKDAYS } from "../core/dates.js";
import { withMeta } from "../core/schema-meta.js";
import { bilingual, citation, cited, isoDate, isoDateMeta, legalBasisSchema, slug } from "./citation.js";
import { OPERATORS, PLAIN_PATH } from "./vocabulary.js";

export type { Cited, LegalBasis, Provenance } from "./citation.js";

/** A time of day in Asia/Jakarta, HH:mm. */
function clockSchema() {
  return withMeta(z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, "HH:mm")), {
    description: "A time of day in Asia/Jakarta, HH:mm (24 h)",
  });
}
type ClockSchema = ReturnType<typeof clockSchema>;

// ---------------------------------------------------------------------------------------------------
// Eligibility rules: json-rules-engine rule JSON, restricted to data (no custom operators, plain paths).

/** A leaf condition: a fact compared with a value by a built-in operator. */
export interface RuleLeafCondition {
  fact: string;
  operator: (typeof OPERATORS)[number];
  value: unknown;
  path?: string | undefined;
}
/** A condition tree in json-rules-engine's format. */
export type RuleCondition =
  | RuleLeafCondition
  | { all: RuleCondition[] }
  | { any: RuleCondition[] }
  | { not: RuleCondition };

/** A leaf condition's schema. */
function leafConditionSchema() {
  return withMeta(
    z.strictObject({
      fact: z.string().check(z.minLength(1)),
      operator: z.enum(OPERATORS),
      value: z.unknown(),
      path: withMeta(z.optional(z.string().check(z.regex(PLAIN_PATH))), {
        description:
          "A plain property path into an object fact, e.g. $.itBased; JSONPath filters, scripts and wildcards are refused",
      }),
    }),
    {
      title: "Leaf condition",
      description: "A fact compared with a value by a built-in json-rules-engine operator",
    },
  );
}

/** A json-rules-engine condition tree (all / any / not / leaf). */
function ruleConditionSchema(): z.ZodMiniType<RuleCondition> {
  const leaf = leafConditionSchema();
  const tree: z.ZodMiniType<RuleCondition> = withMeta(
    z.lazy(() =>
      z.union([
        leaf,
        z.strictObject({ all: z.array(tree).check(z.minLength(1)) }),
        z.strictObject({ any: z.array(tree).check(z.minLength(1)) }),
        z.strictObject({ not: tree }),
      ]),
    ),
    {
      id: "RuleCondition",
      title: "Rule condition",
      description: "A json-rules-engine condition tree: all / any / not / leaf",
    },
  ) as z.ZodMiniType<RuleCondition>;
  return tree;
}

/**
 * One eligibility criterion. The rule id (its key in `rules`) is the stable reason code.
 * A `requirement` that fails makes the employee ineligible; an `approval` that fails while every
 * requirement holds gives `needs_approval`.
 */
function eligibilityRuleSchemaOf(condition: z.ZodMiniType<RuleCondition>) {
  return withMeta(
    z.strictObject({
      kind: z.enum(["requirement", "approval"]),
      description: bilingual,
      conditions: z.union([
        z.strictObject({ all: z.array(condition).check(z.minLength(1)) }),
        z.strictObject({ any: z.array(condition).check(z.minLength(1)) }),
        z.strictObject({ not: condition }),
      ]),
      ...citation,
    }),
    {
      id: "EligibilityRule",
      title: "Eligibility rule",
      description: "One eligibility criterion; its key in rules is the stable reason code",
    },
  );
}
/** The schema of one eligibility criterion. */
type EligibilityRuleSchema = ReturnType<typeof eligibilityRuleSchemaOf>;
/** One eligibility criterion as written in a policy. */
export type EligibilityRule = z.infer<EligibilityRuleSchema>;

// ---------------------------------------------------------------------------------------------------
// Working week and hours.

/** Office hours of one weekday: start, end and unpaid break (Perpres 21/2023 counts hours without breaks). */
function dayHoursShape(clock: ClockSchema) {
  return { start: clock, end: clock, breakMinutes: z.number().check(z.int(), z.gte(0), z.lte(240)) };
}
/** The schema of one weekday's office hours. Named, so that declarations refer to it rather than spell it out. */
interface DayHoursSchema extends z.ZodMiniObject<ReturnType<typeof dayHoursShape>, z.core.$strict> {}
/** Office hours of one weekday. */
export type DayHours = z.infer<DayHoursSchema>;

/** The schema of a week's office hours. Named, so that declarations refer to it rather than spell it out. */
interface WeekHoursSchema
  extends z.ZodMiniObject<Record<(typeof WEEKDAYS)[number], z.ZodMiniNullable<DayHoursSchema>>, z.core.$strict> {}
/** Hours per weekday; `null` marks a non-working weekday. */
export type WeekHours = z.infer<WeekHoursSchema>;

/** The office hours of a week, from one day's schema. */
function weekHoursSchemaOf(day: DayHoursSchema): WeekHoursSchema {
  return withMeta(
    z.strictObject(
      Object.fromEntries(WEEKDAYS.map((d) => [d, z.nullable(day)])) as Record<
        (typeof WEEKDAYS)[number],
        z.ZodMiniNullable<DayHoursSchema>
      >,
    ),
    { id: "WeekHours", title: "Week hours", description: "Hours per weekday; null marks a non-working weekday" },
  );
}

function weekdaySchema() {
  return z.enum(WEEKDAYS);
}

/** A collective flexible day's schema. */
function collectiveFlexibleDaySchemaOf(weekday: ReturnType<typeof weekdaySchema>) {
  return z.strictObject({
    weekday,
    /** `mandatory`: every non-exempt unit works flexibly that day; `on_request`: only units that asked BKD. */
    kind: z.enum(["mandatory", "on_request"]),
    /** Unit kinds that stay on site (e.g. `direct_public_service`: hospitals, schools, Samsat, labs, licensing). */
    exemptUnitKinds: z.array(slug),
    /** Whether the collective day uses one of the person's weekly flexible-location days. */
    countsTowardCap: z.boolean(),
    /**
     * `false` when the instrument behind this day has no confirmed end (the national Friday work from home
     * of 2026-04-10, reported): every result that applies it carries a `policy_rule_end_unconfirmed` warning.
     */
    endConfirmed: withMeta(z.optional(z.boolean()), {
      description:
        "false when the instrument behind this day has no confirmed end; results that apply it carry a warning",
    }),
    description: bilingual,
  });
}
/** A weekday on which a whole unit works flexibly (Jabar's 2026 Thursdays). */
export type CollectiveFlexibleDay = z.infer<ReturnType<typeof collectiveFlexibleDaySchemaOf>>;

function levelSchema() {
  return z.enum(["green", "yellow", "red"]);
}
function ratingSchema() {
  return z.enum(["above", "as_expected", "below"]);
}
function predikatSchema() {
  return z.enum(["sangat_baik", "baik", "butuh_perbaikan", "kurang", "sangat_kurang"]);
}
/** A row of the predikat matrix: behaviour rating -> predikat. */
function matrixRowSchemaOf(predikat: ReturnType<typeof predikatSchema>) {
  return z.strictObject({ below: predikat, as_expected: predikat, above: predikat });
}

// ---------------------------------------------------------------------------------------------------
// Parameters: what the three capabilities read. A base document holds all; an overlay holds what changes.

function eligibilityParametersShape(rule: EligibilityRuleSchema) {
  return {
    /** Criteria keyed by reason code; `null` in an overlay removes an inherited rule. */
    rules: z.record(slug, z.nullable(rule)),
    /** The flexible-day counts a format may have, e.g. [1, 3, 4] for "1-4", "3-2", "4-1". */
    allowedFlexibleDays: cited(
      z.array(z.number().check(z.int(), z.gte(1), z.lte(7))).check(z.minLength(1)),
      "The flexible-day counts a format may have, e.g. [1, 3, 4] for the formats 1-4, 3-2, 4-1",
    ),
    /** Most flexible days a week per early-warning level (the track-record quota table). */
    trackRecordQuota: cited(
      z.strictObject({
        green: z.number().check(z.int(), z.gte(0)),
        yellow: z.number().check(z.int(), z.gte(0)),
        red: z.number().check(z.int(), z.gte(0)),
      }),
      "Most flexible days a week per early-warning level (the track-record quota table); never above maxFlexibleDaysPerWeek",
    ),
    /** Quota for someone with no scored month yet. */
    quotaWithoutTrackRecord: cited(z.number().check(z.int(), z.gte(0)), "Quota for someone with no scored month yet"),
  };
}
/** The schema of the eligibility parameters. Named, so that declarations refer to it rather than spell it out. */
interface EligibilityParametersSchema
  extends z.ZodMiniObject<ReturnType<typeof eligibilityParametersShape>, z.core.$strict> {}

function scheduleParametersShape(
  week: WeekHoursSchema,
  clock: ClockSchema,
  weekday: ReturnType<typeof weekdaySchema>,
  collective: ReturnType<typeof collectiveFlexibleDaySchemaOf>,
) {
  return {
    workingWeek: cited(week, "Office hours per weekday; the hours without breaks must add up to weeklyHours"),
    /** Hours a week excluding breaks (Perpres 21/2023: 37.5). */
    weeklyHours: cited(z.number().check(z.positive()), "Hours a week excluding breaks (Perpres 21/2023: 37.5)"),
    /** Hours during Ramadan (the periods are calendar data). */
    ramadanHours: cited(
      z.strictObject({ weeklyHours: z.number().check(z.positive()), week }),
      "Hours during Ramadan (the periods are calendar data); the week must give at least weeklyHours",
    ),
    /** Most flexible-location days a week for one person (PermenPANRB 4/2025 Pasal 13(1): 2). */
    maxFlexibleDaysPerWeek: cited(
      z.number().check(z.int(), z.gte(0), z.lte(7)),
      "Most flexible-location days a week for one person (PermenPANRB 4/2025 Pasal 13(1): 2); never above the parent jurisdiction's cap",
    ),
    collectiveFlexibleDays: cited(
      z.array(collective),
      "Weekdays on which whole units work flexibly, with the unit kinds that stay on site",
    ),
    /** Weekdays everyone with MKD is in the office. */
    mandatoryOfficeWeekdays: cited(z.array(weekday), "Weekdays everyone with MKD is in the office"),
    /** Default least share of a unit's members on site on each working day, 0-1. */
    minOnSiteShare: cited(
      z.number().check(z.gte(0), z.lte(1)),
      "Default least share of a unit's members on site on each working day, 0-1",
    ),
    /**
     * The largest share (0-1) of a unit's members working that day who may be on a flexible-location day, or
     * `null` when no instrument limits it. Leave, sick days and official travel are not working-that-day
     * members and never count against it: SE 150/KPG.03/BKD (December 2025) limits the share working from
     * home ("paling banyak 50%"), not presence.
     */
    maximumFlexibleShare: cited(
      z.nullable(z.number().check(z.gte(0), z.lte(1))),
      "Largest share (0-1) of a unit's members working that day who may be on a flexible-location day; leave, sick days and official travel do not count; null when no instrument limits it",
    ),
    /** Hours on a flexible day: the same as the office day, plus an optional core window to be reachable. */
    flexibleDayCoreWindow: cited(
      z.nullable(z.strictObject({ start: clock, end: clock })),
      "Window in which a person working flexibly must be reachable, or null",
    ),
  };
}
/** The schema of the schedule parameters. Named, so that declarations refer to it rather than spell it out. */
interface ScheduleParametersSchema
  extends z.ZodMiniObject<ReturnType<typeof scheduleParametersShape>, z.core.$strict> {}

function earlyWarningShape(level: ReturnType<typeof levelSchema>) {
  return {
    /** Composite achievement (%) at or above which a month is green. */
    greenFrom: z.number(),
    /** Composite achievement (%) below which a month is red (between: yellow). */
    redBelow: z.number(),
    /** Level of a month with no report. */
    missingReportLevel: level,
    /** This many yellow months in a row make the last one red. */
    consecutiveYellowToRed: z.number().check(z.int(), z.gte(2)),
    /** This many months of strictly falling achievement raise a green month to yellow. */
    decliningMonths: z.number().check(z.int(), z.gte(2)),
  };
}
/** The schema of the early-warning thresholds. Named, so that declarations refer to it rather than spell it out. */
interface EarlyWarningSchema extends z.ZodMiniObject<ReturnType<typeof earlyWarningShape>, z.core.$strict> {}

function scoringParametersShape(earlyWarning: EarlyWarningSchema, matrixRow: ReturnType<typeof matrixRowSchemaOf>) {
  return {
    method: cited(
      z.enum(["permenpanrb", "skp_legacy"]),
      "Scoring method: PermenPANRB 6/2022 or the legacy SKP numeric score (PP 46/2011)",
    ),
    /** Achievement above `above` % scores `score` (PermenPANRB: above 110 scores 120). */
    achievementCap: cited(
      z.strictObject({ above: z.number().check(z.positive()), score: z.number().check(z.positive()) }),
      "Achievement above `above` % scores `score` (above 110 scores 120)",
    ),
    /** Composite achievement (%) bands for the results rating. */
    resultBands: cited(
      z.strictObject({ aboveFrom: z.number(), asExpectedFrom: z.number() }),
      "Composite achievement (%) bands for the results rating",
    ),
    /** Results rating x behaviour rating -> predikat (PermenPANRB 6/2022). */
    predikatMatrix: cited(
      z.strictObject({ above: matrixRow, as_expected: matrixRow, below: matrixRow }),
      "Results rating (rows) x behaviour rating (columns) -> predikat (PermenPANRB 6/2022)",
    ),
    /** Legacy SKP categories (PP 46/2011): lowest score of each category. */
    legacyCategories: cited(
      z
        .array(
          z.strictObject({ from: z.number(), category: z.enum(["sangat_baik", "baik", "cukup", "kurang", "buruk"]) }),
        )
        .check(z.minLength(1)),
      "Legacy SKP categories (PP 46/2011): lowest score of each category",
    ),
    /** What indicator weights must add up to (e.g. 100), or null when weights are free. */
    weightsTotal: cited(
      z.nullable(z.number().check(z.positive())),
      "What indicator weights must add up to (e.g. 100), or null when weights are free",
    ),
    earlyWarning: cited(earlyWarning, "Early-warning thresholds of the monthly evaluation"),
  };
}
/** The schema of the scoring parameters. Named, so that declarations refer to it rather than spell it out. */
interface ScoringParametersSchema extends z.ZodMiniObject<ReturnType<typeof scoringParametersShape>, z.core.$strict> {}

/** The schema of every parameter a complete (resolved) policy holds. */
interface PolicyParametersSchema
  extends z.ZodMiniObject<
    {
      eligibility: EligibilityParametersSchema;
      schedule: ScheduleParametersSchema;
      scoring: ScoringParametersSchema;
    },
    z.core.$strict
  > {}

// The overlay's sections, named like the complete ones (declarations refer to them instead of spelling them out).
interface EligibilityOverlaySchema extends ReturnType<typeof z.partial<EligibilityParametersSchema>> {}
interface ScheduleOverlaySchema extends ReturnType<typeof z.partial<ScheduleParametersSchema>> {}
interface ScoringOverlaySchema extends ReturnType<typeof z.partial<ScoringParametersSchema>> {}
/** The schema of the parameters an overlay may hold: any subset; rules merge by id. */
interface PolicyParametersOverlaySchema
  extends z.ZodMiniObject<
    {
      eligibility: z.ZodMiniOptional<EligibilityOverlaySchema>;
      schedule: z.ZodMiniOptional<ScheduleOverlaySchema>;
      scoring: z.ZodMiniOptional<ScoringOverlaySchema>;
    },
    z.core.$strict
  > {}

/**
 * A policy document: one version of one jurisdiction's MKD rules.
 *
 * @example
 * ```json
 * { "schemaVersion": 1, "jurisdiction": { "id": "kota-tasikmalaya", "name": "Kota Tasikmalaya", "parent": "jabar" },
 *   "version": "2026-03-01", "title": { "id": "...", "en": "..." }, "effectiveFrom": "2026-03-01",
 *   "extends": { "jurisdiction": "jabar" }, "legalBases": [], "parameters": { "schedule": { ... } } }
 * ```
 */
function policyDocumentSchemaOf(overlay: PolicyParametersOverlaySchema) {
  const reference = z.strictObject({ jurisdiction: slug, version: z.optional(slug) });
  return withMeta(
    z.strictObject({
      $schema: withMeta(z.optional(z.string()), { description: "Path or URL of this JSON Schema, for editors" }),
      schemaVersion: withMeta(z.literal(1), { description: "Version of the policy document format" }),
      jurisdiction: z.strictObject({
        id: withMeta(slug, { description: "Jurisdiction id, e.g. jabar, id-nasional, kota-tasikmalaya" }),
        name: z.string().check(z.minLength(1)),
        /** The jurisdiction whose ceilings bind this one (jabar's parent is id-nasional). */
        parent: withMeta(z.optional(slug), {
          description: "The jurisdiction whose ceilings bind this one (jabar's parent is id-nasional)",
        }),
      }),
      /** Version id, by convention the date it takes effect. */
      version: withMeta(slug, { description: "Version id, by convention the date it takes effect (YYYY-MM-DD)" }),
      title: bilingual,
      /** First day in force. */
      effectiveFrom: withMeta(isoDate, { ...isoDateMeta, description: "First day in force, YYYY-MM-DD" }),
      /**
       * Last day in force (inclusive). A version ends only where an instrument says so: either a successor
       * version starts the next day, or `effectiveUntilSources` names the instrument that states its period
       * (e.g. SE 188/KPG.03/BKD, "sepanjang 2026"). Absent while the rule stays in force until replaced.
       */
      effectiveUntil: withMeta(z.optional(isoDate), {
        description:
          "Last day in force (inclusive), YYYY-MM-DD; absent while the rule stays in force until something replaces it",
      }),
      /** Ids of legal bases (in this document) that state the version's own end, e.g. a circular for one year. */
      effectiveUntilSources: withMeta(z.optional(z.array(slug).check(z.minLength(1))), {
        description:
          "Ids of legal bases (in this document's chain) that state the last day in force; required when no successor version starts the next day",
      }),
      /** The date this document's values were last checked against their instruments. */
      reviewedOn: withMeta(z.optional(isoDate), {
        description:
          "The date the values were last checked against their instruments, YYYY-MM-DD; every shipped version has one and every result carries it",
      }),
      extends: withMeta(z.optional(reference), {
        description:
          "The document this one overlays: a version, or (without version) whatever version is in force on the date",
      }),
      /**
       * Whether rules whose instrument has no confirmed end (`endConfirmed: false`, e.g. the national Friday
       * work from home of 2026-04-10) apply. The last document of the chain that says wins; default `true`.
       * One line in an overlay turns them off (`false`) or back on (`true`).
       */
      applyUnconfirmedRules: withMeta(z.optional(z.boolean()), {
        description:
          "Whether rules whose end is not confirmed (endConfirmed: false) apply; the last document of the chain that says wins; default true",
      }),
      /** True for examples whose rules are not published (e.g. the Kota Tasikmalaya overlay). */
      illustrative: withMeta(z.optional(z.boolean()), {
        description: "True for examples whose rules are not published (e.g. the Kota Tasikmalaya overlay)",
      }),
      legalBases: withMeta(z.array(legalBasisSchema), {
        description: "Instruments the values of this document cite; ids are unique along the extends chain",
      }),
      parameters: withMeta(overlay, {
        description:
          "What this version sets; an overlay holds only what changes (parameters replace inherited ones whole, rules merge by id)",
      }),
    }),
    {
      title: "mkd-engine policy document",
      description:
        "One version of one jurisdiction's Mekanisme Kerja Dinamis (flexible working) rules: dated, with every value cited. Semantic checks (sources, facts, ceilings) are done by validatePolicy.",
    },
  );
}
/** The schema of a policy document. */
type PolicyDocumentSchema = ReturnType<typeof policyDocumentSchemaOf>;

/** The schemas the validation of a policy document reads. */
export interface PolicySchemas {
  /** A policy document (possibly an overlay). */
  readonly document: PolicyDocumentSchema;
  /** Every parameter a complete (resolved) policy holds. */
  readonly parameters: PolicyParametersSchema;
  /** One eligibility rule. */
  readonly rule: EligibilityRuleSchema;
}

function buildSchemas(): PolicySchemas {
  const clock = clockSchema();
  const rule = eligibilityRuleSchemaOf(ruleConditionSchema());
  const day: DayHoursSchema = withMeta(z.strictObject(dayHoursShape(clock)), {
    id: "DayHours",
    title: "Day hours",
    description: "Office hours of one weekday: start, end and unpaid break in minutes",
  });
  const week = weekHoursSchemaOf(day);
  const weekday = weekdaySchema();
  const eligibility: EligibilityParametersSchema = z.strictObject(eligibilityParametersShape(rule));
  const schedule: ScheduleParametersSchema = z.strictObject(
    scheduleParametersShape(week, clock, weekday, collectiveFlexibleDaySchemaOf(weekday)),
  );
  const earlyWarning: EarlyWarningSchema = z.strictObject(earlyWarningShape(levelSchema()));
  const scoring: ScoringParametersSchema = z.strictObject(
    scoringParametersShape(earlyWarning, matrixRowSchemaOf(predikatSchema())),
  );
  const parameters: PolicyParametersSchema = z.strictObject({ eligibility, schedule, scoring });
  const overlay: PolicyParametersOverlaySchema = z.strictObject({
    eligibility: z.optional(z.partial(eligibility)),
    schedule: z.optional(z.partial(schedule)),
    scoring: z.optional(z.partial(scoring)),
  });
  return { document: policyDocumentSchemaOf(overlay), parameters, rule };
}

let built: PolicySchemas | undefined;

/**
 * The policy schemas, built on the first call (see the module comment) and the same objects afterwards.
 *
 * @example
 * ```ts
 * policySchemas().document.safeParse(document).success;
 * ```
 */
export function policySchemas(): PolicySchemas {
  built ??= buildSchemas();
  return built;
}

/** A policy document as written (possibly an overlay). */
export type PolicyDocument = z.infer<PolicyDocumentSchema>;
/** Every parameter of a resolved policy. */
export type PolicyParameters = z.infer<PolicyParametersSchema>;
/** Early-warning thresholds. */
export type EarlyWarningParameters = z.infer<EarlyWarningSchema>;
/** An early-warning level. */
export type WarningLevel = z.infer<ReturnType<typeof levelSchema>>;
/** A results or behaviour rating (PermenPANRB 6/2022). */
export type Rating = z.infer<ReturnType<typeof ratingSchema>>;
/** A performance predikat (PermenPANRB 6/2022). */
export type Predikat = z.infer<ReturnType<typeof predikatSchema>>;
