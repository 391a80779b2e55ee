import type { Templates } from "../../define.js";
import type { EligibilityParams } from "../../messages/eligibility.js";

/** The eligibility messages in Indonesian. */
export const messages = {
  // Errors.
  invalid_employee: "Data pegawai tidak valid: {count} masalah ditemukan.",
  invalid_eligibility_options: "Opsi pemeriksaan kelayakan tidak valid: {count} masalah ditemukan.",
  eligibility_talent_required: "Isi talentBox (1-9) atau talent (kinerja dan potensi).",
  eligibility_talent_mismatch:
    "Kotak talenta {talentBox} tidak sesuai dengan kinerja {performance} dan potensi {potential}, yang menurut PermenPANRB 3/2020 adalah kotak {expected}.",
  eligibility_format_invalid:
    "Format {format} tidak valid: tulis hari fleksibel-hari kantor (mis. 3-2) dengan minimal 1 hari fleksibel dan jumlah {workingDays} hari kerja sepekan.",
  eligibility_days_invalid:
    "Jumlah hari fleksibel {days} tidak valid: minimal 1 dan maksimal {workingDays} hari kerja sepekan.",
  eligibility_appointment_after_as_of: "Tanggal pengangkatan {appointmentDate} sesudah tanggal keputusan {asOf}.",
  eligibility_position_start_after_as_of: "Tanggal mulai jabatan {date} sesudah tanggal keputusan {asOf}.",
  eligibility_approval_after_as_of:
    "Persetujuan pimpinan bertanggal {date}, sesudah tanggal keputusan {asOf}: putuskan pada tanggal persetujuan atau sesudahnya.",
  eligibility_date_before_1950: "Tanggal {date} tidak masuk akal: paling awal {earliest}.",
  eligibility_fact_required_by_rule: "Wajib diisi: dibutuhkan oleh aturan {rules} dalam kebijakan ini.",
  eligibility_policy_source_required: "Berikan salah satu: jurisdiction atau policy.",
  eligibility_policy_source_ambiguous: "Berikan jurisdiction atau policy, jangan keduanya.",
  eligibility_policy_not_in_force:
    "Kebijakan {jurisdiction} versi {version} tidak berlaku pada {asOf} (berlaku {from} s.d. {until}).",
  // Reasons.
  eligibility_eligible: "Memenuhi syarat MKD: {days} hari fleksibel per minggu (format {format}).",
  eligibility_requirement_not_met: "Syarat tidak terpenuhi ({rule}): {description_id}. {detail_id}",
  eligibility_approval_pending: "Menunggu persetujuan ({rule}): {description_id}.",
  eligibility_no_days_within_limits:
    "Tidak ada format hari fleksibel yang diizinkan ({allowed}) dalam batas {limit} hari per minggu.",
  eligibility_position_start_not_given:
    "Tanggal mulai jabatan sekarang (positionStartDate) tidak diisi: masa dalam jabatan dihitung dari tanggal pengangkatan {appointmentDate}.",
  eligibility_limited_by_cap: "Dibatasi oleh batas kebijakan: paling banyak {days} hari fleksibel per minggu.",
  eligibility_limited_by_quota:
    "Dibatasi oleh kuota rekam jejak ({level}): paling banyak {days} hari fleksibel per minggu.",
  eligibility_limited_by_allowed_formats: "Dibulatkan ke format yang diizinkan ({allowed}): {days} hari fleksibel.",
  // Warnings.
  eligibility_fact_unknown: "Tidak diketahui: {fact}. Aturan {rule} dinilai tanpa nilai tersebut.",
  eligibility_track_record_stale:
    "Rekam jejak dari bulan {month}, lebih dari dua bulan sebelum bulan tanggal keputusan {asOf}.",
  eligibility_track_record_future: "Rekam jejak bulan {month} sesudah tanggal keputusan {asOf}.",
  eligibility_track_record_other_employee: "Riwayat rekam jejak ini milik pegawai {employee}, bukan {id}.",
  // Pieces of reason details.
  eligibility_detail: "{fact}: {actual}, seharusnya {expectation}.",
  eligibility_detail_missing: "{fact}: tidak diketahui, seharusnya {expectation}.",
  eligibility_op_equal: "{value}",
  eligibility_op_not_equal: "bukan {value}",
  eligibility_op_in: "salah satu dari {value}",
  eligibility_op_not_in: "bukan salah satu dari {value}",
  eligibility_op_contains: "memuat {value}",
  eligibility_op_does_not_contain: "tidak memuat {value}",
  eligibility_op_less_than: "kurang dari {value}",
  eligibility_op_less_than_inclusive: "paling banyak {value}",
  eligibility_op_greater_than: "lebih dari {value}",
  eligibility_op_greater_than_inclusive: "paling sedikit {value}",
  eligibility_value_true: "ya",
  eligibility_value_false: "tidak",
} satisfies Templates<EligibilityParams>;
