/**
 * `mkd policy show | validate | schema | diff | status`: what a policy says, whether a document is sound,
 * its JSON Schema, what changed between two versions or two jurisdictions, with provenance, and how far
 * the shipped data reaches (holiday decrees, Ramadan periods, circulars with their own period, review date).
 */
import { isIsoDate, type IsoDate } from "../../core/dates.js";
import { asMkdError } from "../../core/errors.js";
import type { Locale } from "../../i18n/index.js";
import { findVersion, shippedPolicies } from "../../policy/chain.js";
import { dataHorizons } from "../../calendar/horizons.js";
import { policyJsonSchema } from "../../policy/json-schema.js";
import { describeChain, resolvePolicy, type ResolvedPolicy } from "../../policy/resolve.js";
import type { EligibilityRule } from "../../policy/schema.js";
import { validatePolicy } from "../../policy/validate.js";
import { COMMANDS, splitCommand } from "../options.js";
import {
  Ctx,
  issueText,
  loadPolicy,
  loadPolicyDocument,
  parseFlags,
  readJsonFile,
  todayInJakarta,
  Unusable,
  UsageError,
  type CommonFlags,
} from "../context.js";
import { EXIT, type CliIo, type ExitCode } from "../io.js";
import { formatCasesReport, runPolicyCases, type PolicyCases, type PolicyCasesReport } from "../../testing/cases.js";
import { shippedCases } from "../../testing/shipped.js";
import { createRowWriter, renderTable, type Column } from "../output.js";

/** One cited parameter, flattened for listing. */
interface ParameterRow {
  readonly path: string;
  readonly value: unknown;
  readonly provenance: string;
  readonly sources: readonly string[];
  readonly note: string | undefined;
}

function compact(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** Every cited parameter of a resolved policy, rules apart, in a stable order. */
function parameterRows(policy: ResolvedPolicy): ParameterRow[] {
  const rows: ParameterRow[] = [];
  for (const [section, values] of Object.entries(policy.parameters)) {
    for (const [name, cited] of Object.entries(values as Record<string, unknown>)) {
      if (section === "eligibility" && name === "rules") continue;
      const c = cited as { value: unknown; provenance: string; sources: string[]; note?: string };
      rows.push({
        path: `${section}.${name}`,
        value: c.value,
        provenance: c.provenance,
        sources: c.sources,
        note: c.note,
      });
    }
  }
  return rows;
}

function ruleRows(policy: ResolvedPolicy): [string, EligibilityRule][] {
  return Object.entries(policy.parameters.eligibility.rules).sort(([a], [b]) => (a < b ? -1 : 1));
}

function header(policy: ResolvedPolicy, locale: Locale): string {
  const lines = [
    `${policy.jurisdictionName} (${policy.jurisdiction}) @ ${policy.version}${policy.illustrative ? (locale === "id" ? "  [ILUSTRATIF]" : "  [ILLUSTRATIVE]") : ""}`,
    policy.title[locale],
    `${locale === "id" ? "Berlaku" : "In force"}: ${policy.effectiveFrom} .. ${policy.effectiveUntil ?? "-"}   ${locale === "id" ? "Rantai" : "Chain"}: ${describeChain(policy.chain)}   asOf ${policy.asOf}`,
  ];
  return lines.join("\n") + "\n\n";
}

/** The subcommands, as the command table declares them (the help lists the same). */
const SUBCOMMANDS = Object.keys(COMMANDS.policy!.subcommands!);

/** Runs `mkd policy <sub>`. */
export async function policyCommand(io: CliIo, argv: readonly string[]): Promise<ExitCode> {
  // Flags may come before the subcommand (`mkd policy --locale en show`), as before the command.
  const { command: sub, rest } = splitCommand(argv);
  switch (sub) {
    case "show":
      return show(io, rest);
    case "validate":
      return validate(io, rest);
    case "schema":
      return schema(io, rest);
    case "diff":
      return diff(io, rest);
    case "status":
      return status(io, rest);
    case "test":
      return test(io, rest);
    default:
      throw new UsageError(
        sub === undefined ? "cli_usage_missing_argument" : "cli_usage_unknown_subcommand",
        {
          name: SUBCOMMANDS.join(" | "),
          command: "policy",
          subcommand: sub,
          options: SUBCOMMANDS,
        },
        "policy",
      );
  }
}

async function show(io: CliIo, argv: readonly string[]): Promise<ExitCode> {
  const { common } = parseFlags("policy", argv, "show");
  const ctx = new Ctx(io, common.locale);
  const asOf = common.asOf ?? todayInJakarta();
  const policy = loadPolicy(io, common, asOf, "policy");
  const sink = ctx.output(common.output);
  const format = ctx.format(common.format, common.output, "json");
  const L = ctx.locale;
  if (format === "json") {
    await sink.write(`${JSON.stringify(policy, null, 2)}\n`);
  } else if (format === "table") {
    const params = parameterRows(policy);
    const basis = (ids: readonly string[]) => ids.join(", ");
    await sink.write(header(policy, L));
    await sink.write(
      renderTable(
        L === "id" ? ["parameter", "nilai", "asal", "sumber"] : ["parameter", "value", "provenance", "sources"],
        params.map((p) => [p.path, compact(p.value), p.provenance, basis(p.sources)]),
      ),
    );
    await sink.write("\n");
    await sink.write(
      renderTable(
        L === "id"
          ? ["aturan", "jenis", "uraian", "asal", "sumber"]
          : ["rule", "kind", "description", "provenance", "sources"],
        ruleRows(policy).map(([id, r]) => [id, r.kind, r.description[L], r.provenance, basis(r.sources)]),
      ),
    );
    await sink.write(`\n${L === "id" ? "Dasar hukum" : "Legal bases"}:\n`);
    for (const b of Object.values(policy.legalBases))
      await sink.write(`  ${b.id}: ${b.title}${b.article ? `, ${b.article}` : ""}${b.url ? ` <${b.url}>` : ""}\n`);
  } else {
    const columns: Column<ParameterRow & { kind: string }>[] = [
      { header: "kind", get: (r) => r.kind },
      { header: "path", get: (r) => r.path },
      { header: "value", get: (r) => compact(r.value) },
      { header: "provenance", get: (r) => r.provenance },
      { header: "sources", get: (r) => r.sources.join("|") },
      { header: "note", get: (r) => r.note },
    ];
    const writer = createRowWriter(format, sink, { columns, csvDelimiter: common.csvDelimiter, bom: common.bom });
    for (const p of parameterRows(policy)) await writer.write({ ...p, kind: "parameter" });
    for (const [id, r] of ruleRows(policy)) {
      await writer.write({
        kind: "rule",
        path: `eligibility.rules.${id}`,
        value: { kind: r.kind, conditions: r.conditions },
        provenance: r.provenance,
        sources: r.sources,
        note: r.description[L],
      });
    }
    await writer.end();
  }
  await ctx.close();
  return EXIT.ok;
}

async function validate(io: CliIo, argv: readonly string[]): Promise<ExitCode> {
  const { positionals, common } = parseFlags("policy", argv, "validate");
  const ctx = new Ctx(io, common.locale);
  const docs = positionals.map((p) => ({ path: p, doc: readJsonFile(io, p) }));
  const format = ctx.format(common.format, common.output, "json");
  const sink = ctx.output(common.output);
  let invalid = 0;
  const results = docs.map(({ path, doc }) => {
    const others = docs.filter((d) => d.doc !== doc).map((d) => d.doc);
    const result = validatePolicy(doc, { documents: others });
    if (!result.valid) invalid++;
    return { file: path, valid: result.valid, issues: result.issues };
  });
  if (format === "table") {
    for (const r of results) {
      await sink.write(
        `${r.valid ? "✓" : "✗"} ${r.valid ? ctx.t("cli_policy_valid", { path: r.file }) : ctx.t("cli_policy_invalid", { path: r.file, count: r.issues.length })}\n`,
      );
      for (const i of r.issues) await sink.write(`  - [${i.code}] ${issueText(i, ctx.locale)}\n`);
    }
  } else if (format === "json") {
    await sink.write(`${JSON.stringify(results, null, 2)}\n`);
  } else {
    const rows = results.flatMap((r) =>
      r.issues.length === 0
        ? [{ file: r.file, valid: true, code: "", path: "", message: "" }]
        : r.issues.map((i) => ({
            file: r.file,
            valid: false,
            code: i.code,
            path: i.path.join("."),
            message: i.message[ctx.locale],
          })),
    );
    const writer = createRowWriter(format, sink, {
      columns: (["file", "valid", "code", "path", "message"] as const).map((k) => ({
        header: k,
        get: (r: (typeof rows)[number]) => r[k],
      })),
      csvDelimiter: common.csvDelimiter,
      bom: common.bom,
    });
    for (const r of rows) await writer.write(r);
    await writer.end();
  }
  if (invalid > 0 && !common.quiet && format !== "table") {
    for (const r of results.filter((x) => !x.valid))
      await ctx.stderr.write(`mkd: ${ctx.t("cli_policy_invalid", { path: r.file, count: r.issues.length })}\n`);
  }
  await ctx.close();
  return invalid > 0 ? EXIT.unusable : EXIT.ok;
}

async function schema(io: CliIo, argv: readonly string[]): Promise<ExitCode> {
  const { common } = parseFlags("policy", argv, "schema");
  const ctx = new Ctx(io, common.locale);
  await ctx.output(common.output).write(`${JSON.stringify(policyJsonSchema(), null, 2)}\n`);
  await ctx.close();
  return EXIT.ok;
}

/**
 * A side of a diff: `file.json` (an overlay or a document), `jurisdiction@version` (that version, on its
 * first day) or `jurisdiction` (the version in force on --as-of).
 */
function resolveSide(io: CliIo, spec: string, common: CommonFlags): ResolvedPolicy {
  try {
    if (spec.toLowerCase().endsWith(".json")) {
      const doc = readJsonFile(io, spec);
      const from = (doc as { effectiveFrom?: string }).effectiveFrom;
      const asOf = common.asOf ?? (typeof from === "string" && isIsoDate(from) ? from : todayInJakarta());
      return resolvePolicy(doc, asOf);
    }
    const at = spec.indexOf("@");
    if (at > 0) {
      const jurisdiction = spec.slice(0, at);
      const version = spec.slice(at + 1);
      return resolvePolicy(
        jurisdiction,
        findVersion(shippedPolicies(), jurisdiction, version).effectiveFrom as IsoDate,
      );
    }
    return resolvePolicy(spec, common.asOf ?? todayInJakarta());
  } catch (error) {
    if (error instanceof Unusable) throw error;
    throw new Unusable(asMkdError(error));
  }
}

interface DiffRow {
  readonly kind: "parameter" | "rule";
  readonly path: string;
  readonly change: "changed" | "added" | "removed" | "provenance";
  readonly a: unknown;
  readonly b: unknown;
  readonly provenanceA: string | null;
  readonly provenanceB: string | null;
  readonly sourcesA: readonly string[];
  readonly sourcesB: readonly string[];
}

/** Parameters and rules that differ between two resolved policies (value first, then provenance). */
function diffPolicies(a: ResolvedPolicy, b: ResolvedPolicy): DiffRow[] {
  const rows: DiffRow[] = [];
  const pa = new Map(parameterRows(a).map((p) => [p.path, p]));
  const pb = new Map(parameterRows(b).map((p) => [p.path, p]));
  for (const path of [...new Set([...pa.keys(), ...pb.keys()])]) {
    const x = pa.get(path);
    const y = pb.get(path);
    const valueDiffers = JSON.stringify(x?.value) !== JSON.stringify(y?.value);
    const citeDiffers = x?.provenance !== y?.provenance || JSON.stringify(x?.sources) !== JSON.stringify(y?.sources);
    if (!valueDiffers && !citeDiffers) continue;
    rows.push({
      kind: "parameter",
      path,
      change: !x ? "added" : !y ? "removed" : valueDiffers ? "changed" : "provenance",
      a: x?.value ?? null,
      b: y?.value ?? null,
      provenanceA: x?.provenance ?? null,
      provenanceB: y?.provenance ?? null,
      sourcesA: x?.sources ?? [],
      sourcesB: y?.sources ?? [],
    });
  }
  const ra = new Map(ruleRows(a));
  const rb = new Map(ruleRows(b));
  for (const id of [...new Set([...ra.keys(), ...rb.keys()])].sort()) {
    const x = ra.get(id);
    const y = rb.get(id);
    const body = (r: EligibilityRule | undefined) =>
      r ? JSON.stringify({ kind: r.kind, conditions: r.conditions }) : undefined;
    const valueDiffers = body(x) !== body(y);
    const citeDiffers = x?.provenance !== y?.provenance || JSON.stringify(x?.sources) !== JSON.stringify(y?.sources);
    if (!valueDiffers && !citeDiffers) continue;
    rows.push({
      kind: "rule",
      path: `eligibility.rules.${id}`,
      change: !x ? "added" : !y ? "removed" : valueDiffers ? "changed" : "provenance",
      a: x ? { kind: x.kind, conditions: x.conditions } : null,
      b: y ? { kind: y.kind, conditions: y.conditions } : null,
      provenanceA: x?.provenance ?? null,
      provenanceB: y?.provenance ?? null,
      sourcesA: x?.sources ?? [],
      sourcesB: y?.sources ?? [],
    });
  }
  return rows;
}

async function diff(io: CliIo, argv: readonly string[]): Promise<ExitCode> {
  const { positionals, common } = parseFlags("policy", argv, "diff");
  const ctx = new Ctx(io, common.locale);
  const a = resolveSide(io, positionals[0]!, common);
  const b = resolveSide(io, positionals[1]!, common);
  const rows = diffPolicies(a, b);
  const format = ctx.format(common.format, common.output, "json");
  const sink = ctx.output(common.output);
  const label = (p: ResolvedPolicy) => `${p.jurisdiction}@${p.version}`;
  if (format === "json") {
    await sink.write(
      `${JSON.stringify({ a: { policy: label(a), chain: describeChain(a.chain), asOf: a.asOf }, b: { policy: label(b), chain: describeChain(b.chain), asOf: b.asOf }, differences: rows }, null, 2)}\n`,
    );
  } else {
    if (format === "table") {
      await sink.write(
        `A: ${describeChain(a.chain)} (asOf ${a.asOf})\nB: ${describeChain(b.chain)} (asOf ${b.asOf})\n\n`,
      );
      if (rows.length === 0) await sink.write(`${ctx.t("cli_policy_same")}\n`);
    }
    const cols: Column<DiffRow>[] = [
      { header: ctx.locale === "id" ? "jenis" : "kind", get: (r) => r.kind },
      { header: "path", get: (r) => r.path },
      { header: ctx.locale === "id" ? "perubahan" : "change", get: (r) => r.change },
      { header: `A ${label(a)}`, get: (r) => (r.a === null ? "-" : compact(r.a)) },
      { header: `B ${label(b)}`, get: (r) => (r.b === null ? "-" : compact(r.b)) },
      { header: ctx.locale === "id" ? "asal A" : "provenance A", get: (r) => r.provenanceA },
      { header: ctx.locale === "id" ? "asal B" : "provenance B", get: (r) => r.provenanceB },
      { header: ctx.locale === "id" ? "sumber B" : "sources B", get: (r) => r.sourcesB.join("|") },
    ];
    if (rows.length > 0 || format !== "table") {
      const writer = createRowWriter(format, sink, {
        columns: cols,
        csvDelimiter: common.csvDelimiter,
        bom: common.bom,
      });
      for (const r of rows) await writer.write(r);
      await writer.end();
    }
  }
  await ctx.close();
  return EXIT.ok;
}

/** `mkd policy status [JURISDICTION]`: how far each kind of shipped data reaches, and its review date. */
async function status(io: CliIo, argv: readonly string[]): Promise<ExitCode> {
  const { positionals, common } = parseFlags("policy", argv, "status");
  const ctx = new Ctx(io, common.locale);
  const jurisdiction = positionals[0] ?? common.jurisdiction;
  let report;
  try {
    report = dataHorizons(jurisdiction);
  } catch (error) {
    throw new Unusable(asMkdError(error));
  }
  const format = ctx.format(common.format, common.output, "table");
  const sink = ctx.output(common.output);
  const L = ctx.locale;
  if (format === "json") {
    await sink.write(`${JSON.stringify(report, null, 2)}\n`);
  } else if (format === "table") {
    const id = L === "id";
    await sink.write(
      `${id ? "Data" : "Data of"} ${report.jurisdiction ?? (id ? "semua yurisdiksi" : "every jurisdiction")}: ${id ? "ditinjau" : "reviewed on"} ${report.reviewedOn}; ${id ? "cakrawala terdekat" : "earliest horizon"} ${report.earliest ?? "-"}\n\n`,
    );
    await sink.write(
      renderTable(
        id ? ["jenis", "diketahui s.d.", "kebijakan", "keterangan"] : ["kind", "known through", "policy", "detail"],
        report.horizons.map((h) => [
          h.kind,
          h.knownThrough ?? (id ? "sampai diganti" : "until replaced"),
          h.policy ?? "-",
          h.message[L],
        ]),
      ),
    );
    await sink.write(`\n`);
    await sink.write(
      renderTable(
        id
          ? ["versi", "berlaku", "berakhir karena", "pengganti", "ditinjau"]
          : ["version", "in force", "ended by", "successor", "reviewed"],
        report.versions.map((v) => [
          `${v.jurisdiction}@${v.version}`,
          `${v.effectiveFrom} .. ${v.effectiveUntil ?? "-"}`,
          v.endStatedBy.length > 0
            ? v.endStatedBy.join(", ")
            : v.effectiveUntil === null
              ? "-"
              : id
                ? "versi pengganti"
                : "successor version",
          v.successor ?? "-",
          v.reviewedOn ?? "-",
        ]),
      ),
    );
  } else {
    const columns: Column<(typeof report.horizons)[number]>[] = [
      { header: "kind", get: (h) => h.kind },
      { header: "knownThrough", get: (h) => h.knownThrough ?? "" },
      { header: "policy", get: (h) => h.policy ?? "" },
      { header: "code", get: (h) => h.code },
      { header: "sources", get: (h) => h.sources.join("|") },
      { header: "message", get: (h) => h.message[L] },
    ];
    const writer = createRowWriter(format, sink, { columns, csvDelimiter: common.csvDelimiter, bom: common.bom });
    for (const h of report.horizons) await writer.write(h);
    await writer.end();
  }
  await ctx.close();
  return EXIT.ok;
}

/**
 * The shipped case sets a policy document is tested against by default: those of the jurisdiction it extends,
 * for every version of it in force at some date the document is (the province's cases, for a city's overlay).
 */
function defaultCaseSets(doc: {
  extends?: { jurisdiction?: string };
  jurisdiction?: { parent?: string };
  effectiveFrom?: string;
  effectiveUntil?: string;
}): [string, PolicyCases][] {
  const parent = doc.extends?.jurisdiction ?? doc.jurisdiction?.parent;
  const keys = Object.keys(shippedCases)
    .filter((k) => k.startsWith(`${parent}@`))
    .sort();
  const from = doc.effectiveFrom ?? "0000-01-01";
  const until = doc.effectiveUntil ?? "9999-12-31";
  // A parent version runs from its date to the next one's; keep those that overlap [from, until).
  return keys
    .filter((k, i) => {
      const start = k.slice(k.indexOf("@") + 1);
      const next = keys[i + 1];
      const end = next === undefined ? "9999-12-31" : next.slice(next.indexOf("@") + 1);
      return start < until && end > from;
    })
    .map((k) => [k, shippedCases[k]!]);
}

/** `mkd policy test OVERLAY.json [CASES.json]`: golden cases against a policy document; exit 1 when any fails. */
async function test(io: CliIo, argv: readonly string[]): Promise<ExitCode> {
  const { positionals, common } = parseFlags("policy", argv, "test");
  const ctx = new Ctx(io, common.locale);
  const doc = loadPolicyDocument(io, positionals[0]!) as Parameters<typeof defaultCaseSets>[0];
  const sets: [string, PolicyCases][] =
    positionals[1] !== undefined
      ? [[positionals[1], readJsonFile(io, positionals[1]) as PolicyCases]]
      : defaultCaseSets(doc);
  if (sets.length === 0) throw new UsageError("cli_usage_missing_argument", { name: "CASES.json" }, "policy");
  const reports: { cases: string; report: PolicyCasesReport }[] = sets.map(([name, cases]) => ({
    cases: name,
    report: runPolicyCases(doc, cases),
  }));
  const format = ctx.format(common.format, common.output, "table");
  const sink = ctx.output(common.output);
  if (format === "json") await sink.write(`${JSON.stringify(reports, null, 2)}\n`);
  else {
    const id = ctx.locale === "id";
    for (const { cases, report } of reports) {
      await sink.write(`${id ? "Kasus" : "Cases"} ${cases}:\n${formatCasesReport(report, { failedOnly: true })}\n`);
    }
  }
  await ctx.close();
  return reports.every((r) => r.report.ok) ? EXIT.ok : EXIT.invalidRows;
}
