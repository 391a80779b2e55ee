/**
 * The vocabulary eligibility rules may speak: every fact a policy rule can test, its type, and the
 * operators json-rules-engine offers. Policy validation rejects a rule that names anything else, so a
 * typo in a policy file is an error at load time, not a silently failing condition at decision time.
 */

/** The kind of value a fact holds (drives validation of rule values). */
export type FactType = "number" | "boolean" | "string" | "object";

/** One fact eligibility rules may test. */
export interface FactDefinition {
  readonly type: FactType;
  /** For string facts with a closed set of values. */
  readonly values?: readonly string[];
  /** For object facts: the properties a rule path may reach (`$.name`). */
  readonly properties?: readonly string[];
  readonly description: { readonly id: string; readonly en: string };
}

/** National job criteria of PermenPANRB 4/2025 (the properties of the `jobCriteria` fact). */
export const JOB_CRITERIA = [
  "workableOutsideOffice",
  "noSpecialRoomOrEquipment",
  "itBased",
  "minimalFaceToFace",
  "noContinuousSupervision",
] as const;

/** Every fact a policy rule may name. */
export const FACTS = {
  talentBox: { type: "number", description: { id: "Posisi kotak talenta (1-9, PermenPANRB 3/2020)", en: "Talent box (1-9, PermenPANRB 3/2020)" } },
  performance: { type: "string", values: ["above", "as_expected", "below"], description: { id: "Kinerja pada matriks talenta", en: "Performance on the talent matrix" } },
  potential: { type: "string", values: ["high", "medium", "low"], description: { id: "Potensi pada matriks talenta", en: "Potential on the talent matrix" } },
  faceToFaceService: { type: "boolean", description: { id: "Memberi pelayanan publik tatap muka", en: "Gives face-to-face public service" } },
  serviceCategory: { type: "string", description: { id: "Kategori layanan (kesehatan, pendidikan, perizinan, ...)", en: "Service category (health, education, licensing, ...)" } },
  jobCriteria: { type: "object", properties: JOB_CRITERIA, description: { id: "Kriteria jabatan nasional (PermenPANRB 4/2025)", en: "National job criteria (PermenPANRB 4/2025)" } },
  hasLaptop: { type: "boolean", description: { id: "Memiliki laptop kerja", en: "Has a work laptop" } },
  bandwidthMbps: { type: "number", description: { id: "Bandwidth internet di lokasi fleksibel (Mbps)", en: "Internet bandwidth at the flexible location (Mbps)" } },
  disciplinaryStatus: { type: "string", values: ["none", "being_processed", "serving"], description: { id: "Status hukuman disiplin", en: "Disciplinary sentence status" } },
  employmentStatus: { type: "string", values: ["cpns", "pns", "pppk"], description: { id: "Status kepegawaian", en: "Employment status" } },
  tenureMonths: { type: "number", description: { id: "Masa kerja dalam bulan penuh pada tanggal keputusan", en: "Completed months of service on the decision date" } },
  leaderApproved: { type: "boolean", description: { id: "Disetujui pimpinan", en: "Approved by the leader" } },
  requestedFlexibleDays: { type: "number", description: { id: "Hari fleksibel per minggu yang diminta", en: "Flexible days a week requested" } },
  trackRecordLevel: { type: "string", values: ["green", "yellow", "red", "none"], description: { id: "Tingkat peringatan dini terakhir", en: "Latest early-warning level" } },
  trackRecordQuotaDays: { type: "number", description: { id: "Kuota hari fleksibel menurut rekam jejak", en: "Flexible-day quota allowed by the track record" } },
} as const satisfies Record<string, FactDefinition>;

/** The name of a fact a policy rule may test. */
export type FactName = keyof typeof FACTS;

/** json-rules-engine's built-in operators: the only ones a policy may use. */
export const OPERATORS = [
  "equal",
  "notEqual",
  "in",
  "notIn",
  "contains",
  "doesNotContain",
  "lessThan",
  "lessThanInclusive",
  "greaterThan",
  "greaterThanInclusive",
] as const;

/** An operator a policy rule may use. */
export type OperatorName = (typeof OPERATORS)[number];

/** A rule path must be a plain property path such as `$.itBased`: no filters, scripts or wildcards. */
export const PLAIN_PATH = /^\$(\.[A-Za-z_][A-Za-z0-9_]*)+$/;

/** Object keys that could reach a prototype when a document is merged or read. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** True when `name` is a known fact. */
export function isFactName(name: string): name is FactName {
  return Object.prototype.hasOwnProperty.call(FACTS, name);
}
