import type { Catalogue, MessageValue, NoParams } from "../define.js";
import { messages as en } from "../locales/en/policy.js";
import { messages as id } from "../locales/id/policy.js";

/**
 * Messages of policy resolution: the codes raised while a policy is prepared, resolved or handed to a
 * capability (`invalid_policy`, `unknown_jurisdiction`, `policy_not_prepared`, ...), and the data-horizon notes
 * (`dataHorizons`). One of the shared domains (see `shared.ts`). The codes only the validation of a policy
 * document raises (`validatePolicy`, `validateRules`, the document limits) are in `policy-checks.ts`, so a
 * bundle that never validates a document carries none of their texts.
 *
 * Each code is declared here once, with the parameters its message takes; each language's texts live in
 * `locales/<language>/policy.ts`, which must cover exactly these codes (a `satisfies` check).
 */
export interface PolicyParams {
  invalid_policy: { count: number };
  unknown_jurisdiction: { jurisdiction: MessageValue; known: MessageValue };
  unknown_policy_version: { version: MessageValue; jurisdiction: MessageValue };
  date_before_first_version: { asOf: MessageValue; jurisdiction: MessageValue; first: MessageValue };
  date_after_version_end: {
    asOf: MessageValue;
    version: MessageValue;
    jurisdiction: MessageValue;
    until: MessageValue;
  };
  policy_versions_overlap: { jurisdiction: MessageValue; asOf: MessageValue; versions: MessageValue };
  policy_extends_cycle: { chain: MessageValue };
  policy_parameter_missing: NoParams;
  policy_resolved_untrusted: { document: MessageValue };
  policy_not_prepared: NoParams;
  policy_prepared_elsewhere: NoParams;
  policy_rule_end_unconfirmed: { weekday: MessageValue; origin: MessageValue; sources: MessageValue };
  horizon_holiday_decrees: { knownThrough: MessageValue; years: MessageValue; nextYear: MessageValue };
  horizon_ramadan_periods: { knownThrough: MessageValue; years: MessageValue; nextYear: MessageValue };
  horizon_stated_period: {
    jurisdiction: MessageValue;
    version: MessageValue;
    knownThrough: MessageValue;
    sources: MessageValue;
    successor: MessageValue;
  };
  horizon_open_ended: {
    jurisdiction: MessageValue;
    version: MessageValue;
    from: MessageValue;
    reviewedOn: MessageValue;
  };
  horizon_rule_end_unconfirmed: {
    jurisdiction: MessageValue;
    version: MessageValue;
    rule: MessageValue;
    provenance: MessageValue;
    from: MessageValue;
    sources: MessageValue;
  };
}

/** The policy messages in both languages. */
export const policyMessages: Catalogue<PolicyParams> = { id, en };
