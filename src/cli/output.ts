/**
 * Writing answers: a readable terminal table, JSON (one array), NDJSON (one object a line) or CSV
 * (csv-stringify). Every writer streams: JSON is written as an array element by element, the table
 * fixes its column widths from the first rows, so a million-row batch never sits in memory.
 */
import { stringify } from "csv-stringify/sync";
import { neutralizeCsvCell } from "../export/csv.js";
import type { Sink } from "./io.js";

/** An output format of the command. */
export type OutputFormat = "table" | "json" | "ndjson" | "csv";

/** The output formats, for flag validation and help. */
export const OUTPUT_FORMATS: readonly OutputFormat[] = ["table", "json", "ndjson", "csv"];

/** A flat cell value for tables and CSV. */
export type Cell = string | number | boolean | null | undefined;

/** One column of a table or CSV: its header and how to read it from an answer row. */
export interface Column<T> {
  readonly header: string;
  readonly get: (row: T) => Cell;
  /** Right-align (numbers) in the terminal table. */
  readonly numeric?: boolean;
}

/** Writes answers one by one in the chosen format. */
export interface RowWriter<T> {
  write(row: T): Promise<void>;
  end(): Promise<void>;
}

/** Options for {@link createRowWriter}. */
export interface RowWriterOptions<T> {
  readonly columns: readonly Column<T>[];
  /** The object written for JSON and NDJSON (defaults to the row itself). */
  readonly toJson?: (row: T) => unknown;
  readonly csvDelimiter?: string;
  /** Prefix CSV with a UTF-8 byte-order mark (helps Excel open accented names). */
  readonly bom?: boolean;
}

function cellText(value: Cell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "yes" : "no";
  return String(value);
}

/** A CSV cell: text that a spreadsheet would run as a formula is neutralised (OWASP CSV injection). */
function csvCell(value: Cell): string {
  return typeof value === "string" ? neutralizeCsvCell(value) : cellText(value);
}

/** Creates the writer for a format. */
export function createRowWriter<T>(format: OutputFormat, sink: Sink, options: RowWriterOptions<T>): RowWriter<T> {
  const toJson = options.toJson ?? ((row: T) => row);
  switch (format) {
    case "ndjson":
      return { write: (row) => sink.write(`${JSON.stringify(toJson(row))}\n`), end: async () => {} };
    case "json": {
      let count = 0;
      return {
        write: (row) => sink.write(`${count++ === 0 ? "[\n" : ",\n"}${JSON.stringify(toJson(row))}`),
        end: () => sink.write(count === 0 ? "[]\n" : "\n]\n"),
      };
    }
    case "csv": {
      const delimiter = options.csvDelimiter ?? ",";
      let started = false;
      const start = async () => {
        started = true;
        await sink.write(
          (options.bom ? "\uFEFF" : "") + stringify([options.columns.map((c) => c.header)], { delimiter }),
        );
      };
      return {
        write: async (row) => {
          if (!started) await start();
          await sink.write(stringify([options.columns.map((c) => csvCell(c.get(row)))], { delimiter }));
        },
        end: async () => {
          if (!started) await start();
        },
      };
    }
    case "table":
      return new TableWriter(sink, options.columns);
  }
}

const MAX_CELL = 48;
const SAMPLE = 200;

function displayWidth(text: string): number {
  // Good enough for Indonesian and English text: one column per code point.
  return [...text].length;
}

function fit(text: string, width: number, right: boolean): string {
  const flat = text.replace(/\s+/g, " ");
  const w = displayWidth(flat);
  if (w > width) return [...flat].slice(0, Math.max(0, width - 1)).join("") + "…";
  const pad = " ".repeat(width - w);
  return right ? pad + flat : flat + pad;
}

/** A plain-text table with column widths taken from the first rows, then streamed. */
class TableWriter<T> implements RowWriter<T> {
  private buffer: string[][] | null = [];
  private widths: number[] = [];

  constructor(
    private readonly sink: Sink,
    private readonly columns: readonly Column<T>[],
  ) {}

  async write(row: T): Promise<void> {
    const cells = this.columns.map((c) => cellText(c.get(row)));
    if (this.buffer) {
      this.buffer.push(cells);
      if (this.buffer.length >= SAMPLE) await this.flush();
      return;
    }
    await this.sink.write(this.line(cells));
  }

  async end(): Promise<void> {
    if (this.buffer) await this.flush();
  }

  private async flush(): Promise<void> {
    const rows = this.buffer ?? [];
    this.buffer = null;
    this.widths = this.columns.map((c, i) =>
      Math.min(
        MAX_CELL,
        Math.max(displayWidth(c.header), ...rows.map((r) => displayWidth((r[i] ?? "").replace(/\s+/g, " ")))),
      ),
    );
    const header = this.line(this.columns.map((c) => c.header));
    const rule = this.widths.map((w) => "-".repeat(w)).join("  ") + "\n";
    await this.sink.write(header + rule + rows.map((r) => this.line(r)).join(""));
  }

  private line(cells: readonly string[]): string {
    const last = cells.length - 1;
    return (
      cells
        // The last column (a reason, a message) is never cut: the terminal wraps it.
        .map((cell, i) =>
          i === last && this.columns[i]?.numeric !== true
            ? cell.replace(/\s+/g, " ")
            : fit(cell, this.widths[i] ?? 0, this.columns[i]?.numeric === true),
        )
        .join("  ")
        .trimEnd() + "\n"
    );
  }
}

/** Renders a small table at once (for summaries and policy listings). */
export function renderTable(
  headers: readonly string[],
  rows: readonly (readonly Cell[])[],
  numeric: readonly boolean[] = [],
  maxWidth = 72,
): string {
  const text = rows.map((r) => r.map(cellText));
  const widths = headers.map((h, i) =>
    Math.min(maxWidth, Math.max(displayWidth(h), ...text.map((r) => displayWidth((r[i] ?? "").replace(/\s+/g, " "))))),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => fit(c, widths[i] ?? 0, numeric[i] === true))
      .join("  ")
      .trimEnd() + "\n";
  return line(headers) + widths.map((w) => "-".repeat(w)).join("  ") + "\n" + text.map(line).join("");
}
