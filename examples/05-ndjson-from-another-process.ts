/**
 * 05: drive `mkd eligibility --format ndjson` from another process over stdin/stdout, the way a backend in
 * another language (PHP, Python, Go, Java) would: write one employee per line, read one answer per line.
 * Run: npx tsx examples/05-ndjson-from-another-process.ts
 */
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const repo = fileURLToPath(new URL("..", import.meta.url));
// In an installed package this is simply: spawn("npx", ["mkd", "eligibility", "-", ...]).
const child = spawn(
  process.execPath,
  [
    "--import",
    "tsx",
    "src/cli/main.ts",
    "eligibility",
    "-",
    "--as-of",
    "2026-12-01",
    "--format",
    "ndjson",
    "--locale",
    "en",
  ],
  {
    cwd: repo,
    stdio: ["pipe", "pipe", "inherit"],
  },
);

const base = {
  job: { faceToFaceService: false },
  equipment: { laptop: true, bandwidthMbps: 25 },
  disciplinaryStatus: "none",
  employmentStatus: "pns",
  appointmentDate: "2012-05-01",
  leaderApproval: { approved: true },
  requestedFormat: "2-3",
};
const employees = [
  { id: "199001012012051001", talentBox: 9, ...base },
  { id: "199001012012051002", talentBox: 1, ...base },
  { id: "199001012012051003", talentBox: 8, ...base, trackRecord: { level: "yellow", month: "2026-11" } },
  { id: "199001012012051004", talentBox: 42 }, // invalid: answered with an error at its place
];
for (const e of employees) child.stdin.write(`${JSON.stringify(e)}\n`);
child.stdin.end();

for await (const line of createInterface({ input: child.stdout })) {
  const answer = JSON.parse(line) as {
    line: number;
    ok: boolean;
    id: string | null;
    value?: { outcome: string; grantedFlexibleDays: number };
    error?: { code: string; issues: { path: string[] }[] };
  };
  if (answer.ok)
    console.log(
      `line ${answer.line} ${answer.id}: ${answer.value!.outcome}, ${answer.value!.grantedFlexibleDays} day(s)`,
    );
  else
    console.log(
      `line ${answer.line} ${answer.id}: error ${answer.error!.code} at ${answer.error!.issues.map((i) => i.path.join(".")).join(", ")}`,
    );
}
const code = await new Promise<number | null>((done) => child.on("close", done));
console.log(`mkd exited ${code} (1: some rows were invalid, every row answered)`);
if (code !== 1) process.exit(1);
