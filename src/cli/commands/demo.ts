/**
 * `mkd demo` (`npm run demo`): the whole loop on the shipped synthetic unit (examples/data/):
 * three months of scores (September-November 2026) give each member an early-warning track record; the
 * track record feeds eligibility on 1 December 2026 (jabar 2026-01-01 policy); the granted days feed the
 * December 2026 schedule; the schedule is written as an HTML month grid, a CSV and one .ics per member.
 */
import { existsSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { checkEligibilityBatch } from "../../eligibility/batch.js";
import type { EarlyWarningResult } from "../../scoring/types.js";
import { generateSchedule } from "../../schedule/index.js";
import type { ScheduleMemberInput } from "../../schedule/types.js";
import { resolvePolicy } from "../../policy/resolve.js";
import { Ctx, parseFlags, Unusable } from "../context.js";
import { RowIssues } from "../fields.js";
import { readRows } from "../input.js";
import { EXIT, resolvePath, type CliIo, type ExitCode } from "../io.js";
import { createRowWriter } from "../output.js";
import { EMPLOYEE_COLUMNS, employeeFromFields, HeaderMap, MEMBER_COLUMNS, memberFromFields } from "../records.js";
import { MkdError } from "../../core/errors.js";
import { MESSAGE_DOMAINS } from "../../i18n/index.js";
import { eligibilityColumns, type EligibilityRow } from "./eligibility.js";
import { renderGrid, writeCalendarFiles } from "./schedule.js";
import { monthGroups, warnColumns, warnEmployees, type WarnRow } from "./score.js";

/** Where examples/data is: next to src/ in a clone (tsx), or next to dist/ when built. */
function findDataDir(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, "examples", "data");
    if (existsSync(join(candidate, "employees.csv"))) return candidate;
    dir = dirname(dir);
  }
  return undefined;
}

const MONTH = "2026-12";
const AS_OF = "2026-12-01";

/** Runs `mkd demo`. */
export async function demoCommand(io: CliIo, argv: readonly string[]): Promise<ExitCode> {
  const { values, common } = parseFlags("demo", argv);
  const ctx = new Ctx(io, common.locale);
  const L = ctx.locale;
  const data = typeof values.data === "string" ? resolvePath(io, values.data) : findDataDir();
  if (!data)
    throw new Unusable(
      new MkdError("cli_input_not_found", { path: "examples/data/employees.csv" }, [], MESSAGE_DOMAINS),
    );
  const out = resolvePath(io, typeof values.out === "string" ? values.out : "mkd-demo-output");
  const say = (id: string, en: string) => ctx.stdout.write(`${L === "id" ? id : en}\n`);
  const section = (id: string, en: string) => say(`\n== ${id}`, `\n== ${en}`);
  const policy = resolvePolicy("jabar", AS_OF);

  // 1. Scores and early warning, September-November 2026.
  await section(
    "1. Nilai bulanan September-November 2026 dan peringatan dini (tingkat dan capaian per bulan, rekomendasi untuk Desember)",
    "1. Monthly scores September-November 2026 and early warning (level and composite per month, recommendation for December)",
  );
  const warnings = new Map<string, EarlyWarningResult>();
  const warnWriter = createRowWriter<WarnRow>("table", ctx.stdout, { columns: warnColumns(ctx) });
  for await (const row of warnEmployees(monthGroups(ctx, readRows(io, join(data, "scores.csv")), true), {
    jurisdiction: "jabar",
  })) {
    if (row.ok) warnings.set(row.employee, row.value);
    await warnWriter.write(row);
  }
  await warnWriter.end();
  const levels = [...warnings.values()].reduce<Record<string, number>>(
    (acc, w) => ((acc[w.level] = (acc[w.level] ?? 0) + 1), acc),
    {},
  );
  await say(
    `Rekam jejak November: ${levels.green ?? 0} hijau, ${levels.yellow ?? 0} kuning, ${levels.red ?? 0} merah.`,
    `November track record: ${levels.green ?? 0} green, ${levels.yellow ?? 0} yellow, ${levels.red ?? 0} red.`,
  );

  // 2. Eligibility on 1 December 2026 with that track record.
  await section(
    `2. Kelayakan MKD per ${AS_OF} (${policy.jurisdiction}@${policy.version}), dengan rekam jejak dari langkah 1`,
    `2. MKD eligibility on ${AS_OF} (${policy.jurisdiction}@${policy.version}), with the track record from step 1`,
  );
  const rows: { line: number | undefined; fields: Map<string, string>; employee: Record<string, unknown> }[] = [];
  let map: HeaderMap | undefined;
  for await (const row of readRows(io, join(data, "employees.csv"))) {
    if (!row.ok || row.kind !== "csv")
      throw new Unusable(row.ok ? new MkdError("cli_input_empty", {}, [], MESSAGE_DOMAINS) : row.error);
    map ??= new HeaderMap(row.header, [...EMPLOYEE_COLUMNS, ...MEMBER_COLUMNS]);
    const fields = map.fields(row.values);
    const employee = employeeFromFields(fields, new RowIssues());
    const warning = warnings.get(String(employee.id));
    if (warning) employee.trackRecord = { level: warning.level, month: warning.month };
    rows.push({ line: row.line, fields, employee });
  }
  const eligWriter = createRowWriter<EligibilityRow>("table", ctx.stdout, { columns: eligibilityColumns(ctx) });
  const members: ScheduleMemberInput[] = [];
  let i = 0;
  const counts: Record<string, number> = {};
  for (const answer of checkEligibilityBatch(
    rows.map((r) => r.employee),
    { policy, asOf: AS_OF, locale: L },
  )) {
    const r = rows[i++]!;
    const name = r.fields.get("name");
    if (!answer.ok) throw new Unusable(MkdError.fromJSON(answer.error));
    const d = answer.value;
    counts[d.outcome] = (counts[d.outcome] ?? 0) + 1;
    await eligWriter.write({ index: answer.index, line: r.line, ok: true, id: d.employeeId, name, value: d });
    members.push(memberFromFields(r.fields, new RowIssues(), d.grantedFlexibleDays) as unknown as ScheduleMemberInput);
  }
  await eligWriter.end();
  await say(
    `${counts.eligible ?? 0} layak, ${counts.needs_approval ?? 0} menunggu persetujuan, ${counts.ineligible ?? 0} tidak layak.`,
    `${counts.eligible ?? 0} eligible, ${counts.needs_approval ?? 0} awaiting approval, ${counts.ineligible ?? 0} ineligible.`,
  );

  // 3. The December 2026 schedule.
  await section(
    "3. Jadwal Desember 2026: Kamis WFH bersama (SE 188/KPG.03/BKD), 24-25 Desember cuti bersama dan Natal",
    "3. December 2026 schedule: collective WFH Thursdays (SE 188/KPG.03/BKD), 24-25 December cuti bersama and Christmas",
  );
  const result = generateSchedule({
    unit: {
      id: "bkd-mutasi",
      name: "BKD Jawa Barat, Bidang Mutasi dan Promosi",
      kind: "general",
      minimumOnSite: { share: 0.5, perRole: { front_desk: 2 } },
      seatCapacity: 40,
      anchorWeekdays: ["monday"],
    },
    members,
    period: MONTH,
    policy,
    asOf: AS_OF,
  });
  if (result.status === "infeasible") {
    for (const c of result.conflicts) await ctx.stdout.write(`  ✗ ${c.message[L]}\n`);
    await ctx.close();
    return EXIT.infeasible;
  }
  await ctx.stdout.write(renderGrid(result.schedule, L));

  // 4. Calendar files.
  const files = writeCalendarFiles(out, result.schedule, L);
  const rel = (p: string) => relative(io.cwd, p) || p;
  await section("4. Berkas kalender", "4. Calendar files");
  await say(
    `Grid bulanan HTML (buka di peramban): ${rel(files.html)}`,
    `HTML month grid (open it in a browser): ${rel(files.html)}`,
  );
  await say(
    `CSV satu baris per pegawai per tanggal: ${rel(files.csv)}`,
    `CSV, one row per member and date: ${rel(files.csv)}`,
  );
  await say(
    `${files.ics.length} berkas iCalendar (impor ke Google Calendar, Outlook, Apple Calendar): ${rel(join(out, "ics"))}/`,
    `${files.ics.length} iCalendar files (import into Google Calendar, Outlook, Apple Calendar): ${rel(join(out, "ics"))}/`,
  );
  await ctx.close();
  return EXIT.ok;
}
