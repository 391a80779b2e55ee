/**
 * Turning spreadsheet cells into typed values. Spreadsheet habits accepted (documented in docs/en/cli.md):
 * - headers in any case, with spaces, dashes or camelCase (`Talent Box`, `talent-box`, `talentBox` all
 *   mean `talent_box`); a few Indonesian names are aliases (`nip`, `nama`, ...);
 * - booleans: true/false, yes/no, ya/tidak, y/n, 1/0 (any case); an empty cell is "not given";
 * - numbers: `12.5` or `12,5` (decimal comma, as an Indonesian-locale spreadsheet writes it);
 * - dates: `YYYY-MM-DD`, or `DD/MM/YYYY` as an Indonesian-locale spreadsheet shows it;
 * - lists (roles, dates): separated by `|` (never the CSV delimiter); date ranges as `2026-12-07..2026-12-09`.
 */
import { addDays, isIsoDate, isIsoMonth, toEpochDay, type IsoDate } from "../core/dates.js";
import { issue, type Issue } from "../core/errors.js";
import { MESSAGE_DOMAINS } from "../i18n/index.js";

/** Canonical snake_case form of a header cell. */
export function canonicalHeader(raw: string): string {
  return raw
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

/** Collects the problems of one row while its cells are converted. */
export class RowIssues {
  readonly issues: Issue[] = [];

  add(column: string, code: Parameters<typeof issue>[0], params: Record<string, unknown> = {}): undefined {
    this.issues.push(issue(code, [column], { column, ...params }, MESSAGE_DOMAINS));
    return undefined;
  }

  /** A boolean cell, or undefined when empty. */
  bool(column: string, raw: string | undefined): boolean | undefined {
    if (raw === undefined || raw === "") return undefined;
    const v = raw.trim().toLowerCase();
    if (["true", "yes", "ya", "y", "1", "benar"].includes(v)) return true;
    if (["false", "no", "tidak", "n", "0", "salah", "t"].includes(v)) return false;
    return this.add(column, "cli_value_not_boolean", { value: raw });
  }

  /** A number cell (decimal point or decimal comma), or undefined when empty. */
  number(column: string, raw: string | undefined): number | undefined {
    if (raw === undefined || raw === "") return undefined;
    const normalised = /^-?\d+,\d+$/.test(raw) ? raw.replace(",", ".") : raw;
    const n = Number(normalised);
    if (normalised.trim() === "" || !Number.isFinite(n))
      return this.add(column, "cli_value_not_number", { value: raw });
    return n;
  }

  /** An integer cell, or undefined when empty. */
  integer(column: string, raw: string | undefined): number | undefined {
    const n = this.number(column, raw);
    if (n === undefined) return undefined;
    if (!Number.isInteger(n)) return this.add(column, "cli_value_not_integer", { value: raw });
    return n;
  }

  /** A date cell (`YYYY-MM-DD` or `DD/MM/YYYY`), or undefined when empty. */
  date(column: string, raw: string | undefined): IsoDate | undefined {
    if (raw === undefined || raw === "") return undefined;
    const iso = toIsoDate(raw);
    if (iso === undefined) return this.add(column, "cli_value_not_date", { value: raw });
    return iso;
  }

  /** A month cell (`YYYY-MM`), or undefined when empty. */
  month(column: string, raw: string | undefined): string | undefined {
    if (raw === undefined || raw === "") return undefined;
    const v = raw.trim();
    if (!isIsoMonth(v)) return this.add(column, "cli_value_not_month", { value: raw });
    return v;
  }

  /** One of a closed set of words, or undefined when empty. */
  choice<const T extends string>(
    column: string,
    raw: string | undefined,
    options: readonly T[],
    aliases: Readonly<Record<string, T>> = {},
  ): T | undefined {
    if (raw === undefined || raw === "") return undefined;
    const v = canonicalHeader(raw);
    if ((options as readonly string[]).includes(v)) return v as T;
    if (Object.prototype.hasOwnProperty.call(aliases, v)) return aliases[v];
    return this.add(column, "cli_value_unknown", { value: raw, options: [...options] });
  }

  /** Dates separated by `|`, ranges written `from..to` expanded (at most 366 days a range). */
  dates(column: string, raw: string | undefined): IsoDate[] {
    const out: IsoDate[] = [];
    for (const part of list(raw)) {
      const [a, b] = part.split("..").map((s) => s.trim());
      const from = a === undefined ? undefined : toIsoDate(a);
      const to = b === undefined ? from : toIsoDate(b);
      if (
        from === undefined ||
        to === undefined ||
        toEpochDay(to) < toEpochDay(from) ||
        toEpochDay(to) - toEpochDay(from) > 366
      ) {
        this.add(column, "cli_value_not_date", { value: part });
        continue;
      }
      for (let d = from; toEpochDay(d) <= toEpochDay(to); d = addDays(d, 1)) out.push(d);
    }
    return out;
  }
}

/** Values separated by `|` (empty cell: none). */
export function list(raw: string | undefined): string[] {
  if (raw === undefined || raw.trim() === "") return [];
  return raw
    .split("|")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** `YYYY-MM-DD` or `DD/MM/YYYY` (also `D/M/YYYY`, `DD-MM-YYYY`) as an ISO date, or undefined. */
function toIsoDate(raw: string): IsoDate | undefined {
  const v = raw.trim();
  if (isIsoDate(v)) return v;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v);
  if (!m) return undefined;
  const iso = `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
  return isIsoDate(iso) ? iso : undefined;
}
