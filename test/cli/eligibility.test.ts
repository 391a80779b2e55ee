import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { mkd, ndjson } from "./helpers.js";
import { ELIGIBLE_EMPLOYEE } from "../support/fixtures.js";

const HEADER =
  "id;name;talent_box;face_to_face_service;laptop;bandwidth_mbps;discipline;employment_status;appointment_date;approved;requested_format;shoe_size";
// Semicolons and a BOM, as Excel writes "CSV UTF-8" in an Indonesian locale; one blank line, one line of
// empty cells, one row with a bad value and one with a missing field; an unknown column (shoe_size).
const MESSY = `\uFEFF${HEADER}
198703152010011002;Siti Rahmawati;7;tidak;ya;20;none;pns;2010-01-01;ya;2-3;42

199001012015011001;Budi Santoso;3;no;yes;25;none;pns;01/01/2015;yes;2;40
199201012020011003;Dewi Lestari;8;no;yes;abc;none;pns;2020-01-01;yes;2;38
199301012021011004;Eka Pratama;9;no;yes;30;none;pns;2021-01-01
;;;;;;;;;;;
199401012022011005;Fajar Nugraha;5;no;yes;12,5;none;pns;2022-01-01;tidak;2;41
`;

describe("mkd eligibility", () => {
  it("answers every good row and gives each bad row an error with its line number, exit 1", async () => {
    const r = await mkd(["eligibility", "-", "--as-of", "2026-03-02", "--format", "ndjson"], { stdin: MESSY });
    expect(r.code).toBe(1);
    const rows = ndjson(r.stdout);
    expect(rows.map((x) => [x.line, x.ok])).toEqual([
      [2, true],
      [4, true],
      [5, false],
      [6, false],
      [8, true],
    ]);
    expect(rows[0]!.value.outcome).toBe("eligible");
    expect(rows[0]!.value.grantedFlexibleDays).toBe(2);
    expect(rows[1]!.value.outcome).toBe("ineligible");
    expect(rows[2]!.error.issues[0]).toMatchObject({ code: "cli_value_not_number", path: ["bandwidth_mbps"] });
    expect(rows[3]!.error.issues[0]).toMatchObject({
      code: "cli_csv_field_count",
      params: { expected: 12, actual: 9 },
    });
    // Decimal comma: 12,5 Mbps is read as 12.5.
    expect(rows[4]!.value.facts.bandwidthMbps).toBe(12.5);
    expect(rows[4]!.value.outcome).toBe("needs_approval");
    expect(r.stderr).toContain("shoe_size");
    expect(r.stderr).toContain("5 baris: 3 dijawab, 2 galat");
  });

  it("writes a readable table with the same rows, in English when asked", async () => {
    const r = await mkd(["eligibility", "-", "--as-of", "2026-03-02", "-f", "table", "-l", "en"], { stdin: MESSY });
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^line\s+id\s+name\s+outcome\s+days\s+format/);
    expect(lines).toHaveLength(2 + 5);
    expect(lines[4]).toMatch(/^\s+5\s+199201012020011003\s+Dewi Lestari\s+error/);
    expect(lines[4]).toContain("Column bandwidth_mbps: abc is not a number.");
  });

  it("writes CSV that a spreadsheet reads back, with the chosen delimiter", async () => {
    const r = await mkd(
      ["eligibility", "-", "--as-of", "2026-03-02", "-f", "csv", "--csv-delimiter", ";", "-l", "en"],
      { stdin: MESSY },
    );
    const rows = parse(r.stdout, { columns: true, delimiter: ";" }) as Record<string, string>[];
    expect(rows.map((x) => x.outcome)).toEqual(["eligible", "ineligible", "error", "error", "needs_approval"]);
    expect(rows[0]!.format).toBe("2-3");
  });

  it("writes one JSON array in order", async () => {
    const r = await mkd(["eligibility", "-", "--as-of", "2026-03-02", "-f", "json"], { stdin: MESSY });
    const rows = JSON.parse(r.stdout) as { index: number; ok: boolean }[];
    expect(rows.map((x) => x.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it("reads NDJSON in the library's own shape from stdin, with a broken line answered at its place", async () => {
    const employee = { ...ELIGIBLE_EMPLOYEE, id: "e1", leaderApproval: { approved: true } };
    const input = `${JSON.stringify(employee)}\n{"id": "broken"\n\n${JSON.stringify({ ...employee, id: "e2", talentBox: 2 })}\n`;
    const r = await mkd(["eligibility", "-", "--as-of", "2026-03-02"], { stdin: input });
    expect(r.code).toBe(1);
    const rows = ndjson(r.stdout);
    expect(rows.map((x) => [x.line, x.ok, x.id])).toEqual([
      [1, true, "e1"],
      [2, false, null],
      [4, true, "e2"],
    ]);
    expect(rows[1]!.error.issues[0].code).toBe("cli_json_syntax");
    expect(rows[2]!.value.outcome).toBe("ineligible");
  });

  it("reads a comma-separated file by name and exits 0 when every row is answered", async () => {
    const r = await mkd(["eligibility", "examples/data/employees.csv", "--as-of", "2026-12-01"]);
    expect(r.code).toBe(0);
    expect(ndjson(r.stdout)).toHaveLength(40);
    expect(r.stderr).toBe("");
  });

  it("refuses a header without the required columns (exit 3), a missing file (exit 3) and bad flags (exit 2)", async () => {
    const noColumns = await mkd(["eligibility", "-", "--as-of", "2026-03-02"], { stdin: "id,name\n1,a\n" });
    expect(noColumns.code).toBe(3);
    expect(noColumns.stderr).toContain("face_to_face_service");
    expect((await mkd(["eligibility", "nope.csv", "--as-of", "2026-03-02"])).code).toBe(3);
    expect((await mkd(["eligibility", "-", "--as-of", "2026-13-40"], { stdin: MESSY })).code).toBe(2);
    expect((await mkd(["eligibility", "-", "--format", "xml"], { stdin: MESSY })).code).toBe(2);
    expect((await mkd(["eligibility", "-", "--bogus"], { stdin: MESSY })).code).toBe(2);
    expect((await mkd(["eligibility"])).code).toBe(2);
  });

  it("reports a row with bytes that are not UTF-8 as an error row at its line, with a hint (issue 10)", async () => {
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode(`${HEADER}\n1;Jos`),
      0xe9,
      ...new TextEncoder().encode(";7;no;yes;20;none;pns;2010-01-01;ya;2;1\n"),
    ]);
    const r = await mkd(["eligibility", "-", "--as-of", "2026-03-02", "-l", "en"], { stdin: latin1 });
    expect(r.code).toBe(1);
    const [row] = ndjson(r.stdout);
    expect(row).toMatchObject({ index: 0, line: 2, ok: false });
    expect(row!.error.message.en).toContain("CSV UTF-8");
  });

  it("uses a municipal overlay given with --policy and refuses an invalid one (exit 3)", async () => {
    const ok = await mkd([
      "eligibility",
      "examples/data/employees.csv",
      "--as-of",
      "2026-12-01",
      "--policy",
      "examples/policies/kota-tasikmalaya.policy.json",
    ]);
    expect(ok.code).toBe(0);
    expect(ndjson(ok.stdout)[0]!.value.policy.jurisdiction).toBe("kota-tasikmalaya");
    const bad = await mkd([
      "eligibility",
      "examples/data/employees.csv",
      "--as-of",
      "2026-12-01",
      "--policy",
      "examples/policies/kota-tasikmalaya.invalid-4-day.policy.json",
    ]);
    expect(bad.code).toBe(3);
    expect(bad.stdout).toBe("");
  });
});
