/**
 * From a CSV row to the library's input objects: documented headers (docs/en/cli.md), Indonesian aliases,
 * and issue paths translated back to the column a spreadsheet user can find.
 */
import { MkdError, issue, type Issue } from "../core/errors.js";
import { MESSAGE_DOMAINS } from "../i18n/index.js";
import { WEEKDAYS, type Weekday } from "../core/dates.js";
import { canonicalHeader, list, RowIssues } from "./fields.js";

/** A column of an input CSV: its canonical name, aliases, and whether the header must have it. */
export interface ColumnDef {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly required?: boolean;
  /** The path in the library input this column fills (to point issues back at the column). */
  readonly path?: string;
}

/** Maps header cells to canonical column names; unknown ones are reported once, then ignored. */
export class HeaderMap {
  readonly columns: (string | null)[];
  readonly unknown: string[];
  readonly missing: string[];
  private readonly byPath: Map<string, string>;

  constructor(header: readonly string[], defs: readonly ColumnDef[]) {
    const lookup = new Map<string, string>();
    for (const d of defs) {
      lookup.set(d.name, d.name);
      for (const a of d.aliases ?? []) lookup.set(canonicalHeader(a), d.name);
    }
    this.columns = header.map((h) => lookup.get(canonicalHeader(h)) ?? null);
    this.unknown = header.filter((_, i) => this.columns[i] === null && header[i] !== "");
    this.missing = defs.filter((d) => d.required && !this.columns.includes(d.name)).map((d) => d.name);
    this.byPath = new Map(defs.filter((d) => d.path).map((d) => [d.path!, d.name]));
  }

  /** The row's cells by canonical column name. */
  fields(values: readonly string[]): Map<string, string> {
    const out = new Map<string, string>();
    values.forEach((v, i) => {
      const c = this.columns[i];
      if (c) out.set(c, v);
    });
    return out;
  }

  /** Issues with their library path replaced by the CSV column where one is known. */
  toColumns(issues: readonly Issue[]): Issue[] {
    return issues.map((i) => {
      const key = i.path.join(".");
      let column = this.byPath.get(key);
      for (let n = i.path.length - 1; column === undefined && n > 0; n--)
        column = this.byPath.get(i.path.slice(0, n).join("."));
      return column === undefined ? i : issue(i.code, [column], { ...i.params, column }, MESSAGE_DOMAINS);
    });
  }
}

/** The columns of an employee CSV (eligibility; schedule accepts them too). */
export const EMPLOYEE_COLUMNS: readonly ColumnDef[] = [
  { name: "id", aliases: ["nip", "employee_id", "id_pegawai"], required: true, path: "id" },
  { name: "name", aliases: ["nama", "employee_name"] },
  { name: "talent_box", aliases: ["box", "kotak_talenta", "talentBox"], path: "talentBox" },
  { name: "performance", aliases: ["kinerja"], path: "talent.performance" },
  { name: "potential", aliases: ["potensi"], path: "talent.potential" },
  { name: "face_to_face_service", aliases: ["layanan_tatap_muka", "tatap_muka"], path: "job.faceToFaceService" },
  { name: "service_category", aliases: ["kategori_layanan"], path: "job.serviceCategory" },
  { name: "workable_outside_office", path: "job.criteria.workableOutsideOffice" },
  { name: "no_special_room_or_equipment", path: "job.criteria.noSpecialRoomOrEquipment" },
  { name: "it_based", path: "job.criteria.itBased" },
  { name: "minimal_face_to_face", path: "job.criteria.minimalFaceToFace" },
  { name: "no_continuous_supervision", path: "job.criteria.noContinuousSupervision" },
  { name: "laptop", aliases: ["has_laptop"], path: "equipment.laptop" },
  { name: "bandwidth_mbps", aliases: ["bandwidth"], path: "equipment.bandwidthMbps" },
  { name: "discipline", aliases: ["disciplinary_status", "hukuman_disiplin"], path: "disciplinaryStatus" },
  { name: "employment_status", aliases: ["status_kepegawaian", "status"], path: "employmentStatus" },
  { name: "appointment_date", aliases: ["tmt", "tanggal_pengangkatan"], path: "appointmentDate" },
  { name: "approved", aliases: ["leader_approved", "disetujui"], path: "leaderApproval.approved" },
  { name: "approved_by", aliases: ["disetujui_oleh"], path: "leaderApproval.by" },
  { name: "approved_at", aliases: ["tanggal_persetujuan"], path: "leaderApproval.at" },
  { name: "requested_format", aliases: ["requested_days", "format", "format_diminta"], path: "requestedFormat" },
  { name: "track_record", aliases: ["rekam_jejak", "warning_level"], path: "trackRecord.level" },
  { name: "track_record_month", aliases: ["bulan_rekam_jejak"], path: "trackRecord.month" },
];

/** The extra columns of a schedule members CSV. */
export const MEMBER_COLUMNS: readonly ColumnDef[] = [
  { name: "granted_days", aliases: ["granted_flexible_days", "hari_fleksibel"], path: "grantedFlexibleDays" },
  { name: "roles", aliases: ["role", "peran"], path: "roles" },
  { name: "preferred_days", aliases: ["preferred_weekdays", "hari_pilihan"], path: "preferredFlexibleWeekdays" },
  { name: "flexible_location", aliases: ["lokasi_fleksibel"], path: "flexibleLocation" },
  { name: "leave", aliases: ["cuti"], path: "overrides" },
  { name: "official_travel", aliases: ["dinas_luar", "travel"], path: "overrides" },
  { name: "on_site", aliases: ["must_be_on_site", "wajib_kantor"], path: "overrides" },
  { name: "pinned_flexible", aliases: ["fleksibel_tetap"], path: "overrides" },
];

const LEVEL_ALIASES = { hijau: "green", kuning: "yellow", merah: "red" } as const;
const PERFORMANCE_ALIASES = {
  di_atas_ekspektasi: "above",
  diatas_ekspektasi: "above",
  sesuai_ekspektasi: "as_expected",
  di_bawah_ekspektasi: "below",
  dibawah_ekspektasi: "below",
} as const;
const POTENTIAL_ALIASES = { tinggi: "high", menengah: "medium", sedang: "medium", rendah: "low" } as const;
const DISCIPLINE_ALIASES = {
  tidak_ada: "none",
  tidak: "none",
  no: "none",
  diproses: "being_processed",
  menjalani: "serving",
} as const;
const WEEKDAY_ALIASES: Record<string, Weekday> = {
  mon: "monday",
  tue: "tuesday",
  wed: "wednesday",
  thu: "thursday",
  fri: "friday",
  sat: "saturday",
  sun: "sunday",
  senin: "monday",
  selasa: "tuesday",
  rabu: "wednesday",
  kamis: "thursday",
  jumat: "friday",
  sabtu: "saturday",
  minggu: "sunday",
  sen: "monday",
  sel: "tuesday",
  rab: "wednesday",
  kam: "thursday",
  jum: "friday",
};

/** Sets `obj[a][b]...` creating objects on the way (only when the value is defined). */
function put(obj: Record<string, unknown>, path: string, value: unknown): void {
  if (value === undefined) return;
  const parts = path.split(".");
  let cur = obj;
  for (const p of parts.slice(0, -1)) cur = (cur[p] ??= {}) as Record<string, unknown>;
  cur[parts.at(-1)!] = value;
}

/** Builds the employee input of `checkEligibility` from a CSV row; conversion problems go to `issues`. */
export function employeeFromFields(f: Map<string, string>, issues: RowIssues): Record<string, unknown> {
  const e: Record<string, unknown> = {};
  const id = f.get("id");
  if (id === undefined || id === "") issues.add("id", "cli_value_required");
  else e.id = id;
  put(e, "talentBox", issues.integer("talent_box", f.get("talent_box")));
  const performance = issues.choice(
    "performance",
    f.get("performance"),
    ["above", "as_expected", "below"],
    PERFORMANCE_ALIASES,
  );
  const potential = issues.choice("potential", f.get("potential"), ["high", "medium", "low"], POTENTIAL_ALIASES);
  if (performance !== undefined || potential !== undefined) e.talent = { performance, potential };
  e.job = {};
  put(e, "job.faceToFaceService", issues.bool("face_to_face_service", f.get("face_to_face_service")));
  put(e, "job.serviceCategory", f.get("service_category") || undefined);
  for (const [column, key] of [
    ["workable_outside_office", "workableOutsideOffice"],
    ["no_special_room_or_equipment", "noSpecialRoomOrEquipment"],
    ["it_based", "itBased"],
    ["minimal_face_to_face", "minimalFaceToFace"],
    ["no_continuous_supervision", "noContinuousSupervision"],
  ] as const) {
    put(e, `job.criteria.${key}`, issues.bool(column, f.get(column)));
  }
  e.equipment = {};
  put(e, "equipment.laptop", issues.bool("laptop", f.get("laptop")));
  put(e, "equipment.bandwidthMbps", issues.number("bandwidth_mbps", f.get("bandwidth_mbps")));
  put(
    e,
    "disciplinaryStatus",
    issues.choice("discipline", f.get("discipline"), ["none", "being_processed", "serving"], DISCIPLINE_ALIASES),
  );
  put(e, "employmentStatus", issues.choice("employment_status", f.get("employment_status"), ["cpns", "pns", "pppk"]));
  put(e, "appointmentDate", issues.date("appointment_date", f.get("appointment_date")));
  const approved = issues.bool("approved", f.get("approved"));
  if (approved !== undefined) {
    e.leaderApproval = { approved };
    put(e, "leaderApproval.by", f.get("approved_by") || undefined);
    put(e, "leaderApproval.at", issues.date("approved_at", f.get("approved_at")));
  }
  const requested = f.get("requested_format");
  if (requested !== undefined && requested !== "")
    e.requestedFormat = /^\d+$/.test(requested) ? Number(requested) : requested;
  const level = issues.choice("track_record", f.get("track_record"), ["green", "yellow", "red"], LEVEL_ALIASES);
  if (level !== undefined)
    e.trackRecord = {
      level,
      ...(f.get("track_record_month")
        ? { month: issues.month("track_record_month", f.get("track_record_month")) }
        : {}),
    };
  return e;
}

/** The eligibility columns a header must have (every row would fail without them). */
export function missingEmployeeColumns(map: HeaderMap): string[] {
  const need = [
    "face_to_face_service",
    "laptop",
    "bandwidth_mbps",
    "discipline",
    "employment_status",
    "appointment_date",
  ].filter((c) => !map.columns.includes(c));
  if (
    !map.columns.includes("talent_box") &&
    !(map.columns.includes("performance") && map.columns.includes("potential"))
  )
    need.unshift("talent_box");
  return need;
}

/** True when a CSV header carries the eligibility columns (so a schedule can decide the granted days itself). */
export function hasEligibilityColumns(map: HeaderMap): boolean {
  return map.columns.includes("talent_box") || map.columns.includes("performance");
}

/** Builds a schedule member from a CSV row (granted days from `granted_days`, or `granted` when decided). */
export function memberFromFields(
  f: Map<string, string>,
  issues: RowIssues,
  granted: number | undefined,
): Record<string, unknown> {
  const m: Record<string, unknown> = {};
  const id = f.get("id");
  if (id === undefined || id === "") issues.add("id", "cli_value_required");
  else m.id = id;
  if (f.get("name")) m.name = f.get("name");
  const days = granted ?? issues.integer("granted_days", f.get("granted_days"));
  if (days === undefined && !f.get("granted_days")) issues.add("granted_days", "cli_value_required");
  else m.grantedFlexibleDays = days;
  // Role names are matched as lowercase words (`Front Desk` is `front_desk`).
  const roles = list(f.get("roles")).map(canonicalHeader);
  if (roles.length > 0) m.roles = roles;
  const preferred: Weekday[] = [];
  for (const raw of list(f.get("preferred_days"))) {
    const v = canonicalHeader(raw);
    const day = (WEEKDAYS as readonly string[]).includes(v) ? (v as Weekday) : WEEKDAY_ALIASES[v];
    if (day) preferred.push(day);
    else issues.add("preferred_days", "cli_value_unknown", { value: raw, options: [...WEEKDAYS] });
  }
  if (preferred.length > 0) m.preferredFlexibleWeekdays = preferred;
  const location = issues.choice(
    "flexible_location",
    f.get("flexible_location"),
    ["home", "anywhere", "other_office"],
    { rumah: "home", kantor_lain: "other_office" },
  );
  if (location) m.flexibleLocation = location;
  const overrides: { date: string; kind: string }[] = [];
  for (const [column, kind] of [
    ["leave", "leave"],
    ["official_travel", "official_travel"],
    ["on_site", "office"],
    ["pinned_flexible", "flexible"],
  ] as const) {
    for (const date of issues.dates(column, f.get(column))) overrides.push({ date, kind });
  }
  if (overrides.length > 0) m.overrides = overrides.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return m;
}

/** The row error for conversion problems, with the line number. */
export function rowError(line: number | undefined, issues: readonly Issue[]): MkdError {
  return new MkdError("cli_row_invalid", { line: line ?? "-" }, issues, MESSAGE_DOMAINS);
}
