import { describe, expect, it } from "vitest";
import { Progress, type CliWritable } from "../../src/cli/io.js";
import { run } from "../../src/cli/run.js";
import { mkd, ndjson, REPO } from "./helpers.js";
import { ELIGIBLE_EMPLOYEE } from "../support/fixtures.js";

const { id: _id, requestedFormat: _request, ...EMPLOYEE_FIELDS } = ELIGIBLE_EMPLOYEE;
const EMPLOYEE = { ...EMPLOYEE_FIELDS, leaderApproval: { approved: true } };

describe("streaming", () => {
  it("writes answers while input is still being read (rows are never collected)", async () => {
    const out = {
      text: "",
      write(c: string) {
        this.text += c;
        return true;
      },
    };
    const linesWhenInputHalfRead: number[] = [];
    const total = 4000;
    const stdin = {
      isTTY: false,
      async *[Symbol.asyncIterator]() {
        for (let i = 0; i < total; i++) {
          if (i === total / 2) linesWhenInputHalfRead.push(out.text.split("\n").length - 1);
          yield new TextEncoder().encode(`${JSON.stringify({ id: `e${i}`, ...EMPLOYEE })}\n`);
        }
      },
    };
    const code = await run(["eligibility", "-", "--as-of", "2026-03-02", "-f", "ndjson"], {
      stdin,
      stdout: out,
      stderr: { write: () => true },
      cwd: REPO,
      env: {},
    });
    expect(code).toBe(0);
    expect(ndjson(out.text)).toHaveLength(total);
    // Half the input read: about half the answers already written.
    expect(linesWhenInputHalfRead[0]).toBeGreaterThan(total / 2 - 10);
  });

  it("answers each line before the next is sent, so a backend can talk request/response over the pipe", async () => {
    const out = {
      text: "",
      write(c: string) {
        this.text += c;
        return true;
      },
    };
    const seenBeforeEachLine: number[] = [];
    const stdin = {
      isTTY: false,
      async *[Symbol.asyncIterator]() {
        for (let i = 0; i < 3; i++) {
          seenBeforeEachLine.push(out.text.split("\n").length - 1);
          yield `${JSON.stringify({ id: `e${i}`, ...EMPLOYEE })}\n`;
        }
      },
    };
    await run(["eligibility", "-", "--as-of", "2026-03-02", "-f", "ndjson"], {
      stdin,
      stdout: out,
      stderr: { write: () => true },
      cwd: REPO,
      env: {},
    });
    expect(seenBeforeEachLine).toEqual([0, 1, 2]);
  });

  it("waits for a slow reader (drain) instead of piling answers up in memory", async () => {
    let pending = 0;
    let maxPending = 0;
    let drain: (() => void) | undefined;
    const slow: CliWritable = {
      write() {
        pending++;
        maxPending = Math.max(maxPending, pending);
        setTimeout(() => {
          pending = 0;
          drain?.();
        }, 0);
        return false; // always "buffer full": the writer must wait for drain
      },
      once(_event, listener) {
        drain = listener;
      },
    };
    const rows = Array.from({ length: 50 }, (_, i) => JSON.stringify({ id: `e${i}`, ...EMPLOYEE })).join("\n");
    const code = await run(["eligibility", "-", "--as-of", "2026-03-02", "-f", "ndjson"], {
      stdin: {
        isTTY: false,
        async *[Symbol.asyncIterator]() {
          yield rows;
        },
      },
      stdout: slow,
      stderr: { write: () => true },
      cwd: REPO,
      env: {},
    });
    expect(code).toBe(0);
    expect(maxPending).toBe(1);
  });

  it("shows progress only when stderr is a terminal", () => {
    let now = 0;
    const tty = {
      text: "",
      isTTY: true,
      write(c: string) {
        this.text += c;
        return true;
      },
    };
    const pipe = {
      text: "",
      isTTY: false,
      write(c: string) {
        this.text += c;
        return true;
      },
    };
    for (const sink of [tty, pipe]) {
      const p = new Progress(sink, "eligibility", () => (now += 1000));
      for (let i = 1; i <= 1024; i++) p.tick(i);
      p.done(1024);
    }
    expect(tty.text).toContain("\religibility: 1,024\n");
    expect(pipe.text).toBe("");
  });

  it("stops at an unclosed quote with an error row at its line, after answering the rows before it (exit 3)", async () => {
    const csv = `id,talent_box,face_to_face_service,laptop,bandwidth_mbps,discipline,employment_status,appointment_date,approved
a,8,no,yes,20,none,pns,2015-01-01,yes
b,8,no,yes,20,none,pns,2015-01-01,yes
"c,8,no,yes,20,none,pns,2015-01-01,yes
d,8,no,yes,20,none,pns,2015-01-01,yes
`;
    const r = await mkd(["eligibility", "-", "--as-of", "2026-03-02"], { stdin: csv });
    expect(r.code).toBe(3);
    const rows = ndjson(r.stdout);
    expect(rows.slice(0, 2).map((x) => [x.line, x.ok])).toEqual([
      [2, true],
      [3, true],
    ]);
    expect(rows[2]).toMatchObject({ ok: false });
    expect(rows[2]!.error.issues[0].code).toBe("cli_csv_syntax");
    expect(r.stderr).toContain("CSV");
  });
});
