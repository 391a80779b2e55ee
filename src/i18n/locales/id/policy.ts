import type { Templates } from "../../define.js";
import type { PolicyParams } from "../../messages/policy.js";

/** The policy messages in Indonesian. */
export const messages = {
  invalid_policy: "Dokumen kebijakan tidak valid: {count} masalah ditemukan.",
  unknown_jurisdiction: "Yurisdiksi {jurisdiction} tidak dikenal (yang tersedia: {known}).",
  unknown_policy_version: "Versi {version} untuk yurisdiksi {jurisdiction} tidak ditemukan.",
  date_before_first_version: "Tanggal {asOf} lebih awal dari versi kebijakan pertama {jurisdiction} ({first}).",
  date_after_version_end:
    "Tanggal {asOf} melewati akhir berlakunya versi {version} kebijakan {jurisdiction} ({until}); belum ada versi penggantinya.",
  policy_versions_overlap: "Beberapa versi kebijakan {jurisdiction} berlaku bersamaan pada {asOf}: {versions}.",
  policy_extends_cycle: "Rantai extends berputar: {chain}.",
  policy_parameter_missing: "Parameter ini tidak ditetapkan oleh dokumen mana pun dalam rantai kebijakan.",
  policy_not_prepared:
    "Dokumen kebijakan divalidasi sekali, dengan preparePolicy(dokumen, { documents }), lalu diberikan sebagai policy; keputusan, jadwal, dan skor tidak menerima dokumennya langsung.",
  policy_prepared_elsewhere:
    "Kebijakan yang disiapkan ini tidak dibuat oleh salinan mkd-engine ini (build pustaka lain dalam proses yang sama, atau salinan nilainya): siapkan dokumennya dengan preparePolicy dari salinan yang memutuskan.",
  policy_resolved_untrusted:
    "Kebijakan terurai (resolved policy) ini tidak berasal dari resolvePolicy tanpa perubahan dan tidak sama dengan kebijakan bawaan {document}: kirim id yurisdiksi atau preparePolicy(dokumen), bukan objek hasil olahan.",
  policy_rule_end_unconfirmed:
    "{weekday} dijadikan hari fleksibel kolektif ({origin}) berdasarkan {sources} yang hanya dilaporkan media dan akhir berlakunya belum terkonfirmasi; matikan dengan overlay bila aturan itu sudah tidak berlaku di instansi Anda.",
  // dataHorizons
  horizon_holiday_decrees:
    "Tabel hari libur nasional dan cuti bersama diketahui sampai {knownThrough} (tahun {years}); tahun {nextYear} belum ada keputusannya.",
  horizon_ramadan_periods:
    "Periode Ramadan (sidang isbat) diketahui sampai {knownThrough} (tahun {years}); Ramadan {nextYear} belum ditetapkan.",
  horizon_stated_period:
    "{jurisdiction}@{version} berlaku sampai {knownThrough} menurut instrumennya sendiri ({sources}); sesudahnya: {successor}.",
  horizon_open_ended:
    "{jurisdiction}@{version} berlaku sejak {from} tanpa tanggal akhir (berlaku sampai diganti); data ditinjau {reviewedOn}.",
  horizon_rule_end_unconfirmed:
    "{jurisdiction}@{version}: {rule} ({provenance}) berlaku sejak {from} dan akhirnya belum terkonfirmasi ({sources}).",
} satisfies Templates<PolicyParams>;
