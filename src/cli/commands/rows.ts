/**
 * The plumbing shared by row commands (eligibility, schedule members, score, warn): turning source rows
 * into library inputs with their line numbers kept, warning once about unknown columns, refusing a
 * header that lacks required columns, and the closing summary.
 */
import { MkdError } from "../../core/errors.js";
import { MESSAGE_DOMAINS } from "../../i18n/index.js";
import { Unusable, type CommonFlags, type Ctx } from "../context.js";
import { EXIT, Progress, type CliIo, type ExitCode } from "../io.js";
import { createRowWriter, type Column, type RowWriter } from "../output.js";
import { RowIssues } from "../fields.js";
import { readRows, type SourceRow } from "../input.js";
import { HeaderMap, rowError, type ColumnDef } from "../records.js";

/** A row turned into a library input, or the reason it could not be. */
export type Prepared<T> =
  | {
      readonly index: number;
      readonly line: number | undefined;
      readonly ok: true;
      readonly value: T;
      readonly id: string | undefined;
      readonly name: string | undefined;
    }
  | {
      readonly index: number;
      readonly line: number | undefined;
      readonly ok: false;
      readonly error: MkdError;
      readonly id: string | undefined;
      readonly name: string | undefined;
    };

/** Converts CSV rows for a set of columns (header checked once, unknown columns warned once). */
export class CsvConverter<T> {
  private header: readonly string[] | undefined;
  /** The header of the rows seen so far (for translating issue paths back to columns). */
  map: HeaderMap | undefined;

  constructor(
    private readonly ctx: Ctx,
    private readonly defs: readonly ColumnDef[],
    private readonly build: (fields: Map<string, string>, issues: RowIssues, map: HeaderMap) => T,
    private readonly quiet: boolean,
    /** Columns the header must have, beyond those marked required (e.g. depending on which others exist). */
    private readonly missing: (map: HeaderMap) => string[] = () => [],
  ) {}

  convert(row: Extract<SourceRow, { kind: "csv" }>): Prepared<T> {
    if (this.header !== row.header) {
      this.header = row.header;
      this.map = new HeaderMap(row.header, this.defs);
      const missing = [...this.map.missing, ...this.missing(this.map)];
      if (missing.length > 0)
        throw new Unusable(new MkdError("cli_missing_columns", { columns: missing }, [], MESSAGE_DOMAINS));
      if (this.map.unknown.length > 0 && !this.quiet)
        void this.ctx.stderr.write(`mkd: ${this.ctx.t("cli_unknown_columns", { columns: this.map.unknown })}\n`);
    }
    const map = this.map!;
    const fields = map.fields(row.values);
    const issues = new RowIssues();
    const value = this.build(fields, issues, map);
    const id = fields.get("id") || undefined;
    const name = fields.get("name") || undefined;
    if (issues.issues.length > 0)
      return { index: row.index, line: row.line, ok: false, error: rowError(row.line, issues.issues), id, name };
    return { index: row.index, line: row.line, ok: true, value, id, name };
  }
}

/** The `id` of a JSON row, when it has one. */
export function jsonId(value: unknown): string | undefined {
  if (value !== null && typeof value === "object" && typeof (value as { id?: unknown }).id === "string")
    return (value as { id: string }).id;
  return undefined;
}

/** How a row command writes one answer: its columns (table, CSV) and its JSON / NDJSON form. */
export interface AnswerShape<R> {
  readonly columns: readonly Column<R>[];
  readonly toJson: (row: R) => unknown;
}

/**
 * The run of a streaming row command (eligibility, score, warn) once its flags are read: the answer writer on
 * `--output` or stdout in the chosen format (NDJSON by default), the rows of `path` read lazily (what is
 * written so far is flushed before each read, so answers reach a pipe while the input still streams), the
 * answers `answer` makes from them, and {@link writeAnswers}.
 */
export function streamAnswers<R extends { ok: boolean }>(
  ctx: Ctx,
  io: CliIo,
  command: string,
  path: string,
  common: CommonFlags,
  shape: AnswerShape<R>,
  answer: (rows: AsyncGenerator<SourceRow>) => AsyncIterable<R>,
): Promise<ExitCode> {
  const sink = ctx.output(common.output);
  const writer = createRowWriter(ctx.format(common.format, common.output, "ndjson"), sink, {
    ...shape,
    csvDelimiter: common.csvDelimiter,
    bom: common.bom,
  });
  const rows = readRows(io, path, {
    format: common.inputFormat,
    delimiter: common.delimiter,
    beforeRead: () => sink.flush(),
  });
  return writeAnswers(ctx, io, command, answer(rows), writer, common.quiet);
}

/**
 * Writes every answer in input order (progress on stderr when it is a terminal), closes the writer and the
 * context whatever happens, prints the summary, and returns the documented exit code: 1 when any row was invalid.
 */
export async function writeAnswers<R extends { ok: boolean }>(
  ctx: Ctx,
  io: CliIo,
  label: string,
  answers: AsyncIterable<R>,
  writer: RowWriter<R>,
  quiet: boolean,
): Promise<ExitCode> {
  const progress = new Progress(io.stderr, label);
  let total = 0;
  let failed = 0;
  try {
    for await (const row of answers) {
      total++;
      if (!row.ok) failed++;
      await writer.write(row);
      progress.tick(total);
    }
  } finally {
    await writer.end();
    progress.done(total);
    await ctx.close();
  }
  await summary(ctx, total, failed, quiet);
  return failed > 0 ? EXIT.invalidRows : EXIT.ok;
}

/** Writes the closing summary on stderr when something failed, or when a person is watching. */
async function summary(ctx: Ctx, total: number, failed: number, quiet: boolean): Promise<void> {
  if (quiet) return;
  if (failed > 0 || ctx.stderr.isTTY)
    await ctx.stderr.write(`mkd: ${ctx.t("cli_rows_summary", { total, ok: total - failed, failed })}\n`);
  await ctx.stderr.flush();
}

/** The error of a library batch answer (MkdError JSON) as an MkdError, with CSV column paths when known. */
export function errorFromJson(
  json: ReturnType<MkdError["toJSON"]>,
  line: number | undefined,
  map?: HeaderMap,
): MkdError {
  const issues = map ? map.toColumns(json.issues) : json.issues;
  return new MkdError(json.code, { ...json.params, line: line ?? "-" }, issues, MESSAGE_DOMAINS);
}
