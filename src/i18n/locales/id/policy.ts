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
  // validatePolicy: rules
  policy_rule_unknown_fact: "Fakta {fact} tidak dikenal; fakta yang dapat dipakai aturan: {known}.",
  policy_rule_unknown_operator:
    "Operator {operator} tidak dikenal; operator bawaan json-rules-engine yang diizinkan: {known}.",
  policy_rule_path_script:
    "Path {path} memakai ekspresi filter atau skrip JSONPath; hanya path properti sederhana seperti $.itBased yang diizinkan.",
  policy_rule_path_not_plain: "Path {path} bukan path properti sederhana (bentuk yang sah: $.namaProperti).",
  policy_rule_path_not_allowed: "Fakta {fact} bukan objek sehingga tidak boleh memakai path {path}.",
  policy_rule_path_required: "Fakta {fact} adalah objek: sebutkan propertinya dengan path, mis. $.{example}.",
  policy_rule_path_unknown_property: "Fakta {fact} tidak memiliki properti {property}; properti yang dikenal: {known}.",
  policy_rule_value_type_mismatch: "Operator {operator} pada fakta {fact} membutuhkan nilai {expected}.",
  policy_rule_value_not_allowed: "Nilai {value} tidak mungkin dimiliki fakta {fact}; nilai yang sah: {allowed}.",
  policy_rule_operator_not_applicable:
    "Operator {operator} tidak berlaku untuk fakta {fact} (jenis {factType}): kondisi ini tidak akan pernah terpenuhi.",
  // validatePolicy: citations and versions
  policy_source_unknown: "Sumber {source} tidak ada dalam legalBases dokumen ini maupun dokumen yang di-extends-nya.",
  policy_legal_basis_duplicate: "Dasar hukum {id} dideklarasikan lebih dari sekali.",
  policy_extends_not_found: "Dokumen yang di-extends ({target}) tidak ditemukan.",
  policy_extends_not_in_force: "Tidak ada versi {jurisdiction} yang berlaku selama dokumen ini berlaku ({range}).",
  policy_version_overlap: "Versi {version} kebijakan {jurisdiction} tumpang tindih dengan versi {other} pada {range}.",
  policy_effective_range_invalid: "effectiveUntil {until} lebih awal dari effectiveFrom {from}.",
  policy_parent_not_found: "Yurisdiksi induk {parent} tidak dikenal, sehingga batas atasnya tidak dapat diperiksa.",
  policy_exceeds_national_ceiling:
    "{field} = {value} (dari {definedIn}) melebihi batas nasional {cap} hari fleksibel lokasi per minggu (PermenPANRB 4/2025 Pasal 13 ayat (1), {parent} versi {parentVersion}), pada rentang {range}. Hanya dokumen yurisdiksi nasional sendiri yang dapat mengubahnya.",
  policy_collective_day_not_counted:
    "Hari fleksibel kolektif {weekday} dinyatakan tidak dihitung dalam batas mingguan, padahal bagi ASN setiap hari fleksibel lokasi dihitung dalam batas nasional {cap} hari per minggu (PermenPANRB 4/2025 Pasal 13 ayat (1), {parent} versi {parentVersion}), pada rentang {range}.",
  policy_shadows_shipped_version:
    "Dokumen ini memakai nama dan versi {document} milik kebijakan bawaan, tetapi isinya berbeda: kebijakan bawaan tidak dapat diganti diam-diam. Beri versi Anda id versi sendiri.",
  policy_context_document_shadows_shipped:
    "Dokumen pembanding ke-{index} memakai nama dan versi {document} milik kebijakan bawaan, tetapi isinya berbeda, sehingga ditolak.",
  policy_parent_self:
    "jurisdiction.parent menunjuk yurisdiksi ini sendiri ({jurisdiction}); induk harus yurisdiksi lain.",
  policy_not_prepared:
    "Dokumen kebijakan divalidasi sekali, dengan preparePolicy(dokumen, { documents }), lalu diberikan sebagai policy; keputusan, jadwal, dan skor tidak menerima dokumennya langsung.",
  policy_resolved_untrusted:
    "Kebijakan terurai (resolved policy) ini tidak berasal dari resolvePolicy tanpa perubahan dan tidak sama dengan kebijakan bawaan {document}: kirim id yurisdiksi atau preparePolicy(dokumen), bukan objek hasil olahan.",
  policy_too_large: "Dokumen kebijakan terlalu besar: maksimal {maximum} karakter JSON.",
  policy_too_many_rules: "Terlalu banyak aturan kelayakan: {count}, maksimal {maximum} per dokumen.",
  policy_condition_too_deep: "Kondisi aturan bersarang terlalu dalam: maksimal {maximum} tingkat all/any/not.",
  policy_string_too_long: "Teks terlalu panjang: {length} karakter, maksimal {maximum}.",
  policy_too_deep: "Dokumen kebijakan bersarang terlalu dalam: maksimal {maximum} tingkat objek dan larik.",
  policy_context_document_invalid: "Dokumen pembanding ke-{index} tidak valid dan diabaikan ({count} masalah).",
  // validatePolicy: ceilings and coherence
  policy_exceeds_parent_ceiling:
    "{field} = {value} (dari {definedIn}) melebihi batas {cap} hari fleksibel per minggu yang ditetapkan {parent} versi {parentVersion}, pada rentang {range}.",
  policy_exceeds_own_cap:
    "{field} = {value} (dari {definedIn}) melebihi batas kebijakan ini sendiri, maxFlexibleDaysPerWeek = {cap}.",
  policy_weekly_hours_mismatch:
    "Jam kerja harian berjumlah {computed} jam per minggu (tanpa istirahat), tidak sama dengan weeklyHours = {declared} jam.",
  policy_ramadan_hours_short:
    "Jam kerja Ramadan berjumlah {computed} jam per minggu (tanpa istirahat), kurang dari weeklyHours Ramadan = {declared} jam.",
  policy_time_range_invalid: "Jam selesai {end} tidak sesudah jam mulai {start}.",
  policy_break_too_long:
    "Istirahat {breakMinutes} menit harus lebih pendek dari rentang hari kerja ({dayMinutes} menit).",
  policy_weekday_not_working: "{weekday} pada {field} bukan hari kerja menurut workingWeek.",
  policy_weekday_conflict: "{weekday} sekaligus hari wajib di kantor dan hari fleksibel kolektif wajib.",
  policy_thresholds_out_of_order: "{lower} ({lowerValue}) harus lebih kecil dari {higher} ({higherValue}).",
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
