/**
 * Assembling the result: the decided status of every member-day becomes assignments with hours and reasons, member
 * weeks with their caps, day totals, and the schedule the independent checker then reports on.
 *
 * Internal module, not public API. (Not tagged internal: on a file header, stripInternal drops the first statement.)
 */
import { bilingual } from "../i18n/define.js";
import { scheduleMessages } from "../i18n/messages/schedule.js";
import { assignmentOn, nonWorkingReason } from "./assignment.js";
import { flexibleCapForWeek, policyRef, policySpans, segmentsOfWeek, weekPolicyCap } from "./context.js";
import { DayStatus, type MemberInfo, type UnitModel } from "./week.js";
import type {
  Assignment,
  AssignmentReason,
  ComplianceWeek,
  MemberWeek,
  Schedule,
  ScheduleDay,
  ScheduleMember,
} from "./types.js";

/** Per-day totals gathered while the assignments are written. */
interface DayTotals {
  onSite: Int32Array;
  flexible: Int32Array;
  leave: Int32Array;
  travel: Int32Array;
  /** `role * dayCount + day`. */
  roleOnSite: Int32Array;
}

function flexibleReasons(status: number, model: UnitModel, info: MemberInfo, day: number): AssignmentReason[] {
  const reasons: AssignmentReason[] =
    status === DayStatus.collective
      ? [model.rules.collective[day]!.kind]
      : status === DayStatus.pinnedFlexible
        ? ["pinned_flexible"]
        : status === DayStatus.chosenFlexible
          ? ["mkd_flexible_day"]
          : status === DayStatus.pinnedNational
            ? ["pinned_flexible", "national_flexible_work_day"]
            : ["national_flexible_work_day"];
  if (
    (status === DayStatus.chosenFlexible || status === DayStatus.chosenNational) &&
    info.preferredMask & (1 << model.rules.weekdayIndex[day]!)
  )
    reasons.push("preferred_weekday");
  return reasons;
}

function officeReasons(status: number, model: UnitModel, info: MemberInfo, day: number): AssignmentReason[] {
  const reasons: AssignmentReason[] = [
    status === DayStatus.pinnedOffice
      ? "pinned_office"
      : status === DayStatus.roleDuty
        ? "coverage"
        : status === DayStatus.fixedOffice
          ? info.granted === 0
            ? "no_mkd"
            : "mandatory_office_weekday"
          : "office_day",
  ];
  if (model.rules.exemptFromCollective[day]) reasons.push("exempt_public_service");
  if (model.rules.anchor[day]) reasons.push("anchor_day");
  return reasons;
}

/** One member's assignment on a working day, from its decided status. */
function workingAssignment(
  model: UnitModel,
  info: MemberInfo,
  status: number,
  day: number,
  totals: DayTotals,
  flexibleLocation: Assignment["location"],
): Assignment {
  const d = model.ctx.calendar.days[day]!;
  let a: Assignment;
  if (status === DayStatus.leave) {
    totals.leave[day]!++;
    a = assignmentOn(d, "leave", null, ["override_leave"]);
  } else if (status === DayStatus.officialTravel) {
    totals.travel[day]!++;
    a = assignmentOn(d, "official_travel", "travel", ["override_official_travel"]);
  } else if (
    status === DayStatus.collective ||
    status === DayStatus.pinnedFlexible ||
    status === DayStatus.chosenFlexible ||
    status === DayStatus.chosenNational ||
    status === DayStatus.pinnedNational
  ) {
    totals.flexible[day]!++;
    const location = status === DayStatus.collective ? "home" : flexibleLocation;
    a = assignmentOn(
      d,
      "flexible",
      location,
      flexibleReasons(status, model, info, day),
      model.rules.coreStart[day]!,
      model.rules.coreEnd[day]!,
    );
  } else {
    totals.onSite[day]!++;
    if (info.roleIndex) totals.roleOnSite[info.roleIndex * model.dayCount + day]!++;
    a = assignmentOn(d, "office", "office", officeReasons(status, model, info, day));
  }
  if (d.ramadan) a.reasons.push("ramadan_hours");
  return a;
}

/** One member's weeks: days by mode, minutes, and the cap of each week. */
function memberWeeks(
  model: UnitModel,
  info: MemberInfo,
  assignments: Assignment[],
  weekDays: number[][],
  policyCaps: number[],
): MemberWeek[] {
  return model.ctx.calendar.weeks.map((week, wi) => {
    const cap = Math.min(flexibleCapForWeek(info.granted, week), policyCaps[wi]!);
    const w: MemberWeek = {
      start: week.start,
      split: week.split,
      flexibleDays: 0,
      mkdFlexibleDays: 0,
      collectiveDays: 0,
      collectiveDaysCounted: 0,
      cap,
      officeDays: 0,
      travelDays: 0,
      leaveDays: 0,
      workedMinutes: 0,
      excusedMinutes: 0,
      requiredMinutes: week.requiredMinutes,
    };
    for (const day of weekDays[wi]!) {
      const a = assignments[day]!;
      w.workedMinutes += a.regularMinutes + a.flexibleMinutes;
      w.excusedMinutes += a.excusedMinutes;
      if (a.mode === "office") {
        w.officeDays++;
        // Kept on site for a role on a counted collective day: the day still takes its place in the weekly cap.
        if (model.rules.collective[day]?.countsTowardCap && a.reasons[0] === "coverage") w.collectiveDaysCounted++;
      } else if (a.mode === "official_travel") w.travelDays++;
      else if (a.mode === "leave") w.leaveDays++;
      else if (a.mode === "flexible") {
        w.flexibleDays++;
        const collective = model.rules.collective[day];
        if (collective) {
          w.collectiveDays++;
          if (collective.countsTowardCap) w.collectiveDaysCounted++;
        } else if (model.rules.nationalOpen[day]) w.collectiveDays++;
        else w.mkdFlexibleDays++;
      }
    }
    return w;
  });
}

/** The version and cap of each week, for the compliance report (issue 9 item 6). */
export function complianceWeeks(model: Pick<UnitModel, "ctx" | "dayIndexOf">): ComplianceWeek[] {
  const { ctx } = model;
  return ctx.calendar.weeks.map((week) => {
    const segments = segmentsOfWeek(
      ctx,
      week.dates.map((d) => model.dayIndexOf.get(d)!),
    );
    const versions = segments.map((s) => `${ctx.segments[s]!.policy.jurisdiction}@${ctx.segments[s]!.policy.version}`);
    const caps = segments.map((s) => ctx.segments[s]!.policy.parameters.schedule.maxFlexibleDaysPerWeek.value);
    const policyCap = Math.min(...caps);
    const code = versions.length > 1 ? "schedule_week_policy_changed" : "schedule_week_policy";
    return {
      start: week.start,
      versions,
      policyCap,
      message: bilingual([scheduleMessages], code, {
        weekStart: week.start,
        versions: versions.join(" / "),
        cap: policyCap,
      }),
    };
  });
}

/** Writes the schedule from the decided statuses (`modeAt[member * dayCount + day]`); compliance is filled by the caller. */
export function assembleSchedule(model: UnitModel, modeAt: Uint8Array): Schedule {
  const { ctx } = model;
  const days = ctx.calendar.days;
  const nDays = model.dayCount;
  const roleCount = model.roleNames.length + 1;
  const totals: DayTotals = {
    onSite: new Int32Array(nDays),
    flexible: new Int32Array(nDays),
    leave: new Int32Array(nDays),
    travel: new Int32Array(nDays),
    roleOnSite: new Int32Array(roleCount * nDays),
  };
  const weekDays = ctx.calendar.weeks.map((w) => w.dates.map((d) => model.dayIndexOf.get(d)!));
  const policyCaps = ctx.calendar.weeks.map((w, wi) => weekPolicyCap(ctx, w, segmentsOfWeek(ctx, weekDays[wi]!)));
  // Output. Key order of the objects below is part of the byte-identical output: keep it.
  const members: ScheduleMember[] = model.members.map((info) => {
    const m = ctx.input.members[info.index]!;
    const flexibleLocation = m.flexibleLocation ?? "home";
    const assignments: Assignment[] = new Array<Assignment>(nDays);
    for (let day = 0; day < nDays; day++) {
      const d = days[day]!;
      assignments[day] = d.isWorkingDay
        ? workingAssignment(model, info, modeAt[info.index * nDays + day]!, day, totals, flexibleLocation)
        : assignmentOn(d, d.kind === "weekend" ? "weekend" : "holiday", null, [nonWorkingReason(d)]);
    }
    return {
      id: info.id,
      name: m.name ?? null,
      roles: [...(m.roles ?? [])],
      coverageRole: info.role,
      grantedFlexibleDays: info.granted,
      assignments,
      weeks: memberWeeks(model, info, assignments, weekDays, policyCaps),
    };
  });
  const scheduleDays: ScheduleDay[] = days.map((day, di) => {
    const collective = model.rules.collective[di];
    const d: ScheduleDay = {
      date: day.date,
      weekday: day.weekday,
      kind: day.kind,
      collective: collective ? collective.kind : null,
      nationalFlexibleWorkDay: day.nationalFlexibleWorkDay,
      ramadan: day.ramadan,
      anchor: day.isWorkingDay && model.rules.anchor[di] === 1,
      onSite: totals.onSite[di]!,
      flexible: totals.flexible[di]!,
      onLeave: totals.leave[di]!,
      onTravel: totals.travel[di]!,
      requiredOnSite: day.isWorkingDay && !collective ? model.requiredAt[di]! : 0,
      maxFlexible: day.isWorkingDay && !collective && model.maxFlexibleAt[di]! >= 0 ? model.maxFlexibleAt[di]! : null,
      policyVersion: model.rules.version[di]!,
      requiredOnSiteByRole: {},
      onSiteByRole: {},
      seatCapacity: model.seats,
    };
    model.roleNames.forEach((r, i) => {
      d.requiredOnSiteByRole[r] = day.isWorkingDay ? model.roleNeed[i + 1]! : 0;
      d.onSiteByRole[r] = totals.roleOnSite[(i + 1) * nDays + di]!;
    });
    return d;
  });
  return {
    unit: {
      id: ctx.input.unit.id,
      name: ctx.input.unit.name ?? null,
      kind: ctx.input.unit.kind,
      seatCapacity: ctx.input.unit.seatCapacity ?? null,
    },
    period: { from: ctx.from, to: ctx.to },
    policy: policyRef(ctx.policy),
    policies: policySpans(ctx),
    estimated: ctx.calendar.estimated,
    calendarSources: ctx.calendar.sources,
    members,
    days: scheduleDays,
    compliance: { verdict: "compliant", hard: [], soft: [], weeks: [] },
  };
}
