import type { Catalogue, MessageValue, NoParams } from "../define.js";
import { messages as en } from "../locales/en/cli.js";
import { messages as id } from "../locales/id/cli.js";

/**
 * Messages of the mkd command.
 *
 * Each code is declared here once, with the parameters its message takes; each language's texts live in
 * `locales/<language>/cli.ts`, which must cover exactly these codes (a `satisfies` check).
 */
export interface CliParams {
  cli_row_invalid: { line: MessageValue };
  cli_csv_field_count: { actual: MessageValue; expected: MessageValue; delimiter: MessageValue };
  cli_csv_syntax: { detail: MessageValue };
  cli_json_syntax: { detail: MessageValue };
  cli_value_not_boolean: { column: MessageValue; value: MessageValue };
  cli_value_not_number: { column: MessageValue; value: MessageValue };
  cli_value_not_integer: { column: MessageValue; value: MessageValue };
  cli_value_not_date: { column: MessageValue; value: MessageValue };
  cli_value_not_month: { column: MessageValue; value: MessageValue };
  cli_value_unknown: { column: MessageValue; value: MessageValue; options: MessageValue };
  cli_value_required: { column: MessageValue };
  cli_group_not_contiguous: { key: MessageValue };
  cli_row_unexpected: { detail: MessageValue };
  cli_input_not_found: { path: MessageValue };
  cli_input_unreadable: { path: MessageValue; detail: MessageValue };
  cli_input_not_utf8: { path: MessageValue };
  cli_output_failed: { path: MessageValue; reason: MessageValue };
  cli_row_not_utf8: NoParams;
  cli_csv_unreadable: { line: MessageValue; detail: MessageValue };
  cli_json_unreadable: { detail: MessageValue };
  cli_missing_columns: { columns: MessageValue };
  cli_unknown_columns: { columns: MessageValue };
  cli_input_empty: NoParams;
  cli_usage_unknown_command: { command: MessageValue };
  cli_usage_unknown_subcommand: { command: MessageValue; subcommand: MessageValue; options: MessageValue };
  cli_usage_bad_flag: { detail: MessageValue };
  cli_usage_unknown_flag: { flag: MessageValue };
  cli_usage_flag_needs_value: { flag: MessageValue };
  cli_usage_flag_takes_no_value: { flag: MessageValue };
  cli_usage_bad_value: { flag: MessageValue; value: MessageValue; expected: MessageValue };
  cli_usage_missing_input: NoParams;
  cli_usage_missing_argument: { name: MessageValue };
  cli_usage_extra_argument: { value: MessageValue };
  cli_usage_conflict: { a: MessageValue; b: MessageValue };
  cli_rows_summary: { total: MessageValue; ok: MessageValue; failed: MessageValue };
  cli_written_to: { path: MessageValue };
  cli_schedule_infeasible: { unit: MessageValue; from: MessageValue; to: MessageValue; count: number };
  cli_policy_valid: { path: MessageValue };
  cli_policy_invalid: { path: MessageValue; count: number };
  cli_policy_same: NoParams;
}

/** The cli messages in both languages. */
export const cliMessages: Catalogue<CliParams> = { id, en };
