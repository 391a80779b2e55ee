import { describe, expect, it } from "vitest";
import { formatMessage, MESSAGE_CODES } from "../src/index.js";
import { MESSAGE_DOMAINS } from "../src/i18n/index.js";

describe("messages", () => {
  it("no two domains declare the same code", () => {
    const all = MESSAGE_DOMAINS.flat();
    const dupes = all.filter((c, i) => all.indexOf(c) !== i);
    expect(dupes).toEqual([]);
  });

  it("every code has an Indonesian and an English text that differ from the code", () => {
    for (const code of MESSAGE_CODES) {
      expect(formatMessage(code, {}, "id")).not.toBe(code);
      expect(formatMessage(code, {}, "en")).not.toBe(code);
    }
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

  it("no message template writes a plural as '(s)'", () => {
    for (const code of MESSAGE_CODES)
      expect([code, /\(s\)/.test(formatMessage(code, {}, "en"))]).toEqual([code, false]);
  });
});
