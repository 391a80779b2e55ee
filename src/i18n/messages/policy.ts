import { defineMessages } from "../define.js";

/** Messages of policy resolution and validation. */
export const policyMessages = defineMessages({
  id: {
    invalid_policy: "Dokumen kebijakan tidak valid: {count} masalah ditemukan.",
    unknown_jurisdiction: "Yurisdiksi {jurisdiction} tidak dikenal (yang tersedia: {known}).",
    unknown_policy_version: "Versi {version} untuk yurisdiksi {jurisdiction} tidak ditemukan.",
    date_before_first_version: "Tanggal {asOf} lebih awal dari versi kebijakan pertama {jurisdiction} ({first}).",
    date_after_version_end: "Tanggal {asOf} melewati akhir berlakunya versi {version} kebijakan {jurisdiction} ({until}); belum ada versi penggantinya.",
    policy_versions_overlap: "Beberapa versi kebijakan {jurisdiction} berlaku bersamaan pada {asOf}: {versions}.",
    policy_extends_cycle: "Rantai extends berputar: {chain}.",
    policy_parameter_missing: "Parameter ini tidak ditetapkan oleh dokumen mana pun dalam rantai kebijakan.",
  },
  en: {
    invalid_policy: "Invalid policy document: {count} problem(s) found.",
    unknown_jurisdiction: "Unknown jurisdiction {jurisdiction} (available: {known}).",
    unknown_policy_version: "Version {version} of jurisdiction {jurisdiction} not found.",
    date_before_first_version: "The date {asOf} is before the first policy version of {jurisdiction} ({first}).",
    date_after_version_end: "The date {asOf} is past the end of version {version} of the {jurisdiction} policy ({until}); no later version is known.",
    policy_versions_overlap: "Several versions of the {jurisdiction} policy are in force on {asOf}: {versions}.",
    policy_extends_cycle: "The extends chain loops: {chain}.",
    policy_parameter_missing: "No document in the policy chain sets this parameter.",
  },
});
