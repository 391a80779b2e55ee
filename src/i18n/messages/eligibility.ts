import { defineMessages } from "../define.js";

/**
 * Messages of the eligibility capability and the rule compiler: reason codes, findings and errors.
 * Reason codes are stable: a decision's `reasons[].code` is one of the `eligibility_*` codes below.
 */
export const eligibilityMessages = defineMessages({
  id: {
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
  },
  en: {
    invalid_employee: "Invalid employee data: {count:problem|problems} found.",
    invalid_eligibility_options: "Invalid eligibility options: {count:problem|problems} found.",
    eligibility_talent_required: "Give talentBox (1-9) or talent (performance and potential).",
    eligibility_talent_mismatch:
      "Talent box {talentBox} does not match performance {performance} and potential {potential}, which PermenPANRB 3/2020 puts in box {expected}.",
    eligibility_format_invalid:
      "Invalid format {format}: write flexible days-office days (e.g. 3-2) with at least 1 flexible day, adding up to the {workingDays} working days of the week.",
    eligibility_days_invalid:
      "Invalid number of flexible days {days}: at least 1 and at most the {workingDays} working days of the week.",
    eligibility_appointment_after_as_of: "The appointment date {appointmentDate} is after the decision date {asOf}.",
    eligibility_position_start_after_as_of: "The position start date {date} is after the decision date {asOf}.",
    eligibility_approval_after_as_of:
      "The leader's approval is dated {date}, after the decision date {asOf}: decide on or after the approval date.",
    eligibility_date_before_1950: "The date {date} is not plausible: the earliest is {earliest}.",
    eligibility_fact_required_by_rule: "Required: this policy's rules {rules} read it.",
    eligibility_policy_source_required: "Give one of jurisdiction or policy.",
    eligibility_policy_source_ambiguous: "Give jurisdiction or policy, not both.",
    eligibility_policy_not_in_force:
      "Version {version} of the {jurisdiction} policy is not in force on {asOf} (in force {from} to {until}).",
    eligibility_eligible: "Eligible for MKD: {days:flexible day|flexible days} a week (format {format}).",
    eligibility_requirement_not_met: "Requirement not met ({rule}): {description_en}. {detail_en}",
    eligibility_approval_pending: "Awaiting approval ({rule}): {description_en}.",
    eligibility_no_days_within_limits:
      "No allowed number of flexible days ({allowed}) fits within the limit of {limit:day|days} a week.",
    eligibility_position_start_not_given:
      "The start date in the current position (positionStartDate) was not given: the months in position are counted from the appointment date {appointmentDate}.",
    eligibility_limited_by_cap: "Limited by the policy cap: at most {days:flexible day|flexible days} a week.",
    eligibility_limited_by_quota:
      "Limited by the track-record quota ({level}): at most {days:flexible day|flexible days} a week.",
    eligibility_limited_by_allowed_formats:
      "Rounded down to an allowed format ({allowed}): {days:flexible day|flexible days}.",
    eligibility_fact_unknown: "Unknown: {fact}. Rule {rule} was evaluated without these values.",
    eligibility_track_record_stale:
      "The track record is from {month}, more than two months before the month of the decision date {asOf}.",
    eligibility_track_record_future: "The track record month {month} is after the decision date {asOf}.",
    eligibility_track_record_other_employee: "This track-record history belongs to employee {employee}, not {id}.",
    eligibility_detail: "{fact}: {actual}, should be {expectation}.",
    eligibility_detail_missing: "{fact}: unknown, should be {expectation}.",
    eligibility_op_equal: "{value}",
    eligibility_op_not_equal: "not {value}",
    eligibility_op_in: "one of {value}",
    eligibility_op_not_in: "none of {value}",
    eligibility_op_contains: "containing {value}",
    eligibility_op_does_not_contain: "not containing {value}",
    eligibility_op_less_than: "less than {value}",
    eligibility_op_less_than_inclusive: "at most {value}",
    eligibility_op_greater_than: "more than {value}",
    eligibility_op_greater_than_inclusive: "at least {value}",
    eligibility_value_true: "yes",
    eligibility_value_false: "no",
  },
});
