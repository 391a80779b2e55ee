/**
 * The streams the `mkd` command talks to. `main.ts` passes the real process streams; tests pass memory
 * streams, so the whole command runs in-process (fast, no tsx spawn per case).
 */
import { createReadStream, createWriteStream, renameSync, statSync, unlinkSync, type WriteStream } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

/** A text sink with Node's `write` contract (returns false when the caller should wait for `drain`). */
export interface CliWritable {
  write(chunk: string): boolean;
  once?(event: "drain", listener: () => void): unknown;
  /** True when a person is looking at it (progress, tables). */
  isTTY?: boolean | undefined;
  /** Terminal width, when known. */
  columns?: number | undefined;
}

/** Everything the command needs from its process. */
export interface CliIo {
  /** Standard input as chunks (a Node Readable is an AsyncIterable of Buffers). */
  stdin: AsyncIterable<string | Uint8Array> & { isTTY?: boolean | undefined };
  stdout: CliWritable;
  stderr: CliWritable;
  /** Directory relative paths resolve against. */
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
}

/** Exit codes of `mkd`: stable, documented in docs/en/cli.md and docs/id/cli.md. */
export const EXIT = {
  /** Every row answered (ineligible employees and red warnings are answers, not failures). */
  ok: 0,
  /** Some input rows were invalid: an error row was written for each, every other row was answered. */
  invalidRows: 1,
  /** The command line itself is wrong (unknown subcommand or flag, missing argument, bad flag value). */
  usage: 2,
  /** The input or the policy cannot be used at all (file missing, JSON unreadable, policy invalid). */
  unusable: 3,
  /** No schedule exists for the unit and period: the conflicts are written instead. */
  infeasible: 4,
  /**
   * The answers could not all be written: `--output` cannot be created or written (a missing directory, a
   * directory, no permission, a full disk), or the reader of standard output went away (`| head`). Nothing
   * partial is left under the `--output` name.
   */
  outputFailed: 5,
} as const;

/** One of the documented exit codes. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * Writes text to a stream in blocks of about 64 KB (one system call per block, not per row) and waits
 * for `drain` when the stream asks, so a long batch never piles up in memory behind a slow reader
 * (constant memory end to end). Row commands call {@link Sink.flush} before waiting for more input, so a
 * process that sends one line and waits for its answer gets it at once.
 */
export class Sink {
  private buffer = "";
  private failure: Error | undefined;
  private wake: (() => void) | undefined;

  constructor(
    private readonly stream: CliWritable,
    private readonly blockSize = 1 << 16,
  ) {}

  get isTTY(): boolean {
    return this.stream.isTTY === true;
  }

  get columns(): number {
    return this.stream.columns ?? 120;
  }

  /** Marks the sink failed (its stream reported an error): the pending and every later write throws `error`. */
  fail(error: Error): void {
    this.failure ??= error;
    this.buffer = "";
    this.wake?.();
  }

  async write(text: string): Promise<void> {
    if (this.failure) throw this.failure;
    if (text === "") return;
    this.buffer += text;
    if (this.buffer.length >= this.blockSize) await this.flush();
  }

  /** Sends what is buffered, waiting for `drain` when the stream is full (or until the stream fails). */
  async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.buffer === "") return;
    const text = this.buffer;
    this.buffer = "";
    if (!this.stream.write(text) && this.stream.once) {
      await new Promise<void>((done) => {
        this.wake = done;
        this.stream.once!("drain", done);
      });
      this.wake = undefined;
    }
    if (this.failure) throw this.failure;
  }
}

/**
 * The answers could not be written to `path` (exit {@link EXIT}.outputFailed), with the system's reason
 * (`ENOENT`, `EISDIR`, `EACCES`, `ENOSPC`, ...).
 */
export class OutputFailed extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = "OutputFailed";
  }
}

function reasonOf(error: unknown): string {
  const e = error as { code?: unknown; message?: unknown } | null;
  const code = typeof e?.code === "string" ? e.code : undefined;
  const message = typeof e?.message === "string" ? e.message : String(error);
  return code && !message.startsWith(code) ? `${code} ${message}` : message;
}

// Temporary files not yet renamed to their final name: removed if the process exits or is interrupted first,
// so an interrupted run leaves neither a partial file under the final name nor a stray temporary file.
const pending = new Set<string>();
let seq = 0;
function removePending(): void {
  for (const temp of pending) {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
  }
  pending.clear();
}
function onSignal(signal: NodeJS.Signals): void {
  removePending();
  process.off("SIGINT", onSignal);
  process.off("SIGTERM", onSignal);
  // Die of the same signal, as if no handler had been installed (the shell sees 130 for SIGINT).
  process.kill(process.pid, signal);
}
function track(temp: string): void {
  if (pending.size === 0) {
    process.on("exit", removePending);
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
  }
  pending.add(temp);
}
function untrack(temp: string): void {
  pending.delete(temp);
  if (pending.size === 0) {
    process.off("exit", removePending);
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

/**
 * A sink over a file (for `--output`), and how to close it. The answers go to a temporary file next to the
 * target, renamed to the target only when everything was written: an interrupted or failed run never leaves
 * a partial file under the final name (an existing file there stays as it was). A target that exists and is
 * not a regular file (`/dev/stdout`, a named pipe, `/dev/full`) is written directly. Any failure (at
 * opening, while writing, at closing) throws {@link OutputFailed}.
 */
export function openOutputFile(io: CliIo, path: string): { sink: Sink; close: () => Promise<void> } {
  const target = resolvePath(io, path);
  let direct = false;
  try {
    const stat = statSync(target);
    if (stat.isDirectory()) throw new OutputFailed(path, "EISDIR: is a directory");
    direct = !stat.isFile();
  } catch (error) {
    if (error instanceof OutputFailed) throw error;
    if ((error as { code?: unknown }).code !== "ENOENT") throw new OutputFailed(path, reasonOf(error));
  }
  const temp = direct ? target : join(dirname(target), `.${basename(target)}.${process.pid}-${++seq}.mkd-partial`);
  if (!direct) track(temp);
  const stream: WriteStream = createWriteStream(temp, direct ? {} : { flags: "wx" });
  const sink = new Sink(stream);
  let failure: OutputFailed | undefined;
  const discard = (): void => {
    if (direct) return;
    try {
      unlinkSync(temp);
    } catch {
      // never created
    }
    untrack(temp);
  };
  stream.on("error", (error) => {
    failure ??= new OutputFailed(path, reasonOf(error));
    sink.fail(failure);
    discard();
  });
  return {
    sink,
    close: async () => {
      try {
        await sink.flush();
        // 'close' follows both a finished write and a failure: wait for it, then look at what happened.
        if (!stream.closed) {
          await new Promise<void>((done) => {
            stream.once("close", () => done());
            if (!stream.destroyed && !stream.writableEnded) stream.end();
          });
        }
        if (failure) throw failure;
        if (!direct) {
          renameSync(temp, target);
          untrack(temp);
        }
      } catch (error) {
        discard();
        throw error instanceof OutputFailed ? error : new OutputFailed(path, reasonOf(error));
      }
    },
  };
}

/**
 * Ends the process when standard output was closed before every answer was written (`mkd ... | head`):
 * one line on stderr, exit {@link EXIT}.outputFailed, never 0 with the answers incomplete.
 */
export function exitOutputClosed(): never {
  try {
    process.stderr.write(
      "mkd: keluaran standar ditutup sebelum semua jawaban tertulis / standard output closed before every answer was written (exit 5)\n",
    );
  } catch {
    // stderr may be gone too
  }
  process.exit(EXIT.outputFailed);
}

/** Absolute path of a user-given path. */
export function resolvePath(io: CliIo, path: string): string {
  return resolve(io.cwd, path);
}

/** The chunks of a file, or of standard input for `-`. */
export function openInput(io: CliIo, path: string): AsyncIterable<string | Uint8Array> {
  if (path === "-") return io.stdin;
  return createReadStream(resolvePath(io, path));
}

/**
 * Progress on stderr, only when stderr is a terminal (pipes and logs stay clean). Redraws at most
 * every 200 ms of rows, counted by the caller.
 */
export class Progress {
  private lastDraw = 0;
  private drawn = false;
  constructor(
    private readonly stderr: CliWritable,
    private readonly label: string,
    private readonly now: () => number = () => performance.now(),
  ) {}

  tick(rows: number): void {
    if (this.stderr.isTTY !== true) return;
    if ((rows & 255) !== 0) return;
    const t = this.now();
    if (t - this.lastDraw < 200) return;
    this.lastDraw = t;
    this.drawn = true;
    this.stderr.write(`\r${this.label}: ${rows.toLocaleString("en-US")}`);
  }

  done(rows: number): void {
    if (this.stderr.isTTY !== true || !this.drawn) return;
    this.stderr.write(`\r${this.label}: ${rows.toLocaleString("en-US")}\n`);
  }
}
