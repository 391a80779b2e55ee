/**
 * `mkd help [command]`: usage text in Indonesian (default) or English. The full reference with CSV
 * headers and exit codes is docs/en/cli.md and docs/id/cli.md.
 */
import type { Locale } from "../i18n/index.js";
import { COMMAND_OPTION_SPECS, COMMON_OPTION_SPECS, optionHelpLines } from "./options.js";

/** Section titles of the generated flag lists. */
const TITLES = {
  common: {
    en: "Common flags (accepted anywhere on the line, before or after the command):",
    id: "Opsi umum (boleh di mana saja pada baris, sebelum atau sesudah perintah):",
  },
  own: { en: "Flags of mkd {command}:", id: "Opsi mkd {command}:" },
  global: { en: "Global flags (anywhere on the line):", id: "Opsi global (di mana saja pada baris):" },
} as const;

/** The flags shown in the overview: those `run` reads before any command loads. */
const GLOBAL = ["locale", "help", "version"] as const;

const EXITS = {
  en: `Exit codes: 0 all rows answered · 1 some rows invalid (error rows written, the rest answered) · 2 usage error ·
            3 input or policy unusable · 4 no schedule exists (conflicts written)`,
  id: `Kode keluar: 0 semua baris dijawab · 1 ada baris tidak valid (baris galat ditulis, sisanya dijawab) · 2 salah pakai ·
             3 masukan atau kebijakan tidak dapat dipakai · 4 jadwal tidak mungkin disusun (konflik ditulis)`,
};

const COMMANDS: Record<string, Record<Locale, string>> = {
  overview: {
    en: `mkd: West Java's Mekanisme Kerja Dinamis (MKD) from the command line

Usage: mkd <command> [flags] [FILE | -]

Commands:
  eligibility FILE        may each employee do MKD, with how many flexible days a week
  schedule FILE           the unit's schedule for a month (members CSV/JSON, or a full schedule input JSON)
  calendar FILE --out DIR the schedule as an HTML month grid, a CSV and one .ics file per member
  score FILE              monthly scores from indicator rows (one row per employee, month and indicator)
  warn FILE               early warning over several months per employee, with next month's recommendation
  policy show|validate|schema|diff|status|test   what a policy says, check a document, its JSON Schema, compare two, data horizons, run golden cases
  demo [--out DIR]        run everything on the shipped example unit (about 40 members, December 2026)
  help [command]          this help, or a command's

FILE is a CSV (comma or semicolon, UTF-8 with or without BOM), JSON or NDJSON file; - reads stdin.
Docs: docs/en/cli.md`,
    id: `mkd: Mekanisme Kerja Dinamis (MKD) Jawa Barat dari baris perintah

Pemakaian: mkd <perintah> [opsi] [BERKAS | -]

Perintah:
  eligibility BERKAS        apakah tiap pegawai boleh MKD, dengan berapa hari fleksibel per minggu
  schedule BERKAS           jadwal unit untuk satu bulan (CSV/JSON anggota, atau JSON masukan jadwal lengkap)
  calendar BERKAS --out DIR jadwal sebagai grid bulanan HTML, CSV, dan satu berkas .ics per pegawai
  score BERKAS              nilai bulanan dari baris indikator (satu baris per pegawai, bulan, dan indikator)
  warn BERKAS               peringatan dini beberapa bulan per pegawai, dengan rekomendasi bulan berikutnya
  policy show|validate|schema|diff|status|test   isi kebijakan, periksa dokumen, JSON Schema, bandingkan dua kebijakan, cakrawala data, kasus emas
  demo [--out DIR]          jalankan semuanya pada unit contoh (sekitar 40 pegawai, Desember 2026)
  help [perintah]           bantuan ini, atau bantuan satu perintah

BERKAS adalah CSV (koma atau titik koma, UTF-8 dengan atau tanpa BOM), JSON, atau NDJSON; - membaca stdin.
Dokumentasi: docs/id/cli.md`,
  },
  eligibility: {
    en: `Usage: mkd eligibility FILE|- [--as-of DATE] [--jurisdiction ID | --policy FILE] [--format ...]

One answer per input row, in order: outcome (eligible | ineligible | needs_approval), granted flexible days,
format (e.g. 2-3) and the rules that failed. Invalid rows get an error row with their line number.
CSV headers: see docs/en/cli.md (id, talent_box or performance+potential, face_to_face_service, laptop,
bandwidth_mbps, discipline, employment_status, appointment_date, approved, requested_days, track_record, ...).`,
    id: `Pemakaian: mkd eligibility BERKAS|- [--as-of TANGGAL] [--jurisdiction ID | --policy BERKAS] [--format ...]

Satu jawaban per baris masukan, berurutan: hasil (eligible | ineligible | needs_approval), hari fleksibel yang
diberikan, format (mis. 2-3) dan aturan yang tidak terpenuhi. Baris tidak valid mendapat baris galat dengan
nomor barisnya. Judul kolom CSV: lihat docs/id/cli.md.`,
  },
  schedule: {
    en: `Usage: mkd schedule FILE|- --month YYYY-MM [--unit-id ID] [--unit-name NAME] [--unit-kind general|direct_public_service]
         [--min-on-site-share 0.5] [--min-on-site N] [--role-min ROLE=N] [--seats N] [--anchor monday] [--request-collective friday] [--format ...]

FILE: members (CSV/JSON/NDJSON; granted_days, or the eligibility columns which are then decided at the first
day of the month) or a complete schedule input JSON ({ unit, members, period, ... }). Table output is a grid.`,
    id: `Pemakaian: mkd schedule BERKAS|- --month YYYY-MM [--unit-id ID] [--unit-name NAMA] [--unit-kind general|direct_public_service]
         [--min-on-site-share 0.5] [--min-on-site N] [--role-min ROLE=N] [--seats N] [--anchor monday] [--request-collective friday] [--format ...]

BERKAS: anggota (CSV/JSON/NDJSON; granted_days, atau kolom eligibility yang diputuskan pada hari pertama bulan)
atau JSON masukan jadwal lengkap ({ unit, members, period, ... }). Keluaran tabel berupa grid.`,
  },
  calendar: {
    en: `Usage: mkd calendar FILE|- --month YYYY-MM --out DIR [schedule flags]

Writes DIR/<unit>-<month>.html (month grid), DIR/<unit>-<month>.csv and DIR/ics/<member>.ics (RFC 5545,
Asia/Jakarta). FILE may also be a schedule JSON written by \`mkd schedule --format json\`.`,
    id: `Pemakaian: mkd calendar BERKAS|- --month YYYY-MM --out DIR [opsi schedule]

Menulis DIR/<unit>-<bulan>.html (grid bulanan), DIR/<unit>-<bulan>.csv dan DIR/ics/<pegawai>.ics (RFC 5545,
Asia/Jakarta). BERKAS juga boleh JSON jadwal dari \`mkd schedule --format json\`.`,
  },
  score: {
    en: `Usage: mkd score FILE|- [--jurisdiction ID | --policy FILE] [--format ...]

Rows: employee_id, month, indicator_id, target (or target_min/target_max), realisation, weight, direction,
aspect, unit, behaviour, report_submitted. Rows of one employee and month must be consecutive.
One answer per employee-month: composite, rating, predikat, flags.`,
    id: `Pemakaian: mkd score BERKAS|- [--jurisdiction ID | --policy BERKAS] [--format ...]

Baris: employee_id, month, indicator_id, target (atau target_min/target_max), realisation, weight, direction,
aspect, unit, behaviour, report_submitted. Baris satu pegawai dan bulan harus berurutan.
Satu jawaban per pegawai-bulan: nilai gabungan, rating, predikat, tanda.`,
  },
  warn: {
    en: `Usage: mkd warn FILE|- [--jurisdiction ID | --policy FILE] [--format ...]

Same rows as \`mkd score\`, several months per employee (rows of one employee consecutive, months in order).
One answer per employee: level per month and the recommendation for the next month.`,
    id: `Pemakaian: mkd warn BERKAS|- [--jurisdiction ID | --policy BERKAS] [--format ...]

Baris sama dengan \`mkd score\`, beberapa bulan per pegawai (baris satu pegawai berurutan, bulan berurutan).
Satu jawaban per pegawai: tingkat per bulan dan rekomendasi untuk bulan berikutnya.`,
  },
  policy: {
    en: `Usage: mkd policy show [--jurisdiction ID | --policy FILE] [--as-of DATE]
       mkd policy validate FILE [FILE...]
       mkd policy schema
       mkd policy diff A B [--as-of DATE]     A, B: jurisdiction@version, jurisdiction (in force on --as-of), or FILE.json
       mkd policy status [JURISDICTION]       how far holiday decrees, Ramadan periods and circulars reach; review date
       mkd policy test OVERLAY.json [CASES.json]
                                             golden cases against a policy document (default: the shipped cases of
                                             the jurisdiction it extends); lists each failed case with its diff;
                                             exit 0 all passed, 1 some failed`,
    id: `Pemakaian: mkd policy show [--jurisdiction ID | --policy BERKAS] [--as-of TANGGAL]
           mkd policy validate BERKAS [BERKAS...]
           mkd policy schema
           mkd policy diff A B [--as-of TANGGAL]   A, B: yurisdiksi@versi, yurisdiksi (berlaku pada --as-of), atau BERKAS.json
           mkd policy status [YURISDIKSI]         sampai kapan keputusan libur, periode Ramadan dan surat edaran diketahui; tanggal tinjauan
           mkd policy test OVERLAY.json [KASUS.json]
                                                 kasus emas terhadap dokumen kebijakan (bawaan: kasus bawaan yurisdiksi
                                                 yang diperluasnya); setiap kasus gagal beserta perbedaannya;
                                                 keluar 0 semua lulus, 1 ada yang gagal`,
  },
  demo: {
    en: `Usage: mkd demo [--out DIR] [--locale id|en]

Runs eligibility, the December 2026 schedule (jabar 2026-01-01) and three months of scores over the shipped
example unit (examples/data/), then writes the HTML calendar, CSV and .ics files to DIR (default ./mkd-demo-output).`,
    id: `Pemakaian: mkd demo [--out DIR] [--locale id|en]

Menjalankan eligibility, jadwal Desember 2026 (jabar 2026-01-01) dan nilai tiga bulan atas unit contoh
(examples/data/), lalu menulis kalender HTML, CSV, dan berkas .ics ke DIR (bawaan ./mkd-demo-output).`,
  },
};

/** Names of commands with their own help. */
export const HELP_TOPICS = Object.keys(COMMANDS).filter((k) => k !== "overview");

/**
 * Help text of a command (or the overview), with its flags and the common ones (generated from the option
 * table the parser uses, so every flag listed parses) and the exit codes.
 *
 * @example
 * ```ts
 * helpText("schedule", "en"); // "Usage: mkd schedule FILE|- --month YYYY-MM ...\n\nFlags of mkd schedule: ..."
 * ```
 */
export function helpText(topic: string | undefined, locale: Locale): string {
  const key = topic && COMMANDS[topic] ? topic : "overview";
  const parts = [COMMANDS[key]![locale]];
  if (key === "overview") {
    const globals = Object.fromEntries(GLOBAL.map((name) => [name, COMMON_OPTION_SPECS[name]]));
    parts.push(`${TITLES.global[locale]}\n${optionHelpLines(globals, locale).join("\n")}`);
  } else {
    const own = COMMAND_OPTION_SPECS[key] ?? {};
    if (Object.keys(own).length > 0)
      parts.push(`${TITLES.own[locale].replace("{command}", key)}\n${optionHelpLines(own, locale).join("\n")}`);
    parts.push(`${TITLES.common[locale]}\n${optionHelpLines(COMMON_OPTION_SPECS, locale).join("\n")}`);
  }
  parts.push(EXITS[locale]);
  return `${parts.join("\n\n")}\n`;
}
