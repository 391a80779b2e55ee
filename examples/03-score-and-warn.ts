/**
 * 03: score three months and read the early warning; its result is the track record eligibility takes.
 * Run: npx tsx examples/03-score-and-warn.ts
 */
import { checkEligibility, evaluateEarlyWarning, scoreMonth, type Indicator } from "../src/index.js";

const targets: Indicator[] = [
  {
    id: "berkas",
    name: "Berkas mutasi diproses",
    target: 60,
    unit: "berkas",
    weight: 60,
    direction: "higher_is_better",
    aspect: "quantity",
  },
  {
    id: "waktu",
    name: "Rata-rata waktu layanan",
    target: 5,
    unit: "hari",
    weight: 40,
    direction: "lower_is_better",
    aspect: "time",
  },
];
const months = [
  { month: "2026-09", berkas: 66, waktu: 4.5 },
  { month: "2026-10", berkas: 55, waktu: 5.5 },
  { month: "2026-11", berkas: 45, waktu: 6.5 },
];
const scores = months.map((m) =>
  scoreMonth({
    employee: "198703152010011002",
    month: m.month,
    targets,
    realisations: { berkas: { value: m.berkas }, waktu: { value: m.waktu } },
    behaviour: "as_expected",
    jurisdiction: "jabar",
  }),
);
for (const s of scores)
  console.log(`${s.month}: composite ${s.composite}, results ${s.resultsRating}, predikat ${s.predikat}`);

const warning = evaluateEarlyWarning(scores, { jurisdiction: "jabar" });
for (const m of warning.months) console.log(`  ${m.month} ${m.level}: ${m.reasons.map((r) => r.message.en).join(" ")}`);
console.log(`recommendation for ${warning.recommendation.forMonth}: ${warning.recommendation.message.en}`);

// The warning IS a track record: eligibility for December reads its level.
const decision = checkEligibility(
  {
    id: "198703152010011002",
    talentBox: 8,
    job: { faceToFaceService: false },
    equipment: { laptop: true, bandwidthMbps: 25 },
    disciplinaryStatus: "none",
    employmentStatus: "pns",
    appointmentDate: "2010-01-01",
    leaderApproval: { approved: true },
    requestedFormat: "2-3",
    trackRecord: warning,
  },
  { jurisdiction: "jabar", asOf: "2026-12-01" },
);
console.log(`December: ${decision.outcome}, ${decision.grantedFlexibleDays} flexible day(s) a week`);
