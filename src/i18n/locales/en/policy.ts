import type { Templates } from "../../define.js";
import type { PolicyParams } from "../../messages/policy.js";

/** The policy messages in English. */
export const messages = {
  invalid_policy: "Invalid policy document: {count:problem|problems} found.",
  unknown_jurisdiction: "Unknown jurisdiction {jurisdiction} (available: {known}).",
  unknown_policy_version: "Version {version} of jurisdiction {jurisdiction} not found.",
  date_before_first_version: "The date {asOf} is before the first policy version of {jurisdiction} ({first}).",
  date_after_version_end:
    "The date {asOf} is past the end of version {version} of the {jurisdiction} policy ({until}); no later version is known.",
  policy_versions_overlap: "Several versions of the {jurisdiction} policy are in force on {asOf}: {versions}.",
  policy_extends_cycle: "The extends chain loops: {chain}.",
  policy_parameter_missing: "No document in the policy chain sets this parameter.",
  policy_not_prepared:
    "A policy document is validated once, by preparePolicy(document, { documents }), and passed as policy; a decision, a schedule or a score does not take the document itself.",
  policy_prepared_elsewhere:
    "This prepared policy was not made by this copy of mkd-engine (another build of the library in the same process, or a copy of the value): prepare the document with the preparePolicy of the copy that decides.",
  policy_resolved_untrusted:
    "This resolved policy was not returned unmodified by resolvePolicy and does not equal the shipped policy {document}: pass a jurisdiction id or preparePolicy(document), not a processed object.",
  policy_rule_end_unconfirmed:
    "{weekday} is a collective flexible day ({origin}) under {sources}, seen only in press reports, whose end is not confirmed; turn it off with an overlay if it no longer applies to your agency.",
  // dataHorizons
  horizon_holiday_decrees:
    "National holiday and cuti bersama tables are known through {knownThrough} (years {years}); {nextYear} has no decree yet.",
  horizon_ramadan_periods:
    "Ramadan periods (government isbat) are known through {knownThrough} (years {years}); Ramadan {nextYear} is not set yet.",
  horizon_stated_period:
    "{jurisdiction}@{version} is in force through {knownThrough} by its own instrument ({sources}); after it: {successor}.",
  horizon_open_ended:
    "{jurisdiction}@{version} is in force from {from} with no end date (until replaced); data reviewed on {reviewedOn}.",
  horizon_rule_end_unconfirmed:
    "{jurisdiction}@{version}: {rule} ({provenance}) applies from {from} and its end is not confirmed ({sources}).",
} satisfies Templates<PolicyParams>;
