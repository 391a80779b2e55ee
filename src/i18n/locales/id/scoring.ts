import type { Templates } from "../../define.js";
import type { ScoringParams } from "../../messages/scoring.js";

/** The scoring messages in Indonesian. */
export const messages = {
  // Errors (head codes).
  scoring_invalid_input: "Masukan penilaian bulanan tidak valid: {count} masalah ditemukan.",
  scoring_invalid_history: "Riwayat penilaian tidak valid: {count} masalah ditemukan.",
  // Errors (issues).
  scoring_policy_source_required: "Sebutkan tepat satu sumber kebijakan: jurisdiction atau policy.",
  scoring_target_not_positive: "Target {target} harus lebih besar dari nol karena rumus capaian membaginya.",
  scoring_range_invalid: "Rentang target tidak valid: min {min} lebih besar dari max {max}.",
  scoring_weights_total_mismatch: "Jumlah bobot indikator {sum} tidak sama dengan {total} yang diwajibkan kebijakan.",
  scoring_duplicate_indicator: "Indikator {id} disebut lebih dari sekali.",
  scoring_unknown_indicator:
    "Ada realisasi untuk indikator {id}, padahal indikator itu tidak ada dalam target yang disepakati.",
  scoring_unit_mismatch: "Satuan realisasi {actual} tidak sama dengan satuan target {expected}.",
  scoring_report_contradiction: "Laporan dinyatakan tidak disampaikan, tetapi ada realisasi.",
  scoring_legacy_direction_mismatch:
    "Metode SKP lama (PP 46/2011) menilai aspek {aspect} sebagai {expected}, bukan {actual}.",
  scoring_legacy_range_unsupported: "Metode SKP lama (PP 46/2011) tidak mengenal target berupa rentang.",
  scoring_history_empty: "Riwayat harus memuat paling sedikit satu bulan.",
  scoring_history_out_of_order: "Bulan {month} tercantum sesudah {previous}: riwayat harus urut dari bulan terlama.",
  scoring_history_repeated_month: "Bulan {month} muncul lebih dari sekali dalam riwayat.",
  scoring_history_gap:
    "Riwayat melompat dari {previous} ke {month}: isi bulan yang hilang (misalnya reportSubmitted: false).",
  scoring_history_composite_required: "Bulan dengan laporan harus memiliki nilai capaian gabungan (composite).",
  scoring_history_report_contradiction: "Bulan tanpa laporan tidak boleh memiliki nilai capaian gabungan.",
  scoring_history_mixed_employees: "Riwayat mencampur pegawai {first} dan {other}.",
  // Findings.
  scoring_realisation_missing: "Realisasi indikator {id} tidak ada: {rule}.",
  scoring_missing_scored_zero: "capaiannya dihitung 0 dan tetap dibobot",
  scoring_missing_excluded: "indikator dikeluarkan dari nilai gabungan dan bobotnya tidak dihitung",
  scoring_no_report: "Tidak ada laporan kinerja untuk bulan {month}: bulan ini tidak dinilai.",
  scoring_next_month_policy_unavailable:
    "Belum ada kebijakan {jurisdiction} yang berlaku pada {asOf}; rekomendasi memakai versi {version} yang berlaku pada bulan terakhir.",
  // Early-warning reasons.
  scoring_ew_at_or_above_green: "Capaian gabungan {composite} mencapai ambang hijau {greenFrom}.",
  scoring_ew_below_green: "Capaian gabungan {composite} di bawah ambang hijau {greenFrom}.",
  scoring_ew_below_red: "Capaian gabungan {composite} di bawah ambang merah {redBelow}.",
  scoring_ew_report_missing: "Laporan kinerja bulan ini tidak ada.",
  scoring_ew_consecutive_yellow: "{count} bulan kuning berturut-turut (batas {limit}) menjadikannya merah.",
  scoring_ew_declining_trend: "Capaian turun terus selama {count} bulan ({values}).",
  // Recommendations.
  scoring_action_keep_quota: "Pertahankan kuota {days} hari fleksibel per minggu untuk {month}.",
  scoring_action_reduce_quota: "Kurangi kuota menjadi {days} hari fleksibel per minggu untuk {month} (penuh: {full}).",
  scoring_action_revoke_mkd: "Cabut MKD untuk {month}: kuota 0 hari fleksibel.",
} satisfies Templates<ScoringParams>;
