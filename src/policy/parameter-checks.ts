/**
 * The checks of a policy's effective parameters on one date segment, where its `extends` chain and its
 * parents' versions are constant: no flexible-day value above the cap of a jurisdiction above it
 * (PermenPANRB 4/2025 Pasal 13(1)), and the internal coherence of quotas, hours and thresholds (Perpres
 * 21/2023). Separate from validate.ts, which walks the document (its pool of documents, versions, `extends`
 * and date segments) and calls these once per segment with the merged parameters; they only report.
 */
import { minutesOfDay, WEEKDAYS, type IsoDate } from "../core/dates.js";
import type { IssuePath } from "../core/errors.js";
import type { PolicyCheckParams } from "../i18n/messages/policy-checks.js";
import { documentChain, inForce, mergeChain, versionsOf } from "./chain.js";
import { NATIONAL_JURISDICTION } from "./national.js";
import type { PolicyDocument, PolicyParameters, WeekHours } from "./schema.js";

/** Receives each finding; every code it reports is a policy-check code (validate.ts renders them with that catalogue). */
type Report = (code: keyof PolicyCheckParams, path: IssuePath, params: Record<string, unknown>) => void;

/** The flexible-day values a cap binds, with their place in the document. */
function cappedValues(
  p: PolicyParameters,
): { field: string; section: string; name: string; path: IssuePath; value: number }[] {
  const e = p.eligibility;
  const s = p.schedule;
  const out: { field: string; section: string; name: string; path: IssuePath; value: number }[] = [
    {
      field: "schedule.maxFlexibleDaysPerWeek",
      section: "schedule",
      name: "maxFlexibleDaysPerWeek",
      path: ["parameters", "schedule", "maxFlexibleDaysPerWeek", "value"],
      value: s.maxFlexibleDaysPerWeek.value,
    },
  ];
  e.allowedFlexibleDays.value.forEach((v, i) =>
    out.push({
      field: "eligibility.allowedFlexibleDays",
      section: "eligibility",
      name: "allowedFlexibleDays",
      path: ["parameters", "eligibility", "allowedFlexibleDays", "value", i],
      value: v,
    }),
  );
  for (const level of ["green", "yellow", "red"] as const) {
    out.push({
      field: `eligibility.trackRecordQuota.${level}`,
      section: "eligibility",
      name: "trackRecordQuota",
      path: ["parameters", "eligibility", "trackRecordQuota", "value", level],
      value: e.trackRecordQuota.value[level],
    });
  }
  out.push({
    field: "eligibility.quotaWithoutTrackRecord",
    section: "eligibility",
    name: "quotaWithoutTrackRecord",
    path: ["parameters", "eligibility", "quotaWithoutTrackRecord", "value"],
    value: e.quotaWithoutTrackRecord.value,
  });
  return out;
}

/**
 * A regional policy may not allow more flexible days than the jurisdiction above it (PermenPANRB 4/2025
 * Pasal 13(1) binds every agency from 2025-04-21). Checked against every ancestor in force on the date;
 * the tightest cap (the nearest on a tie) is reported.
 */
export function checkCeilings(
  pool: readonly PolicyDocument[],
  doc: PolicyDocument,
  p: PolicyParameters,
  asOf: IsoDate,
  definedIn: (s: string, n: string) => string,
  report: Report,
): void {
  let binding: { jurisdiction: string; version: string; cap: number } | undefined;
  const seen = new Set([doc.jurisdiction.id]);
  for (let parent = doc.jurisdiction.parent; parent !== undefined && !seen.has(parent); ) {
    seen.add(parent);
    const versions = versionsOf(pool, parent);
    if (versions.length === 0) break;
    const current = versions.find((v) => inForce(v, asOf));
    if (current) {
      const cap = capOf(pool, current, asOf);
      if (cap !== undefined && (binding === undefined || cap < binding.cap))
        binding = { jurisdiction: parent, version: current.version, cap };
    }
    parent = (current ?? versions.at(-1)!).jurisdiction.parent;
  }
  // The national ceiling binds every document that is not itself national, whatever parent it declares or
  // leaves out (a missing parent, a parent naming itself, a standalone document, a version of a shipped
  // jurisdiction with no parent). Reported as the national ceiling when it is tighter than every declared one.
  let code: "policy_exceeds_parent_ceiling" | "policy_exceeds_national_ceiling" = "policy_exceeds_parent_ceiling";
  const national =
    doc.jurisdiction.id === NATIONAL_JURISDICTION
      ? undefined
      : versionsOf(pool, NATIONAL_JURISDICTION).find((v) => inForce(v, asOf));
  const nationalCap = national === undefined ? undefined : capOf(pool, national, asOf);
  if (national !== undefined && nationalCap !== undefined) {
    if (binding === undefined || nationalCap < binding.cap) {
      binding = { jurisdiction: NATIONAL_JURISDICTION, version: national.version, cap: nationalCap };
      code = "policy_exceeds_national_ceiling";
    }
    // For an ASN every flexible-location day counts toward the weekly cap (Pasal 13(1)), whatever a
    // document calls it: a collective day that claims not to count would add days above the cap.
    const collective = p.schedule.collectiveFlexibleDays.value;
    const base = ["parameters", "schedule", "collectiveFlexibleDays", "value"];
    const ceiling = {
      cap: nationalCap,
      parent: NATIONAL_JURISDICTION,
      parentVersion: national.version,
      definedIn: definedIn("schedule", "collectiveFlexibleDays"),
    };
    collective.forEach((c, i) => {
      if (!c.countsTowardCap)
        report("policy_collective_day_not_counted", [...base, i, "countsTowardCap"], {
          weekday: c.weekday,
          ...ceiling,
        });
    });
    const weekdays = new Set(collective.map((c) => c.weekday)).size;
    if (weekdays > nationalCap)
      report("policy_exceeds_national_ceiling", base, {
        field: "schedule.collectiveFlexibleDays",
        value: weekdays,
        ...ceiling,
      });
  }
  if (!binding) return;
  for (const v of cappedValues(p)) {
    if (v.value > binding.cap) {
      report(code, v.path, {
        field: v.field,
        value: v.value,
        cap: binding.cap,
        parent: binding.jurisdiction,
        parentVersion: binding.version,
        definedIn: definedIn(v.section, v.name),
      });
    }
  }
}

/** The effective flexible-day cap of a document on a date, or undefined when its chain does not resolve. */
function capOf(pool: readonly PolicyDocument[], doc: PolicyDocument, asOf: IsoDate): number | undefined {
  try {
    const { parameters } = mergeChain(documentChain(pool, doc, asOf), asOf);
    const cap = (parameters as { schedule?: { maxFlexibleDaysPerWeek?: { value?: unknown } } }).schedule
      ?.maxFlexibleDaysPerWeek?.value;
    return typeof cap === "number" ? cap : undefined;
  } catch {
    return undefined;
  }
}

const hours = (minutes: number): number => Math.round((minutes / 60) * 100) / 100;

/** Checks one week of hours; returns the minutes worked (without breaks) over valid days. */
function checkWeek(week: WeekHours, base: IssuePath, report: Report): number {
  let total = 0;
  for (const day of WEEKDAYS) {
    const h = week[day];
    if (!h) continue;
    const span = minutesOfDay(h.end) - minutesOfDay(h.start);
    if (span <= 0) report("policy_time_range_invalid", [...base, day, "end"], { start: h.start, end: h.end });
    else if (h.breakMinutes >= span)
      report("policy_break_too_long", [...base, day, "breakMinutes"], {
        breakMinutes: h.breakMinutes,
        dayMinutes: span,
      });
    else total += span - h.breakMinutes;
  }
  return total;
}

export function checkCoherence(p: PolicyParameters, definedIn: (s: string, n: string) => string, report: Report): void {
  const s = p.schedule;
  const cap = s.maxFlexibleDaysPerWeek.value;
  for (const v of cappedValues(p).slice(1)) {
    if (v.value > cap)
      report("policy_exceeds_own_cap", v.path, {
        field: v.field,
        value: v.value,
        cap,
        definedIn: definedIn(v.section, v.name),
      });
  }

  // Perpres 21/2023 Pasal 3-4: the weekly hours exclude breaks; the days must add up to them.
  const week = s.workingWeek.value;
  const worked = checkWeek(week, ["parameters", "schedule", "workingWeek", "value"], report);
  if (Math.abs(worked - s.weeklyHours.value * 60) > 1) {
    report("policy_weekly_hours_mismatch", ["parameters", "schedule", "workingWeek", "value"], {
      computed: hours(worked),
      declared: s.weeklyHours.value,
    });
  }
  const ramadan = s.ramadanHours.value;
  const ramadanWorked = checkWeek(ramadan.week, ["parameters", "schedule", "ramadanHours", "value", "week"], report);
  if (ramadanWorked < ramadan.weeklyHours * 60 - 1) {
    report("policy_ramadan_hours_short", ["parameters", "schedule", "ramadanHours", "value", "week"], {
      computed: hours(ramadanWorked),
      declared: ramadan.weeklyHours,
    });
  }

  const window = s.flexibleDayCoreWindow.value;
  if (window && minutesOfDay(window.end) <= minutesOfDay(window.start)) {
    report("policy_time_range_invalid", ["parameters", "schedule", "flexibleDayCoreWindow", "value", "end"], {
      start: window.start,
      end: window.end,
    });
  }

  s.collectiveFlexibleDays.value.forEach((c, i) => {
    if (!week[c.weekday])
      report(
        "policy_weekday_not_working",
        ["parameters", "schedule", "collectiveFlexibleDays", "value", i, "weekday"],
        { weekday: c.weekday, field: "schedule.collectiveFlexibleDays" },
      );
  });
  s.mandatoryOfficeWeekdays.value.forEach((d, i) => {
    const path = ["parameters", "schedule", "mandatoryOfficeWeekdays", "value", i];
    if (!week[d]) report("policy_weekday_not_working", path, { weekday: d, field: "schedule.mandatoryOfficeWeekdays" });
    if (s.collectiveFlexibleDays.value.some((c) => c.weekday === d && c.kind === "mandatory"))
      report("policy_weekday_conflict", path, { weekday: d });
  });

  const sc = p.scoring;
  const ordered = (lower: string, lowerValue: number, higher: string, higherValue: number, path: IssuePath): void => {
    if (!(lowerValue < higherValue))
      report("policy_thresholds_out_of_order", path, { lower, lowerValue, higher, higherValue });
  };
  const ew = sc.earlyWarning.value;
  ordered("earlyWarning.redBelow", ew.redBelow, "earlyWarning.greenFrom", ew.greenFrom, [
    "parameters",
    "scoring",
    "earlyWarning",
    "value",
    "redBelow",
  ]);
  const rb = sc.resultBands.value;
  ordered("resultBands.asExpectedFrom", rb.asExpectedFrom, "resultBands.aboveFrom", rb.aboveFrom, [
    "parameters",
    "scoring",
    "resultBands",
    "value",
    "asExpectedFrom",
  ]);
  const cats = sc.legacyCategories.value;
  for (let i = 1; i < cats.length; i++) {
    ordered(`legacyCategories[${i}].from`, cats[i]!.from, `legacyCategories[${i - 1}].from`, cats[i - 1]!.from, [
      "parameters",
      "scoring",
      "legacyCategories",
      "value",
      i,
      "from",
    ]);
  }
}
