/**
 * Writes the synthetic demo unit (examples/data/employees.csv and examples/data/scores.csv) from a fixed
 * seed: run `npx tsx examples/data/make-demo-data.ts` to regenerate; the output is byte-identical.
 *
 * The unit: "Badan Kepegawaian Daerah Provinsi Jawa Barat, Bidang Mutasi dan Promosi", 40 members, a
 * realistic spread (mostly talent boxes 5, 7, 8; a few in 1-3 and 6), four front-desk staff who give
 * face-to-face service, two without a laptop, one with poor bandwidth, one serving and one being processed
 * for a disciplinary sentence, two CPNS appointed in 2026, three applications not yet approved, December
 * leave around Christmas and a few days of official travel (dinas luar). Names are invented.
 */
import { writeFileSync } from "node:fs";
import { mulberry32 } from "../../test/support/prng.js";

const rand = mulberry32(20261201);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const FIRST = [
  "Siti",
  "Budi",
  "Dewi",
  "Eka",
  "Fajar",
  "Gita",
  "Hendra",
  "Indah",
  "Joko",
  "Kartika",
  "Lukman",
  "Maya",
  "Nanda",
  "Oki",
  "Putri",
  "Rizky",
  "Sari",
  "Taufik",
  "Ujang",
  "Vina",
  "Wawan",
  "Yanti",
  "Zaenal",
  "Asep",
  "Cecep",
  "Dadan",
  "Euis",
  "Ikhsan",
  "Lilis",
  "Neneng",
  "Rina",
  "Tatang",
  "Yusuf",
  "Agus",
  "Ratna",
  "Dedi",
  "Nurul",
  "Iwan",
  "Wulan",
  "Bayu",
];
const LAST = [
  "Rahmawati",
  "Santoso",
  "Lestari",
  "Pratama",
  "Nugraha",
  "Permana",
  "Hidayat",
  "Suryani",
  "Kusuma",
  "Sutisna",
  "Wijaya",
  "Setiawan",
  "Maulana",
  "Saputra",
  "Hernawan",
  "Rukmana",
  "Suherman",
  "Gunawan",
  "Firmansyah",
  "Kurniawan",
];
// Talent boxes: mostly 5, 7 and 8, some 4 and 9, a few outside the MKD list (1, 2, 3, 6).
const BOXES = [
  5, 5, 5, 5, 5, 5, 5, 8, 8, 8, 8, 8, 8, 7, 7, 7, 7, 7, 9, 9, 9, 4, 4, 4, 2, 2, 3, 6, 1, 5, 8, 7, 5, 8, 9, 5, 7, 2, 8,
  5,
];

interface Row {
  [k: string]: string;
}
const rows: Row[] = [];
for (let i = 0; i < 40; i++) {
  const year = 1970 + Math.floor(rand() * 28);
  const appointed = `${2000 + Math.floor(rand() * 22)}-${String(1 + Math.floor(rand() * 12)).padStart(2, "0")}-01`;
  const nip = `${year}${String(1 + Math.floor(rand() * 12)).padStart(2, "0")}${String(1 + Math.floor(rand() * 28)).padStart(2, "0")}${appointed.slice(0, 4)}${appointed.slice(5, 7)}${rand() < 0.5 ? 1 : 2}${String(i + 1).padStart(3, "0")}`;
  const frontDesk = i % 10 === 3; // 4 front-desk staff
  rows.push({
    id: nip,
    name: `${FIRST[i]} ${pick(LAST)}`,
    talent_box: String(BOXES[i]),
    face_to_face_service: frontDesk ? "ya" : "tidak",
    service_category: frontDesk ? "layanan_kepegawaian" : "administrasi",
    laptop: i === 11 || i === 27 ? "tidak" : "ya",
    bandwidth_mbps: i === 19 ? "4" : String(10 + Math.floor(rand() * 40)),
    discipline: i === 15 ? "serving" : i === 33 ? "being_processed" : "none",
    employment_status: i === 36 || i === 38 ? "cpns" : rand() < 0.15 ? "pppk" : "pns",
    appointment_date: i === 36 || i === 38 ? "2026-03-01" : appointed,
    approved: i === 8 || i === 22 || i === 30 ? "tidak" : "ya",
    approved_by: "197305121998031004",
    approved_at: "2026-11-20",
    requested_format: pick(["2-3", "2-3", "2-3", "1-4", "1-4"]),
    roles: frontDesk ? "front_desk" : i % 7 === 0 ? "arsiparis" : "",
    preferred_days: pick(["", "", "tuesday", "wednesday", "friday", "monday", "tuesday|friday"]),
    leave:
      i === 5
        ? "2026-12-21..2026-12-23"
        : i === 12
          ? "2026-12-28..2026-12-31"
          : i === 21
            ? "2026-12-07..2026-12-09"
            : i === 29
              ? "2026-12-22|2026-12-23"
              : "",
    official_travel:
      i === 2 ? "2026-12-15..2026-12-16" : i === 17 ? "2026-12-10" : i === 25 ? "2026-12-02..2026-12-04" : "",
  });
}

const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const toCsv = (header: string[], data: Row[]) =>
  [header.join(","), ...data.map((r) => header.map((h) => csvCell(r[h] ?? "")).join(","))].join("\n") + "\n";

const employeeHeader = Object.keys(rows[0]!);
writeFileSync(new URL("./employees.csv", import.meta.url), toCsv(employeeHeader, rows));

// Scores: September to November 2026, three indicators each (weights 50/30/20). Most members are green;
// some slide (yellow then red), one misses a report in November.
const INDICATORS = [
  {
    id: "berkas_mutasi",
    name: "Berkas mutasi diproses",
    unit: "berkas",
    weight: "50",
    direction: "higher_is_better",
    aspect: "quantity",
    target: 60,
  },
  {
    id: "waktu_layanan",
    name: "Rata-rata waktu layanan",
    unit: "hari",
    weight: "30",
    direction: "lower_is_better",
    aspect: "time",
    target: 5,
  },
  {
    id: "akurasi_data",
    name: "Akurasi data kepegawaian",
    unit: "persen",
    weight: "20",
    direction: "higher_is_better",
    aspect: "quality",
    target: 95,
  },
];
const MONTHS = ["2026-09", "2026-10", "2026-11"];
const scoreRows: Row[] = [];
rows.forEach((r, i) => {
  // Trend per member: 0 steady good, 1 sliding, 2 weak, 3 missing report in November.
  const trend = i === 7 || i === 24 || i === 31 ? 1 : i === 26 || i === 28 ? 2 : i === 13 ? 3 : 0;
  MONTHS.forEach((month, m) => {
    const level =
      trend === 0
        ? 1.02 + rand() * 0.12
        : trend === 1
          ? [1.04, 0.93, 0.84][m]!
          : trend === 2
            ? 0.78 + rand() * 0.06
            : 1.05;
    for (const ind of INDICATORS) {
      const missing = trend === 3 && m === 2;
      const jitter = 0.97 + rand() * 0.06;
      const value =
        ind.direction === "lower_is_better"
          ? Math.round(ind.target * (2 - level * jitter) * 10) / 10
          : Math.round(ind.target * level * jitter * 10) / 10;
      scoreRows.push({
        employee_id: r.id!,
        name: r.name!,
        month,
        indicator_id: ind.id,
        indicator_name: ind.name,
        target: String(ind.target),
        unit: ind.unit,
        weight: ind.weight,
        direction: ind.direction,
        aspect: ind.aspect,
        realisation: missing ? "" : String(value),
        behaviour: trend === 2 ? "as_expected" : rand() < 0.2 ? "above" : "as_expected",
        report_submitted: missing ? "tidak" : "ya",
      });
    }
  });
});
writeFileSync(new URL("./scores.csv", import.meta.url), toCsv(Object.keys(scoreRows[0]!), scoreRows));
console.log(`examples/data: ${rows.length} employees, ${scoreRows.length} score rows`);
