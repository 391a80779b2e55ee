/**
 * Deterministic generator of employee inputs for tests and benchmarks (seeded, no Math.random), covering
 * every branch the shipped rules look at: all nine boxes, both talent forms, face-to-face service, laptop,
 * bandwidth around the 10 Mbps threshold, each disciplinary status, CPNS and short tenures, a position
 * start date absent, old or recent (pegawai baru), approval present, absent and undated, each request
 * form, each track-record level and none, job criteria known, unknown and false.
 */
import { talentPairFromBox, type TalentBox } from "../../src/core/talent.js";
import { mulberry32 } from "../support/prng.js";

/** The shared seeded PRNG, under the name the eligibility tests and benchmark use. */
export const rng = mulberry32;

const DATES: string[] = [];
for (let y = 1990; y <= 2026; y++)
  for (const md of ["01-01", "01-31", "03-15", "06-30", "08-29", "11-30", "12-31"]) DATES.push(`${y}-${md}`);
const CRITERIA = [
  "workableOutsideOffice",
  "noSpecialRoomOrEquipment",
  "itBased",
  "minimalFaceToFace",
  "noContinuousSupervision",
] as const;
const LEVELS = ["green", "yellow", "red"] as const;

/** One generated employee input (plain JSON), valid for a policy week of `workingDays` days. */
export function generateEmployee(
  next: () => number,
  i: number,
  asOf: string,
  workingDays = 5,
): Record<string, unknown> {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const box = (1 + Math.floor(next() * 9)) as TalentBox;
  // Every row has every column (absent = undefined), in one order, like rows read from a table; keys
  // that are missing altogether are exercised by the tests, not here.
  const e: Record<string, unknown> = {
    id: `E${i}`,
    talentBox: undefined,
    talent: undefined,
    job: undefined,
    equipment: undefined,
    disciplinaryStatus: undefined,
    employmentStatus: undefined,
    appointmentDate: undefined,
    positionStartDate: undefined,
    leaderApproval: undefined,
    requestedFormat: undefined,
    trackRecord: undefined,
  };
  const talentForm = next();
  if (talentForm < 0.6) e.talentBox = box;
  else if (talentForm < 0.85) e.talent = talentPairFromBox(box);
  else {
    e.talentBox = box;
    e.talent = talentPairFromBox(box);
  }
  const job: Record<string, unknown> = {
    faceToFaceService: next() < 0.15,
    serviceCategory: undefined,
    criteria: undefined,
  };
  if (next() < 0.5) job.serviceCategory = pick(["health", "education", "licensing", "planning", "finance"]);
  const crit = next();
  if (crit < 0.5) {
    const c: Record<string, boolean | undefined> = {
      workableOutsideOffice: undefined,
      noSpecialRoomOrEquipment: undefined,
      itBased: undefined,
      minimalFaceToFace: undefined,
      noContinuousSupervision: undefined,
    };
    for (const k of CRITERIA) {
      const r = next();
      if (r < 0.85) c[k] = true;
      else if (r < 0.93) c[k] = false;
    }
    job.criteria = c;
  }
  e.job = job;
  e.equipment = { laptop: next() < 0.9, bandwidthMbps: pick([0, 2, 5, 9.99, 10, 10.5, 20, 50, 100]) };
  const disc = next();
  e.disciplinaryStatus = disc < 0.9 ? "none" : disc < 0.95 ? "being_processed" : "serving";
  const st = next();
  e.employmentStatus = st < 0.08 ? "cpns" : st < 0.8 ? "pns" : "pppk";
  // Mostly long tenures, some within the last 18 months.
  const recent = next() < 0.15;
  const y = Number(asOf.slice(0, 4));
  e.appointmentDate = recent
    ? `${y - 1}-${pick(["01-31", "03-15", "06-30", "08-29", "11-30"])}`
    : pick(DATES.filter((d) => d < `${y - 1}`));
  // A position start date: absent (measured from the appointment), or a later placement, some recent.
  const ps = next();
  if (ps < 0.3) e.positionStartDate = `${y - 1}-${pick(["02-01", "04-15", "07-01", "09-30", "12-01"])}`;
  else if (ps < 0.5)
    e.positionStartDate = pick(
      DATES.filter((d) => d >= (e.appointmentDate as string) && d < `${y - 1}`).concat([e.appointmentDate as string]),
    );
  const ap = next();
  if (ap < 0.75) e.leaderApproval = { approved: true, by: "L1", at: `${y - 1}-12-15` };
  else if (ap < 0.85) e.leaderApproval = { approved: false, by: undefined, at: undefined };
  else if (ap < 0.88) e.leaderApproval = { approved: true, by: "L1", at: undefined };
  const rq = next();
  if (rq < 0.5) {
    const days = 1 + Math.floor(next() * Math.min(4, workingDays - 1));
    e.requestedFormat = `${days}-${workingDays - days}`;
  } else if (rq < 0.75) e.requestedFormat = 1 + Math.floor(next() * Math.min(4, workingDays));
  const tr = next();
  if (tr < 0.7) e.trackRecord = { level: pick(LEVELS), month: `${asOf.slice(0, 7)}` };
  else if (tr < 0.75) e.trackRecord = { level: pick(LEVELS), month: undefined };
  else if (tr < 0.8) e.trackRecord = null;
  return e;
}
