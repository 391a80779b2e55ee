import type { CliHelpCode } from "../../messages/cli-help.js";

/** The help text of `mkd` in English: the same codes as the Indonesian table (checked by `satisfies`). */
export const messages = {
  cli_help_title: "mkd: West Java's Mekanisme Kerja Dinamis (MKD) from the command line",
  cli_help_usage: "Usage:",
  cli_help_overview_usage: "mkd <command> [flags] [FILE | -]",
  cli_help_commands: "Commands:",
  cli_help_flags_common: "Common flags (accepted anywhere on the line, before or after the command):",
  cli_help_flags_own: "Flags of mkd {command}:",
  cli_help_flags_global: "Global flags (anywhere on the line):",
  cli_help_file: "FILE is a CSV (comma or semicolon, UTF-8 with or without BOM), JSON or NDJSON file; - reads stdin.",
  cli_help_docs: "Docs: {url}",
  cli_help_exits:
    "Exit codes: 0 all rows answered · 1 some rows invalid (error rows written, the rest answered) · 2 usage error ·\n            3 input or policy unusable · 4 no schedule exists (conflicts written) · 5 output cannot be written",
  cli_help_eligibility_summary: "may each employee do MKD, with how many flexible days a week",
  cli_help_eligibility_about:
    "One answer per input row, in order: outcome (eligible | ineligible | needs_approval), granted flexible days,\nformat (e.g. 2-3) and the rules that failed. Invalid rows get an error row with their line number.\nCSV headers: see {url}.",
  cli_help_schedule_summary: "the unit's schedule for a month (members CSV/JSON, or a full schedule input JSON)",
  cli_help_schedule_about:
    "FILE: members (CSV/JSON/NDJSON; granted_days, or the eligibility columns which are then decided at the first\nday of the month) or a complete schedule input JSON ({ unit, members, period, ... }). Table output is a grid.",
  cli_help_calendar_summary: "the schedule as an HTML month grid, a CSV and one .ics file per member",
  cli_help_calendar_about:
    "Writes DIR/<unit>-<month>.html (month grid), DIR/<unit>-<month>.csv and DIR/ics/<member>.ics (RFC 5545,\nAsia/Jakarta). FILE may also be a schedule JSON written by `mkd schedule --format json`.",
  cli_help_score_summary: "monthly scores from indicator rows (one row per employee, month and indicator)",
  cli_help_score_about:
    "Rows: employee_id, month, indicator_id, target (or target_min/target_max), realisation, weight, direction,\naspect, unit, behaviour, report_submitted. Rows of one employee and month must be consecutive.\nOne answer per employee-month: composite, rating, predikat, flags.",
  cli_help_warn_summary: "early warning over several months per employee, with next month's recommendation",
  cli_help_warn_about:
    "Same rows as `mkd score`, several months per employee (rows of one employee consecutive, months in order).\nOne answer per employee: level per month and the recommendation for the next month.",
  cli_help_policy_summary:
    "what a policy says, check a document, its JSON Schema, compare two, data horizons, run golden cases",
  cli_help_policy_show: "the policy in force on --as-of: parameters, sources, rules",
  cli_help_policy_validate: "check policy documents (structure, sources, facts, the national ceiling)",
  cli_help_policy_schema: "the JSON Schema of a policy document",
  cli_help_policy_diff:
    "compare two policies; A, B: jurisdiction@version, jurisdiction (in force on --as-of), or FILE.json",
  cli_help_policy_status: "how far holiday decrees, Ramadan periods and circulars reach; review date",
  cli_help_policy_test:
    "golden cases against a policy document (default: the shipped cases of the jurisdiction it extends); lists\neach failed case with its diff; exit 0 all passed, 1 some failed",
  cli_help_demo_summary: "run everything on the shipped example unit (about 40 members, December 2026)",
  cli_help_demo_about:
    "Runs eligibility, the December 2026 schedule (jabar 2026-01-01) and three months of scores over the shipped\nexample unit (examples/data/), then writes the HTML calendar, CSV and .ics files to DIR (default ./mkd-demo-output).",
  cli_help_help_summary: "this help, or a command's",
  cli_help_flag_format: "output format (default: table on a terminal, else ndjson for rows, json for documents)",
  cli_help_flag_output: "write answers to FILE instead of stdout",
  cli_help_flag_locale: "language of messages and labels (default: LC_ALL, LC_MESSAGES or LANG, else id)",
  cli_help_flag_jurisdiction: "shipped policy to use (default jabar)",
  cli_help_flag_policy: "a policy document or overlay (e.g. a municipality's), validated first",
  cli_help_flag_as_of: "decision date (default: today in Asia/Jakarta)",
  cli_help_flag_month: "month to schedule (schedule, calendar)",
  cli_help_flag_input_format: "input format (default: from the file name; stdin is sniffed)",
  cli_help_flag_delimiter: "input CSV delimiter (default: detected from the header line)",
  cli_help_flag_csv_delimiter: "output CSV delimiter (default ,)",
  cli_help_flag_bom: "start CSV output with a UTF-8 byte-order mark (Excel)",
  cli_help_flag_quiet: "no summary on stderr",
  cli_help_flag_help: "this help",
  cli_help_flag_version: "the version of mkd-engine",
  cli_help_flag_unit_id: "the unit's id (default: from the file name)",
  cli_help_flag_unit_name: "the unit's name",
  cli_help_flag_unit_kind: "the unit's kind (default general)",
  cli_help_flag_min_on_site: "at least N members on site each working day",
  cli_help_flag_min_on_site_share: "at least this share of members on site each working day",
  cli_help_flag_role_min: "at least N members of ROLE on site (repeatable)",
  cli_help_flag_seats: "desks in the office",
  cli_help_flag_anchor: "weekdays everyone is on site (repeatable)",
  cli_help_flag_request_collective: "weekdays the unit asks to be flexible together (repeatable)",
  cli_help_flag_calendar_out: "folder for the calendar files (calendar)",
  cli_help_flag_demo_out: "folder for the calendar files (default ./mkd-demo-output)",
  cli_help_flag_demo_data: "folder of the example data (default: the shipped examples/data)",
} as const satisfies Readonly<Record<CliHelpCode, string>>;
