/**
 * The one table of `mkd` flags: the parser (`parseFlags`, `splitCommand`) and the help text are both
 * generated from it, so the help cannot list a flag that does not parse (issue 11 item 7).
 */
import type { ParseArgsConfig } from "node:util";
import type { Locale } from "../i18n/index.js";

/** One flag: how it parses and how the help describes it. */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly short?: string;
  readonly multiple?: boolean;
  /** Placeholder of the value in the help (string flags only). */
  readonly value?: Readonly<Record<Locale, string>>;
  readonly help: Readonly<Record<Locale, string>>;
}

/** A command's flags by long name. */
export type OptionTable = Readonly<Record<string, OptionSpec>>;

const same = (s: string): Record<Locale, string> => ({ id: s, en: s });

/**
 * Flags every command accepts, anywhere on the line (before or after the command). `locale`, `help` and
 * `version` are also read by `run` before any command loads.
 */
export const COMMON_OPTION_SPECS = {
  format: {
    type: "string",
    short: "f",
    value: same("table|json|ndjson|csv"),
    help: {
      en: "output format (default: table on a terminal, else ndjson for rows, json for documents)",
      id: "format keluaran (bawaan: tabel di terminal, selain itu ndjson untuk baris, json untuk dokumen)",
    },
  },
  output: {
    type: "string",
    short: "o",
    value: { en: "FILE", id: "BERKAS" },
    help: { en: "write answers to FILE instead of stdout", id: "tulis jawaban ke BERKAS, bukan stdout" },
  },
  locale: {
    type: "string",
    short: "l",
    value: same("id|en"),
    help: {
      en: "language of messages and labels (default: LC_ALL, LC_MESSAGES or LANG, else id)",
      id: "bahasa pesan dan label (bawaan: LC_ALL, LC_MESSAGES atau LANG, selain itu id)",
    },
  },
  jurisdiction: {
    type: "string",
    short: "j",
    value: same("ID"),
    help: { en: "shipped policy to use (default jabar)", id: "kebijakan bawaan yang dipakai (bawaan jabar)" },
  },
  policy: {
    type: "string",
    short: "p",
    value: { en: "FILE", id: "BERKAS" },
    help: {
      en: "a policy document or overlay (e.g. a municipality's), validated first",
      id: "dokumen kebijakan atau overlay (mis. milik pemerintah kota), divalidasi dulu",
    },
  },
  "as-of": {
    type: "string",
    value: same("YYYY-MM-DD"),
    help: {
      en: "decision date (default: today in Asia/Jakarta)",
      id: "tanggal keputusan (bawaan: hari ini, Asia/Jakarta)",
    },
  },
  month: {
    type: "string",
    short: "m",
    value: same("YYYY-MM"),
    help: { en: "month to schedule (schedule, calendar)", id: "bulan yang dijadwalkan (schedule, calendar)" },
  },
  "input-format": {
    type: "string",
    value: same("csv|json|ndjson"),
    help: {
      en: "input format (default: from the file name; stdin is sniffed)",
      id: "format masukan (bawaan: dari nama berkas; stdin dikenali otomatis)",
    },
  },
  delimiter: {
    type: "string",
    value: same(",|;|tab"),
    help: {
      en: "input CSV delimiter (default: detected from the header line)",
      id: "pemisah CSV masukan (bawaan: dikenali dari baris judul)",
    },
  },
  "csv-delimiter": {
    type: "string",
    value: same(",|;|tab"),
    help: { en: "output CSV delimiter (default ,)", id: "pemisah CSV keluaran (bawaan ,)" },
  },
  bom: {
    type: "boolean",
    help: {
      en: "start CSV output with a UTF-8 byte-order mark (Excel)",
      id: "awali CSV keluaran dengan BOM UTF-8 (Excel)",
    },
  },
  quiet: { type: "boolean", short: "q", help: { en: "no summary on stderr", id: "tanpa ringkasan di stderr" } },
  help: { type: "boolean", short: "h", help: { en: "this help", id: "bantuan ini" } },
  version: { type: "boolean", short: "v", help: { en: "the version of mkd-engine", id: "versi mkd-engine" } },
} as const satisfies OptionTable;

/** Flags of `mkd schedule` and `mkd calendar` besides the common ones. */
export const SCHEDULE_OPTION_SPECS = {
  "unit-id": {
    type: "string",
    value: same("ID"),
    help: { en: "the unit's id (default: from the file name)", id: "id unit (bawaan: dari nama berkas)" },
  },
  "unit-name": { type: "string", value: { en: "NAME", id: "NAMA" }, help: { en: "the unit's name", id: "nama unit" } },
  "unit-kind": {
    type: "string",
    value: same("general|direct_public_service"),
    help: { en: "the unit's kind (default general)", id: "jenis unit (bawaan general)" },
  },
  "min-on-site": {
    type: "string",
    value: same("N"),
    help: {
      en: "at least N members on site each working day",
      id: "paling sedikit N pegawai di kantor tiap hari kerja",
    },
  },
  "min-on-site-share": {
    type: "string",
    value: same("0..1"),
    help: {
      en: "at least this share of members on site each working day",
      id: "paling sedikit bagian ini dari pegawai di kantor tiap hari kerja",
    },
  },
  "role-min": {
    type: "string",
    multiple: true,
    value: same("ROLE=N"),
    help: {
      en: "at least N members of ROLE on site (repeatable)",
      id: "paling sedikit N pegawai ber-ROLE di kantor (boleh diulang)",
    },
  },
  seats: { type: "string", value: same("N"), help: { en: "desks in the office", id: "jumlah meja di kantor" } },
  anchor: {
    type: "string",
    multiple: true,
    value: same("monday,..."),
    help: { en: "weekdays everyone is on site (repeatable)", id: "hari semua pegawai di kantor (boleh diulang)" },
  },
  "request-collective": {
    type: "string",
    multiple: true,
    value: same("friday,..."),
    help: {
      en: "weekdays the unit asks to be flexible together (repeatable)",
      id: "hari yang diminta unit untuk fleksibel bersama (boleh diulang)",
    },
  },
  out: {
    type: "string",
    value: same("DIR"),
    help: { en: "folder for the calendar files (calendar)", id: "folder berkas kalender (calendar)" },
  },
} as const satisfies OptionTable;

/** Flags of `mkd demo` besides the common ones. */
export const DEMO_OPTION_SPECS = {
  out: {
    type: "string",
    value: same("DIR"),
    help: {
      en: "folder for the calendar files (default ./mkd-demo-output)",
      id: "folder berkas kalender (bawaan ./mkd-demo-output)",
    },
  },
  data: {
    type: "string",
    value: same("DIR"),
    help: {
      en: "folder of the example data (default: the shipped examples/data)",
      id: "folder data contoh (bawaan: examples/data bawaan)",
    },
  },
} as const satisfies OptionTable;

/** Each command's own flags (the common ones come on top). */
export const COMMAND_OPTION_SPECS: Readonly<Record<string, OptionTable>> = {
  eligibility: {},
  schedule: SCHEDULE_OPTION_SPECS,
  calendar: SCHEDULE_OPTION_SPECS,
  score: {},
  warn: {},
  policy: {},
  demo: DEMO_OPTION_SPECS,
};

/** The `node:util` parseArgs options of a table. */
export function parseArgsOptions(table: OptionTable): NonNullable<ParseArgsConfig["options"]> {
  const out: NonNullable<ParseArgsConfig["options"]> = {};
  for (const [name, s] of Object.entries(table)) {
    out[name] = { type: s.type, ...(s.short ? { short: s.short } : {}), ...(s.multiple ? { multiple: true } : {}) };
  }
  return out;
}

/** Help lines of a table: `  -f, --format VALUE   description`, aligned. */
export function optionHelpLines(table: OptionTable, locale: Locale): string[] {
  const heads = Object.entries(table).map(
    ([name, s]) => `  ${s.short ? `-${s.short}, ` : "    "}--${name}${s.value ? ` ${s.value[locale]}` : ""}`,
  );
  const width = Math.max(...heads.map((h) => h.length)) + 3;
  return Object.values(table).map((s, i) => `${heads[i]!.padEnd(width)}${s.help[locale]}`);
}

/** Every flag of every command: which take a value, by `--long` and `-s` spelling. */
function valueFlags(): Set<string> {
  const out = new Set<string>();
  for (const table of [COMMON_OPTION_SPECS, ...Object.values(COMMAND_OPTION_SPECS)] as OptionTable[]) {
    for (const [name, s] of Object.entries(table)) {
      if (s.type !== "string") continue;
      out.add(`--${name}`);
      if (s.short) out.add(`-${s.short}`);
    }
  }
  return out;
}

/**
 * Splits argv into the command (its first positional, skipping flags and their values wherever they are)
 * and the rest in order, so `mkd --locale en eligibility f.csv` means `mkd eligibility --locale en f.csv`.
 *
 * @example
 * ```ts
 * splitCommand(["--locale", "en", "policy", "show"]); // { command: "policy", rest: ["--locale", "en", "show"] }
 * ```
 */
export function splitCommand(argv: readonly string[]): { command: string | undefined; rest: string[] } {
  const takesValue = valueFlags();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") {
      const j = i + 1;
      return j < argv.length
        ? { command: argv[j], rest: [...argv.slice(0, i + 1), ...argv.slice(j + 1)] }
        : { command: undefined, rest: [...argv] };
    }
    if (a === "-" || !a.startsWith("-")) return { command: a, rest: [...argv.slice(0, i), ...argv.slice(i + 1)] };
    if (!a.includes("=") && takesValue.has(a)) i++;
  }
  return { command: undefined, rest: [...argv] };
}
