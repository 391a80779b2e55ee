/**
 * The generator's reading of each calendar day: which rules of the version in force that day apply to this unit.
 * Everything is computed once per day, indexed like `calendar.days`, so the week builder never looks a rule up by
 * date or weekday in its loops.
 *
 * Internal module, not public API. (Not tagged internal: on a file header, stripInternal drops the first statement.)
 */
import { WEEKDAYS, type IsoDate, type Weekday } from "../core/dates.js";
import type { ResolvedPolicy } from "../policy/resolve.js";
import type { ScheduleContext } from "./context.js";
import { nationalFlexibleWorkDaysMode } from "./context.js";

/** A day every non-exempt member works flexibly: a collective day of the policy, or a national day read `collective`. */
export interface CollectiveDay {
  kind: "collective_flexible_day" | "national_flexible_work_day";
  /** Whether the day uses one of the member's weekly flexible-location days (policy `countsTowardCap`). */
  countsTowardCap: boolean;
}

const NATIONAL_COLLECTIVE: CollectiveDay = { kind: "national_flexible_work_day", countsTowardCap: false };

/** Per calendar day (index as in `calendar.days`). */
export interface DayRules {
  count: number;
  /** Index into WEEKDAYS. */
  weekdayIndex: Int8Array;
  collective: (CollectiveDay | null)[];
  /** 1 on the policy's mandatory office weekdays (for members with MKD). */
  mandatoryOffice: Uint8Array;
  /** 1 when the unit is exempt from a collective day on this weekday (direct public service). */
  exemptFromCollective: Uint8Array;
  /** 1 on a national flexible-work day open to every member outside the weekly cap (`allowed` reading). */
  nationalOpen: Uint8Array;
  anchor: Uint8Array;
  popular: Uint8Array;
  /** Share of the members working that day who must be on site (the unit's own, else the policy default). */
  onSiteShare: Float64Array;
  /** Largest share of the members working that day who may be flexible; NaN when no limit applies. */
  flexibleShare: Float64Array;
  coreStart: (string | null)[];
  coreEnd: (string | null)[];
  /** `jurisdiction@version` in force. */
  version: string[];
}

/** Rules of one policy version for this unit, computed once per segment. */
interface SegmentRules {
  collectiveByWeekday: Map<Weekday, CollectiveDay>;
  exemptWeekdays: Set<Weekday>;
  unitExempt: boolean;
  mandatory: Set<Weekday>;
  onSiteShare: number;
  flexibleShare: number;
  coreStart: string | null;
  coreEnd: string | null;
  version: string;
}

function segmentRules(policy: ResolvedPolicy, ctx: ScheduleContext): SegmentRules {
  const sp = policy.parameters.schedule;
  const unit = ctx.input.unit;
  const requested = new Set<Weekday>(unit.requestedCollectiveWeekdays ?? []);
  const exemptKinds = new Set<string>(["direct_public_service"]);
  const collectiveByWeekday = new Map<Weekday, CollectiveDay>();
  for (const c of sp.collectiveFlexibleDays.value) {
    for (const k of c.exemptUnitKinds) exemptKinds.add(k);
    if (c.exemptUnitKinds.includes(unit.kind)) continue;
    if (c.kind === "on_request" && !requested.has(c.weekday)) continue;
    collectiveByWeekday.set(c.weekday, { kind: "collective_flexible_day", countsTowardCap: c.countsTowardCap });
  }
  // Issue 9 item 7: a unit that sets its own share or headcount replaces the policy's default share (0 included).
  const own = unit.minimumOnSite?.share !== undefined || unit.minimumOnSite?.headcount !== undefined;
  const core = sp.flexibleDayCoreWindow.value;
  return {
    collectiveByWeekday,
    exemptWeekdays: new Set(
      sp.collectiveFlexibleDays.value.filter((c) => c.exemptUnitKinds.includes(unit.kind)).map((c) => c.weekday),
    ),
    unitExempt: exemptKinds.has(unit.kind),
    mandatory: new Set(sp.mandatoryOfficeWeekdays.value),
    onSiteShare: own ? (unit.minimumOnSite?.share ?? 0) : sp.minOnSiteShare.value,
    flexibleShare: sp.maximumFlexibleShare.value ?? Number.NaN,
    coreStart: core?.start ?? null,
    coreEnd: core?.end ?? null,
    version: `${policy.jurisdiction}@${policy.version}`,
  };
}

/** Reads every day of the period under the version in force that day. */
export function dayRules(ctx: ScheduleContext, popularWeekdays: ReadonlySet<Weekday>): DayRules {
  const days = ctx.calendar.days;
  const count = days.length;
  const unit = ctx.input.unit;
  const anchorWeekdays = new Set<Weekday>(unit.anchorWeekdays ?? []);
  const anchorDates = new Set<IsoDate>(unit.anchorDates ?? []);
  const nationalMode = nationalFlexibleWorkDaysMode(ctx.input);
  const bySegment = ctx.segments.map((s) => segmentRules(s.policy, ctx));
  const rules: DayRules = {
    count,
    weekdayIndex: new Int8Array(count),
    collective: new Array<CollectiveDay | null>(count).fill(null),
    mandatoryOffice: new Uint8Array(count),
    exemptFromCollective: new Uint8Array(count),
    nationalOpen: new Uint8Array(count),
    anchor: new Uint8Array(count),
    popular: new Uint8Array(count),
    onSiteShare: new Float64Array(count),
    flexibleShare: new Float64Array(count),
    coreStart: new Array<string | null>(count).fill(null),
    coreEnd: new Array<string | null>(count).fill(null),
    version: new Array<string>(count),
  };
  days.forEach((day, i) => {
    const seg = bySegment[ctx.segmentOfDay[i]!]!;
    let collective: CollectiveDay | null = null;
    if (day.isWorkingDay) {
      collective = seg.collectiveByWeekday.get(day.weekday) ?? null;
      if (!collective && day.nationalFlexibleWorkDay && !seg.unitExempt && nationalMode === "collective")
        collective = NATIONAL_COLLECTIVE;
    }
    rules.weekdayIndex[i] = WEEKDAYS.indexOf(day.weekday);
    rules.collective[i] = collective;
    rules.mandatoryOffice[i] = seg.mandatory.has(day.weekday) ? 1 : 0;
    rules.exemptFromCollective[i] = seg.exemptWeekdays.has(day.weekday) ? 1 : 0;
    rules.nationalOpen[i] =
      nationalMode === "allowed" &&
      day.isWorkingDay &&
      day.nationalFlexibleWorkDay &&
      !seg.unitExempt &&
      !collective &&
      !rules.mandatoryOffice[i]
        ? 1
        : 0;
    rules.anchor[i] = anchorWeekdays.has(day.weekday) || anchorDates.has(day.date) ? 1 : 0;
    rules.popular[i] = popularWeekdays.has(day.weekday) ? 1 : 0;
    rules.onSiteShare[i] = seg.onSiteShare;
    rules.flexibleShare[i] = seg.flexibleShare;
    rules.coreStart[i] = seg.coreStart;
    rules.coreEnd[i] = seg.coreEnd;
    rules.version[i] = seg.version;
  });
  return rules;
}

/** Shares are multiplied by headcounts; a tiny epsilon keeps 0.3 x 10 at 3, not 4 (binary floating point). */
export function requiredFromShare(share: number, members: number): number {
  return Math.ceil(share * members - 1e-9);
}

/** Most of `working` members allowed on a flexible-location day under a share (rounded down), Infinity without one. */
export function flexibleAllowance(share: number, working: number): number {
  return Number.isNaN(share) ? Infinity : Math.floor(share * working + 1e-9);
}
