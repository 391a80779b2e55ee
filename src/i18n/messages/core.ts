import type { Catalogue, MessageValue, NoParams } from "../define.js";
import { messages as en } from "../locales/en/core.js";
import { messages as id } from "../locales/id/core.js";

/**
 * Messages for input validation and errors shared by every capability.
 *
 * Each code is declared here once, with the parameters its message takes; each language's texts live in
 * `locales/<language>/core.ts`, which must cover exactly these codes (a `satisfies` check).
 */
export interface CoreParams {
  invalid_input: { count: number };
  input_required: NoParams;
  input_invalid_type: { expected: MessageValue };
  input_too_small: { minimum: MessageValue };
  input_too_big: { maximum: MessageValue };
  input_invalid_value: { options: MessageValue };
  input_invalid_format: { format: MessageValue };
  input_unrecognized_key: { keys: MessageValue };
  input_invalid: { detail: MessageValue };
  input_unreadable: { detail: MessageValue };
  input_not_plain_data: { kind: MessageValue };
  input_cyclic: NoParams;
  input_too_deep: { maximum: MessageValue };
  invalid_date: { value: MessageValue };
  invalid_month: { value: MessageValue };
  forbidden_key: { key: MessageValue };
  internal_error: { detail: MessageValue };
}

/** The core messages in both languages. */
export const coreMessages: Catalogue<CoreParams> = { id, en };
