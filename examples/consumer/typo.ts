// Must NOT compile: `talentbox` is a typo of `talentBox`. check.mjs expects tsc to fail here with TS2561.
import { checkEligibility } from "mkd-engine";

checkEligibility(
  {
    id: "199001012015011001",
    talentbox: 7,
    job: { faceToFaceService: false },
    equipment: { laptop: true, bandwidthMbps: 20 },
    disciplinaryStatus: "none",
    employmentStatus: "pns",
    appointmentDate: "2015-01-02",
  },
  { jurisdiction: "jabar", asOf: "2026-03-02" },
);
