/**
 * `mkd score` and `mkd warn`: monthly scores from indicator rows (one row per employee, month and
 * indicator, the way an e-Kinerja export or a spreadsheet holds them), and the early warning over several
 * months per employee. Rows of one employee-month must be consecutive (sorted by employee, then month);
 * a group that reappears later is an error row, detected among the last 65,536 groups so memory stays
 * bounded on long inputs.
 */
import type { IsoMonth } from "../../core/dates.js";
import { MkdError, asMkdError, issue, type Issue } from "../../core/errors.js";
import { MESSAGE_DOMAINS } from "../../i18n/index.js";
import { scoreMonthBatch } from "../../scoring/batch.js";
import { evaluateEarlyWarning } from "../../scoring/early-warning.js";
import type {
  EarlyWarningResult,
  HistoryMonth,
  Indicator,
  MonthScore,
  Realisation,
  ScoringPolicySource,
} from "../../scoring/types.js";
import { Ctx, errorText, inputPath, loadPolicyDocument, parseFlags, Unusable } from "../context.js";
import { preparePolicy } from "../../policy/resolve.js";
import { RowIssues } from "../fields.js";
import type { SourceRow } from "../input.js";
import type { CliIo, ExitCode } from "../io.js";
import type { Column } from "../output.js";
import { HeaderMap, rowError, type ColumnDef } from "../records.js";
import { streamAnswers } from "./rows.js";

/** The columns of a scores CSV. */
const SCORE_COLUMNS: readonly ColumnDef[] = [
  { name: "employee_id", aliases: ["id", "nip", "employee"], required: true, path: "employee" },
  { name: "name", aliases: ["nama"] },
  { name: "month", aliases: ["bulan", "period"], required: true, path: "month" },
  { name: "indicator_id", aliases: ["indicator", "indikator", "kode_indikator"] },
  { name: "indicator_name", aliases: ["nama_indikator"] },
  { name: "target", aliases: ["sasaran"] },
  { name: "target_min" },
  { name: "target_max" },
  { name: "unit", aliases: ["satuan"] },
  { name: "weight", aliases: ["bobot"] },
  { name: "direction", aliases: ["arah"] },
  { name: "aspect", aliases: ["aspek"] },
  { name: "realisation", aliases: ["realization", "realisasi", "actual"] },
  { name: "behaviour", aliases: ["behavior", "perilaku", "perilaku_kerja"], path: "behaviour" },
  { name: "report_submitted", aliases: ["report", "laporan", "laporan_dikirim"], path: "report.submitted" },
  { name: "composite", aliases: ["capaian", "nilai"] },
];

const RATING_ALIASES = {
  diatas_ekspektasi: "above",
  di_atas_ekspektasi: "above",
  sesuai_ekspektasi: "as_expected",
  dibawah_ekspektasi: "below",
  di_bawah_ekspektasi: "below",
} as const;
const DIRECTION_ALIASES = {
  higher: "higher_is_better",
  lower: "lower_is_better",
  naik: "higher_is_better",
  turun: "lower_is_better",
} as const;
const ASPECT_ALIASES = { kuantitas: "quantity", kualitas: "quality", waktu: "time", biaya: "cost" } as const;

/** One employee-month assembled from consecutive rows. */
interface MonthGroup {
  readonly index: number;
  readonly line: number | undefined;
  readonly lastLine: number | undefined;
  readonly employee: string;
  readonly name: string | undefined;
  readonly month: string;
  /** The scoreMonth input (indicator rows), or the history entry (composite rows). */
  readonly input: Record<string, unknown> | undefined;
  readonly history: HistoryMonth | undefined;
  readonly error: MkdError | undefined;
}

class RecentKeys {
  private readonly set = new Set<string>();
  private readonly order: string[] = [];
  constructor(private readonly limit = 65_536) {}
  has(key: string): boolean {
    return this.set.has(key);
  }
  add(key: string): void {
    this.set.add(key);
    this.order.push(key);
    if (this.order.length > this.limit) this.set.delete(this.order.shift()!);
  }
}

/**
 * Groups consecutive rows of one employee and month. CSV rows are converted here; JSON/NDJSON rows are
 * already scoreMonth inputs (one per employee-month) or history entries and pass through.
 */
export async function* monthGroups(
  ctx: Ctx,
  rows: AsyncIterable<SourceRow>,
  quiet: boolean,
): AsyncGenerator<MonthGroup> {
  let map: HeaderMap | undefined;
  let header: readonly string[] | undefined;
  let index = 0;
  const seen = new RecentKeys();
  type Acc = {
    line: number | undefined;
    lastLine: number | undefined;
    employee: string;
    name: string | undefined;
    month: string;
    targets: Indicator[];
    realisations: Record<string, Realisation>;
    behaviour: string | undefined;
    submitted: boolean | undefined;
    composite: number | null | undefined;
    issues: Issue[];
    duplicate: boolean;
  };
  let acc: Acc | undefined;
  const flush = (): MonthGroup | undefined => {
    if (!acc) return undefined;
    const a = acc;
    acc = undefined;
    const base = {
      index: index++,
      line: a.line,
      lastLine: a.lastLine,
      employee: a.employee,
      name: a.name,
      month: a.month,
    };
    if (a.duplicate)
      a.issues.unshift(
        issue("cli_group_not_contiguous", ["employee_id"], { key: `${a.employee} ${a.month}` }, MESSAGE_DOMAINS),
      );
    if (a.issues.length > 0)
      return { ...base, input: undefined, history: undefined, error: rowError(a.line, a.issues) };
    if (a.composite !== undefined) {
      return {
        ...base,
        input: undefined,
        error: undefined,
        history: {
          employee: a.employee,
          month: a.month,
          composite: a.composite,
          reportSubmitted: a.submitted ?? a.composite !== null,
        },
      };
    }
    const input: Record<string, unknown> = {
      employee: a.employee,
      month: a.month,
      targets: a.targets,
      realisations: a.realisations,
    };
    if (a.behaviour !== undefined) input.behaviour = a.behaviour;
    if (a.submitted !== undefined) input.report = { submitted: a.submitted };
    return { ...base, input, history: undefined, error: undefined };
  };
  for await (const row of rows) {
    if (!row.ok) {
      const done = flush();
      if (done) yield done;
      yield {
        index: index++,
        line: row.line,
        lastLine: row.line,
        employee: "",
        name: undefined,
        month: "",
        input: undefined,
        history: undefined,
        error: row.error,
      };
      continue;
    }
    if (row.kind === "json") {
      const done = flush();
      if (done) yield done;
      const v = row.value as Record<string, unknown>;
      const employee =
        typeof v?.employee === "string"
          ? v.employee
          : typeof (v?.employee as { id?: unknown })?.id === "string"
            ? (v.employee as { id: string }).id
            : "";
      const month = typeof v?.month === "string" ? v.month : "";
      const isHistory = v !== null && typeof v === "object" && "composite" in v && !("targets" in v);
      yield {
        index: index++,
        line: row.line,
        lastLine: row.line,
        employee,
        name: undefined,
        month,
        input: isHistory ? undefined : v,
        history: isHistory ? (v as unknown as HistoryMonth) : undefined,
        error: undefined,
      };
      continue;
    }
    if (header !== row.header) {
      header = row.header;
      map = new HeaderMap(row.header, SCORE_COLUMNS);
      const missing = [...map.missing];
      if (!map.columns.includes("composite")) {
        for (const c of ["indicator_id", "weight", "realisation"]) if (!map.columns.includes(c)) missing.push(c);
        if (
          !map.columns.includes("target") &&
          !(map.columns.includes("target_min") && map.columns.includes("target_max"))
        )
          missing.push("target");
      }
      if (missing.length > 0)
        throw new Unusable(new MkdError("cli_missing_columns", { columns: missing }, [], MESSAGE_DOMAINS));
      if (map.unknown.length > 0 && !quiet)
        await ctx.stderr.write(`mkd: ${ctx.t("cli_unknown_columns", { columns: map.unknown })}\n`);
    }
    const f = map!.fields(row.values);
    const issues = new RowIssues();
    const employee = f.get("employee_id") ?? "";
    const month = issues.month("month", f.get("month")) ?? f.get("month") ?? "";
    if (employee === "") issues.add("employee_id", "cli_value_required");
    if (!acc || acc.employee !== employee || acc.month !== month) {
      const done = flush();
      if (done) yield done;
      const key = `${employee}\u0000${month}`;
      acc = {
        line: row.line,
        lastLine: row.line,
        employee,
        name: f.get("name") || undefined,
        month,
        targets: [],
        realisations: {},
        behaviour: undefined,
        submitted: undefined,
        composite: undefined,
        issues: [],
        duplicate: seen.has(key),
      };
      seen.add(key);
    }
    const a = acc;
    a.lastLine = row.line;
    const at = (i: Issue): Issue => issue(i.code, i.path, { ...i.params, line: row.line ?? "-" }, MESSAGE_DOMAINS);
    const behaviour = issues.choice("behaviour", f.get("behaviour"), ["above", "as_expected", "below"], RATING_ALIASES);
    if (behaviour !== undefined) a.behaviour = behaviour;
    const submitted = issues.bool("report_submitted", f.get("report_submitted"));
    if (submitted !== undefined) a.submitted = submitted;
    if (map!.columns.includes("composite") && !map!.columns.includes("indicator_id")) {
      const raw = f.get("composite");
      a.composite = raw === undefined || raw === "" ? null : (issues.number("composite", raw) ?? null);
    } else {
      const id = f.get("indicator_id") ?? "";
      if (id === "") issues.add("indicator_id", "cli_value_required");
      const target = issues.number("target", f.get("target"));
      const min = issues.number("target_min", f.get("target_min"));
      const max = issues.number("target_max", f.get("target_max"));
      const weight = issues.number("weight", f.get("weight"));
      if (weight === undefined) issues.add("weight", "cli_value_required");
      if (target === undefined && (min === undefined || max === undefined)) issues.add("target", "cli_value_required");
      const indicator: Record<string, unknown> = {
        id,
        target: target ?? { min, max },
        unit: f.get("unit") || "-",
        weight,
        direction:
          issues.choice("direction", f.get("direction"), ["higher_is_better", "lower_is_better"], DIRECTION_ALIASES) ??
          "higher_is_better",
        aspect:
          issues.choice("aspect", f.get("aspect"), ["quantity", "quality", "time", "cost"], ASPECT_ALIASES) ??
          "quantity",
      };
      if (f.get("indicator_name")) indicator.name = f.get("indicator_name");
      a.targets.push(indicator as unknown as Indicator);
      const value = issues.number("realisation", f.get("realisation"));
      if (value !== undefined && id !== "")
        a.realisations[id] = { value, ...(f.get("unit") ? { unit: f.get("unit") } : {}) };
    }
    a.issues.push(...issues.issues.map(at));
  }
  const done = flush();
  if (done) yield done;
}

/** The policy source for scoring: a `--policy` document (prepared once, resolved per month) or a jurisdiction. */
function scoringSource(
  io: CliIo,
  policyFile: string | undefined,
  jurisdiction: string | undefined,
): ScoringPolicySource {
  if (policyFile !== undefined) return { policy: preparePolicy(loadPolicyDocument(io, policyFile)) };
  return { jurisdiction: jurisdiction ?? "jabar" };
}

/** One answer of `mkd score`. */
type ScoreRow =
  | {
      index: number;
      line: number | undefined;
      ok: true;
      employee: string;
      name: string | undefined;
      month: string;
      value: MonthScore;
    }
  | {
      index: number;
      line: number | undefined;
      ok: false;
      employee: string;
      name: string | undefined;
      month: string;
      error: MkdError;
    };

async function* scoreGroups(groups: AsyncIterable<MonthGroup>, source: ScoringPolicySource): AsyncGenerator<ScoreRow> {
  const pending: MonthGroup[] = [];
  async function* inputs(): AsyncGenerator<unknown> {
    for await (const g of groups) {
      pending.push(g);
      if (g.error || !g.input) yield null;
      else yield g.input;
    }
  }
  for await (const answer of scoreMonthBatch(inputs(), source)) {
    const g = pending.shift()!;
    const base = { index: g.index, line: g.line, employee: g.employee, name: g.name, month: g.month };
    if (g.error) yield { ...base, ok: false, error: g.error };
    else if (!g.input)
      yield {
        ...base,
        ok: false,
        error: rowError(g.line, [
          issue("cli_row_unexpected", [], { detail: "composite rows: use `mkd warn`" }, MESSAGE_DOMAINS),
        ]),
      };
    else if (answer.ok) yield { ...base, ok: true, value: answer.value };
    else yield { ...base, ok: false, error: MkdError.fromJSON(answer.error) };
  }
}

function findingsText(
  findings: readonly { code: string; message: { id: string; en: string } }[],
  locale: "id" | "en",
): string {
  return findings.map((f) => f.message[locale]).join(" ");
}

/** Runs `mkd score`. */
export async function scoreCommand(io: CliIo, argv: readonly string[]): Promise<ExitCode> {
  const { positionals, common } = parseFlags("score", argv);
  const ctx = new Ctx(io, common.locale);
  const path = inputPath(io, positionals, "score");
  const source = scoringSource(io, common.policyFile, common.jurisdiction);
  const L = ctx.locale;
  const columns: Column<ScoreRow>[] = [
    { header: L === "id" ? "baris" : "line", get: (r) => r.line ?? r.index + 1, numeric: true },
    { header: L === "id" ? "pegawai" : "employee", get: (r) => r.employee },
    { header: L === "id" ? "nama" : "name", get: (r) => r.name },
    { header: L === "id" ? "bulan" : "month", get: (r) => r.month },
    { header: L === "id" ? "capaian" : "composite", get: (r) => (r.ok ? r.value.composite : null), numeric: true },
    { header: L === "id" ? "hasil kerja" : "results", get: (r) => (r.ok ? r.value.resultsRating : "error") },
    { header: "predikat", get: (r) => (r.ok ? (r.value.predikat ?? r.value.legacyCategory) : null) },
    {
      header: L === "id" ? "catatan" : "notes",
      get: (r) => (r.ok ? findingsText(r.value.findings, L) : errorText(r.error, L)),
    },
  ];
  return streamAnswers(
    ctx,
    io,
    "score",
    path,
    common,
    {
      columns,
      toJson: (r) =>
        r.ok
          ? { index: r.index, line: r.line ?? null, ok: true, employee: r.employee, month: r.month, value: r.value }
          : {
              index: r.index,
              line: r.line ?? null,
              ok: false,
              employee: r.employee || null,
              month: r.month || null,
              error: r.error.toJSON(),
            },
    },
    (rows) => scoreGroups(monthGroups(ctx, rows, common.quiet), source),
  );
}

/** One answer of `mkd warn`: one per employee. */
export type WarnRow =
  | {
      index: number;
      line: number | undefined;
      ok: true;
      employee: string;
      name: string | undefined;
      months: IsoMonth[];
      value: EarlyWarningResult;
    }
  | {
      index: number;
      line: number | undefined;
      ok: false;
      employee: string;
      name: string | undefined;
      months: IsoMonth[];
      error: MkdError;
    };

export async function* warnEmployees(
  groups: AsyncIterable<MonthGroup>,
  source: ScoringPolicySource,
): AsyncGenerator<WarnRow> {
  // Score indicator months through the batch, keep history months as they are, then evaluate per employee.
  type Scored = { group: MonthGroup; history: HistoryMonth | MonthScore | undefined; error: MkdError | undefined };
  const pending: MonthGroup[] = [];
  async function* inputs(): AsyncGenerator<unknown> {
    for await (const g of groups) {
      pending.push(g);
      yield g.error || !g.input ? null : g.input;
    }
  }
  let current: Scored[] = [];
  let index = 0;
  const evaluate = (list: Scored[]): WarnRow => {
    const first = list[0]!.group;
    const base = {
      index: index++,
      line: first.line,
      employee: first.employee,
      name: list.find((s) => s.group.name)?.group.name,
      months: list.map((s) => s.group.month),
    };
    const errors = list.filter((s) => s.error);
    if (errors.length > 0) {
      const issues = errors.flatMap((s) =>
        s.error!.issues.length > 0
          ? s.error!.issues
          : [issue("cli_row_unexpected", [], { detail: s.error!.localizedMessage("en") }, MESSAGE_DOMAINS)],
      );
      return {
        ...base,
        ok: false,
        error: rowError(
          errors[0]!.group.line,
          issues.map((i) => issue(i.code, i.path, i.params, MESSAGE_DOMAINS)),
        ),
      };
    }
    try {
      return {
        ...base,
        ok: true,
        value: evaluateEarlyWarning(
          list.map((s) => s.history!),
          source,
        ),
      };
    } catch (error) {
      return { ...base, ok: false, error: asMkdError(error) };
    }
  };
  for await (const answer of scoreMonthBatch(inputs(), source)) {
    const g = pending.shift()!;
    const scored: Scored = g.error
      ? { group: g, history: undefined, error: g.error }
      : g.history
        ? { group: g, history: g.history, error: undefined }
        : answer.ok
          ? { group: g, history: answer.value, error: undefined }
          : { group: g, history: undefined, error: MkdError.fromJSON(answer.error) };
    // A row that could not be read has no employee: it joins the current employee's history as an error
    // only when it sits between their rows; otherwise it is its own answer.
    if (current.length > 0 && g.employee !== "" && current[0]!.group.employee !== g.employee) {
      yield evaluate(current);
      current = [];
    }
    current.push(scored);
  }
  if (current.length > 0) yield evaluate(current);
}

function levelLetter(level: string, locale: "id" | "en"): string {
  const id: Record<string, string> = { green: "H", yellow: "K", red: "M" };
  return locale === "id" ? (id[level] ?? level) : level.charAt(0).toUpperCase();
}

/** The table and CSV columns of `mkd warn`. */
export function warnColumns(ctx: Ctx): Column<WarnRow>[] {
  const L = ctx.locale;
  return [
    { header: L === "id" ? "baris" : "line", get: (r) => r.line ?? r.index + 1, numeric: true },
    { header: L === "id" ? "pegawai" : "employee", get: (r) => r.employee },
    { header: L === "id" ? "nama" : "name", get: (r) => r.name },
    {
      header:
        L === "id" ? "bulan (H hijau, K kuning, M merah; capaian)" : "months (G green, Y yellow, R red; composite)",
      get: (r) =>
        r.ok
          ? r.value.months
              .map((m) => `${m.month.slice(5)} ${levelLetter(m.level, L)} ${m.composite ?? "-"}`)
              .join(" | ")
          : r.months.join(" "),
    },
    { header: L === "id" ? "tingkat" : "level", get: (r) => (r.ok ? r.value.level : "error") },
    { header: L === "id" ? "untuk" : "for", get: (r) => (r.ok ? r.value.recommendation.forMonth : null) },
    {
      header: L === "id" ? "hari" : "days",
      get: (r) => (r.ok ? r.value.recommendation.flexibleDaysPerWeek : null),
      numeric: true,
    },
    {
      header: L === "id" ? "rekomendasi" : "recommendation",
      get: (r) => (r.ok ? r.value.recommendation.message[L] : errorText(r.error, L)),
    },
  ];
}

/** Runs `mkd warn`. */
export async function warnCommand(io: CliIo, argv: readonly string[]): Promise<ExitCode> {
  const { positionals, common } = parseFlags("warn", argv);
  const ctx = new Ctx(io, common.locale);
  const path = inputPath(io, positionals, "warn");
  const source = scoringSource(io, common.policyFile, common.jurisdiction);
  const columns = warnColumns(ctx);
  return streamAnswers(
    ctx,
    io,
    "warn",
    path,
    common,
    {
      columns,
      toJson: (r) =>
        r.ok
          ? { index: r.index, line: r.line ?? null, ok: true, employee: r.employee, value: r.value }
          : {
              index: r.index,
              line: r.line ?? null,
              ok: false,
              employee: r.employee || null,
              months: r.months,
              error: r.error.toJSON(),
            },
    },
    (rows) => warnEmployees(monthGroups(ctx, rows, common.quiet), source),
  );
}
