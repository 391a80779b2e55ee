/**
 * Issue 11 item 7: global flags anywhere on the line, the locale from --locale then LC_ALL / LC_MESSAGES /
 * LANG then Indonesian, help generated from the parser's own option table, parse errors in both languages.
 */
import { describe, expect, it } from "vitest";
import { parseFlags, UsageError } from "../../src/cli/context.js";
import { helpText, HELP_TOPICS } from "../../src/cli/help.js";
import { resolveLocale } from "../../src/cli/run.js";
import { splitCommand } from "../../src/cli/options.js";
import { mkd, ndjson } from "./helpers.js";

const FILE = "examples/data/employees.csv";
/** Codes of a flag the parser does not accept (as opposed to a value it rejects). */
const REJECTED = [
  "cli_usage_unknown_flag",
  "cli_usage_bad_flag",
  "cli_usage_flag_needs_value",
  "cli_usage_flag_takes_no_value",
];

/** The usage error code parseFlags throws for argv, or undefined when it parses. */
function parseCode(command: string, argv: string[]): string | undefined {
  try {
    parseFlags(command, argv);
    return undefined;
  } catch (error) {
    if (error instanceof UsageError) return error.code;
    throw error;
  }
}

describe("global flags anywhere on the line", () => {
  it("mkd --locale en --help prints the English overview, exit 0", async () => {
    const r = await mkd(["--locale", "en", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("Commands:");
    expect(r.stdout).not.toContain("Perintah:");
  });

  it("mkd --locale en eligibility FILE answers the same rows as with the flag after the command", async () => {
    const before = await mkd(["--locale", "en", "--format", "ndjson", "eligibility", FILE, "--as-of", "2026-12-01"]);
    const after = await mkd(["eligibility", FILE, "--as-of", "2026-12-01", "--format", "ndjson", "--locale", "en"]);
    expect(before.code).toBe(0);
    expect(after.code).toBe(0);
    expect(before.stdout).toBe(after.stdout);
    const rows = ndjson(before.stdout);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.every((r) => r.ok === true)).toBe(true);
  });

  it("flags before a policy subcommand are read too (mkd -l en policy --as-of DATE show)", async () => {
    const r = await mkd(["-l", "en", "policy", "--as-of", "2026-02-05", "show", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).version).toBe("2026-01-01");
  });

  it("--help after a command prints that command's help in the flag's language, wherever --locale is", async () => {
    const r = await mkd(["-l", "en", "schedule", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Flags of mkd schedule:");
  });

  it("--version works before or after other flags", async () => {
    for (const argv of [["--version"], ["-l", "en", "--version"], ["--version", "--locale", "en"]]) {
      const r = await mkd(argv);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^mkd-engine \d+\.\d+\.\d+/);
    }
  });

  it("an unknown flag with no command, and an unknown command with --help, are usage errors (exit 2)", async () => {
    const flag = await mkd(["--frobnicate"]);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("Opsi tidak dikenal: --frobnicate");
    const command = await mkd(["-l", "en", "frobnicate", "--help"]);
    expect(command.code).toBe(2);
    expect(command.stderr).toContain("Unknown command: frobnicate");
    expect((await mkd(["--quiet"])).code).toBe(0);
  });

  it("splitCommand skips flag values when looking for the command", () => {
    expect(splitCommand(["-l", "en", "-f", "json", "score", "x.csv"])).toEqual({
      command: "score",
      rest: ["-l", "en", "-f", "json", "x.csv"],
    });
    expect(splitCommand(["--locale=en", "--bom", "warn"])).toEqual({ command: "warn", rest: ["--locale=en", "--bom"] });
    expect(splitCommand(["--quiet"])).toEqual({ command: undefined, rest: ["--quiet"] });
  });
});

describe("the help lists only flags the parser accepts", () => {
  it("every flag in every command's help, in both languages, is accepted by that command's parser", () => {
    let checked = 0;
    for (const locale of ["id", "en"] as const) {
      for (const topic of [undefined, ...HELP_TOPICS]) {
        const text = helpText(topic, locale);
        const flags = new Set([...text.matchAll(/(?<![\w-])(--[a-z][a-z0-9-]*|-[a-z])(?![\w-])/g)].map((m) => m[1]!));
        expect(flags.size).toBeGreaterThan(2);
        for (const flag of flags) {
          // A value after every flag: a string flag takes it (its value may then be rejected, which is
          // not this test's concern), a boolean flag leaves it as a positional.
          // The overview names flags of several commands (calendar --out): one of them must accept it.
          const codes = (topic === undefined ? HELP_TOPICS : [topic]).map((command) => parseCode(command, [flag, "x"]));
          const accepted = codes.some((code) => !REJECTED.includes(code ?? ""));
          expect(accepted, `${locale} help ${topic ?? ""} lists ${flag}: ${codes.join(", ")}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("mkd help schedule lists --role-min and --request-collective, and no --request-friday", async () => {
    for (const locale of ["id", "en"]) {
      const r = await mkd(["help", "schedule", "--locale", locale]);
      expect(r.stdout).toContain("--role-min");
      expect(r.stdout).toContain("--request-collective");
      expect(r.stdout).not.toContain("--request-friday");
    }
  });

  it("the test above would catch a listed flag that does not parse", () => {
    expect(parseCode("schedule", ["--request-friday", "x"])).toBe("cli_usage_unknown_flag");
  });
});

describe("the locale: --locale, then LC_ALL, LC_MESSAGES, LANG, then Indonesian", () => {
  it("reads LANG when no flag is given (en_US.UTF-8 is English, id_ID is Indonesian)", async () => {
    expect((await mkd(["help"], { env: { LANG: "en_US.UTF-8" } })).stdout).toContain("Commands:");
    expect((await mkd(["help"], { env: { LANG: "id_ID" } })).stdout).toContain("Perintah:");
  });

  it("LC_ALL wins over LANG, as POSIX says", () => {
    expect(resolveLocale([], { LC_ALL: "id_ID.UTF-8", LANG: "en_US.UTF-8" })).toBe("id");
    expect(resolveLocale([], { LC_ALL: "en_GB", LANG: "id_ID" })).toBe("en");
    expect(resolveLocale([], { LC_MESSAGES: "en_US", LANG: "id_ID" })).toBe("en");
    expect(resolveLocale([], { LC_ALL: "", LANG: "en_US" })).toBe("en");
  });

  it("the flag wins over the environment, and an unknown language falls back to Indonesian", () => {
    expect(resolveLocale(["--locale", "id"], { LC_ALL: "en_US" })).toBe("id");
    expect(resolveLocale(["-l", "en"], { LANG: "id_ID" })).toBe("en");
    expect(resolveLocale([], { LANG: "fr_FR.UTF-8" })).toBe("id");
    expect(resolveLocale([], {})).toBe("id");
  });

  it("a command's messages follow LANG when no flag is given", async () => {
    const r = await mkd(["eligibility", "--frobnicate"], { env: { LANG: "en_US.UTF-8" } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Unknown flag: --frobnicate");
  });
});

describe("parse errors in both languages", () => {
  it("an unknown flag, a missing value and a value given to a switch have Indonesian messages, no Node English", async () => {
    const cases: [string[], string][] = [
      [["eligibility", "--frobnicate"], "Opsi tidak dikenal: --frobnicate"],
      [["eligibility", FILE, "--format"], "Opsi --format memerlukan nilai"],
      [["eligibility", FILE, "--bom=yes"], "Opsi --bom tidak menerima nilai"],
    ];
    for (const [argv, text] of cases) {
      const r = await mkd(argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(text);
      expect(r.stderr).not.toMatch(/Unknown option|argument missing|does not take an argument/);
    }
  });

  it("the same errors in English with --locale en", async () => {
    expect((await mkd(["-l", "en", "score", "-z"])).stderr).toContain("Unknown flag: -z");
    expect((await mkd(["score", FILE, "-l", "en", "-o"])).stderr).toContain("The flag --output needs a value");
    expect((await mkd(["score", FILE, "-l", "en", "--quiet=1"])).stderr).toContain("The flag --quiet takes no value");
  });
});
