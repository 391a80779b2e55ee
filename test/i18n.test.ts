import { describe, expect, it } from "vitest";
import { formatMessage, MESSAGE_CODES } from "../src/index.js";
import type { AnyCatalogue } from "../src/i18n/define.js";
import { MESSAGE_DOMAINS } from "../src/i18n/index.js";
import { cliHelpMessages } from "../src/i18n/messages/cli-help.js";

/** Every catalogue: the library's, and the help text only the CLI reads. */
const CATALOGUES: readonly AnyCatalogue[] = [...MESSAGE_DOMAINS, cliHelpMessages];

/** The placeholder names of a template; a language-suffixed one (`{description_en}`) counts as its stem. */
function placeholders(template: string, locale: "id" | "en"): string[] {
  const names = [...template.matchAll(/\{(\w+)(?::[^|{}]*\|[^{}]*)?\}/g)].map((m) => m[1]!);
  return [...new Set(names.map((n) => (n.endsWith(`_${locale}`) ? n.slice(0, -3) : n)))].sort();
}

describe("messages", () => {
  it("no two domains declare the same code", () => {
    const all = CATALOGUES.flatMap((d) => Object.keys(d.id));
    const dupes = all.filter((c, i) => all.indexOf(c) !== i);
    expect(dupes).toEqual([]);
  });

  it("every code has an Indonesian and an English text that differ from the code", () => {
    for (const code of MESSAGE_CODES) {
      expect(formatMessage(code, {}, "id")).not.toBe(code);
      expect(formatMessage(code, {}, "en")).not.toBe(code);
    }
  });

  it("each language's own module covers every code, with the same placeholders as the other language", () => {
    for (const domain of CATALOGUES) {
      expect(Object.keys(domain.en).sort()).toEqual(Object.keys(domain.id).sort());
      for (const code of Object.keys(domain.id))
        expect([code, placeholders(domain.en[code]!, "en")]).toEqual([code, placeholders(domain.id[code]!, "id")]);
    }
  });

  it("checks each code's parameters at compile time (tsc runs over the tests)", () => {
    // @ts-expect-error a misspelt parameter
    expect(formatMessage("input_too_small", { minimun: 1 }, "en")).toBe("Value too small: at least {minimum}.");
    // @ts-expect-error a missing parameter
    expect(formatMessage("input_too_small", {}, "en")).toBe("Value too small: at least {minimum}.");
    // @ts-expect-error no parameters at all, for a code that takes some
    expect(formatMessage("invalid_date")).toBe("Tanggal tidak valid: {value} (format YYYY-MM-DD).");
    expect(formatMessage("input_required")).toBe("Wajib diisi.");
    // A code known only as some MessageCode (a decision's reasons[].code) takes any parameters.
    const code = MESSAGE_CODES[0]!;
    expect(typeof formatMessage(code, { anything: 1 }, "en")).toBe("string");
  });

  it("speaks Indonesian by default and fills parameters", () => {
    expect(formatMessage("input_too_small", { minimum: 1 })).toBe("Nilai terlalu kecil: minimal 1.");
    expect(formatMessage("input_too_small", { minimum: 1 }, "en")).toBe("Value too small: at least 1.");
  });
});

describe("errors", () => {
  it("turns a defect inside the library into internal_error, and other foreign errors into invalid_input", async () => {
    const { asMkdError } = await import("../src/core/errors.js");
    expect(asMkdError(new TypeError("x is not a function")).code).toBe("internal_error");
    expect(asMkdError(new ReferenceError("isNum is not defined")).code).toBe("internal_error");
    expect(asMkdError(new SyntaxError("Unexpected token")).code).toBe("invalid_input");
  });
});

describe("errors of a capability's own codes", () => {
  it("render the capability's message, and survive toJSON / fromJSON with both languages", async () => {
    const { MkdError, scoreMonth } = await import("../src/index.js");
    let thrown: unknown;
    try {
      scoreMonth({ jurisdiction: "jabar", month: "2026-03", employee: "ani", targets: [], realisations: {} });
    } catch (e) {
      thrown = e;
    }
    if (!MkdError.is(thrown)) throw new Error("scoreMonth accepted an empty row");
    const json = thrown.toJSON();
    expect(json.message.en).not.toContain(json.code);
    expect(json.message.en.split("\n")[0]).toBe(formatMessage(json.code, json.params, "en"));
    const back = MkdError.fromJSON(JSON.parse(JSON.stringify(json)));
    expect(back.localizedMessage("id")).toBe(json.message.id);
    expect(back.localizedMessage("en")).toBe(json.message.en);
    expect(back.message).toBe(thrown.message);
  });

  it("check an issue's code and parameters at compile time (tsc runs over the tests)", async () => {
    const { issue } = await import("../src/core/errors.js");
    const { scheduleMessages } = await import("../src/i18n/messages/schedule.js");
    // @ts-expect-error a missing parameter
    expect(issue("input_too_small", [], {}).message.en).toBe("Value too small: at least {minimum}.");
    // @ts-expect-error a misspelt parameter
    expect(issue("input_too_small", [], { minimun: 1 }).message.en).toBe("Value too small: at least {minimum}.");
    // @ts-expect-error a schedule code without the schedule's catalogue renders as the bare code
    expect(issue("roster_unknown_member", [], { id: "ani" }).message.en).toBe("roster_unknown_member");
    // Parameters a message does not show may be kept with it.
    expect(issue("input_too_small", [], { minimum: 1, unit: "days" }).message.en).toBe("Value too small: at least 1.");
    expect(issue("roster_unknown_member", [], { id: "ani" }, scheduleMessages).message.en).toContain("ani");
  });

  it("hold a message that is rendered when read, with the JSON form of a plain { id, en }", async () => {
    const { issue } = await import("../src/core/errors.js");
    const { scheduleMessages } = await import("../src/i18n/messages/schedule.js");
    const i = issue("roster_unknown_member", ["ani"], { id: "ani" }, scheduleMessages);
    expect(JSON.parse(JSON.stringify(i.message))).toEqual({
      id: formatMessage("roster_unknown_member", { id: "ani" }, "id"),
      en: formatMessage("roster_unknown_member", { id: "ani" }, "en"),
    });
    expect(i.message.en).not.toBe("roster_unknown_member");
  });
});

describe("plural-safe messages", () => {
  it("counts words by the language's plural rule instead of writing 'day(s)'", () => {
    expect(formatMessage("eligibility_eligible", { days: 1, format: "1-4" }, "en")).toBe(
      "Eligible for MKD: 1 flexible day a week (format 1-4).",
    );
    expect(formatMessage("eligibility_eligible", { days: 2, format: "2-3" }, "en")).toBe(
      "Eligible for MKD: 2 flexible days a week (format 2-3).",
    );
    expect(formatMessage("invalid_employee", { count: 1 }, "en")).toBe("Invalid employee data: 1 problem found.");
    expect(formatMessage("invalid_employee", { count: 3 }, "en")).toBe("Invalid employee data: 3 problems found.");
    expect(formatMessage("invalid_employee", { count: 3 }, "id")).toBe(
      "Data pegawai tidak valid: 3 masalah ditemukan.",
    );
  });

  it("no message template writes a plural as '(s)' (day(s), hari(s)), in either language", () => {
    for (const domain of CATALOGUES)
      for (const locale of ["id", "en"] as const)
        for (const [code, template] of Object.entries(domain[locale]))
          expect([locale, code, /\(s\)/i.test(template)]).toEqual([locale, code, false]);
  });
});
