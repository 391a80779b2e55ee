/** Runs the `mkd` command in-process with memory streams. */
import { run } from "../../src/cli/run.js";
import type { CliIo, CliWritable } from "../../src/cli/io.js";

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

class Memory implements CliWritable {
  text = "";
  constructor(readonly isTTY = false) {}
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
}

export const REPO = new URL("../../", import.meta.url).pathname;

export async function mkd(
  argv: string[],
  options: { stdin?: string | Uint8Array; cwd?: string; tty?: boolean; env?: Record<string, string> } = {},
): Promise<RunResult> {
  const stdout = new Memory(options.tty === true);
  const stderr = new Memory(false);
  const input = options.stdin;
  const stdin: CliIo["stdin"] = {
    isTTY: input === undefined,
    async *[Symbol.asyncIterator]() {
      if (input === undefined) return;
      // Split in small chunks to exercise chunk boundaries (multi-byte characters, lines).
      const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
      for (let i = 0; i < bytes.length; i += 7) yield bytes.slice(i, i + 7);
    },
  };
  const code = await run(argv, { stdin, stdout, stderr, cwd: options.cwd ?? REPO, env: options.env ?? {} });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

export function ndjson(text: string): Record<string, any>[] {
  return text
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as Record<string, any>);
}
