/**
 * Issue 10 item 4: CLI faults, each with a documented exit code and no partial file under the final name.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { EXIT } from "../../src/cli/io.js";
import { neutralizeCsvCell, scheduleToCsv } from "../../src/index.js";
import { mkd, ndjson, REPO } from "../cli/helpers.js";
import { fixtureSchedule } from "../export/fixture.js";

const EMPLOYEES = readFileSync(join(REPO, "examples/data/employees.ndjson"), "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "");
const ARGS = ["eligibility", "-", "--as-of", "2026-12-01"];

describe("--output that cannot be written", () => {
  const dir = mkdtempSync(join(tmpdir(), "mkd-out-"));

  it.each([
    ["a missing directory", join(dir, "missing", "out.ndjson"), "ENOENT"],
    ["a directory", dir, "EISDIR"],
    ["a full device", "/dev/full", "ENOSPC"],
  ])("%s: exit 5 with one line naming the path and the reason", async (_name, path, reason) => {
    const r = await mkd([...ARGS, "-f", "ndjson", "--output", path], { stdin: EMPLOYEES.join("\n") });
    expect(r.code).toBe(EXIT.outputFailed);
    expect(r.code).toBe(5);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(path);
    expect(lines[0]).toContain(reason);
  });

  it("writes the file in one piece under its name when everything went well", async () => {
    const target = join(dir, "ok.ndjson");
    const r = await mkd([...ARGS, "-f", "ndjson", "--output", target], { stdin: EMPLOYEES.join("\n") });
    const toStdout = await mkd([...ARGS, "-f", "ndjson"], { stdin: EMPLOYEES.join("\n") });
    expect(r.code).toBe(toStdout.code);
    expect(readFileSync(target, "utf8")).toBe(toStdout.stdout);
    expect(ndjson(readFileSync(target, "utf8"))).toHaveLength(EMPLOYEES.length);
    expect(readdirSync(dir).filter((f) => f.includes("mkd-partial"))).toEqual([]);
  });
});

/** Runs the real command in a child process (for signals and pipes). */
function child(
  args: string[],
  stdin: string,
): {
  proc: ReturnType<typeof spawn>;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
} {
  const proc = spawn(process.execPath, ["--import", "tsx", join(REPO, "src/cli/main.ts"), ...args], {
    cwd: REPO,
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stderr = "";
  proc.stderr!.on("data", (d) => (stderr += d));
  proc.stdin!.on("error", () => {});
  proc.stdin!.end(stdin);
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    proc.on("close", (code, signal) => resolve({ code, signal, stderr })),
  );
  return { proc, done };
}

describe("interrupted and cut-off runs", () => {
  it("SIGINT in the middle of a run leaves no partial file under the final name (an old file keeps its content), and no temporary file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mkd-int-"));
    const target = join(dir, "answers.json");
    writeFileSync(target, "old\n");
    // A slow producer: stdin stays open, so the command is still writing when the signal arrives.
    const proc = spawn(
      process.execPath,
      ["--import", "tsx", join(REPO, "src/cli/main.ts"), ...ARGS, "-f", "json", "--output", target],
      { cwd: REPO, stdio: ["pipe", "pipe", "pipe"] },
    );
    const rows = EMPLOYEES.join("\n") + "\n";
    for (let i = 0; i < 50; i++) proc.stdin!.write(rows);
    // Wait (however loaded the machine) until the command has opened its temporary file, i.e. is writing.
    let partialSeen = false;
    for (let waited = 0; waited < 20_000 && !partialSeen; waited += 100) {
      await new Promise((r) => setTimeout(r, 100));
      partialSeen = readdirSync(dir).some((f) => f.includes("mkd-partial"));
    }
    proc.kill("SIGINT");
    const { signal } = await new Promise<{ signal: NodeJS.Signals | null }>((resolve) =>
      proc.on("close", (_c, s) => resolve({ signal: s })),
    );
    expect(signal).toBe("SIGINT");
    expect(partialSeen).toBe(true);
    expect(readFileSync(target, "utf8")).toBe("old\n");
    expect(readdirSync(dir)).toEqual(["answers.json"]);
  }, 40_000);

  it("a reader that closes the pipe early gives exit 5, not 0", async () => {
    const big = Array.from({ length: 400 }, () => EMPLOYEES.join("\n")).join("\n");
    const { proc, done } = child([...ARGS, "-f", "ndjson"], big);
    proc.stdout!.once("data", () => proc.stdout!.destroy());
    const { code, stderr } = await done;
    expect(code).toBe(5);
    expect(stderr).toContain("exit 5");
  }, 30_000);
});

describe("NDJSON input", () => {
  it("answers keep contiguous indexes across lines that are not JSON", async () => {
    const input = [EMPLOYEES[0], "not json", EMPLOYEES[1], "{broken", "", EMPLOYEES[2]].join("\n");
    const r = await mkd([...ARGS, "-f", "ndjson"], { stdin: input });
    const answers = ndjson(r.stdout);
    expect(answers.map((a) => a.index)).toEqual([0, 1, 2, 3, 4]);
    expect(r.code).toBe(1);
  });

  it("reports a line with invalid UTF-8 as its own error row and answers every later row", async () => {
    const enc = new TextEncoder();
    const bad = new Uint8Array([...enc.encode('{"id":"x","name":"'), 0xff, 0xfe, ...enc.encode('"}')]);
    const bytes = new Uint8Array([
      ...enc.encode(EMPLOYEES[0] + "\n"),
      ...bad,
      ...enc.encode("\n" + EMPLOYEES[1] + "\n" + EMPLOYEES[2] + "\n"),
    ]);
    const r = await mkd([...ARGS, "-f", "ndjson"], { stdin: bytes });
    const answers = ndjson(r.stdout);
    expect(answers.map((a) => a.index)).toEqual([0, 1, 2, 3]);
    expect(JSON.stringify(answers[1])).toContain("cli_row_not_utf8");
    expect(answers[2]!.ok).toBe(true);
    expect(answers[3]!.ok).toBe(true);
    expect(r.code).toBe(1);
  });

  it("reports a CSV row with invalid UTF-8 at its line and answers the rest", async () => {
    const csv = readFileSync(join(REPO, "examples/data/employees.csv"));
    const lines = csv.toString("utf8").split("\n");
    const enc = new TextEncoder();
    const broken = enc.encode(lines[2]!.replace("Budi", "B\u0000udi"));
    broken[broken.indexOf(0)] = 0xe9; // a Windows-1252 "é"
    const bytes = new Uint8Array([
      ...enc.encode(lines.slice(0, 2).join("\n") + "\n"),
      ...broken,
      ...enc.encode("\n" + lines.slice(3).join("\n")),
    ]);
    const r = await mkd(["eligibility", "-", "--as-of", "2026-12-01", "-f", "ndjson"], { stdin: bytes });
    const answers = ndjson(r.stdout);
    expect(answers).toHaveLength(lines.slice(1).filter((l) => l.trim() !== "").length);
    expect(JSON.stringify(answers[1])).toContain("cli_row_not_utf8");
    expect(answers.filter((a) => !a.ok)).toHaveLength(1);
  });
});

describe("CSV formula injection (OWASP)", () => {
  const HOSTILE = ['=HYPERLINK("http://evil","x")', "@SUM(A1:A9)", "+cmd|' /C calc'!A0", "-2+3", "\tx", "\rx"];

  it("neutralizeCsvCell prefixes a quote to every dangerous start and leaves other text alone", () => {
    for (const h of HOSTILE) expect(neutralizeCsvCell(h)).toBe(`'${h}`);
    for (const ok of ["Budi", "2026-03-02", "", "a=b"]) expect(neutralizeCsvCell(ok)).toBe(ok);
  });

  it("the CLI writes no cell that a spreadsheet would run", async () => {
    const rows = HOSTILE.map((h, i) => JSON.stringify({ ...JSON.parse(EMPLOYEES[0]!), id: h, name: h + i }));
    const r = await mkd([...ARGS, "-f", "csv"], { stdin: rows.join("\n") });
    const cells = (parse(r.stdout) as string[][]).flat();
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(cells.some((c) => c.startsWith("'=HYPERLINK"))).toBe(true);
  });

  it("scheduleToCsv neutralises member names and ids", () => {
    const schedule = fixtureSchedule();
    schedule.members[0]!.name = '=HYPERLINK("http://evil")';
    schedule.members[0]!.id = "@SUM(1)";
    const cells = (parse(scheduleToCsv(schedule)) as string[][]).flat();
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(cells).toContain('\'=HYPERLINK("http://evil")');
  });
});
