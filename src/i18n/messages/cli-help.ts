import { defineMessages, interpolate, type Locale, type MessageParams } from "../define.js";

/**
 * The text of `mkd help`: each command's summary and description, and each flag's description, by the code the
 * command table (src/cli/options.ts) names; usage lines and flag lists are generated from that table. Both
 * languages must name the same codes (defineMessages). Only the CLI reads these, so they are not joined into the
 * library's catalogue (`formatMessage`, `MESSAGE_CODES`): a browser bundle of the library carries none of them
 * (11.4 kB minified, 3.3 kB gzipped when they were joined, measured with scripts/size.mjs on 2026-12-01).
 */
export const cliHelpMessages = defineMessages({
  id: {
    // Section titles.
    cli_help_title: "mkd: Mekanisme Kerja Dinamis (MKD) Jawa Barat dari baris perintah",
    cli_help_usage: "Pemakaian:",
    cli_help_overview_usage: "mkd <perintah> [opsi] [BERKAS | -]",
    cli_help_commands: "Perintah:",
    cli_help_flags_common: "Opsi umum (boleh di mana saja pada baris, sebelum atau sesudah perintah):",
    cli_help_flags_own: "Opsi mkd {command}:",
    cli_help_flags_global: "Opsi global (di mana saja pada baris):",
    cli_help_file:
      "BERKAS adalah CSV (koma atau titik koma, UTF-8 dengan atau tanpa BOM), JSON, atau NDJSON; - membaca stdin.",
    cli_help_docs: "Dokumentasi: {url}",
    cli_help_exits:
      "Kode keluar: 0 semua baris dijawab · 1 ada baris tidak valid (baris galat ditulis, sisanya dijawab) · 2 salah pakai ·\n             3 masukan atau kebijakan tidak dapat dipakai · 4 jadwal tidak mungkin disusun (konflik ditulis) ·\n             5 keluaran tidak dapat ditulis",
    // Commands: the overview line and the text under the usage line.
    cli_help_eligibility_summary: "apakah tiap pegawai boleh MKD, dengan berapa hari fleksibel per minggu",
    cli_help_eligibility_about:
      "Satu jawaban per baris masukan, berurutan: hasil (eligible | ineligible | needs_approval), hari fleksibel yang\ndiberikan, format (mis. 2-3) dan aturan yang tidak terpenuhi. Baris tidak valid mendapat baris galat dengan\nnomor barisnya. Judul kolom CSV: lihat {url}.",
    cli_help_schedule_summary: "jadwal unit untuk satu bulan (CSV/JSON anggota, atau JSON masukan jadwal lengkap)",
    cli_help_schedule_about:
      "BERKAS: anggota (CSV/JSON/NDJSON; granted_days, atau kolom eligibility yang diputuskan pada hari pertama bulan)\natau JSON masukan jadwal lengkap ({ unit, members, period, ... }). Keluaran tabel berupa grid.",
    cli_help_calendar_summary: "jadwal sebagai grid bulanan HTML, CSV, dan satu berkas .ics per pegawai",
    cli_help_calendar_about:
      "Menulis DIR/<unit>-<bulan>.html (grid bulanan), DIR/<unit>-<bulan>.csv dan DIR/ics/<pegawai>.ics (RFC 5545,\nAsia/Jakarta). BERKAS juga boleh JSON jadwal dari `mkd schedule --format json`.",
    cli_help_score_summary: "nilai bulanan dari baris indikator (satu baris per pegawai, bulan, dan indikator)",
    cli_help_score_about:
      "Baris: employee_id, month, indicator_id, target (atau target_min/target_max), realisation, weight, direction,\naspect, unit, behaviour, report_submitted. Baris satu pegawai dan bulan harus berurutan.\nSatu jawaban per pegawai-bulan: nilai gabungan, rating, predikat, tanda.",
    cli_help_warn_summary: "peringatan dini beberapa bulan per pegawai, dengan rekomendasi bulan berikutnya",
    cli_help_warn_about:
      "Baris sama dengan `mkd score`, beberapa bulan per pegawai (baris satu pegawai berurutan, bulan berurutan).\nSatu jawaban per pegawai: tingkat per bulan dan rekomendasi untuk bulan berikutnya.",
    cli_help_policy_summary:
      "isi kebijakan, periksa dokumen, JSON Schema, bandingkan dua kebijakan, cakrawala data, kasus emas",
    cli_help_policy_show: "isi kebijakan yang berlaku pada --as-of: parameter, sumber, aturan",
    cli_help_policy_validate: "periksa dokumen kebijakan (struktur, sumber, fakta, batas nasional)",
    cli_help_policy_schema: "JSON Schema dokumen kebijakan",
    cli_help_policy_diff:
      "bandingkan dua kebijakan; A, B: yurisdiksi@versi, yurisdiksi (berlaku pada --as-of), atau BERKAS.json",
    cli_help_policy_status:
      "sampai kapan keputusan libur, periode Ramadan dan surat edaran diketahui; tanggal tinjauan",
    cli_help_policy_test:
      "kasus emas terhadap dokumen kebijakan (bawaan: kasus bawaan yurisdiksi yang diperluasnya); setiap kasus gagal\nbeserta perbedaannya; keluar 0 semua lulus, 1 ada yang gagal",
    cli_help_demo_summary: "jalankan semuanya pada unit contoh (sekitar 40 pegawai, Desember 2026)",
    cli_help_demo_about:
      "Menjalankan eligibility, jadwal Desember 2026 (jabar 2026-01-01) dan nilai tiga bulan atas unit contoh\n(examples/data/), lalu menulis kalender HTML, CSV, dan berkas .ics ke DIR (bawaan ./mkd-demo-output).",
    cli_help_help_summary: "bantuan ini, atau bantuan satu perintah",
    // Flags.
    cli_help_flag_format:
      "format keluaran (bawaan: tabel di terminal, selain itu ndjson untuk baris, json untuk dokumen)",
    cli_help_flag_output: "tulis jawaban ke BERKAS, bukan stdout",
    cli_help_flag_locale: "bahasa pesan dan label (bawaan: LC_ALL, LC_MESSAGES atau LANG, selain itu id)",
    cli_help_flag_jurisdiction: "kebijakan bawaan yang dipakai (bawaan jabar)",
    cli_help_flag_policy: "dokumen kebijakan atau overlay (mis. milik pemerintah kota), divalidasi dulu",
    cli_help_flag_as_of: "tanggal keputusan (bawaan: hari ini, Asia/Jakarta)",
    cli_help_flag_month: "bulan yang dijadwalkan (schedule, calendar)",
    cli_help_flag_input_format: "format masukan (bawaan: dari nama berkas; stdin dikenali otomatis)",
    cli_help_flag_delimiter: "pemisah CSV masukan (bawaan: dikenali dari baris judul)",
    cli_help_flag_csv_delimiter: "pemisah CSV keluaran (bawaan ,)",
    cli_help_flag_bom: "awali CSV keluaran dengan BOM UTF-8 (Excel)",
    cli_help_flag_quiet: "tanpa ringkasan di stderr",
    cli_help_flag_help: "bantuan ini",
    cli_help_flag_version: "versi mkd-engine",
    cli_help_flag_unit_id: "id unit (bawaan: dari nama berkas)",
    cli_help_flag_unit_name: "nama unit",
    cli_help_flag_unit_kind: "jenis unit (bawaan general)",
    cli_help_flag_min_on_site: "paling sedikit N pegawai di kantor tiap hari kerja",
    cli_help_flag_min_on_site_share: "paling sedikit bagian ini dari pegawai di kantor tiap hari kerja",
    cli_help_flag_role_min: "paling sedikit N pegawai ber-ROLE di kantor (boleh diulang)",
    cli_help_flag_seats: "jumlah meja di kantor",
    cli_help_flag_anchor: "hari semua pegawai di kantor (boleh diulang)",
    cli_help_flag_request_collective: "hari yang diminta unit untuk fleksibel bersama (boleh diulang)",
    cli_help_flag_calendar_out: "folder berkas kalender (calendar)",
    cli_help_flag_demo_out: "folder berkas kalender (bawaan ./mkd-demo-output)",
    cli_help_flag_demo_data: "folder data contoh (bawaan: examples/data bawaan)",
  },
  en: {
    cli_help_title: "mkd: West Java's Mekanisme Kerja Dinamis (MKD) from the command line",
    cli_help_usage: "Usage:",
    cli_help_overview_usage: "mkd <command> [flags] [FILE | -]",
    cli_help_commands: "Commands:",
    cli_help_flags_common: "Common flags (accepted anywhere on the line, before or after the command):",
    cli_help_flags_own: "Flags of mkd {command}:",
    cli_help_flags_global: "Global flags (anywhere on the line):",
    cli_help_file: "FILE is a CSV (comma or semicolon, UTF-8 with or without BOM), JSON or NDJSON file; - reads stdin.",
    cli_help_docs: "Docs: {url}",
    cli_help_exits:
      "Exit codes: 0 all rows answered · 1 some rows invalid (error rows written, the rest answered) · 2 usage error ·\n            3 input or policy unusable · 4 no schedule exists (conflicts written) · 5 output cannot be written",
    cli_help_eligibility_summary: "may each employee do MKD, with how many flexible days a week",
    cli_help_eligibility_about:
      "One answer per input row, in order: outcome (eligible | ineligible | needs_approval), granted flexible days,\nformat (e.g. 2-3) and the rules that failed. Invalid rows get an error row with their line number.\nCSV headers: see {url}.",
    cli_help_schedule_summary: "the unit's schedule for a month (members CSV/JSON, or a full schedule input JSON)",
    cli_help_schedule_about:
      "FILE: members (CSV/JSON/NDJSON; granted_days, or the eligibility columns which are then decided at the first\nday of the month) or a complete schedule input JSON ({ unit, members, period, ... }). Table output is a grid.",
    cli_help_calendar_summary: "the schedule as an HTML month grid, a CSV and one .ics file per member",
    cli_help_calendar_about:
      "Writes DIR/<unit>-<month>.html (month grid), DIR/<unit>-<month>.csv and DIR/ics/<member>.ics (RFC 5545,\nAsia/Jakarta). FILE may also be a schedule JSON written by `mkd schedule --format json`.",
    cli_help_score_summary: "monthly scores from indicator rows (one row per employee, month and indicator)",
    cli_help_score_about:
      "Rows: employee_id, month, indicator_id, target (or target_min/target_max), realisation, weight, direction,\naspect, unit, behaviour, report_submitted. Rows of one employee and month must be consecutive.\nOne answer per employee-month: composite, rating, predikat, flags.",
    cli_help_warn_summary: "early warning over several months per employee, with next month's recommendation",
    cli_help_warn_about:
      "Same rows as `mkd score`, several months per employee (rows of one employee consecutive, months in order).\nOne answer per employee: level per month and the recommendation for the next month.",
    cli_help_policy_summary:
      "what a policy says, check a document, its JSON Schema, compare two, data horizons, run golden cases",
    cli_help_policy_show: "the policy in force on --as-of: parameters, sources, rules",
    cli_help_policy_validate: "check policy documents (structure, sources, facts, the national ceiling)",
    cli_help_policy_schema: "the JSON Schema of a policy document",
    cli_help_policy_diff:
      "compare two policies; A, B: jurisdiction@version, jurisdiction (in force on --as-of), or FILE.json",
    cli_help_policy_status: "how far holiday decrees, Ramadan periods and circulars reach; review date",
    cli_help_policy_test:
      "golden cases against a policy document (default: the shipped cases of the jurisdiction it extends); lists\neach failed case with its diff; exit 0 all passed, 1 some failed",
    cli_help_demo_summary: "run everything on the shipped example unit (about 40 members, December 2026)",
    cli_help_demo_about:
      "Runs eligibility, the December 2026 schedule (jabar 2026-01-01) and three months of scores over the shipped\nexample unit (examples/data/), then writes the HTML calendar, CSV and .ics files to DIR (default ./mkd-demo-output).",
    cli_help_help_summary: "this help, or a command's",
    cli_help_flag_format: "output format (default: table on a terminal, else ndjson for rows, json for documents)",
    cli_help_flag_output: "write answers to FILE instead of stdout",
    cli_help_flag_locale: "language of messages and labels (default: LC_ALL, LC_MESSAGES or LANG, else id)",
    cli_help_flag_jurisdiction: "shipped policy to use (default jabar)",
    cli_help_flag_policy: "a policy document or overlay (e.g. a municipality's), validated first",
    cli_help_flag_as_of: "decision date (default: today in Asia/Jakarta)",
    cli_help_flag_month: "month to schedule (schedule, calendar)",
    cli_help_flag_input_format: "input format (default: from the file name; stdin is sniffed)",
    cli_help_flag_delimiter: "input CSV delimiter (default: detected from the header line)",
    cli_help_flag_csv_delimiter: "output CSV delimiter (default ,)",
    cli_help_flag_bom: "start CSV output with a UTF-8 byte-order mark (Excel)",
    cli_help_flag_quiet: "no summary on stderr",
    cli_help_flag_help: "this help",
    cli_help_flag_version: "the version of mkd-engine",
    cli_help_flag_unit_id: "the unit's id (default: from the file name)",
    cli_help_flag_unit_name: "the unit's name",
    cli_help_flag_unit_kind: "the unit's kind (default general)",
    cli_help_flag_min_on_site: "at least N members on site each working day",
    cli_help_flag_min_on_site_share: "at least this share of members on site each working day",
    cli_help_flag_role_min: "at least N members of ROLE on site (repeatable)",
    cli_help_flag_seats: "desks in the office",
    cli_help_flag_anchor: "weekdays everyone is on site (repeatable)",
    cli_help_flag_request_collective: "weekdays the unit asks to be flexible together (repeatable)",
    cli_help_flag_calendar_out: "folder for the calendar files (calendar)",
    cli_help_flag_demo_out: "folder for the calendar files (default ./mkd-demo-output)",
    cli_help_flag_demo_data: "folder of the example data (default: the shipped examples/data)",
  },
});

/** A code of the help text. */
export type CliHelpCode = keyof typeof cliHelpMessages.id;

/**
 * The help text of a code in a language, with `{param}` placeholders filled.
 *
 * @example
 * ```ts
 * helpMessage("cli_help_flags_own", { command: "schedule" }, "en"); // "Flags of mkd schedule:"
 * ```
 */
export function helpMessage(code: CliHelpCode, params: MessageParams, locale: Locale): string {
  return interpolate(cliHelpMessages[locale][code], params, locale);
}
