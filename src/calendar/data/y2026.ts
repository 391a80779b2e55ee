/**
 * 2026: national holidays (SKB 1497/2025, 2/2025, 5/2025), cuti bersama for ASN (Keppres 42/2025), the
 * national flexible-work days around Nyepi and Idul Fitri (SE Menteri PANRB 2/2026) and Ramadan 1447 H
 * (government isbat).
 */
import type { HolidayEntry, RamadanPeriod } from "../types.js";
import type { CalendarSourceId } from "./sources.js";

type Kind = HolidayEntry["kind"];
const e = (date: string, kind: Kind, id: string, en: string, sources: CalendarSourceId[]): HolidayEntry => ({
  date,
  kind,
  name: { id, en },
  provenance: "official",
  sources,
});

const LIBUR = "national_holiday" as const;
const CUTI = "cuti_bersama" as const;
const FWA = "national_flexible_work_day" as const;
const SKB: CalendarSourceId[] = ["skb-libur-2026"];
const CB: CalendarSourceId[] = ["skb-libur-2026", "keppres-42-2025"];
const FWA_SRC: CalendarSourceId[] = ["se-menpanrb-2-2026"];
const FWA_NYEPI = [
  "Hari kerja fleksibel nasional (FWA) menjelang Nyepi dan Idul Fitri 1447 H",
  "National flexible working day (FWA) before Nyepi and Eid al-Fitr 1447 H",
] as const;
const FWA_AFTER = [
  "Hari kerja fleksibel nasional (FWA) setelah Idul Fitri 1447 H",
  "National flexible working day (FWA) after Eid al-Fitr 1447 H",
] as const;

/** The official 2026 entries, in date order. */
export const HOLIDAYS_2026: readonly HolidayEntry[] = [
  e("2026-01-01", LIBUR, "Tahun Baru 2026 Masehi", "New Year's Day 2026", SKB),
  e("2026-01-16", LIBUR, "Isra Mikraj Nabi Muhammad SAW", "Isra Mi'raj of the Prophet Muhammad", SKB),
  e(
    "2026-02-16",
    CUTI,
    "Cuti bersama Tahun Baru Imlek 2577 Kongzili",
    "Collective leave: Chinese New Year 2577 Kongzili",
    CB,
  ),
  e("2026-02-17", LIBUR, "Tahun Baru Imlek 2577 Kongzili", "Chinese New Year 2577 Kongzili", SKB),
  e("2026-03-16", FWA, ...FWA_NYEPI, FWA_SRC),
  e("2026-03-17", FWA, ...FWA_NYEPI, FWA_SRC),
  e(
    "2026-03-18",
    CUTI,
    "Cuti bersama Hari Suci Nyepi (Tahun Baru Saka 1948)",
    "Collective leave: Nyepi, Day of Silence (Saka New Year 1948)",
    CB,
  ),
  e("2026-03-19", LIBUR, "Hari Suci Nyepi (Tahun Baru Saka 1948)", "Nyepi, Day of Silence (Saka New Year 1948)", SKB),
  e("2026-03-20", CUTI, "Cuti bersama Hari Raya Idul Fitri 1447 Hijriah", "Collective leave: Eid al-Fitr 1447 H", CB),
  e("2026-03-21", LIBUR, "Hari Raya Idul Fitri 1447 Hijriah", "Eid al-Fitr 1447 H", SKB),
  e("2026-03-22", LIBUR, "Hari Raya Idul Fitri 1447 Hijriah (hari kedua)", "Eid al-Fitr 1447 H (second day)", SKB),
  e("2026-03-23", CUTI, "Cuti bersama Hari Raya Idul Fitri 1447 Hijriah", "Collective leave: Eid al-Fitr 1447 H", CB),
  e("2026-03-24", CUTI, "Cuti bersama Hari Raya Idul Fitri 1447 Hijriah", "Collective leave: Eid al-Fitr 1447 H", CB),
  e("2026-03-25", FWA, ...FWA_AFTER, FWA_SRC),
  e("2026-03-26", FWA, ...FWA_AFTER, FWA_SRC),
  e("2026-03-27", FWA, ...FWA_AFTER, FWA_SRC),
  e("2026-04-03", LIBUR, "Wafat Yesus Kristus", "Good Friday", SKB),
  e("2026-04-05", LIBUR, "Kebangkitan Yesus Kristus (Paskah)", "Easter Sunday", SKB),
  e("2026-05-01", LIBUR, "Hari Buruh Internasional", "International Labour Day", SKB),
  e("2026-05-14", LIBUR, "Kenaikan Yesus Kristus", "Ascension of Jesus Christ", SKB),
  e("2026-05-15", CUTI, "Cuti bersama Kenaikan Yesus Kristus", "Collective leave: Ascension of Jesus Christ", CB),
  e("2026-05-27", LIBUR, "Hari Raya Idul Adha 1447 Hijriah", "Eid al-Adha 1447 H", SKB),
  e("2026-05-28", CUTI, "Cuti bersama Hari Raya Idul Adha 1447 Hijriah", "Collective leave: Eid al-Adha 1447 H", CB),
  e("2026-05-31", LIBUR, "Hari Raya Waisak 2570 BE", "Vesak Day 2570 BE", SKB),
  e("2026-06-01", LIBUR, "Hari Lahir Pancasila", "Pancasila Day", SKB),
  e("2026-06-16", LIBUR, "1 Muharam Tahun Baru Islam 1448 Hijriah", "Islamic New Year 1448 H (1 Muharram)", SKB),
  e("2026-08-17", LIBUR, "Proklamasi Kemerdekaan Republik Indonesia", "Indonesian Independence Day", SKB),
  e("2026-08-25", LIBUR, "Maulid Nabi Muhammad SAW", "Prophet Muhammad's Birthday (Mawlid)", SKB),
  e("2026-12-24", CUTI, "Cuti bersama Kelahiran Yesus Kristus", "Collective leave: Christmas", CB),
  e("2026-12-25", LIBUR, "Kelahiran Yesus Kristus (Hari Raya Natal)", "Christmas Day", SKB),
];

/**
 * Ramadan 1447 H as set by the government's isbat. Muhammadiyah (KHGT) set 18 February - 19 March 2026
 * (1 Syawal on 20 March); the government's dates are used because they bind government offices.
 */
export const RAMADAN_2026: RamadanPeriod = {
  year: 2026,
  from: "2026-02-19",
  to: "2026-03-20",
  provenance: "official",
  sources: ["isbat-1447"],
  note: "1 Ramadan 1447 H = 2026-02-19 (isbat of 2026-02-17); 1 Syawal = 2026-03-21 (isbat of 2026-03-19, Ramadan completed to 30 days). Muhammadiyah: 1 Ramadan 2026-02-18, 1 Syawal 2026-03-20.",
};
