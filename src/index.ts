/**
 * mkd-engine: West Java's Mekanisme Kerja Dinamis (MKD) as pure functions over cited, dated policy data.
 * @packageDocumentation
 */
export {
  MkdError,
  formatPath,
  type Issue,
  type IssuePath,
  type SafeResult,
  type BatchRow,
  type MkdErrorJson,
} from "./core/errors.js";
export {
  safeResolvePolicy,
  safePreparePolicy,
  safeGenerateSchedule,
  safeCheckSchedule,
  safeScoreMonth,
  safeEvaluateEarlyWarning,
} from "./safe.js";
export type { IsoDate, IsoMonth, Weekday } from "./core/dates.js";
export { formatMessage, MESSAGE_CODES, type Locale, type MessageCode, type MessageParams } from "./i18n/index.js";
export {
  resolvePolicy,
  preparePolicy,
  isPreparedPolicy,
  describeChain,
  shippedJurisdictions,
  type PreparedPolicy,
  type ResolvedPolicy,
  type PolicyChainLink,
  type PolicyDecidedBy,
  type ResolvePolicyOptions,
} from "./policy/resolve.js";
export { dataHorizons, type DataHorizon, type DataHorizons } from "./calendar/horizons.js";
export type {
  PolicyDocument,
  PolicyParameters,
  Cited,
  Provenance,
  LegalBasis,
  EligibilityRule,
  RuleCondition,
  RuleLeafCondition,
  DayHours,
  WeekHours,
  CollectiveFlexibleDay,
  WarningLevel,
  Rating,
  Predikat,
  EarlyWarningParameters,
} from "./policy/schema.js";
export type { TrackRecord, TrackRecordLevel } from "./core/track-record.js";

// --- policy validation and JSON Schema (policy/) ---
export {
  validatePolicy,
  assertValidPolicy,
  type ValidatePolicyOptions,
  type PolicyValidationResult,
} from "./policy/validate.js";
export { POLICY_LIMITS } from "./policy/limits.js";
export { policyJsonSchema, type JsonSchema } from "./policy/json-schema.js";

// --- calendar (calendar/) ---
export {
  workingCalendar,
  flexibleCapForWeek,
  officialHolidays,
  officialHolidayYears,
  estimatedFixedHolidays,
  type Period,
  type DayKind,
  type HolidayKind,
  type HolidayEntry,
  type CalendarDay,
  type CalendarWeek,
  type WorkingCalendar,
  type WorkingCalendarOptions,
  type RamadanPeriod,
  type OfficialHolidayTable,
} from "./calendar/index.js";

// --- eligibility and rules (eligibility/, rules/) ---
export {
  checkEligibility,
  safeCheckEligibility,
  type EligibilityDecision,
  type EligibilityOutcome,
  type EligibilityOptions,
  type EligibilityFacts,
  type EligibilityReason,
  type EligibilityLimit,
  type RuleDecision,
} from "./eligibility/check.js";
export { checkEligibilityBatch, type EligibilityBatchAnswer } from "./eligibility/batch.js";
export { employeeSchema, employeeJsonSchema, type EmployeeInput, type Employee } from "./eligibility/employee.js";
export {
  talentBoxFromPair,
  talentPairFromBox,
  type TalentBox,
  type TalentPerformance,
  type TalentPotential,
} from "./core/talent.js";
export type { DecisionPolicy, PolicySelector } from "./eligibility/context.js";
export {
  compileRules,
  type CompiledRules,
  type RulesEvaluation,
  type RuleResult,
  type ConditionResult,
  type LeafConditionResult,
  type LegalBasisRef,
} from "./rules/compile.js";

// --- schedule (schedule/) ---
export {
  generateSchedule,
  checkSchedule,
  checkRoster,
  scheduleInputSchema,
  scheduleInputJsonSchema,
  DEFAULT_WEIGHTS as SCHEDULE_DEFAULT_WEIGHTS,
} from "./schedule/index.js";
export type {
  ScheduleInput,
  SchedulePeriod,
  ScheduleUnitInput,
  ScheduleMemberInput,
  MemberOverride,
  MinimumOnSite,
  GrantedDaysCarrier,
  ScheduleOptions,
  ScheduleResult,
  Schedule,
  ScheduleMember,
  ScheduleDay,
  Assignment,
  AssignmentMode,
  AssignmentReason,
  LocationKind,
  MemberWeek,
  ComplianceReport,
  HardConstraintCode,
  HardConstraintResult,
  ConstraintViolation,
  SoftGoalCode,
  SoftGoalResult,
  ScheduleConflict,
  ScheduleConflictCode,
  ScheduleCheck,
  ScheduleCheckReport,
  ConflictConfirmation,
  ComplianceWeek,
  SchedulePolicyRef,
  SchedulePolicySpan,
  Roster,
  RosterMode,
} from "./schedule/index.js";

// --- scoring and early warning (scoring/) ---
export {
  scoreMonth,
  scoreMonthBatch,
  evaluateEarlyWarning,
  scoreMonthInputJsonSchema,
  round2,
  SCORING_FORMULAS,
} from "./scoring/index.js";
export type {
  ScoreMonthInput,
  ScoreMonthBatchOptions,
  EarlyWarningOptions,
  Indicator,
  IndicatorDirection,
  IndicatorAspect,
  TargetRange,
  Realisation,
  MissingRealisationRule,
  ScoringPolicySource,
  MonthScore,
  IndicatorScore,
  ScoringFinding,
  ScoringExplanation,
  ScoringFormulaId,
  ScoringCitedParameter,
  ScoringPolicyReference,
  LegacyCategory,
  ScoringBatchRow,
  HistoryMonth,
  EarlyWarningMonth,
  EarlyWarningReason,
  EarlyWarningResult,
  Recommendation,
  RecommendedAction,
} from "./scoring/index.js";

// --- calendar exports (export/) ---
export {
  scheduleToIcs,
  scheduleToIcsFiles,
  scheduleToCsv,
  scheduleToHtml,
  SCHEDULE_CSV_COLUMNS,
  neutralizeCsvCell,
} from "./export/index.js";
export type { IcsFile, IcsOptions, ScheduleCsvOptions, ScheduleHtmlOptions } from "./export/index.js";
