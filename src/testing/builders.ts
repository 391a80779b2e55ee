/**
 * Builders for the three inputs an integrator's tests need: an employee, a unit with its members, a scoring
 * month. Each starts valid (a decision, a schedule or a score comes out of it as built) and each method changes
 * one thing and returns a new builder, so a test reads as the one fact it is about:
 * `anEmployee().inBox(6).build()`. Builders are immutable: a shared base can be reused across tests.
 */
import type { IsoDate, IsoMonth, Weekday } from "../core/dates.js";
import type { EmployeeInput } from "../eligibility/employee.js";
import type { Rating } from "../policy/schema.js";
import {
  isPreparedPolicy,
  looksResolved,
  preparePolicy,
  type PreparedPolicy,
  type ResolvedPolicy,
} from "../policy/resolve.js";
import type {
  MemberOverride,
  MinimumOnSite,
  ScheduleInput,
  ScheduleMemberInput,
  SchedulePeriod,
} from "../schedule/types.js";
import type { HistoryMonth, Indicator, ScoreMonthInput } from "../scoring/types.js";

/** A deep copy of plain data (inputs hold only JSON values), so no built value shares state with another. */
function copy<T>(value: T): T {
  // A frozen value (a prepared or resolved policy) cannot change and is known by its identity: shared, not copied.
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return value;
  if (Array.isArray(value)) return value.map(copy) as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined && typeof v !== "function") out[k] = copy(v);
  return out as T;
}

/** A policy document prepared once (validated); a prepared or resolved policy as it is. */
function prepared(policy: object): PreparedPolicy | ResolvedPolicy {
  return isPreparedPolicy(policy) || looksResolved(policy)
    ? (policy as PreparedPolicy | ResolvedPolicy)
    : preparePolicy(policy);
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * What every builder shares: it holds plain input data; each change returns a new builder of the same kind holding
 * a changed copy (so a shared base is never altered); `build()` hands out a fresh copy.
 *
 * @example
 * ```ts
 * const base = anEmployee();
 * base.inBox(6).build().talentBox; // 6
 * base.build().talentBox;          // 8: the base is unchanged
 * ```
 */
export abstract class InputBuilder<T> {
  protected constructor(protected readonly data: T) {}

  /** A new builder of this kind over a copy of the data with `change` applied. */
  protected with(change: (data: Mutable<T>) => void): this {
    const next = copy(this.data) as Mutable<T>;
    change(next);
    return new (this.constructor as new (data: T) => this)(next as T);
  }

  /** The input, a fresh copy each call. */
  build(): T {
    return copy(this.data);
  }
}

/**
 * Builds an {@link EmployeeInput}. As built: talent box 8, no face-to-face service, every national job
 * criterion met, a laptop and 25 Mbps,
 * no disciplinary status, PNS appointed 2015-01-02, approved by the leader, no format requested (as many days
 * as the policy allows), a green track record. Under jabar on 2026-03-02 that is eligible with 2 days.
 *
 * @example
 * ```ts
 * const employee = anEmployee().inBox(6).withoutLaptop().build();
 * checkEligibility(employee, { jurisdiction: "jabar", asOf: "2026-03-02" }).outcome; // "ineligible"
 * ```
 */
export class EmployeeBuilder extends InputBuilder<EmployeeInput> {
  /** The valid starting point (see the class description). */
  static start(id = "199001012015011001"): EmployeeBuilder {
    return new EmployeeBuilder({
      id,
      talentBox: 8,
      // Every PermenPANRB 4/2025 job criterion known and met, so no rule reads an unknown fact.
      job: {
        faceToFaceService: false,
        criteria: {
          workableOutsideOffice: true,
          noSpecialRoomOrEquipment: true,
          itBased: true,
          minimalFaceToFace: true,
          noContinuousSupervision: true,
        },
      },
      equipment: { laptop: true, bandwidthMbps: 25 },
      disciplinaryStatus: "none",
      employmentStatus: "pns",
      appointmentDate: "2015-01-02",
      leaderApproval: { approved: true, by: "196801011990031001" },
      trackRecord: { level: "green" },
    });
  }

  /** Another identifier (NIP). */
  withId(id: string): EmployeeBuilder {
    return this.with((e) => void (e.id = id));
  }
  /** A box of the PermenPANRB 3/2020 talent matrix, 1-9 (replaces a (performance, potential) pair). */
  inBox(box: number): EmployeeBuilder {
    return this.with((e) => {
      e.talentBox = box;
      delete e.talent;
    });
  }
  /** The talent as a (performance, potential) pair instead of a box number. */
  withTalent(performance: "above" | "as_expected" | "below", potential: "high" | "medium" | "low"): EmployeeBuilder {
    return this.with((e) => {
      e.talent = { performance, potential };
      delete e.talentBox;
    });
  }
  /** Gives face-to-face public service (a health worker, a front desk), excluded from MKD at the launch. */
  facingThePublic(): EmployeeBuilder {
    return this.with((e) => void (e.job.faceToFaceService = true));
  }
  /** A service category read by rules that name it (e.g. `health`, `education`, `licensing`). */
  inServiceCategory(category: string): EmployeeBuilder {
    return this.with((e) => void (e.job.serviceCategory = category));
  }
  /** One of the PermenPANRB 4/2025 job criteria, e.g. `("noContinuousSupervision", false)`. */
  withJobCriterion(criterion: keyof NonNullable<EmployeeInput["job"]["criteria"]>, value: boolean): EmployeeBuilder {
    return this.with((e) => void (e.job.criteria = { ...e.job.criteria, [criterion]: value }));
  }
  /** No laptop (MKD readiness, launch 2023). */
  withoutLaptop(): EmployeeBuilder {
    return this.with((e) => void (e.equipment.laptop = false));
  }
  /** Internet bandwidth at home, in Mbps. */
  withBandwidth(mbps: number): EmployeeBuilder {
    return this.with((e) => void (e.equipment.bandwidthMbps = mbps));
  }
  /** Being processed for a disciplinary sentence (PermenPANRB 4/2025 Pasal 25). */
  underDisciplinaryProcess(): EmployeeBuilder {
    return this.with((e) => void (e.disciplinaryStatus = "being_processed"));
  }
  /** Serving a disciplinary sentence (PermenPANRB 4/2025 Pasal 25). */
  servingDisciplinarySentence(): EmployeeBuilder {
    return this.with((e) => void (e.disciplinaryStatus = "serving"));
  }
  /** Employment status: `cpns` (a candidate on probation), `pns` or `pppk`. */
  asEmploymentStatus(status: EmployeeInput["employmentStatus"]): EmployeeBuilder {
    return this.with((e) => void (e.employmentStatus = status));
  }
  /** First day of service, `YYYY-MM-DD` (tenure is counted from it). */
  appointedOn(date: IsoDate): EmployeeBuilder {
    return this.with((e) => void (e.appointmentDate = date));
  }
  /** No leader's approval yet: the decision is `needs_approval` when everything else holds. */
  withoutApproval(): EmployeeBuilder {
    return this.with((e) => void delete e.leaderApproval);
  }
  /** The leader refused the application. */
  refusedByLeader(): EmployeeBuilder {
    return this.with((e) => void (e.leaderApproval = { approved: false, by: "196801011990031001" }));
  }
  /** Approved by `by` on `at`. */
  approvedOn(at: IsoDate, by = "196801011990031001"): EmployeeBuilder {
    return this.with((e) => void (e.leaderApproval = { approved: true, by, at }));
  }
  /** A requested format, `"2-3"` (flexible days - office days), or a number of flexible days. */
  requesting(format: string | number): EmployeeBuilder {
    return this.with((e) => void (e.requestedFormat = format));
  }
  /** The latest early-warning level (optionally of a month). */
  withTrackRecord(level: "green" | "yellow" | "red", month?: IsoMonth): EmployeeBuilder {
    return this.with((e) => void (e.trackRecord = month === undefined ? { level } : { level, month }));
  }
  /** The scored months behind the track record, oldest first (evaluated with the decision's policy). */
  withHistory(months: readonly HistoryMonth[]): EmployeeBuilder {
    return this.with((e) => void (e.trackRecord = copy(months) as never));
  }
  /** No track record yet. */
  withoutTrackRecord(): EmployeeBuilder {
    return this.with((e) => void delete e.trackRecord);
  }
}

/**
 * Starts an {@link EmployeeBuilder} from a valid, eligible employee.
 *
 * @example
 * ```ts
 * const employee = anEmployee().facingThePublic().build();
 * ```
 */
export function anEmployee(id?: string): EmployeeBuilder {
  return EmployeeBuilder.start(id);
}

/**
 * Builds one {@link ScheduleMemberInput}. As built: 2 flexible days granted, no role, no override.
 *
 * @example
 * ```ts
 * const member = aMember("siti").granted(1).asRole("front_desk").onLeave("2026-12-08").build();
 * ```
 */
export class MemberBuilder extends InputBuilder<ScheduleMemberInput> {
  /** The valid starting point (see the class description). */
  static start(id: string): MemberBuilder {
    return new MemberBuilder({ id, grantedFlexibleDays: 2 });
  }

  /** A builder starting from an existing member input (copied). */
  static from(member: ScheduleMemberInput): MemberBuilder {
    return new MemberBuilder(copy(member));
  }

  /** Flexible days a week granted by the eligibility decision (0 = no MKD). */
  granted(days: number): MemberBuilder {
    return this.with((m) => void (m.grantedFlexibleDays = days));
  }
  /** A display name. */
  named(name: string): MemberBuilder {
    return this.with((m) => void (m.name = name));
  }
  /** Adds a role such as `front_desk` (counts toward the unit's per-role minimum). */
  asRole(role: string): MemberBuilder {
    return this.with((m) => void (m.roles = [...(m.roles ?? []), role]));
  }
  /** Adds a weekday the member would rather work flexibly (a soft goal). */
  prefers(weekday: Weekday): MemberBuilder {
    return this.with((m) => void (m.preferredFlexibleWeekdays = [...(m.preferredFlexibleWeekdays ?? []), weekday]));
  }
  private override(date: IsoDate, kind: MemberOverride["kind"]): MemberBuilder {
    return this.with(
      (m) => void (m.overrides = [...(m.overrides ?? []).filter((o) => o.date !== date), { date, kind }]),
    );
  }
  /** On leave (cuti, sick) on `date`: the day is excused. */
  onLeave(date: IsoDate): MemberBuilder {
    return this.override(date, "leave");
  }
  /** On official travel (dinas luar) on `date`: away, the day counts as worked. */
  onTravel(date: IsoDate): MemberBuilder {
    return this.override(date, "official_travel");
  }
  /** Must be in the office on `date`. */
  inOfficeOn(date: IsoDate): MemberBuilder {
    return this.override(date, "office");
  }
  /** A pinned flexible day on `date` (uses one of the week's granted days). */
  flexibleOn(date: IsoDate): MemberBuilder {
    return this.override(date, "flexible");
  }
}

/**
 * Starts a {@link MemberBuilder}.
 *
 * @example
 * ```ts
 * aUnit().withMember(aMember("a").onLeave("2026-12-08")).build();
 * ```
 */
export function aMember(id: string): MemberBuilder {
  return MemberBuilder.start(id);
}

/**
 * Builds a {@link ScheduleInput}: a unit with its members over a period. As built: a `general` unit of 10
 * members with 2 flexible days each, December 2026 under jabar (which `generateSchedule` schedules).
 *
 * @example
 * ```ts
 * const input = aUnit().withMembers(4).directPublicService().withMember(aMember("desk").granted(0).asRole("front_desk")).build();
 * generateSchedule(input).status; // "scheduled"
 * ```
 */
export class UnitBuilder extends InputBuilder<ScheduleInput> {
  /** The valid starting point (see the class description). */
  static start(id = "unit-1"): UnitBuilder {
    const members = Array.from({ length: 10 }, (_, i) => ({
      id: `m${String(i + 1).padStart(2, "0")}`,
      grantedFlexibleDays: 2,
    }));
    return new UnitBuilder({ unit: { id, kind: "general" }, members, period: "2026-12", jurisdiction: "jabar" });
  }

  /** Replaces the members with `count` members granted `granted` days each (ids `m01`, `m02`, ...). */
  withMembers(count: number, granted = 2): UnitBuilder {
    return this.with(
      (u) =>
        void (u.members = Array.from({ length: count }, (_, i) => ({
          id: `m${String(i + 1).padStart(2, "0")}`,
          grantedFlexibleDays: granted,
        }))),
    );
  }
  /** Adds a member (a {@link MemberBuilder} or a member input); one with the same id is replaced. */
  withMember(member: MemberBuilder | ScheduleMemberInput): UnitBuilder {
    const m = member instanceof MemberBuilder ? member.build() : copy(member);
    return this.with((u) => void (u.members = [...u.members.filter((x) => x.id !== m.id), m]));
  }
  /** Changes one member by id, e.g. `.member("m01", (m) => m.onLeave("2026-12-08"))`. */
  member(id: string, change: (m: MemberBuilder) => MemberBuilder): UnitBuilder {
    const found = this.data.members.find((m) => m.id === id);
    if (!found) throw new RangeError(`UnitBuilder.member: no member "${id}"`);
    return this.withMember(change(MemberBuilder.from(found)));
  }
  /** A direct public service unit (hospital, Samsat, licensing): exempt from collective work-from-home days. */
  directPublicService(): UnitBuilder {
    return this.with((u) => void (u.unit.kind = "direct_public_service"));
  }
  /** Least number on site on a working day (headcount, share of members, per role). */
  minimumOnSite(minimum: MinimumOnSite): UnitBuilder {
    return this.with((u) => void (u.unit.minimumOnSite = copy(minimum)));
  }
  /** Seats in the office: never more people on site than this. */
  seats(count: number): UnitBuilder {
    return this.with((u) => void (u.unit.seatCapacity = count));
  }
  /** Adds an `on_request` collective weekday the unit asked for (e.g. `friday`, SE 188/KPG.03/BKD 2026). */
  requestingCollective(weekday: Weekday): UnitBuilder {
    return this.with(
      (u) => void (u.unit.requestedCollectiveWeekdays = [...(u.unit.requestedCollectiveWeekdays ?? []), weekday]),
    );
  }
  /** Another period: a month `YYYY-MM` or `{ from, to }`. */
  forPeriod(period: SchedulePeriod): UnitBuilder {
    return this.with((u) => void (u.period = copy(period)));
  }
  /** A shipped jurisdiction instead of jabar. */
  under(jurisdiction: string): UnitBuilder {
    return this.with((u) => {
      u.jurisdiction = jurisdiction;
      delete u.policy;
    });
  }
  /**
   * A policy of your own instead of a jurisdiction: a policy document (e.g. a municipal overlay), prepared here
   * with `preparePolicy` (so an invalid one throws `invalid_policy` at once), or a prepared or resolved policy.
   */
  withPolicy(policy: object): UnitBuilder {
    const given = prepared(policy);
    return this.with((u) => {
      u.policy = given;
      delete u.jurisdiction;
    });
  }
}

/**
 * Starts a {@link UnitBuilder}.
 *
 * @example
 * ```ts
 * const input = aUnit().withMembers(3).member("m01", (m) => m.onLeave("2026-12-08")).build();
 * ```
 */
export function aUnit(id?: string): UnitBuilder {
  return UnitBuilder.start(id);
}

/**
 * Builds a {@link ScoreMonthInput}. As built: March 2026 under jabar, two indicators (40 letters, weight 60,
 * higher is better; a 3-day turnaround, weight 40, lower is better) both realised on target, behaviour as
 * expected: composite 100, rating `as_expected`, predikat `baik`.
 *
 * @example
 * ```ts
 * scoreMonth(aScoringMonth().realising("letters", 20).build()).resultsRating; // "below"
 * ```
 */
export class ScoringMonthBuilder extends InputBuilder<ScoreMonthInput> {
  /** The valid starting point (see the class description). */
  static start(employee = "199001012015011001"): ScoringMonthBuilder {
    return new ScoringMonthBuilder({
      employee,
      month: "2026-03",
      jurisdiction: "jabar",
      targets: [
        {
          id: "letters",
          name: "Letters processed",
          target: 40,
          unit: "document",
          weight: 60,
          direction: "higher_is_better",
          aspect: "quantity",
        },
        {
          id: "turnaround",
          name: "Turnaround",
          target: 3,
          unit: "day",
          weight: 40,
          direction: "lower_is_better",
          aspect: "time",
        },
      ],
      realisations: { letters: { value: 40 }, turnaround: { value: 3 } },
      behaviour: "as_expected",
    });
  }

  /** Another month, `YYYY-MM`. */
  forMonth(month: IsoMonth): ScoringMonthBuilder {
    return this.with((s) => void (s.month = month));
  }
  /** Another employee id. */
  forEmployee(id: string): ScoringMonthBuilder {
    return this.with((s) => void (s.employee = id));
  }
  /** The realised value of one indicator. */
  realising(indicator: string, value: number): ScoringMonthBuilder {
    return this.with((s) => void (s.realisations = { ...s.realisations, [indicator]: { value } }));
  }
  /** No realisation for one indicator (a `scoring_realisation_missing` finding). */
  missing(indicator: string): ScoringMonthBuilder {
    return this.with((s) => {
      const { [indicator]: _, ...rest } = s.realisations ?? {};
      s.realisations = rest;
    });
  }
  /** A month without a report (`status: "no_report"`). */
  withoutReport(): ScoringMonthBuilder {
    return this.with((s) => {
      s.report = { submitted: false };
      delete s.realisations;
    });
  }
  /** The behaviour rating (BerAKHLAK, PermenPANRB 6/2022). */
  withBehaviour(rating: Rating): ScoringMonthBuilder {
    return this.with((s) => void (s.behaviour = rating));
  }
  /** Adds an indicator (with its realised value, when given); one with the same id is replaced. */
  withIndicator(indicator: Indicator, realised?: number): ScoringMonthBuilder {
    return this.with((s) => {
      s.targets = [...s.targets.filter((t) => t.id !== indicator.id), copy(indicator)];
      if (realised !== undefined) s.realisations = { ...s.realisations, [indicator.id]: { value: realised } };
    });
  }
  /** Missing realisations are left out of the composite instead of scoring 0. */
  excludingMissing(): ScoringMonthBuilder {
    return this.with((s) => void (s.missingRealisations = "exclude"));
  }
  /** A shipped jurisdiction instead of jabar. */
  under(jurisdiction: string): ScoringMonthBuilder {
    return this.with((s) => {
      s.jurisdiction = jurisdiction;
      delete s.policy;
    });
  }
  /**
   * A policy of your own instead of a jurisdiction: a policy document (e.g. a municipal overlay), prepared here
   * with `preparePolicy` (so an invalid one throws `invalid_policy` at once), or a prepared or resolved policy.
   */
  withPolicy(policy: object): ScoringMonthBuilder {
    const given = prepared(policy);
    return this.with((s) => {
      s.policy = given;
      delete s.jurisdiction;
    });
  }
}

/**
 * Starts a {@link ScoringMonthBuilder}.
 *
 * @example
 * ```ts
 * const input = aScoringMonth().withoutReport().build();
 * ```
 */
export function aScoringMonth(employee?: string): ScoringMonthBuilder {
  return ScoringMonthBuilder.start(employee);
}
