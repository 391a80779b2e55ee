/**
 * The fact registry: every fact an eligibility rule may test is declared here, once, with its type,
 * the part of the employee input it is read from (a zod fragment, with TSDoc on each field), its
 * description in Indonesian and English, its legal source, and how it is derived from the input at the
 * decision date. Everything else is derived from this one object:
 *
 * - the employee input schema (`employeeSchema`), its TypeScript type (`EmployeeInput`) and its JSON
 *   Schema (`employeeJsonSchema`), in src/eligibility/employee.ts;
 * - the rule vocabulary `validatePolicy` checks (fact names, types, closed value sets, object properties);
 * - the fact layout the compiled rules read (`SLOT_LAYOUT` in src/rules/compile.ts);
 * - the derivation of the facts of a decision (src/eligibility/derive.ts) and the checks that need the
 *   decision date or the policy (plausible dates, a request that fits the policy week).
 *
 * Adding a fact is one entry here plus its test (see test/eligibility/facts.test.ts).
 *
 * Safety: the vocabulary is what makes a policy's rules data. Policy validation rejects a rule that names
 * anything else, so a typo in a policy file is an error at load time, not a silently failing condition.
 * The rest of the vocabulary (operators, plain paths, forbidden keys) is in src/policy/vocabulary.ts.
 */
import * as z from "zod/mini";
import { completedMonthsUntil, isIsoDate, isIsoMonth, isoDateNumber, monthsBetween } from "../core/dates.js";
import { issue, type Issue, type IssuePath } from "../core/errors.js";
import { object, strictObject, withMeta } from "../core/schema-meta.js";
import { performanceOfBox, potentialOfBox, talentBoxFromPair } from "../core/talent.js";
import type { TrackRecordLevel } from "../core/track-record.js";
import { historyMonthSchema } from "../core/track-record.js";
import type { DecisionDate, FactDefinition, In } from "./fact-definition.js";

/**
 * Earliest plausible date of service, position or approval (issue 10 item 5): older dates are typing
 * errors (0000-01-01 gave 24,314 months of service), not civil servants.
 *
 * @example
 * ```ts
 * "1949-12-31" < EARLIEST_PLAUSIBLE_DATE; // true
 * ```
 */
export const EARLIEST_PLAUSIBLE_DATE = "1950-01-01";

const isoDate = withMeta(z.string().check(z.refine(isIsoDate, { params: { code: "invalid_date" } })), {
  format: "date",
  description: "A calendar date, YYYY-MM-DD",
});
const isoMonth = withMeta(z.string().check(z.refine(isIsoMonth, { params: { code: "invalid_month" } })), {
  description: "A month, YYYY-MM",
});

/** Reports a date before {@link EARLIEST_PLAUSIBLE_DATE} or after the decision date (`afterCode`). */
function plausibleDate(
  value: unknown,
  path: IssuePath,
  at: DecisionDate,
  afterCode:
    | "eligibility_appointment_after_as_of"
    | "eligibility_position_start_after_as_of"
    | "eligibility_approval_after_as_of",
  out: Issue[],
): void {
  // Two string comparisons in the usual case (ISO dates compare as strings); the calendar check only
  // when one fails, since the schema reports a malformed date itself.
  if (typeof value !== "string" || (value >= EARLIEST_PLAUSIBLE_DATE && value <= at.date) || !isIsoDate(value)) return;
  if (value < EARLIEST_PLAUSIBLE_DATE)
    out.push(issue("eligibility_date_before_1950", path, { date: value, earliest: EARLIEST_PLAUSIBLE_DATE }));
  else {
    const params =
      afterCode === "eligibility_appointment_after_as_of"
        ? { appointmentDate: value, asOf: at.date }
        : { date: value, asOf: at.date };
    out.push(issue(afterCode, path, params));
  }
}

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/** The box of a validated employee: given, or converted from the pair (PermenPANRB 3/2020 table). */
function boxOf(e: In): number {
  return e.talentBox ?? talentBoxFromPair(e.talent.performance, e.talent.potential);
}

/** Completed months from a validated date to the decision date (core/dates' count, on the digits). */
function monthsUntil(from: string, at: DecisionDate): number {
  return completedMonthsUntil(isoDateNumber(from), at.year, at.monthNumber, at.day);
}

/** The track-record level of a validated employee (a history was evaluated to a level before this). */
function levelOf(e: In): TrackRecordLevel | "none" {
  const tr = e.trackRecord;
  return tr === undefined || tr === null ? "none" : tr.level;
}

const TALENT_SOURCE = "PermenPANRB 3/2020 (manajemen talenta ASN): matriks 9 kotak";
const PASAL_25 = "PermenPANRB 4/2025 Pasal 25 (kriteria pegawai)";
const LAUNCH = "MKD Jabar, peluncuran 2023-06-19 (reported)";
const EARLY_WARNING = "MKD Jabar 2023: evaluasi kinerja bulanan dengan sistem peringatan dini (reported)";

/**
 * National job criteria of PermenPANRB 4/2025 Pasal 11 (the properties of the `jobCriteria` fact).
 *
 * @example
 * ```ts
 * JOB_CRITERIA.includes("itBased"); // true
 * ```
 */
export const JOB_CRITERIA = [
  "workableOutsideOffice",
  "noSpecialRoomOrEquipment",
  "itBased",
  "minimalFaceToFace",
  "noContinuousSupervision",
] as const;

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

/**
 * Every fact a policy rule may name, in the order of the fact layout the compiled rules read.
 *
 * @example
 * ```ts
 * Object.keys(FACTS).includes("monthsInPosition"); // true
 * FACTS.talentBox.description.en; // "Talent box (1-9, PermenPANRB 3/2020)"
 * ```
 */
export const FACTS = {
  talentBox: {
    type: "number",
    unit: "box",
    description: { id: "Posisi kotak talenta (1-9, PermenPANRB 3/2020)", en: "Talent box (1-9, PermenPANRB 3/2020)" },
    source: TALENT_SOURCE,
    input: {
      /** Box 1-9 of the PermenPANRB 3/2020 talent matrix (rows top to bottom: 4 7 9 / 2 5 8 / 1 3 6). Give it or `talent`. */
      talentBox: z.optional(z.number().check(z.int(), z.gte(1), z.lte(9))),
      /** The (performance, potential) pair, converted through the PermenPANRB 3/2020 table. Give it or `talentBox`; both must name the same box. */
      talent: z.optional(
        strictObject({
          /** Performance (kinerja) on the talent matrix. */
          performance: z.enum(PERFORMANCES),
          /** Potential (potensi) on the talent matrix. */
          potential: z.enum(POTENTIALS),
        }),
      ),
    },
    derive: boxOf,
    check(raw, _env, out) {
      const box = raw.talentBox;
      const talent = raw.talent;
      if (box === undefined && talent === undefined) out.push(issue("eligibility_talent_required", ["talentBox"]));
      else if (typeof box === "number" && isObj(talent)) {
        const { performance, potential } = talent;
        if (
          (PERFORMANCES as readonly unknown[]).includes(performance) &&
          (POTENTIALS as readonly unknown[]).includes(potential)
        ) {
          const expected = talentBoxFromPair(
            performance as (typeof PERFORMANCES)[number],
            potential as (typeof POTENTIALS)[number],
          );
          if (expected !== box)
            out.push(
              issue("eligibility_talent_mismatch", ["talent"], { talentBox: box, performance, potential, expected }),
            );
        }
      }
    },
  },
  performance: {
    type: "string",
    values: PERFORMANCES,
    description: { id: "Kinerja pada matriks talenta", en: "Performance on the talent matrix" },
    source: TALENT_SOURCE,
    derive: (e) => performanceOfBox(boxOf(e)),
  },
  potential: {
    type: "string",
    values: POTENTIALS,
    description: { id: "Potensi pada matriks talenta", en: "Potential on the talent matrix" },
    source: TALENT_SOURCE,
    derive: (e) => potentialOfBox(boxOf(e)),
  },
  faceToFaceService: {
    type: "boolean",
    description: { id: "Memberi pelayanan publik tatap muka", en: "Gives face-to-face public service" },
    source:
      "MKD Jabar 2023 (pelayanan tatap muka dikecualikan, reported); PermenPANRB 4/2025 Pasal 11 (minim tatap muka)",
    input: {
      /** The job (jabatan): face-to-face service, service category and the national job criteria (PermenPANRB 4/2025 Pasal 11). */
      job: {
        /** Gives face-to-face public service (health workers, front desks): excluded from MKD at its 2023 launch. */
        faceToFaceService: z.boolean(),
      },
    },
    derive: (e) => e.job.faceToFaceService,
  },
  serviceCategory: {
    type: "string",
    description: {
      id: "Kategori layanan (kesehatan, pendidikan, perizinan, ...)",
      en: "Service category (health, education, licensing, ...)",
    },
    source: "SE 188/KPG.03/BKD (unit pelayanan publik langsung dikecualikan dari WFH Kamis)",
    input: {
      job: {
        /** E.g. health, education, licensing: required when a rule of the policy reads it (SE 188/KPG.03/BKD exempts direct public service). */
        serviceCategory: z.optional(z.string().check(z.minLength(1))),
      },
    },
    requiredWhenRead: ["job", "serviceCategory"],
    derive: (e) => e.job.serviceCategory,
  },
  jobCriteria: {
    type: "object",
    properties: JOB_CRITERIA,
    description: {
      id: "Kriteria jabatan nasional (PermenPANRB 4/2025 Pasal 11)",
      en: "National job criteria (PermenPANRB 4/2025 Pasal 11)",
    },
    source: "PermenPANRB 4/2025 Pasal 11 (kriteria jabatan)",
    input: {
      job: {
        /** The five national job criteria of PermenPANRB 4/2025 Pasal 11, each true, false or left out (not recorded: reported as unknown). */
        criteria: z.optional(
          strictObject({
            /** The job can be done outside the office. */
            workableOutsideOffice: z.optional(z.boolean()),
            /** The job needs no special room or equipment. */
            noSpecialRoomOrEquipment: z.optional(z.boolean()),
            /** The job runs on IT / SPBE. */
            itBased: z.optional(z.boolean()),
            /** The job needs minimal face-to-face contact. */
            minimalFaceToFace: z.optional(z.boolean()),
            /** The job needs no continuous supervision. */
            noContinuousSupervision: z.optional(z.boolean()),
          }),
        ),
      },
    },
    derive: (e) => e.job.criteria,
  },
  hasLaptop: {
    type: "boolean",
    description: { id: "Memiliki laptop kerja", en: "Has a work laptop" },
    source: `${LAUNCH}: kesiapan laptop`,
    input: {
      /** Readiness to work away from the office: a work laptop and internet bandwidth (MKD launch 2023, reported). */
      equipment: {
        /** Has a work laptop (MKD launch 2023: readiness, reported). */
        laptop: z.boolean(),
      },
    },
    derive: (e) => e.equipment.laptop,
  },
  bandwidthMbps: {
    type: "number",
    unit: "Mbps",
    description: {
      id: "Bandwidth internet di lokasi fleksibel (Mbps)",
      en: "Internet bandwidth at the flexible location (Mbps)",
    },
    source: `${LAUNCH}: kesiapan bandwidth internet`,
    input: {
      equipment: {
        /** Internet bandwidth at the flexible location, in Mbps (MKD launch 2023: readiness, reported). */
        bandwidthMbps: z.number().check(z.gte(0)),
      },
    },
    derive: (e) => e.equipment.bandwidthMbps,
  },
  disciplinaryStatus: {
    type: "string",
    values: DISCIPLINARY_STATUSES,
    description: { id: "Status hukuman disiplin", en: "Disciplinary sentence status" },
    source: PASAL_25,
    input: {
      /** Disciplinary sentence (hukuman disiplin): PermenPANRB 4/2025 Pasal 25 excludes anyone serving one or being processed for one. */
      disciplinaryStatus: z.enum(DISCIPLINARY_STATUSES),
    },
    derive: (e) => e.disciplinaryStatus,
  },
  employmentStatus: {
    type: "string",
    values: EMPLOYMENT_STATUSES,
    description: { id: "Status kepegawaian", en: "Employment status" },
    source: "UU 20/2023 tentang ASN (PNS, PPPK); CPNS: calon PNS dalam masa percobaan",
    input: {
      /** CPNS (candidate on probation), PNS or PPPK (UU 20/2023 tentang ASN). */
      employmentStatus: z.enum(EMPLOYMENT_STATUSES),
    },
    derive: (e) => e.employmentStatus,
  },
  tenureMonths: {
    type: "number",
    unit: "months",
    description: {
      id: "Masa kerja sejak pengangkatan, dalam bulan penuh pada tanggal keputusan",
      en: "Completed months of service since appointment on the decision date",
    },
    source: "input (TMT pengangkatan)",
    input: {
      /** First day of service (TMT pengangkatan), YYYY-MM-DD, from 1950-01-01 to the decision date; counted in completed months. */
      appointmentDate: isoDate,
    },
    derive: (e, env) => monthsUntil(e.appointmentDate, env.at),
    check(raw, env, out) {
      plausibleDate(raw.appointmentDate, ["appointmentDate"], env.at, "eligibility_appointment_after_as_of", out);
    },
  },
  monthsInPosition: {
    type: "number",
    unit: "months",
    description: {
      id: "Masa dalam jabatan sekarang, dalam bulan penuh (dari tanggal mulai jabatan; dari tanggal pengangkatan bila tidak diisi)",
      en: "Completed months in the current position (from the position start date; from the appointment date when not given)",
    },
    source: `${PASAL_25}: pegawai baru = baru ditempatkan dalam jabatan (pengadaan, promosi, mutasi, rotasi)`,
    input: {
      /**
       * First day in the current position (through procurement, promotion, transfer or rotation), YYYY-MM-DD,
       * from 1950-01-01 to the decision date. PermenPANRB 4/2025 Pasal 25 excludes a new employee (pegawai
       * baru), measured from this date; when absent, `appointmentDate` is used and `tenureMeasuredFrom` says so.
       */
      positionStartDate: z.optional(isoDate),
    },
    derive: (e, env) => monthsUntil(e.positionStartDate ?? e.appointmentDate, env.at),
    fallback: {
      when: (e) => e.positionStartDate === undefined,
      code: "eligibility_position_start_not_given",
      params: (e) => ({ appointmentDate: e.appointmentDate }),
    },
    check(raw, env, out) {
      plausibleDate(
        raw.positionStartDate,
        ["positionStartDate"],
        env.at,
        "eligibility_position_start_after_as_of",
        out,
      );
    },
  },
  tenureMeasuredFrom: {
    type: "string",
    values: ["position_start", "appointment"],
    description: {
      id: "Dasar penghitungan masa dalam jabatan: tanggal mulai jabatan, atau tanggal pengangkatan bila tidak diisi",
      en: "What the months in position are counted from: the position start date, or the appointment date when not given",
    },
    source: PASAL_25,
    derive: (e) => (e.positionStartDate === undefined ? "appointment" : "position_start"),
  },
  leaderApproved: {
    type: "boolean",
    description: { id: "Disetujui pimpinan", en: "Approved by the leader" },
    source: "PermenPANRB 4/2025 (pimpinan instansi menetapkan); MKD Jabar 2023 (persetujuan atasan)",
    input: {
      /** The leader's approval of the application; absent means not (yet) approved. */
      leaderApproval: z.optional(
        strictObject({
          /** Whether the leader approved. */
          approved: z.boolean(),
          /** Who approved (NIP or name). */
          by: z.optional(z.string().check(z.minLength(1))),
          /** Date of the approval, YYYY-MM-DD, from 1950-01-01 to the decision date. */
          at: z.optional(isoDate),
        }),
      ),
    },
    derive: (e) => e.leaderApproval !== undefined && e.leaderApproval.approved === true,
    check(raw, env, out) {
      const la = raw.leaderApproval;
      if (isObj(la)) plausibleDate(la.at, ["leaderApproval", "at"], env.at, "eligibility_approval_after_as_of", out);
    },
  },
  requestedFlexibleDays: {
    type: "number",
    unit: "days a week",
    description: { id: "Hari fleksibel per minggu yang diminta", en: "Flexible days a week requested" },
    source: `${LAUNCH}: format 1-4, 3-2, 4-1; PermenPANRB 4/2025 Pasal 13(1)`,
    input: {
      /** "3-2" (3 flexible days, 2 office days, adding up to the policy week) or a number of flexible days; absent means "as many as allowed". */
      requestedFormat: z.optional(
        z.union([z.string().check(z.regex(/^\d{1,2}-\d{1,2}$/)), z.number().check(z.int(), z.gte(1), z.lte(7))]),
      ),
    },
    requiredWhenRead: ["requestedFormat"],
    derive(e) {
      const rf = e.requestedFormat;
      if (rf === undefined || typeof rf === "number") return rf;
      return rf.charCodeAt(1) === 45 ? rf.charCodeAt(0) - 48 : Number(rf.slice(0, rf.indexOf("-")));
    },
    check(raw, env, out) {
      const rf = raw.requestedFormat;
      if (typeof rf === "string") {
        const dash = rf.indexOf("-");
        const flex = Number(rf.slice(0, dash));
        const office = Number(rf.slice(dash + 1));
        if (dash > 0 && (flex < 1 || flex + office !== env.workingDays))
          out.push(
            issue("eligibility_format_invalid", ["requestedFormat"], { format: rf, workingDays: env.workingDays }),
          );
      } else if (typeof rf === "number" && Number.isInteger(rf) && rf > env.workingDays) {
        out.push(issue("eligibility_days_invalid", ["requestedFormat"], { days: rf, workingDays: env.workingDays }));
      }
    },
  },
  trackRecordLevel: {
    type: "string",
    values: ["green", "yellow", "red", "none"],
    description: { id: "Tingkat peringatan dini terakhir", en: "Latest early-warning level" },
    source: EARLY_WARNING,
    input: {
      /**
       * The track record: the latest early-warning level (any object with `level`, e.g. the result of
       * `evaluateEarlyWarning`), or its inputs, the history of scored months oldest first (e.g. `scoreMonth`
       * results), which is evaluated with `evaluateEarlyWarning` under the decision's policy. Absent or null:
       * none yet.
       */
      trackRecord: z.optional(
        z.nullable(
          z.union([
            object({
              /** green, yellow or red. */
              level: z.enum(LEVELS),
              /** The month the level was evaluated for, YYYY-MM. */
              month: z.optional(isoMonth),
            }),
            z.array(historyMonthSchema).check(z.minLength(1)),
          ]),
        ),
      ),
    },
    derive: levelOf,
    warn(e, env) {
      const month: string | undefined = e.trackRecord?.month;
      if (month === undefined) return undefined;
      const age = monthsBetween(month, env.at.month);
      return age > 2
        ? { code: "eligibility_track_record_stale", value: month }
        : age < 0
          ? { code: "eligibility_track_record_future", value: month }
          : undefined;
    },
  },
  trackRecordQuotaDays: {
    type: "number",
    unit: "days a week",
    description: {
      id: "Kuota hari fleksibel menurut rekam jejak",
      en: "Flexible-day quota allowed by the track record",
    },
    source: `${EARLY_WARNING}; kuota per tingkat: assumption dalam kebijakan`,
    derive(e, env) {
      const level = levelOf(e);
      const q = env.quota;
      // A branch per level, not a keyed load (this runs on every decision).
      return level === "none" ? q.none : level === "green" ? q.green : level === "yellow" ? q.yellow : q.red;
    },
  },
} as const satisfies Record<string, FactDefinition>;

/**
 * The name of a fact a policy rule may test.
 *
 * @example
 * ```ts
 * const name: FactName = "monthsInPosition";
 * ```
 */
export type FactName = keyof typeof FACTS;

/**
 * True when `name` is a known fact.
 *
 * @example
 * ```ts
 * isFactName("tenureMonths"); // true
 * isFactName("salary");       // false
 * ```
 */
export function isFactName(name: string): name is FactName {
  return Object.prototype.hasOwnProperty.call(FACTS, name);
}
