/**
 * `mkd eligibility FILE|-`: one decision per employee row, streamed through `checkEligibilityBatch`
 * (constant memory), errors at their line, in input order.
 */
import type { MkdError } from "../../core/errors.js";
import { checkEligibilityBatch } from "../../eligibility/batch.js";
import type { EligibilityDecision } from "../../eligibility/check.js";
import { Ctx, errorText, inputPath, loadPolicy, parseFlags, todayInJakarta } from "../context.js";
import type { ResolvedPolicy } from "../../policy/resolve.js";
import type { SourceRow } from "../input.js";
import type { CliIo, ExitCode } from "../io.js";
import type { Column } from "../output.js";
import { EMPLOYEE_COLUMNS, employeeFromFields, MEMBER_COLUMNS, missingEmployeeColumns } from "../records.js";
import { CsvConverter, errorFromJson, jsonId, streamAnswers, type Prepared } from "./rows.js";

/** One answer row of `mkd eligibility`. */
export type EligibilityRow =
  | {
      index: number;
      line: number | undefined;
      ok: true;
      id: string;
      name: string | undefined;
      value: EligibilityDecision;
    }
  | {
      index: number;
      line: number | undefined;
      ok: false;
      id: string | undefined;
      name: string | undefined;
      error: MkdError;
    };

/** The columns of the table and CSV output. */
export function eligibilityColumns(ctx: Ctx): Column<EligibilityRow>[] {
  const L = ctx.locale;
  const id = L === "id";
  return [
    { header: id ? "baris" : "line", get: (r) => r.line ?? r.index + 1, numeric: true },
    { header: "id", get: (r) => r.id },
    { header: id ? "nama" : "name", get: (r) => r.name },
    { header: id ? "hasil" : "outcome", get: (r) => (r.ok ? r.value.outcome : "error") },
    { header: id ? "hari" : "days", get: (r) => (r.ok ? r.value.grantedFlexibleDays : null), numeric: true },
    { header: "format", get: (r) => (r.ok ? r.value.grantedFormat : null) },
    {
      header: id ? "aturan gagal" : "failed rules",
      get: (r) =>
        r.ok
          ? r.value.rules
              .filter((x) => !x.passed)
              .map((x) => x.id)
              .join(" ")
          : null,
    },
    {
      header: id ? "alasan" : "reason",
      get: (r) => (r.ok ? r.value.reasons.map((x) => x.message ?? x.code).join(" ") : errorText(r.error, L)),
    },
  ];
}

/** The JSON / NDJSON form of an answer row. */
function eligibilityJson(r: EligibilityRow): unknown {
  return r.ok
    ? { index: r.index, line: r.line ?? null, ok: true, id: r.id, name: r.name ?? null, value: r.value }
    : {
        index: r.index,
        line: r.line ?? null,
        ok: false,
        id: r.id ?? null,
        name: r.name ?? null,
        error: r.error.toJSON(),
      };
}

/** Runs `mkd eligibility`. */
export async function eligibilityCommand(io: CliIo, argv: readonly string[]): Promise<ExitCode> {
  const { positionals, common } = parseFlags("eligibility", argv);
  const ctx = new Ctx(io, common.locale);
  const path = inputPath(io, positionals, "eligibility");
  const asOf = common.asOf ?? todayInJakarta();
  const policy = loadPolicy(io, common, asOf, "eligibility");
  return streamAnswers(
    ctx,
    io,
    "eligibility",
    path,
    common,
    { columns: eligibilityColumns(ctx), toJson: eligibilityJson },
    (rows) => decideRows(ctx, rows, { policy, asOf, quiet: common.quiet }),
  );
}

/**
 * Decisions for a stream of source rows, in order: rows that could not be read or converted keep their
 * place (the batch gets a placeholder whose answer is replaced by the row's own error).
 */
export async function* decideRows(
  ctx: Ctx,
  rows: AsyncIterable<SourceRow>,
  options: { policy: ResolvedPolicy; asOf: string; quiet: boolean },
): AsyncGenerator<EligibilityRow> {
  const pending: Prepared<unknown>[] = [];
  const csv = new CsvConverter(
    ctx,
    [...EMPLOYEE_COLUMNS, ...MEMBER_COLUMNS],
    (f, issues) => employeeFromFields(f, issues),
    options.quiet,
    missingEmployeeColumns,
  );
  async function* inputs(): AsyncGenerator<unknown> {
    for await (const row of rows) {
      const prepared: Prepared<unknown> = !row.ok
        ? { index: row.index, line: row.line, ok: false, error: row.error, id: undefined, name: undefined }
        : row.kind === "csv"
          ? csv.convert(row)
          : { index: row.index, line: row.line, ok: true, value: row.value, id: jsonId(row.value), name: undefined };
      pending.push(prepared);
      yield prepared.ok ? prepared.value : null;
    }
  }
  for await (const answer of checkEligibilityBatch(inputs(), {
    policy: options.policy,
    asOf: options.asOf,
    locale: ctx.locale,
  })) {
    const p = pending.shift()!;
    if (!p.ok) yield { index: p.index, line: p.line, ok: false, id: p.id, name: p.name, error: p.error };
    else if (answer.ok)
      yield { index: p.index, line: p.line, ok: true, id: answer.value.employeeId, name: p.name, value: answer.value };
    else
      yield {
        index: p.index,
        line: p.line,
        ok: false,
        id: p.id,
        name: p.name,
        error: errorFromJson(answer.error, p.line, csv.map),
      };
  }
}
