/**
 * The employee input of `checkEligibility`: what the regulations name (DOMAIN.md sections 2-3), as one
 * zod schema (the source of truth for types, validation and `employeeJsonSchema()`).
 *
 * A hand-written structural check (`isValidEmployeeShape`) runs first on the hot path. It accepts only
 * inputs the schema accepts (a subset, proven by a property test); anything else goes to zod, so the
 * issues a caller sees always come from the schema.
 */
import * as z from "zod";
import { isIsoDate, isIsoMonth, isoDateNumber } from "../core/dates.js";
import type { TrackRecord } from "../core/track-record.js";
import { JOB_CRITERIA } from "../policy/facts.js";
import { historyMonthSchema } from "../scoring/input.js";

const isoDate = z.string().refine(isIsoDate, { params: { code: "invalid_date" } }).meta({ format: "date", description: "A calendar date, YYYY-MM-DD" });
const isoMonth = z.string().refine(isIsoMonth, { params: { code: "invalid_month" } }).meta({ description: "A month, YYYY-MM" });

/**
 * Disciplinary sentence status (PermenPANRB 4/2025 Pasal 25: neither serving nor being processed).
 *
 * @example
 * ```ts
 * DISCIPLINARY_STATUSES.includes("serving"); // true
 * ```
 */
export const DISCIPLINARY_STATUSES = ["none", "being_processed", "serving"] as const;
/**
 * Employment status: CPNS (candidate, on probation), PNS, PPPK.
 *
 * @example
 * ```ts
 * EMPLOYMENT_STATUSES; // ["cpns", "pns", "pppk"]
 * ```
 */
export const EMPLOYMENT_STATUSES = ["cpns", "pns", "pppk"] as const;
const PERFORMANCES = ["above", "as_expected", "below"] as const;
const POTENTIALS = ["high", "medium", "low"] as const;
const LEVELS = ["green", "yellow", "red"] as const;

const jobCriteriaSchema = z.strictObject(
  Object.fromEntries(JOB_CRITERIA.map((k) => [k, z.boolean().optional()])) as Record<(typeof JOB_CRITERIA)[number], z.ZodOptional<z.ZodBoolean>>,
);

/**
 * The employee input schema. Either `talentBox` or `talent` is required; when both are given they must
 * name the same box (checked with the decision date, see `checkEligibility`).
 *
 * @example
 * ```ts
 * const employee: EmployeeInput = {
 *   id: "198703152010011002",
 *   talentBox: 7,
 *   job: { faceToFaceService: false, serviceCategory: "planning" },
 *   equipment: { laptop: true, bandwidthMbps: 20 },
 *   disciplinaryStatus: "none",
 *   employmentStatus: "pns",
 *   appointmentDate: "2010-01-01",
 *   leaderApproval: { approved: true, by: "196801011990031001", at: "2026-02-20" },
 *   requestedFormat: "2-3",
 *   trackRecord: { level: "green", month: "2026-01" },
 * };
 * employeeSchema.parse(employee);
 * ```
 */
export const employeeSchema = z.strictObject({
  /** Your identifier of the employee (NIP or an internal id); echoed in the decision. */
  id: z.string().min(1),
  /** Box 1-9 of the PermenPANRB 3/2020 talent matrix. */
  talentBox: z.number().int().min(1).max(9).optional(),
  /** The (performance, potential) pair, converted through the PermenPANRB 3/2020 table. */
  talent: z.strictObject({ performance: z.enum(PERFORMANCES), potential: z.enum(POTENTIALS) }).optional(),
  job: z.strictObject({
    /** Gives face-to-face public service (health workers, front desks). */
    faceToFaceService: z.boolean(),
    /** E.g. health, education, licensing: read by rules that name it. */
    serviceCategory: z.string().min(1).optional(),
    /** The five national job criteria of PermenPANRB 4/2025, where known; an unknown one is reported. */
    criteria: jobCriteriaSchema.optional(),
  }),
  equipment: z.strictObject({ laptop: z.boolean(), bandwidthMbps: z.number().min(0) }),
  disciplinaryStatus: z.enum(DISCIPLINARY_STATUSES),
  employmentStatus: z.enum(EMPLOYMENT_STATUSES),
  /** First day of service; tenure is counted in completed months up to the decision date. */
  appointmentDate: isoDate,
  /** The leader's approval of the application; absent means not (yet) approved. */
  leaderApproval: z.strictObject({ approved: z.boolean(), by: z.string().min(1).optional(), at: isoDate.optional() }).optional(),
  /** "3-2" (3 flexible days, 2 office days) or a number of flexible days; absent means "as many as allowed". */
  requestedFormat: z.union([z.string().regex(/^\d{1,2}-\d{1,2}$/), z.number().int().min(1).max(7)]).optional(),
  /**
   * The track record: the latest early-warning level (any object with `level`, e.g. the result of
   * `evaluateEarlyWarning`), or its inputs, the history of scored months oldest first (e.g. `scoreMonth`
   * results), which is evaluated with `evaluateEarlyWarning` under the decision's policy. Absent or null:
   * none yet.
   */
  trackRecord: z
    .union([z.object({ level: z.enum(LEVELS), month: isoMonth.optional() }), z.array(historyMonthSchema).min(1)])
    .nullable()
    .optional(),
});

/**
 * What a caller passes to `checkEligibility` (the schema's input type).
 *
 * @example
 * ```ts
 * const row: EmployeeInput = { id: "1", talentBox: 7, job: { faceToFaceService: false }, equipment: { laptop: true, bandwidthMbps: 20 }, disciplinaryStatus: "none", employmentStatus: "pns", appointmentDate: "2019-01-02" };
 * ```
 */
export type EmployeeInput = z.input<typeof employeeSchema>;
/**
 * An employee after validation. A track record given as a history of months has been evaluated by then:
 * `trackRecord` is a level (with its month).
 *
 * @example
 * ```ts
 * const level = (employee: Employee) => employee.trackRecord?.level ?? "none";
 * ```
 */
export type Employee = Omit<z.output<typeof employeeSchema>, "trackRecord"> & { trackRecord?: TrackRecord | null | undefined };

/**
 * The JSON Schema (draft 2020-12) of the employee input, for integrators validating in other languages.
 *
 * @example
 * ```ts
 * const schema = employeeJsonSchema();
 * schema.required; // ["id", "job", "equipment", "disciplinaryStatus", "employmentStatus", "appointmentDate"]
 * ```
 */
export function employeeJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(employeeSchema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
}

// ---------------------------------------------------------------------------------------------------
// The fast structural check. It must never accept what the schema rejects; when unsure it says no and
// zod decides. Years are limited to 1900-2199 for the same reason.

/** @internal A plain `YYYY-MM-DD` date in 1900-2199 (a subset of `isIsoDate`). */
export function isSimpleDate(v: unknown): v is string {
  const n = isoDateNumber(v);
  return n >= 19000101 && n <= 21991231;
}

/** @internal A plain `YYYY-MM` month in 1900-2199 (a subset of `isIsoMonth`). */
export function isSimpleMonth(v: unknown): v is string {
  return isIsoMonth(v) && v >= "1900" && v < "2200";
}

/**
 * An ordinary object made by a literal or JSON.parse: its `constructor` is `Object` (one cached property
 * load; `Object.getPrototypeOf` was the costliest call of this check). Null-prototype objects and class
 * instances are left to zod. An own `constructor` key is not a schema key, so the key checks reject it.
 */
function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && (v as { constructor?: unknown }).constructor === Object && !Array.isArray(v);
}

// Key checks (zod's strictObject: every own enumerable key is a schema key). Each is a for-in with
// comparisons against interned literals: cheaper than a Set lookup per key on the hot path.

function onlyJobKeys(o: Record<string, unknown>): boolean {
  for (const k in o) if (k !== "faceToFaceService" && k !== "serviceCategory" && k !== "criteria") return false;
  return true;
}
function onlyEquipmentKeys(o: Record<string, unknown>): boolean {
  for (const k in o) if (k !== "laptop" && k !== "bandwidthMbps") return false;
  return true;
}
function onlyTalentKeys(o: Record<string, unknown>): boolean {
  for (const k in o) if (k !== "performance" && k !== "potential") return false;
  return true;
}
function onlyApprovalKeys(o: Record<string, unknown>): boolean {
  for (const k in o) if (k !== "approved" && k !== "by" && k !== "at") return false;
  return true;
}
function onlyCriteriaKeys(o: Record<string, unknown>): boolean {
  for (const k in o) {
    if (k !== "workableOutsideOffice" && k !== "noSpecialRoomOrEquipment" && k !== "itBased" && k !== "minimalFaceToFace" && k !== "noContinuousSupervision") return false;
  }
  return true;
}
// The literal lists above must name exactly the schema's keys (checked once, at load).
if (JOB_CRITERIA.join() !== "workableOutsideOffice,noSpecialRoomOrEquipment,itBased,minimalFaceToFace,noContinuousSupervision") {
  throw new Error("mkd-engine: JOB_CRITERIA changed; update onlyCriteriaKeys");
}

/**
 * The employee's own keys are all schema keys (a switch on interned strings beats a Set lookup).
 * @internal
 */
export function onlyEmployeeKeys(o: Record<string, unknown>): boolean {
  for (const k in o) {
    switch (k) {
      case "id":
      case "talentBox":
      case "talent":
      case "job":
      case "equipment":
      case "disciplinaryStatus":
      case "employmentStatus":
      case "appointmentDate":
      case "leaderApproval":
      case "requestedFormat":
      case "trackRecord":
        continue;
      default:
        return false;
    }
  }
  return true;
}

const FORMAT_RE = /^\d{1,2}-\d{1,2}$/;

/** `undefined` or a boolean (an optional job criterion). */
function isOptionalBoolean(v: unknown): boolean {
  return v === undefined || v === true || v === false;
}

function isNonEmptyString(v: unknown): boolean {
  return typeof v === "string" && v.length > 0;
}

/** The schema's requestedFormat string: "d-d" read on the character codes, longer forms by the regex. */
function isFormatString(v: string): boolean {
  if (v.length === 3) {
    const a = v.charCodeAt(0);
    const c = v.charCodeAt(2);
    return a >= 48 && a <= 57 && v.charCodeAt(1) === 45 && c >= 48 && c <= 57;
  }
  return FORMAT_RE.test(v);
}

/**
 * @internal True only when `input` certainly passes {@link employeeSchema}; false means "ask zod".
 * Inputs with inherited or symbol keys, class instances or getters are left to zod.
 */
export function isValidEmployeeShape(input: unknown): input is Employee {
  if (!isPlainObject(input) || !onlyEmployeeKeys(input)) return false;
  const e = input;
  if (!isNonEmptyString(e.id)) return false;
  const box = e.talentBox;
  if (box !== undefined && !(typeof box === "number" && Number.isInteger(box) && box >= 1 && box <= 9)) return false;
  const talent = e.talent;
  if (talent !== undefined) {
    if (!isPlainObject(talent) || !onlyTalentKeys(talent)) return false;
    const perf = talent.performance;
    const pot = talent.potential;
    if (!(perf === "above" || perf === "as_expected" || perf === "below") || !(pot === "high" || pot === "medium" || pot === "low")) return false;
  }
  const job = e.job;
  if (!isPlainObject(job) || !onlyJobKeys(job) || typeof job.faceToFaceService !== "boolean") return false;
  if (job.serviceCategory !== undefined && !isNonEmptyString(job.serviceCategory)) return false;
  const criteria = job.criteria;
  if (criteria !== undefined) {
    if (!isPlainObject(criteria) || !onlyCriteriaKeys(criteria)) return false;
    if (
      !isOptionalBoolean(criteria.workableOutsideOffice) ||
      !isOptionalBoolean(criteria.noSpecialRoomOrEquipment) ||
      !isOptionalBoolean(criteria.itBased) ||
      !isOptionalBoolean(criteria.minimalFaceToFace) ||
      !isOptionalBoolean(criteria.noContinuousSupervision)
    ) {
      return false;
    }
  }
  const eq = e.equipment;
  if (!isPlainObject(eq) || !onlyEquipmentKeys(eq) || typeof eq.laptop !== "boolean") return false;
  const bw = eq.bandwidthMbps;
  if (typeof bw !== "number" || !(bw >= 0) || bw === Infinity) return false;
  const ds = e.disciplinaryStatus;
  const es = e.employmentStatus;
  if (!(ds === "none" || ds === "being_processed" || ds === "serving") || !(es === "pns" || es === "pppk" || es === "cpns")) return false;
  if (!isSimpleDate(e.appointmentDate)) return false;
  const la = e.leaderApproval;
  if (la !== undefined) {
    if (!isPlainObject(la) || !onlyApprovalKeys(la) || typeof la.approved !== "boolean") return false;
    if (la.by !== undefined && !isNonEmptyString(la.by)) return false;
    if (la.at !== undefined && !isSimpleDate(la.at)) return false;
  }
  const rf = e.requestedFormat;
  if (rf !== undefined) {
    if (typeof rf === "number") {
      if (!Number.isInteger(rf) || rf < 1 || rf > 7) return false;
    } else if (typeof rf !== "string" || !isFormatString(rf)) return false;
  }
  const tr = e.trackRecord;
  if (tr !== undefined && tr !== null) {
    // z.object (not strict): extra keys of a scoring result are allowed and ignored.
    if (!isPlainObject(tr)) return false;
    const level = tr.level;
    if (!(level === "green" || level === "yellow" || level === "red")) return false;
    if (tr.month !== undefined && !isSimpleMonth(tr.month)) return false;
  }
  return true;
}
