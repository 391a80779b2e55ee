import type { Templates } from "../../define.js";
import type { PolicyCheckParams } from "../../messages/policy-checks.js";

/** The policy-check messages in Indonesian. */
export const messages = {
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
  // the document limits (POLICY_LIMITS, before any other check)
  policy_too_large: "Dokumen kebijakan terlalu besar: maksimal {maximum} karakter JSON.",
  policy_too_many_rules: "Terlalu banyak aturan kelayakan: {count}, maksimal {maximum} per dokumen.",
  policy_condition_too_deep: "Kondisi aturan bersarang terlalu dalam: maksimal {maximum} tingkat all/any/not.",
  policy_string_too_long: "Teks terlalu panjang: {length} karakter, maksimal {maximum}.",
  policy_too_deep: "Dokumen kebijakan bersarang terlalu dalam: maksimal {maximum} tingkat objek dan larik.",
  // validatePolicy: context documents
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
} satisfies Templates<PolicyCheckParams>;
