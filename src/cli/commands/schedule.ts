/**
 * `mkd schedule` and `mkd calendar`: a unit's schedule for a month from a members file (or a complete
 * schedule input JSON), as a terminal grid, JSON, NDJSON or CSV; and the calendar files (HTML month
 * grid, CSV, one .ics per member) written to a folder.
 *
 * Invalid member rows: their errors are written (with line numbers) and NO schedule is made, exit 1,
 * because a unit schedule without some of its members would misstate the on-site coverage.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { monthBounds, type IsoDate, type Weekday, WEEKDAYS } from "../../core/dates.js";
import { asMkdError } from "../../core/errors.js";
import { checkEligibilityBatch } from "../../eligibility/batch.js";
import { scheduleToCsv, scheduleToHtml, scheduleToIcsFiles } from "../../export/index.js";
import type { Locale } from "../../i18n/index.js";
import { looksResolved, preparePolicy, type ResolvedPolicy } from "../../policy/resolve.js";
import { generateSchedule } from "../../schedule/index.js";
import type {
  Schedule,
  ScheduleInput,
  ScheduleMemberInput,
  ScheduleResult,
  ScheduleUnitInput,
} from "../../schedule/types.js";
import {
  Ctx,
  errorText,
  inputPath,
  loadPolicy,
  parseFlags,
  Unusable,
  UsageError,
  type CommonFlags,
} from "../context.js";
import { RowIssues } from "../fields.js";
import { readRows, type SourceRow } from "../input.js";
import { EXIT, resolvePath, type CliIo, type ExitCode, type Sink } from "../io.js";
import { createRowWriter, type OutputFormat } from "../output.js";
import {
  EMPLOYEE_COLUMNS,
  employeeFromFields,
  hasEligibilityColumns,
  MEMBER_COLUMNS,
  memberFromFields,
  rowError,
} from "../records.js";
import { CsvConverter, errorFromJson, jsonId, type Prepared } from "./rows.js";
import { modeMark, word } from "../../export/labels.js";

type Values = Record<string, string | boolean | string[] | undefined>;

function numberFlag(
  values: Values,
  flag: string,
  command: string,
  integer: boolean,
  max = Number.MAX_SAFE_INTEGER,
): number | undefined {
  const raw = values[flag];
  if (typeof raw !== "string") return undefined;
  const n = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(n) || n < 0 || n > max || (integer && !Number.isInteger(n))) {
    throw new UsageError(
      "cli_usage_bad_value",
      { flag: `--${flag}`, value: raw, expected: integer ? "a whole number >= 0" : `a number 0..${max}` },
      command,
    );
  }
  return n;
}

function weekdaysFlag(values: Values, flag: string, command: string): Weekday[] | undefined {
  const raw = values[flag];
  if (!Array.isArray(raw)) return undefined;
  return raw
    .flatMap((r) => r.split(","))
    .map((w) => {
      const v = w.trim().toLowerCase();
      if (!(WEEKDAYS as readonly string[]).includes(v))
        throw new UsageError(
          "cli_usage_bad_value",
          { flag: `--${flag}`, value: w, expected: WEEKDAYS.join(" | ") },
          command,
        );
      return v as Weekday;
    });
}

/** The unit from flags (the input JSON's own unit wins where it says something). */
function unitFromFlags(values: Values, command: string, path: string): ScheduleUnitInput {
  const perRole: Record<string, number> = {};
  for (const spec of (values["role-min"] as string[] | undefined) ?? []) {
    const m = /^([a-z0-9_-]+)=(\d+)$/.exec(spec.trim());
    if (!m)
      throw new UsageError(
        "cli_usage_bad_value",
        { flag: "--role-min", value: spec, expected: "role=N, e.g. front_desk=2" },
        command,
      );
    perRole[m[1]!] = Number(m[2]);
  }
  const headcount = numberFlag(values, "min-on-site", command, true);
  const share = numberFlag(values, "min-on-site-share", command, false, 1);
  const fallbackId =
    path === "-"
      ? "unit"
      : (path.split("/").at(-1) ?? "unit")
          .replace(/\.[^.]+$/, "")
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, "-")
          .replace(/^-|-$/g, "") || "unit";
  const unit: ScheduleUnitInput = {
    id: (values["unit-id"] as string | undefined) ?? fallbackId,
    kind: (values["unit-kind"] as string | undefined) ?? "general",
  };
  if (typeof values["unit-name"] === "string") unit.name = values["unit-name"];
  if (headcount !== undefined || share !== undefined || Object.keys(perRole).length > 0) {
    unit.minimumOnSite = {
      ...(headcount !== undefined ? { headcount } : {}),
      ...(share !== undefined ? { share } : {}),
      ...(Object.keys(perRole).length > 0 ? { perRole } : {}),
    };
  }
  const seats = numberFlag(values, "seats", command, true);
  if (seats !== undefined) unit.seatCapacity = seats;
  const anchors = weekdaysFlag(values, "anchor", command);
  if (anchors) unit.anchorWeekdays = anchors;
  const requested = weekdaysFlag(values, "request-collective", command);
  if (requested) unit.requestedCollectiveWeekdays = requested;
  return unit;
}

/** A member row turned into a schedule member, or its error. */
type MemberAnswer = Prepared<ScheduleMemberInput>;

/**
 * Members from source rows. A CSV with eligibility columns (and no `granted_days`) is decided first
 * through `checkEligibilityBatch` at `asOf`: the decision's granted days become the member's.
 */
async function readMembers(
  ctx: Ctx,
  rows: AsyncIterable<SourceRow>,
  policy: ResolvedPolicy,
  asOf: IsoDate,
  quiet: boolean,
): Promise<MemberAnswer[]> {
  const out: MemberAnswer[] = [];
  let decide = false;
  const pending: { row: Extract<SourceRow, { kind: "csv" }>; employee: Prepared<unknown> }[] = [];
  const members = new CsvConverter<Record<string, unknown>>(
    ctx,
    [...EMPLOYEE_COLUMNS, ...MEMBER_COLUMNS],
    (f, issues, map) => {
      decide = hasEligibilityColumns(map) && !map.columns.includes("granted_days");
      return decide ? {} : memberFromFields(f, issues, undefined);
    },
    quiet,
    (map) => (hasEligibilityColumns(map) || map.columns.includes("granted_days") ? [] : ["granted_days"]),
  );
  const employees = new CsvConverter(
    ctx,
    [...EMPLOYEE_COLUMNS, ...MEMBER_COLUMNS],
    (f, issues) => employeeFromFields(f, issues),
    true,
  );
  for await (const row of rows) {
    if (!row.ok) {
      out.push({ index: row.index, line: row.line, ok: false, error: row.error, id: undefined, name: undefined });
    } else if (row.kind === "json") {
      out.push({
        index: row.index,
        line: row.line,
        ok: true,
        value: row.value as ScheduleMemberInput,
        id: jsonId(row.value),
        name: undefined,
      });
    } else {
      const prepared = members.convert(row);
      if (!decide) out.push(prepared as MemberAnswer);
      else {
        pending.push({ row, employee: employees.convert(row) });
        out.push(prepared as MemberAnswer); // placeholder, replaced below in order
      }
    }
  }
  if (pending.length > 0) {
    const answers = checkEligibilityBatch(
      pending.map((p) => (p.employee.ok ? p.employee.value : null)),
      { policy, asOf, locale: ctx.locale },
    );
    const slotOf = new Map(out.map((o, i) => [o.index, i]));
    let i = 0;
    for (const answer of answers) {
      const { row, employee } = pending[i++]!;
      const slot = slotOf.get(row.index)!;
      if (!employee.ok) {
        out[slot] = { ...employee, ok: false, error: employee.error };
        continue;
      }
      if (!answer.ok) {
        out[slot] = {
          index: row.index,
          line: row.line,
          ok: false,
          error: errorFromJson(answer.error, row.line, employees.map),
          id: employee.id,
          name: employee.name,
        };
        continue;
      }
      const m = members.map!;
      const issues = new RowIssues();
      const member = memberFromFields(
        m.fields(row.values),
        issues,
        answer.value.grantedFlexibleDays,
      ) as unknown as ScheduleMemberInput;
      out[slot] =
        issues.issues.length > 0
          ? {
              index: row.index,
              line: row.line,
              ok: false,
              error: rowError(row.line, issues.issues),
              id: employee.id,
              name: employee.name,
            }
          : { index: row.index, line: row.line, ok: true, value: member, id: employee.id, name: employee.name };
    }
  }
  return out;
}

function isScheduleInput(v: unknown): v is ScheduleInput {
  return (
    v !== null &&
    typeof v === "object" &&
    !Array.isArray(v) &&
    Array.isArray((v as { members?: unknown }).members) &&
    "unit" in (v as object)
  );
}

function isSchedule(v: unknown): v is Schedule {
  return (
    v !== null &&
    typeof v === "object" &&
    "compliance" in (v as object) &&
    Array.isArray((v as { members?: unknown }).members) &&
    Array.isArray((v as { days?: unknown }).days)
  );
}

/** The outcome of building a schedule from the command line. */
type Built =
  | { kind: "result"; result: ScheduleResult; policy: ResolvedPolicy | undefined }
  | { kind: "schedule"; schedule: Schedule }
  | { kind: "rows"; errors: MemberAnswer[]; total: number };

async function build(
  ctx: Ctx,
  io: CliIo,
  command: string,
  path: string,
  values: Values,
  common: CommonFlags,
): Promise<Built> {
  // A JSON document may be a complete schedule input, or (for `calendar`) a schedule already made.
  const format = common.inputFormat;
  const rows = readRows(io, path, { format, delimiter: common.delimiter });
  const first = await rows.next();
  if (!first.done && first.value.ok && first.value.kind === "json" && first.value.line === undefined) {
    const doc = first.value.value;
    const candidate = doc as { status?: string; schedule?: unknown };
    if (candidate.status === "scheduled" && isSchedule(candidate.schedule))
      return { kind: "schedule", schedule: candidate.schedule };
    if (isSchedule(doc)) return { kind: "schedule", schedule: doc };
    if (isScheduleInput(doc)) {
      const input: ScheduleInput = { ...doc };
      if (common.month) input.period = common.month;
      if (input.period === undefined) throw new UsageError("cli_usage_missing_argument", { name: "--month" }, command);
      if (common.asOf) input.asOf = common.asOf;
      if (common.policyFile !== undefined || (input.jurisdiction === undefined && input.policy === undefined)) {
        const period = input.period;
        const asOf = input.asOf ?? (typeof period === "string" ? `${period}-01` : period.from);
        input.policy = loadPolicy(io, common, asOf, command);
        delete input.jurisdiction;
      }
      return { kind: "result", result: safeGenerate(input), policy: undefined };
    }
  }
  if (!common.month) throw new UsageError("cli_usage_missing_argument", { name: "--month" }, command);
  const { from } = monthBounds(common.month);
  const asOf = common.asOf ?? from;
  const policy = loadPolicy(io, common, asOf, command);
  async function* all(): AsyncGenerator<SourceRow> {
    if (!first.done) yield first.value;
    yield* rows;
  }
  const members = await readMembers(ctx, all(), policy, asOf, common.quiet);
  const errors = members.filter((m) => !m.ok);
  if (errors.length > 0) return { kind: "rows", errors, total: members.length };
  const input: ScheduleInput = {
    unit: unitFromFlags(values, command, path),
    members: members.map((m) => (m as Extract<MemberAnswer, { ok: true }>).value),
    period: common.month,
    policy,
    asOf,
  };
  return { kind: "result", result: safeGenerate(input), policy };
}

/**
 * Generates a schedule. JSON cannot carry a prepared policy, so a policy document in an input file (`policy`, with
 * the `documents` it extends) is prepared here, once: the library itself takes prepared or resolved policies.
 */
function safeGenerate(input: ScheduleInput & { documents?: unknown }): ScheduleResult {
  try {
    const { documents, ...rest } = input;
    const given = documents === undefined || Array.isArray(documents);
    if (given && ((rest.policy !== undefined && !looksResolved(rest.policy)) || documents !== undefined)) {
      rest.policy = preparePolicy(rest.policy ?? rest.jurisdiction, documents === undefined ? {} : { documents });
      delete rest.jurisdiction;
      return generateSchedule(rest);
    }
    return generateSchedule(input);
  } catch (error) {
    throw new Unusable(asMkdError(error));
  }
}

/** The schedule as a grid for a terminal: one line per member, one column per day. */
export function renderGrid(schedule: Schedule, locale: Locale): string {
  const nameWidth = Math.min(28, Math.max(10, ...schedule.members.map((m) => [...(m.name ?? m.id)].length)));
  const pad = (s: string, w: number) =>
    [...s].length > w ? [...s].slice(0, w - 1).join("") + "…" : s + " ".repeat(w - [...s].length);
  const days = schedule.days;
  const lines: string[] = [];
  const P = schedule.policy;
  lines.push(
    `${schedule.unit.name ?? schedule.unit.id} · ${schedule.period.from} .. ${schedule.period.to} · ${P.jurisdiction}@${P.version} (${P.chain.join(" > ")})`,
  );
  lines.push(pad("", nameWidth) + "   " + days.map((d) => d.date.slice(8)).join(" "));
  const short =
    locale === "id"
      ? { monday: "Sn", tuesday: "Sl", wednesday: "Rb", thursday: "Km", friday: "Jm", saturday: "Sb", sunday: "Mg" }
      : { monday: "Mo", tuesday: "Tu", wednesday: "We", thursday: "Th", friday: "Fr", saturday: "Sa", sunday: "Su" };
  lines.push(pad("", nameWidth) + "   " + days.map((d) => short[d.weekday]).join(" "));
  for (const m of schedule.members) {
    const cells = m.assignments.map((a) => {
      const mark = a.mode === "weekend" ? "·" : a.mode === "holiday" ? "-" : modeMark(a.mode, locale);
      return ` ${mark}`;
    });
    lines.push(`${pad(m.name ?? m.id, nameWidth)} ${String(m.grantedFlexibleDays).padStart(1)} ${cells.join(" ")}`);
  }
  const count = (label: string, get: (d: (typeof days)[number]) => number) =>
    `${pad(label, nameWidth)}   ${days.map((d) => (d.kind === "working" ? String(get(d)).padStart(2) : "  ")).join(" ")}`;
  lines.push(count(word("onSite", locale), (d) => d.onSite));
  lines.push(count(locale === "id" ? "Minimal" : "Required", (d) => d.requiredOnSite));
  const legend =
    locale === "id"
      ? "K kantor · F fleksibel · D dinas luar · C cuti · - libur/cuti bersama · · akhir pekan; angka setelah nama: hari fleksibel per minggu"
      : "O office · F flexible · T official travel · L leave · - holiday/cuti bersama · · weekend; number after the name: flexible days a week";
  lines.push(legend);
  const verdict =
    schedule.compliance.verdict === "compliant"
      ? locale === "id"
        ? "PATUH"
        : "COMPLIANT"
      : locale === "id"
        ? "ADA PELANGGARAN"
        : "VIOLATIONS";
  lines.push(`${word("verdict", locale)}: ${verdict}`);
  for (const h of schedule.compliance.hard) lines.push(`  ${h.held ? "✓" : "✗"} ${h.message[locale]}`);
  for (const s of schedule.compliance.soft) lines.push(`  ~ ${s.message[locale]} (${s.score}/${s.max})`);
  // The version and cap of each week (issue 9 item 6), so a change of policy inside the period is visible here too.
  for (const w of schedule.compliance.weeks ?? []) lines.push(`  § ${w.message[locale]}`);
  return lines.join("\n") + "\n";
}

function conflictsText(result: Extract<ScheduleResult, { status: "infeasible" }>, ctx: Ctx): string {
  const head = ctx.t("cli_schedule_infeasible", {
    unit: result.unit.name ?? result.unit.id,
    from: result.period.from,
    to: result.period.to,
    count: result.conflicts.length,
  });
  return [head, ...result.conflicts.map((c) => `  ✗ ${c.message[ctx.locale]}`)].join("\n") + "\n";
}

async function writeRowErrors(
  ctx: Ctx,
  errors: MemberAnswer[],
  total: number,
  format: OutputFormat,
  sink: Sink,
  common: CommonFlags,
): Promise<void> {
  type Failed = Extract<MemberAnswer, { ok: false }>;
  const rows = errors.filter((e): e is Failed => !e.ok);
  const writer = createRowWriter<Failed>(format, sink, {
    columns: [
      { header: ctx.locale === "id" ? "baris" : "line", get: (r) => r.line ?? r.index + 1, numeric: true },
      { header: "id", get: (r) => r.id },
      { header: ctx.locale === "id" ? "galat" : "error", get: (r) => errorText(r.error, ctx.locale) },
    ],
    toJson: (r) => ({ index: r.index, line: r.line ?? null, ok: false, id: r.id ?? null, error: r.error.toJSON() }),
    csvDelimiter: common.csvDelimiter,
    bom: common.bom,
  });
  for (const r of rows) await writer.write(r);
  await writer.end();
  if (!common.quiet)
    await ctx.stderr.write(
      `mkd: ${ctx.t("cli_rows_summary", { total, ok: total - rows.length, failed: rows.length })}\n`,
    );
}

/** Runs `mkd schedule`. */
export async function scheduleCommand(io: CliIo, argv: readonly string[]): Promise<ExitCode> {
  const { values, positionals, common } = parseFlags("schedule", argv);
  const ctx = new Ctx(io, common.locale);
  const path = inputPath(io, positionals, "schedule");
  const built = await build(ctx, io, "schedule", path, values, common);
  const sink = ctx.output(common.output);
  const format = ctx.format(common.format, common.output, "json");
  try {
    if (built.kind === "rows") {
      await writeRowErrors(ctx, built.errors, built.total, format, sink, common);
      return EXIT.invalidRows;
    }
    const result: ScheduleResult =
      built.kind === "schedule" ? { status: "scheduled", schedule: built.schedule } : built.result;
    if (format === "json") await sink.write(`${JSON.stringify(result, null, 2)}\n`);
    if (result.status === "infeasible") {
      if (format !== "json") await sink.write(conflictsText(result, ctx));
      else if (!common.quiet) await ctx.stderr.write(`mkd: ${conflictsText(result, ctx)}`);
      return EXIT.infeasible;
    }
    const schedule = result.schedule;
    if (format === "table") await sink.write(renderGrid(schedule, ctx.locale));
    else if (format === "csv")
      await sink.write(
        scheduleToCsv(schedule, { locale: ctx.locale, delimiter: common.csvDelimiter as ",", bom: common.bom }),
      );
    else if (format === "ndjson") {
      for (const m of schedule.members) {
        for (const a of m.assignments)
          await sink.write(
            `${JSON.stringify({ unit: schedule.unit.id, member: m.id, name: m.name, ...a, policy: `${schedule.policy.jurisdiction}@${schedule.policy.version}` })}\n`,
          );
      }
    }
    return EXIT.ok;
  } finally {
    await ctx.close();
  }
}

/** What `mkd calendar` wrote, for the demo and the tests. */
export interface CalendarFiles {
  readonly html: string;
  readonly csv: string;
  readonly ics: readonly string[];
}

/** Writes the HTML grid, the CSV and one .ics per member of a schedule into `dir`. */
export function writeCalendarFiles(dir: string, schedule: Schedule, locale: Locale): CalendarFiles {
  mkdirSync(join(dir, "ics"), { recursive: true });
  const base = `${schedule.unit.id}-${schedule.period.from.slice(0, 7)}`.replace(/[^A-Za-z0-9._-]+/g, "_");
  const html = join(dir, `${base}.html`);
  const csv = join(dir, `${base}.csv`);
  writeFileSync(html, scheduleToHtml(schedule, { locale }));
  writeFileSync(csv, scheduleToCsv(schedule, { locale }));
  const ics = scheduleToIcsFiles(schedule, { locale }).map((f) => {
    const p = join(dir, "ics", f.fileName);
    writeFileSync(p, f.content);
    return p;
  });
  return { html, csv, ics };
}

/** Runs `mkd calendar`. */
export async function calendarCommand(io: CliIo, argv: readonly string[]): Promise<ExitCode> {
  const { values, positionals, common } = parseFlags("calendar", argv);
  const ctx = new Ctx(io, common.locale);
  const path = inputPath(io, positionals, "calendar");
  const out = typeof values.out === "string" ? values.out : undefined;
  if (out === undefined) throw new UsageError("cli_usage_missing_argument", { name: "--out DIR" }, "calendar");
  const built = await build(ctx, io, "calendar", path, values, common);
  try {
    if (built.kind === "rows") {
      await writeRowErrors(
        ctx,
        built.errors,
        built.total,
        ctx.format(common.format, common.output, "ndjson"),
        ctx.stdout,
        common,
      );
      return EXIT.invalidRows;
    }
    const result: ScheduleResult =
      built.kind === "schedule" ? { status: "scheduled", schedule: built.schedule } : built.result;
    if (result.status === "infeasible") {
      await ctx.stdout.write(conflictsText(result, ctx));
      return EXIT.infeasible;
    }
    const dir = resolvePath(io, out);
    const files = writeCalendarFiles(dir, result.schedule, ctx.locale);
    const rel = (p: string) => relative(io.cwd, p) || p;
    await ctx.stdout.write(
      `${ctx.t("cli_written_to", { path: rel(files.html) })}\n${ctx.t("cli_written_to", { path: rel(files.csv) })}\n${ctx.t("cli_written_to", { path: `${rel(join(dir, "ics"))}/ (${files.ics.length} .ics)` })}\n`,
    );
    return EXIT.ok;
  } finally {
    await ctx.close();
  }
}
