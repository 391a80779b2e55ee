/**
 * Issue 11 item 7: the help cannot list a flag that does not work. For every command (and every `mkd policy`
 * subcommand), every flag its help lists, in both languages, is run: the command with its documented arguments
 * and that one flag with a sample value must answer as without it (exit 0; `policy test` on the Tasikmalaya
 * overlay exits 1 by design), never with a usage error. The help and the parser come from one table
 * (src/cli/options.ts); this checks the result end to end.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { helpText } from "../../src/cli/help.js";
import { cliHelpMessages } from "../../src/i18n/messages/cli-help.js";
import { COMMANDS, COMMON_OPTION_SPECS, type OptionTable } from "../../src/cli/options.js";
import { mkd } from "./helpers.js";

const tmp = mkdtempSync(join(tmpdir(), "mkd-help-flags-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const OVERLAY = "examples/policies/kota-tasikmalaya.policy.json";

/** A command line for each command and subcommand, and the exit code it gives without extra flags. */
const LINES: Record<string, { argv: string[]; code: number }> = {
  eligibility: { argv: ["eligibility", "examples/data/employees.csv", "--as-of", "2026-12-01"], code: 0 },
  schedule: { argv: ["schedule", "examples/data/employees.csv", "--month", "2026-12"], code: 0 },
  calendar: {
    argv: ["calendar", "examples/data/employees.csv", "--month", "2026-12", "--out", join(tmp, "calendar")],
    code: 0,
  },
  score: { argv: ["score", "examples/data/scores.csv"], code: 0 },
  warn: { argv: ["warn", "examples/data/scores.csv"], code: 0 },
  "policy show": { argv: ["policy", "show", "--as-of", "2026-03-02"], code: 0 },
  "policy validate": { argv: ["policy", "validate", OVERLAY], code: 0 },
  "policy schema": { argv: ["policy", "schema"], code: 0 },
  "policy diff": { argv: ["policy", "diff", "jabar@2025-04-21", "jabar@2026-01-01"], code: 0 },
  "policy status": { argv: ["policy", "status", "jabar"], code: 0 },
  "policy test": { argv: ["policy", "test", OVERLAY], code: 1 },
  demo: { argv: ["demo", "--out", join(tmp, "demo")], code: 0 },
  help: { argv: ["help", "schedule"], code: 0 },
};

/** A sample value for each flag that takes one (a new flag without a sample fails the test, by name). */
const SAMPLES: Record<string, string> = {
  format: "json",
  output: join(tmp, "out.txt"),
  locale: "en",
  jurisdiction: "jabar",
  policy: OVERLAY,
  "as-of": "2026-12-01",
  month: "2026-12",
  "input-format": "csv",
  delimiter: ",",
  "csv-delimiter": ";",
  "unit-id": "bkd-mutasi",
  "unit-name": "BKD Bidang Mutasi",
  "unit-kind": "general",
  "min-on-site": "1",
  "min-on-site-share": "0.3",
  "role-min": "front_desk=1",
  seats: "60",
  anchor: "monday",
  "request-collective": "friday",
  out: join(tmp, "out-dir"),
  data: "examples/data",
};

/** The flags a help text lists. */
const listed = (text: string) =>
  [...new Set([...text.matchAll(/(?<![\w-])--([a-z][a-z0-9-]*)(?![\w-])/g)].map((m) => m[1]!))].sort();

const topicOf = (line: string) => line.split(" ")[0]!;

describe.each(Object.keys(LINES))("mkd %s", (line) => {
  const { argv, code } = LINES[line]!;
  const topic = topicOf(line);
  const table: OptionTable = { ...COMMON_OPTION_SPECS, ...COMMANDS[topic]!.options };
  const flags = [...new Set([...listed(helpText(topic, "id")), ...listed(helpText(topic, "en"))])];

  it("its help lists its flags, and each is in the table the parser uses", () => {
    expect(flags.length).toBeGreaterThanOrEqual(Object.keys(COMMON_OPTION_SPECS).length);
    expect(flags.filter((f) => table[f] === undefined)).toEqual([]);
  });

  it("runs as documented without extra flags", async () => {
    const r = await mkd(argv);
    expect(r.code, r.stderr).toBe(code);
  });

  it.each(flags)("runs with --%s", async (flag) => {
    const spec = table[flag]!;
    if (spec.type === "string") expect(SAMPLES[flag], `a sample value for --${flag}`).toBeDefined();
    const extra = spec.type === "string" ? [`--${flag}`, SAMPLES[flag]!] : [`--${flag}`];
    const r = await mkd([...argv, ...extra]);
    // --help and --version answer before the command runs; everything else must run the command as documented.
    const expected = flag === "help" || flag === "version" ? 0 : code;
    expect(r.code, `mkd ${[...argv, ...extra].join(" ")}\n${r.stderr}`).toBe(expected);
  });
});

describe("the argument table is checked too", () => {
  it("a missing argument and an extra one are usage errors naming them, in the asked language", async () => {
    const missing = await mkd(["policy", "diff", "jabar", "--locale", "en"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("B");
    const extra = await mkd(["policy", "schema", "surplus", "--locale", "en"]);
    expect(extra.code).toBe(2);
    expect(extra.stderr).toContain("Unexpected argument: surplus");
    const id = await mkd(["eligibility", "a.csv", "b.csv"]);
    expect(id.code).toBe(2);
    expect(id.stderr).toContain("Argumen berlebih: b.csv");
  });

  it("would catch a listed flag that does not run: an unknown flag is a usage error", async () => {
    expect((await mkd([...LINES.schedule!.argv, "--request-friday", "x"])).code).toBe(2);
  });
});

describe("the help catalogue", () => {
  it("gives every code the same placeholders in both languages", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)[:}]/g)].map((m) => m[1]).sort();
    const codes = Object.keys(cliHelpMessages.id) as (keyof typeof cliHelpMessages.id)[];
    expect(codes.length).toBeGreaterThan(40);
    for (const code of codes)
      expect(placeholders(cliHelpMessages.en[code]), code).toEqual(placeholders(cliHelpMessages.id[code]));
  });
});
