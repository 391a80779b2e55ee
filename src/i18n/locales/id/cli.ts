import type { Templates } from "../../define.js";
import type { CliParams } from "../../messages/cli.js";

/** The cli messages in Indonesian. */
export const messages = {
  // Input rows.
  cli_row_invalid: "Baris {line} tidak dapat diproses.",
  cli_csv_field_count: "Jumlah kolom {actual}, seharusnya {expected} seperti baris judul (pemisah {delimiter}).",
  cli_csv_syntax: "CSV rusak: {detail}",
  cli_json_syntax: "JSON rusak: {detail}",
  cli_value_not_boolean: "Kolom {column}: {value} bukan ya/tidak (true/false, ya/tidak, 1/0).",
  cli_value_not_number: "Kolom {column}: {value} bukan angka.",
  cli_value_not_integer: "Kolom {column}: {value} bukan bilangan bulat.",
  cli_value_not_date: "Kolom {column}: {value} bukan tanggal (YYYY-MM-DD atau DD/MM/YYYY).",
  cli_value_not_month: "Kolom {column}: {value} bukan bulan (YYYY-MM).",
  cli_value_unknown: "Kolom {column}: {value} tidak dikenal (pilihan: {options}).",
  cli_value_required: "Kolom {column} wajib diisi.",
  cli_group_not_contiguous:
    "Baris untuk {key} harus berurutan (kelompokkan baris per pegawai dan bulan); kelompok ini sudah muncul sebelumnya.",
  cli_row_unexpected: "Baris ini tidak dapat diproses: {detail}",
  // Whole input.
  cli_input_not_found: "Berkas {path} tidak ditemukan.",
  cli_input_unreadable: "Berkas {path} tidak dapat dibaca: {detail}.",
  cli_input_not_utf8: 'Masukan {path} bukan UTF-8. Simpan ulang dari spreadsheet sebagai "CSV UTF-8".',
  cli_output_failed:
    "Keluaran {path} tidak dapat ditulis: {reason}. Tidak ada berkas sebagian yang tertinggal dengan nama itu.",
  cli_row_not_utf8: 'Baris ini memuat byte yang bukan UTF-8; simpan ulang berkas sebagai "CSV UTF-8".',
  cli_csv_unreadable: "CSV tidak dapat dibaca lagi mulai baris {line}: {detail}",
  cli_json_unreadable: "Dokumen JSON tidak dapat dibaca: {detail}",
  cli_missing_columns: "Kolom wajib tidak ada di baris judul: {columns}.",
  cli_unknown_columns: "Kolom tidak dikenal diabaikan: {columns}.",
  cli_input_empty: "Masukan tidak berisi baris data.",
  // Usage.
  cli_usage_unknown_command: "Perintah tidak dikenal: {command}. Jalankan `mkd help`.",
  cli_usage_unknown_subcommand: "Subperintah tidak dikenal: {command} {subcommand}. Pilihan: {options}.",
  cli_usage_bad_flag: "Argumen tidak valid: {detail}",
  cli_usage_unknown_flag: "Opsi tidak dikenal: {flag}. Nilai yang diawali - ditaruh sesudah --.",
  cli_usage_flag_needs_value: "Opsi {flag} memerlukan nilai.",
  cli_usage_flag_takes_no_value: "Opsi {flag} tidak menerima nilai.",
  cli_usage_bad_value: "Nilai {flag} tidak valid: {value} ({expected}).",
  cli_usage_missing_input: "Berkas masukan belum diberikan (nama berkas, atau - untuk stdin).",
  cli_usage_missing_argument: "Argumen {name} wajib diberikan.",
  cli_usage_extra_argument: "Argumen berlebih: {value}.",
  cli_usage_conflict: "{a} dan {b} tidak dapat dipakai bersamaan.",
  // Results.
  cli_rows_summary: "{total} baris: {ok} dijawab, {failed} galat.",
  cli_written_to: "Ditulis ke {path}",
  cli_schedule_infeasible: "Jadwal tidak dapat disusun untuk {unit} ({from} s.d. {to}): {count} konflik.",
  cli_policy_valid: "Kebijakan valid: {path}",
  cli_policy_invalid: "Kebijakan tidak valid: {path} ({count} masalah).",
  cli_policy_same: "Tidak ada perbedaan parameter atau aturan.",
  // Exports.
} satisfies Templates<CliParams>;
