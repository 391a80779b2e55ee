/**
 * Reading input rows for the `mkd` command: CSV the way spreadsheets export it, JSON, or NDJSON, from a
 * file or standard input, one row at a time (constant memory for CSV and NDJSON).
 *
 * CSV decisions (documented in docs/en/cli.md):
 * - UTF-8, with or without a byte-order mark (Excel's "CSV UTF-8" writes one). A line with bytes that are
 *   not UTF-8 is an error row at its line (`cli_row_not_utf8`) with a hint to re-save as "CSV UTF-8", never
 *   a mangled name and never a silently dropped row; in the header or a JSON document it makes the input
 *   unusable (exit 3) before anything is written.
 * - The delimiter is detected from the header line: comma, semicolon (Excel in an Indonesian locale,
 *   where the comma is the decimal separator) or tab. `--delimiter` overrides.
 * - The first line is the header. Blank lines, and lines holding only delimiters (spreadsheets export
 *   trailing empty rows as `;;;;`), are skipped silently; line numbers always refer to the file.
 * - A row with a different number of fields than the header is an error row (with its line number);
 *   the rows after it are still read.
 * - An unclosed quote swallows the rest of the file: it yields an error row and stops (exit 3).
 */
import { parse } from "csv-parse";
import { issue, MkdError, type Issue } from "../core/errors.js";
import { MESSAGE_DOMAINS } from "../i18n/index.js";
import { openInput, type CliIo } from "./io.js";

/** An input format the command reads. */
export type InputFormat = "csv" | "json" | "ndjson";

/** One row read from the input: its values, or why it could not be read. */
export type SourceRow =
  | {
      readonly index: number;
      readonly line: number | undefined;
      readonly ok: true;
      readonly kind: "csv";
      readonly header: readonly string[];
      readonly values: readonly string[];
    }
  | {
      readonly index: number;
      readonly line: number | undefined;
      readonly ok: true;
      readonly kind: "json";
      readonly value: unknown;
    }
  | { readonly index: number; readonly line: number | undefined; readonly ok: false; readonly error: MkdError };

/** The input cannot be used at all (exit 3). Rows already read have been answered. */
export class InputUnusable extends Error {
  constructor(readonly error: MkdError) {
    super(error.message);
    this.name = "InputUnusable";
  }
}

/** The input format implied by a file name, or undefined when the name does not say. */
function formatFromPath(path: string): InputFormat | undefined {
  const lower = path.toLowerCase();
  if (lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".txt")) return "csv";
  if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) return "ndjson";
  if (lower.endsWith(".json")) return "json";
  return undefined;
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decodes chunks as strict UTF-8, line by line: a line holding bytes that are not UTF-8 (a stray
 * Windows-1252 byte) is recorded in `badLines` (1-based, counted by LF) and decoded with U+FFFD only so
 * the readers can turn that line into its own error row; every other line is decoded exactly. A line
 * break byte (0x0A) never occurs inside a multi-byte UTF-8 character, so splitting at it is safe.
 */
async function* decode(
  chunks: AsyncIterable<string | Uint8Array>,
  source: string,
  badLines: Set<number>,
  beforeRead?: () => Promise<void>,
): AsyncGenerator<string> {
  const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  const lenient = new TextDecoder("utf-8", { ignoreBOM: true });
  let first = true;
  let carry = new Uint8Array(0);
  let line = 1;
  const decodeLines = (bytes: Uint8Array): string => {
    let text: string;
    try {
      text = strict.decode(bytes);
      for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
    } catch {
      text = "";
      let start = 0;
      for (let i = 0; i <= bytes.length; i++) {
        if (i < bytes.length && bytes[i] !== 0x0a) continue;
        const segment = bytes.subarray(start, Math.min(i + 1, bytes.length));
        try {
          text += strict.decode(segment);
        } catch {
          text += lenient.decode(segment);
          badLines.add(line);
        }
        if (i < bytes.length) line++;
        start = i + 1;
      }
    }
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    return text;
  };
  try {
    const iterator = chunks[Symbol.asyncIterator]();
    for (;;) {
      // Answers so far go out before waiting for more input (request/response over a pipe).
      if (beforeRead) await beforeRead();
      const next = await iterator.next();
      if (next.done) break;
      const chunk = next.value;
      let text: string;
      if (typeof chunk === "string") {
        text = chunk;
        if (first && text.length > 0) {
          if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
          first = false;
        }
      } else {
        const bytes = carry.length === 0 ? chunk : concat(carry, chunk);
        const end = bytes.lastIndexOf(0x0a) + 1;
        carry = bytes.slice(end);
        text = end === 0 ? "" : decodeLines(bytes.subarray(0, end));
      }
      if (text !== "") yield text;
    }
    if (carry.length > 0) {
      const rest = decodeLines(carry);
      if (rest !== "") yield rest;
    }
  } catch (error) {
    if (error instanceof MkdError) throw error;
    const code = (error as { code?: string }).code;
    if (code === "ENOENT")
      throw new InputUnusable(new MkdError("cli_input_not_found", { path: source }, [], MESSAGE_DOMAINS));
    if (code === "EISDIR" || code === "EACCES")
      throw new InputUnusable(
        new MkdError("cli_input_unreadable", { path: source, detail: code }, [], MESSAGE_DOMAINS),
      );
    throw new InputUnusable(
      new MkdError(
        "cli_input_unreadable",
        {
          path: source,
          detail: error instanceof Error ? error.message : String(error),
        },
        [],
        MESSAGE_DOMAINS,
      ),
    );
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** The error row of a line that could not be read, with the one issue that says why. */
function unreadableRow(index: number, line: number | undefined, why: Issue): SourceRow {
  return { index, line, ok: false, error: new MkdError("cli_row_invalid", { line }, [why], MESSAGE_DOMAINS) };
}

/** The error row of a line that is not UTF-8. */
function notUtf8Row(index: number, line: number): SourceRow {
  return unreadableRow(index, line, issue("cli_row_not_utf8", [], {}, MESSAGE_DOMAINS));
}

/** Picks the delimiter of a header line: the most frequent of `,` `;` and tab outside quotes. */
function sniffDelimiter(headerLine: string): string {
  let inQuotes = false;
  const counts = { ",": 0, ";": 0, "\t": 0 };
  for (const ch of headerLine) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === "," || ch === ";" || ch === "\t")) counts[ch]++;
  }
  if (counts[";"] > counts[","] && counts[";"] >= counts["\t"]) return ";";
  if (counts["\t"] > counts[","]) return "\t";
  return ",";
}

/** Options for {@link readRows}. */
export interface ReadRowsOptions {
  readonly format?: InputFormat | undefined;
  readonly delimiter?: string | undefined;
  /** Called before each wait for more input (row commands flush their answers there). */
  readonly beforeRead?: (() => Promise<void>) | undefined;
}

/**
 * The rows of an input, in order. CSV rows carry the header and their string values; JSON and NDJSON
 * rows carry the parsed value. Unreadable rows come back as `ok: false` at their place. Throws
 * {@link InputUnusable} when nothing more can be read.
 */
export async function* readRows(io: CliIo, path: string, options: ReadRowsOptions = {}): AsyncGenerator<SourceRow> {
  const badLines = new Set<number>();
  const chunks = decode(openInput(io, path), path === "-" ? "stdin" : path, badLines, options.beforeRead);
  let format = options.format ?? (path === "-" ? undefined : formatFromPath(path));
  // Sniff standard input (or an unnamed file) by its first non-blank character.
  let pending = "";
  const iterator = chunks[Symbol.asyncIterator]();
  if (format === undefined) {
    for (;;) {
      const next = await iterator.next();
      if (next.done) break;
      pending += next.value;
      if (pending.trim() !== "") break;
    }
    const start = pending.trimStart()[0];
    if (start === "{") {
      // One object per line (NDJSON), or one pretty-printed document? The first line decides.
      while (!pending.trimStart().includes("\n")) {
        const next = await iterator.next();
        if (next.done) break;
        pending += next.value;
      }
      const firstLine = pending.trimStart().split("\n", 1)[0]!.trim();
      format = parsesAsJson(firstLine) ? "ndjson" : "json";
    } else format = start === "[" ? "json" : "csv";
  }
  const rest: AsyncIterable<string> = {
    [Symbol.asyncIterator]: () => ({ next: () => iterator.next() }),
  };
  async function* all(): AsyncGenerator<string> {
    if (pending !== "") yield pending;
    yield* rest;
  }
  if (format === "csv") yield* readCsv(all(), options.delimiter, badLines);
  else if (format === "ndjson") yield* readNdjson(all(), badLines);
  else yield* readJsonArray(all(), badLines, path === "-" ? "stdin" : path);
}

async function* readCsv(
  chunks: AsyncIterable<string>,
  forcedDelimiter: string | undefined,
  badLines: ReadonlySet<number>,
): AsyncGenerator<SourceRow> {
  // Buffer until the header line is complete, to detect the delimiter from it.
  let head = "";
  const iterator = chunks[Symbol.asyncIterator]();
  let exhausted = false;
  while (!/[\r\n]/.test(head.trimStart()) && head.length < 1 << 16) {
    const next = await iterator.next();
    if (next.done) {
      exhausted = true;
      break;
    }
    head += next.value;
  }
  const firstLine = head.trimStart().split(/\r\n|\n|\r/, 1)[0] ?? "";
  const delimiter = forcedDelimiter ?? sniffDelimiter(firstLine);
  const parser = parse({
    delimiter,
    info: true,
    raw: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    record_delimiter: ["\r\n", "\n", "\r"],
  });
  let failure = null as (Error & { code?: string; lines?: number }) | null;
  parser.on("error", (e: Error) => {
    failure = e;
  });
  let header: string[] | null = null;
  let index = 0;
  const drain = function* (): Generator<SourceRow> {
    for (;;) {
      const item = parser.read() as { record: string[]; raw: string; info: { lines: number } } | null;
      if (item === null) return;
      // info.lines is where the record ends; a quoted field may span lines, so count back to its start.
      const body = item.raw.replace(/^[\r\n]+/, "").replace(/(\r\n|\n|\r)$/, "");
      const line = item.info.lines - (body.match(/\r\n|\n|\r/g)?.length ?? 0);
      const values = item.record.map((v) => v.trim());
      if (values.every((v) => v === "")) continue;
      // A record with a line that is not UTF-8 is an error row at its place (never silently dropped, never
      // read with replacement characters in a name).
      let notUtf8 = false;
      for (let l = line; l <= item.info.lines && badLines.size > 0; l++) if (badLines.has(l)) notUtf8 = true;
      if (notUtf8) {
        if (header === null)
          throw new InputUnusable(new MkdError("cli_input_not_utf8", { path: "CSV" }, [], MESSAGE_DOMAINS));
        yield notUtf8Row(index++, line);
        continue;
      }
      if (header === null) {
        header = values;
        continue;
      }
      if (values.length !== header.length) {
        const delimiterName = delimiter === "\t" ? "tab" : delimiter;
        const counts = { expected: header.length, actual: values.length, delimiter: delimiterName };
        yield unreadableRow(index++, line, issue("cli_csv_field_count", [], counts, MESSAGE_DOMAINS));
        continue;
      }
      yield { index: index++, line, ok: true, kind: "csv", header, values };
    }
  };
  const feed = function* (text: string): Generator<SourceRow> {
    parser.write(text);
    yield* drain();
  };
  if (head !== "") yield* feed(head);
  if (!exhausted) {
    for (;;) {
      if (failure) break;
      const next = await iterator.next();
      if (next.done) break;
      yield* feed(next.value);
    }
  }
  if (!failure) {
    await new Promise<void>((done) => parser.end(() => done()));
    yield* drain();
  }
  if (failure) {
    const f: Error & { code?: string; lines?: number } = failure;
    const line = f.lines;
    yield unreadableRow(index++, line, issue("cli_csv_syntax", [], { detail: f.message }, MESSAGE_DOMAINS));
    throw new InputUnusable(
      new MkdError("cli_csv_unreadable", { line: line ?? "?", detail: f.message }, [], MESSAGE_DOMAINS),
    );
  }
}

async function* readNdjson(chunks: AsyncIterable<string>, badLines: ReadonlySet<number>): AsyncGenerator<SourceRow> {
  let buffer = "";
  let line = 0;
  let index = 0;
  const emit = function* (text: string): Generator<SourceRow> {
    line++;
    if (text.trim() === "") return;
    if (badLines.has(line)) {
      yield notUtf8Row(index++, line);
      return;
    }
    // Parse before taking the index: one index per answered line, contiguous across lines that are not JSON.
    let value: unknown;
    try {
      value = JSON.parse(text) as unknown;
    } catch (error) {
      const detail = (error as Error).message;
      yield unreadableRow(index++, line, issue("cli_json_syntax", [], { detail }, MESSAGE_DOMAINS));
      return;
    }
    yield { index: index++, line, ok: true, kind: "json", value };
  };
  for await (const chunk of chunks) {
    buffer += chunk;
    let nl: number;
    while ((nl = buffer.indexOf("\n")) >= 0) {
      yield* emit(buffer.slice(0, nl).replace(/\r$/, ""));
      buffer = buffer.slice(nl + 1);
    }
  }
  if (buffer !== "") yield* emit(buffer.replace(/\r$/, ""));
}

async function* readJsonArray(
  chunks: AsyncIterable<string>,
  badLines: ReadonlySet<number>,
  source: string,
): AsyncGenerator<SourceRow> {
  const value = await readJsonText(chunks);
  // One JSON document has no rows to fail one by one: bytes that are not UTF-8 make it unusable, before any
  // answer is written (all or nothing).
  if (badLines.size > 0)
    throw new InputUnusable(new MkdError("cli_input_not_utf8", { path: source }, [], MESSAGE_DOMAINS));
  const items = Array.isArray(value) ? value : [value];
  let index = 0;
  for (const item of items) yield { index: index++, line: undefined, ok: true, kind: "json", value: item };
}

async function readJsonText(chunks: AsyncIterable<string>): Promise<unknown> {
  let text = "";
  for await (const chunk of chunks) text += chunk;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InputUnusable(
      new MkdError("cli_json_unreadable", { detail: (error as Error).message }, [], MESSAGE_DOMAINS),
    );
  }
}
