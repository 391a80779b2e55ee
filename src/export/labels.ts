/**
 * Words the calendar exports show to people, in Indonesian and English. Codes stay in the data; these
 * are only labels (not message codes, so they live beside the renderers).
 */
import { interpolate } from "../i18n/define.js";
import type { Locale } from "../i18n/index.js";
import type { AssignmentMode, LocationKind } from "../schedule/types.js";

/** Label and one-letter mark of each assignment mode, in both languages. */
const MODE_LABELS: Readonly<Record<AssignmentMode, { id: string; en: string; markId: string; markEn: string }>> = {
  office: { id: "Kantor", en: "Office", markId: "K", markEn: "O" },
  flexible: { id: "Fleksibel", en: "Flexible", markId: "F", markEn: "F" },
  official_travel: { id: "Dinas luar", en: "Official travel", markId: "D", markEn: "T" },
  leave: { id: "Cuti", en: "Leave", markId: "C", markEn: "L" },
  holiday: { id: "Libur", en: "Holiday", markId: "L", markEn: "H" },
  weekend: { id: "Akhir pekan", en: "Weekend", markId: "", markEn: "" },
};

/** Three-letter weekday names (calendar headers, policy tables), keyed by weekday code. */
export const WEEKDAY_SHORT: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  id: {
    monday: "Sen",
    tuesday: "Sel",
    wednesday: "Rab",
    thursday: "Kam",
    friday: "Jum",
    saturday: "Sab",
    sunday: "Min",
  },
  en: {
    monday: "Mon",
    tuesday: "Tue",
    wednesday: "Wed",
    thursday: "Thu",
    friday: "Fri",
    saturday: "Sat",
    sunday: "Sun",
  },
};

/** Label of each flexible or office location. */
export const LOCATION_LABELS: Readonly<Record<LocationKind, { id: string; en: string }>> = {
  office: { id: "Kantor", en: "Office" },
  home: { id: "Rumah (domisili terdaftar)", en: "Home (registered domicile)" },
  anywhere: { id: "Lokasi fleksibel", en: "Flexible location" },
  other_office: { id: "Kantor lain instansi", en: "Another office of the agency" },
  travel: { id: "Dinas luar", en: "Official travel" },
};

const WORDS = {
  title: { id: "Jadwal MKD", en: "MKD schedule" },
  member: { id: "Pegawai", en: "Member" },
  granted: { id: "Hari fleksibel per minggu yang diberikan", en: "Flexible days a week granted" },
  grantedShort: { id: "Fleks./mgg", en: "Flex/wk" },
  onSite: { id: "Di kantor", en: "On site" },
  required: { id: "Minimal di kantor", en: "Required on site" },
  flexibleCount: { id: "Fleksibel", en: "Flexible" },
  seats: { id: "Kursi", en: "Seats" },
  legend: { id: "Keterangan", en: "Legend" },
  verdict: { id: "Kepatuhan", en: "Compliance" },
  compliant: { id: "patuh, semua batasan wajib terpenuhi", en: "compliant, every hard constraint holds" },
  violations: { id: "ada batasan wajib yang dilanggar", en: "hard constraints violated" },
  hard: { id: "Batasan wajib", en: "Hard constraints" },
  soft: { id: "Sasaran lunak", en: "Soft goals" },
  policy: { id: "Kebijakan", en: "Policy" },
  unit: { id: "Unit", en: "Unit" },
  period: { id: "Periode", en: "Period" },
  totals: { id: "Jumlah", en: "Totals" },
  collective: { id: "Hari fleksibel bersama", en: "Collective flexible day" },
  nationalFwa: { id: "Hari FWA nasional", en: "National flexible-work day" },
  nationalHoliday: { id: "Libur nasional", en: "National holiday" },
  cutiBersama: { id: "Cuti bersama", en: "Collective leave (cuti bersama)" },
  ramadan: { id: "Jam kerja Ramadan", en: "Ramadan hours" },
  estimated: { id: "Memakai hari libur perkiraan", en: "Uses estimated holidays" },
  hours: { id: "Jam kerja", en: "Hours" },
  breakMinutes: { id: "istirahat {n} menit", en: "{n} min break" },
  core: { id: "jam inti terhubung", en: "core availability" },
  reasons: { id: "Alasan", en: "Reasons" },
  generatedBy: {
    id: "Dibuat oleh mkd-engine dari data kebijakan bersumber",
    en: "Made by mkd-engine from cited policy data",
  },
  affected: { id: "terdampak", en: "affected" },
  anchor: { id: "Hari kumpul", en: "Anchor day" },
  illustrative: { id: "ilustratif", en: "illustrative" },
  score: { id: "skor", en: "score" },
} as const;

/** A label in the given language. */
export function word(key: keyof typeof WORDS, locale: Locale, params: Record<string, string | number> = {}): string {
  return interpolate(WORDS[key][locale], params);
}

/** Label of a mode in the given language. */
export function modeLabel(mode: AssignmentMode, locale: Locale): string {
  return MODE_LABELS[mode][locale];
}

/** One-letter mark of a mode in the given language (empty for weekends). */
export function modeMark(mode: AssignmentMode, locale: Locale): string {
  const m = MODE_LABELS[mode];
  return locale === "id" ? m.markId : m.markEn;
}

const REASONS: Readonly<Record<string, { id: string; en: string }>> = {
  collective_flexible_day: { id: "hari fleksibel bersama", en: "collective flexible day" },
  national_flexible_work_day: { id: "hari FWA nasional", en: "national flexible-work day" },
  mkd_flexible_day: { id: "hari fleksibel MKD", en: "MKD flexible day" },
  pinned_flexible: { id: "ditetapkan fleksibel", en: "pinned flexible" },
  pinned_office: { id: "wajib di kantor", en: "must be on site" },
  override_leave: { id: "cuti", en: "leave" },
  override_official_travel: { id: "dinas luar", en: "official travel" },
  no_mkd: { id: "tanpa MKD", en: "no MKD" },
  mandatory_office_weekday: { id: "hari wajib kantor", en: "mandatory office weekday" },
  anchor_day: { id: "hari kumpul", en: "anchor day" },
  coverage: { id: "menjaga jumlah minimal di kantor", en: "keeps the on-site minimum" },
  preferred_weekday: { id: "hari pilihan", en: "preferred weekday" },
  exempt_public_service: { id: "unit pelayanan publik langsung", en: "direct public service unit" },
  national_holiday: { id: "libur nasional", en: "national holiday" },
  cuti_bersama: { id: "cuti bersama", en: "collective leave" },
  weekend: { id: "akhir pekan", en: "weekend" },
  ramadan_hours: { id: "jam kerja Ramadan", en: "Ramadan hours" },
  office_day: { id: "hari kantor", en: "office day" },
};

/** A readable label for an assignment reason code (the code itself when unknown). */
export function reasonLabel(code: string, locale: Locale): string {
  return REASONS[code]?.[locale] ?? code;
}
