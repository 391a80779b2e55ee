/**
 * The streams the `mkd` command talks to. `main.ts` passes the real process streams; tests pass memory
 * streams, so the whole command runs in-process (fast, no tsx spawn per case).
 */
import { createReadStream, createWriteStream, type WriteStream } from "node:fs";
import { resolve } from "node:path";

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

  async write(text: string): Promise<void> {
    if (text === "") return;
    this.buffer += text;
    if (this.buffer.length >= this.blockSize) await this.flush();
  }

  /** Sends what is buffered, waiting for `drain` when the stream is full. */
  async flush(): Promise<void> {
    if (this.buffer === "") return;
    const text = this.buffer;
    this.buffer = "";
    if (!this.stream.write(text) && this.stream.once) {
      await new Promise<void>((done) => this.stream.once!("drain", done));
    }
  }
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

/** A sink over a file (for `--output`), and how to close it. */
export function openOutputFile(io: CliIo, path: string): { sink: Sink; close: () => Promise<void> } {
  const stream: WriteStream = createWriteStream(resolvePath(io, path));
  const sink = new Sink(stream);
  return {
    sink,
    close: async () => {
      await sink.flush();
      await new Promise<void>((done, fail) => stream.end((err?: Error | null) => (err ? fail(err) : done())));
    },
  };
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
