/**
 * How far the shipped data reaches: the last date each kind of data is known for (holiday decrees,
 * Ramadan periods, instruments that state their own period, rules whose end is not confirmed) and the
 * date the data was last reviewed. Integrators alert on it before a cliff (docs/en/integration.md).
 *
 * Nothing here reads the clock: the caller compares the horizons with its own "today".
 */
import { CALENDAR_REVIEWED_ON, OFFICIAL_HOLIDAY_YEARS, shippedEntries, shippedRamadan } from "./holidays.js";
import { addDays, type IsoDate } from "../core/dates.js";
import { MkdError } from "../core/errors.js";
import type { MessageCode, MessageParams } from "../i18n/index.js";
import { type SharedCode, sharedBilingual } from "../i18n/shared.js";
import { documentKey, shippedPolicies, versionsOf } from "../policy/chain.js";
import type { PolicyDocument, Provenance } from "../policy/schema.js";

/**
 * One horizon: a kind of data, the last date it is known for (`null` when it runs until replaced), and a
 * bilingual explanation with a stable code.
 *
 * @example
 * ```ts
 * const h: DataHorizon = dataHorizons("jabar").horizons[0]!;
 * h.kind; // "ramadan_periods"
 * h.knownThrough; // "2026-12-31": Ramadan 2027 is not set before the isbat
 * ```
 */
export interface DataHorizon {
  readonly kind:
    | "holiday_decrees"
    | "ramadan_periods"
    | "stated_period"
    | "open_ended_version"
    | "rule_end_unconfirmed";
  /** Last date (inclusive) this data is known for; `null` when it stays in force until replaced. */
  readonly knownThrough: IsoDate | null;
  /** The policy version it concerns, as `jurisdiction@version` (absent for calendar data). */
  readonly policy?: string;
  /** Ids of the legal bases behind it. */
  readonly sources: readonly string[];
  readonly code: MessageCode;
  readonly params: MessageParams;
  readonly message: { readonly id: string; readonly en: string };
}

/**
 * The data status of one jurisdiction (or of every shipped one).
 *
 * @example
 * ```ts
 * const s: DataHorizons = dataHorizons("jabar");
 * s.reviewedOn; // "2026-11-30"
 * s.earliest; // "2026-12-31"
 * ```
 */
export interface DataHorizons {
  /** The jurisdiction asked for, or `null` for every shipped jurisdiction. */
  readonly jurisdiction: string | null;
  /** The oldest review date among the shipped data reported (policy documents and calendar tables). */
  readonly reviewedOn: IsoDate;
  /** Years with a shipped holiday table, with the strongest provenance among their entries. */
  readonly holidayYears: readonly {
    readonly year: number;
    readonly provenance: Provenance;
    readonly sources: readonly string[];
  }[];
  /** Years with a shipped Ramadan period. */
  readonly ramadanYears: readonly number[];
  /** Every shipped version, oldest first, with how it ends. */
  readonly versions: readonly {
    readonly jurisdiction: string;
    readonly version: string;
    readonly effectiveFrom: IsoDate;
    readonly effectiveUntil: IsoDate | null;
    /** Legal bases that state the version's own end (empty when a successor simply replaces it). */
    readonly endStatedBy: readonly string[];
    readonly successor: string | null;
    readonly reviewedOn: IsoDate | null;
  }[];
  /** Every horizon, soonest first, open-ended ones last. */
  readonly horizons: readonly DataHorizon[];
  /** The soonest dated horizon: alert before it (e.g. 60 days). */
  readonly earliest: IsoDate | null;
}

function horizon(
  kind: DataHorizon["kind"],
  knownThrough: IsoDate | null,
  code: SharedCode,
  params: MessageParams,
  sources: readonly string[],
  policy?: string,
): DataHorizon {
  return {
    kind,
    knownThrough,
    ...(policy === undefined ? {} : { policy }),
    sources: [...sources],
    code,
    params,
    message: sharedBilingual(code, params),
  };
}

const RANK: Record<Provenance, number> = { official: 3, reported: 2, derived: 1, assumption: 0 };

/** The calendar horizons: the last year with a holiday decree, the last year with a Ramadan period. */
function calendarHorizons(): { holidays: DataHorizons["holidayYears"]; ramadan: number[]; horizons: DataHorizon[] } {
  const holidays = OFFICIAL_HOLIDAY_YEARS.map((year) => {
    const entries = shippedEntries(year) ?? [];
    // A table is as strong as its weakest entry: one reported date makes the year reported.
    const provenance = entries.reduce<Provenance>(
      (p, e) => (RANK[e.provenance] < RANK[p] ? e.provenance : p),
      "official",
    );
    return { year, provenance, sources: [...new Set(entries.flatMap((e) => e.sources))].sort() };
  });
  const ramadan = shippedRamadan().map((r) => r.year);
  const out: DataHorizon[] = [];
  const lastHoliday = OFFICIAL_HOLIDAY_YEARS.at(-1)!;
  out.push(
    horizon(
      "holiday_decrees",
      `${lastHoliday}-12-31`,
      "horizon_holiday_decrees",
      { knownThrough: `${lastHoliday}-12-31`, years: OFFICIAL_HOLIDAY_YEARS.join(", "), nextYear: lastHoliday + 1 },
      holidays.at(-1)!.sources,
    ),
  );
  const lastRamadan = Math.max(...ramadan);
  out.push(
    horizon(
      "ramadan_periods",
      `${lastRamadan}-12-31`,
      "horizon_ramadan_periods",
      { knownThrough: `${lastRamadan}-12-31`, years: ramadan.join(", "), nextYear: lastRamadan + 1 },
      shippedRamadan().at(-1)!.sources,
    ),
  );
  return { holidays, ramadan, horizons: out };
}

/** Horizons of one jurisdiction's versions: stated periods, the open-ended last version, unconfirmed ends. */
function versionHorizons(versions: readonly PolicyDocument[], reviewedOn: IsoDate): DataHorizon[] {
  const out: DataHorizon[] = [];
  for (const doc of versions) {
    const key = documentKey(doc);
    const successor = versions.find(
      (d) => doc.effectiveUntil !== undefined && d.effectiveFrom === addDays(doc.effectiveUntil, 1),
    );
    const stated = doc.effectiveUntilSources ?? [];
    // A stated period that ends on or after the review date is a horizon: what follows is our reading
    // (e.g. jabar 2027 without a circular) until a new instrument appears.
    if (doc.effectiveUntil !== undefined && stated.length > 0 && doc.effectiveUntil >= reviewedOn) {
      out.push(
        horizon(
          "stated_period",
          doc.effectiveUntil,
          "horizon_stated_period",
          {
            jurisdiction: doc.jurisdiction.id,
            version: doc.version,
            knownThrough: doc.effectiveUntil,
            sources: stated.join(", "),
            successor: successor ? documentKey(successor) : "-",
          },
          stated,
          key,
        ),
      );
    }
    if (doc.effectiveUntil === undefined) {
      out.push(
        horizon(
          "open_ended_version",
          null,
          "horizon_open_ended",
          {
            jurisdiction: doc.jurisdiction.id,
            version: doc.version,
            from: doc.effectiveFrom,
            reviewedOn: doc.reviewedOn ?? "-",
          },
          [],
          key,
        ),
      );
    }
    for (const c of doc.parameters.schedule?.collectiveFlexibleDays?.value ?? []) {
      if (c.endConfirmed !== false) continue;
      const sources = doc.parameters.schedule!.collectiveFlexibleDays!.sources;
      out.push(
        horizon(
          "rule_end_unconfirmed",
          null,
          "horizon_rule_end_unconfirmed",
          {
            jurisdiction: doc.jurisdiction.id,
            version: doc.version,
            rule: `collectiveFlexibleDays.${c.weekday}`,
            provenance: doc.parameters.schedule!.collectiveFlexibleDays!.provenance,
            from: doc.effectiveFrom,
            sources: sources.join(", "),
          },
          sources,
          key,
        ),
      );
    }
  }
  return out;
}

/**
 * How far the shipped data reaches for a jurisdiction (or for every shipped one): the years of holiday
 * decrees and Ramadan periods, the versions with the instrument that ends each, and the horizons sorted
 * soonest first. `earliest` is the date to alert on; `reviewedOn` says how fresh the data is.
 *
 * Throws {@link MkdError} `unknown_jurisdiction` for a jurisdiction with no shipped policy.
 *
 * @example
 * ```ts
 * const status = dataHorizons("jabar");
 * status.reviewedOn; // "2026-11-30"
 * status.holidayYears.map((y) => y.year); // [2025, 2026, 2027]
 * status.earliest; // "2026-12-31": Ramadan 2027 unknown, SE 188's Thursday rule ends
 * // In CI: fail 60 days before a horizon.
 * const soon = status.horizons.filter((h) => h.knownThrough !== null && h.knownThrough <= in60Days);
 * ```
 */
export function dataHorizons(jurisdiction?: string): DataHorizons {
  const all = shippedPolicies();
  const known = [...new Set(all.map((d) => d.jurisdiction.id))];
  if (jurisdiction !== undefined && !known.includes(jurisdiction))
    throw new MkdError("unknown_jurisdiction", { jurisdiction, known });
  const docs = (jurisdiction === undefined ? known : [jurisdiction]).flatMap((j) => versionsOf(all, j));
  const reviews = [
    CALENDAR_REVIEWED_ON,
    ...docs.flatMap((d) => (d.reviewedOn === undefined ? [] : [d.reviewedOn])),
  ].sort();
  const reviewedOn = reviews[0]!;
  const calendar = calendarHorizons();
  const byJurisdiction = new Map<string, PolicyDocument[]>();
  for (const d of docs) byJurisdiction.set(d.jurisdiction.id, [...(byJurisdiction.get(d.jurisdiction.id) ?? []), d]);
  const horizons = [
    ...calendar.horizons,
    ...[...byJurisdiction.values()].flatMap((v) => versionHorizons(v, reviewedOn)),
  ];
  horizons.sort(
    (a, b) =>
      (a.knownThrough ?? "9999-12-31").localeCompare(b.knownThrough ?? "9999-12-31") || a.kind.localeCompare(b.kind),
  );
  const versions = docs.map((d) => {
    const list = byJurisdiction.get(d.jurisdiction.id)!;
    const successor =
      d.effectiveUntil === undefined ? undefined : list.find((x) => x.effectiveFrom === addDays(d.effectiveUntil!, 1));
    return {
      jurisdiction: d.jurisdiction.id,
      version: d.version,
      effectiveFrom: d.effectiveFrom,
      effectiveUntil: d.effectiveUntil ?? null,
      endStatedBy: [...(d.effectiveUntilSources ?? [])],
      successor: successor ? successor.version : null,
      reviewedOn: d.reviewedOn ?? null,
    };
  });
  return {
    jurisdiction: jurisdiction ?? null,
    reviewedOn,
    holidayYears: calendar.holidays,
    ramadanYears: calendar.ramadan,
    versions,
    horizons,
    earliest: horizons.find((h) => h.knownThrough !== null)?.knownThrough ?? null,
  };
}
