/**
 * 2025: national holidays (SKB 1017/2024, 2/2024, 2/2024 as amended by SKB 933/2025, 1/2025, 3/2025),
 * cuti bersama for ASN (Keppres 2/2025; 18 August added by the August 2025 amendment), the national
 * flexible-work days before Idul Fitri (SE Menteri PANRB 2/2025) and at the end of the year (SE Menteri PANRB
 * B/531/M.KT.02/2025, reported) and Ramadan 1446 H (government isbat).
 */
import type { HolidayEntry, RamadanPeriod } from "../types.js";
import type { CalendarSourceId } from "./sources.js";

type Kind = HolidayEntry["kind"];
const e = (
  date: string,
  kind: Kind,
  id: string,
  en: string,
  sources: CalendarSourceId[],
  note?: string,
): HolidayEntry => ({
  date,
  kind,
  name: { id, en },
  provenance: "official",
  sources,
  ...(note === undefined ? {} : { note }),
});

const LIBUR = "national_holiday" as const;
const CUTI = "cuti_bersama" as const;
const FWA = "national_flexible_work_day" as const;
const SKB: CalendarSourceId[] = ["skb-libur-2025"];
const CB: CalendarSourceId[] = ["skb-libur-2025", "keppres-2-2025"];
const FWA_SRC: CalendarSourceId[] = ["se-menpanrb-2-2025"];

/** The official 2025 entries, in date order. */
export const HOLIDAYS_2025: readonly HolidayEntry[] = [
  e("2025-01-01", LIBUR, "Tahun Baru 2025 Masehi", "New Year's Day 2025", SKB),
  e("2025-01-27", LIBUR, "Isra Mikraj Nabi Muhammad SAW", "Isra Mi'raj of the Prophet Muhammad", SKB),
  e(
    "2025-01-28",
    CUTI,
    "Cuti bersama Tahun Baru Imlek 2576 Kongzili",
    "Collective leave: Chinese New Year 2576 Kongzili",
    CB,
  ),
  e("2025-01-29", LIBUR, "Tahun Baru Imlek 2576 Kongzili", "Chinese New Year 2576 Kongzili", SKB),
  e(
    "2025-03-24",
    FWA,
    "Hari kerja fleksibel nasional (FWA) menjelang Idul Fitri 1446 H",
    "National flexible working day (FWA) before Eid al-Fitr 1446 H",
    FWA_SRC,
  ),
  e(
    "2025-03-25",
    FWA,
    "Hari kerja fleksibel nasional (FWA) menjelang Idul Fitri 1446 H",
    "National flexible working day (FWA) before Eid al-Fitr 1446 H",
    FWA_SRC,
  ),
  e(
    "2025-03-26",
    FWA,
    "Hari kerja fleksibel nasional (FWA) menjelang Idul Fitri 1446 H",
    "National flexible working day (FWA) before Eid al-Fitr 1446 H",
    FWA_SRC,
  ),
  e(
    "2025-03-27",
    FWA,
    "Hari kerja fleksibel nasional (FWA) menjelang Idul Fitri 1446 H",
    "National flexible working day (FWA) before Eid al-Fitr 1446 H",
    FWA_SRC,
  ),
  e(
    "2025-03-28",
    CUTI,
    "Cuti bersama Hari Suci Nyepi (Tahun Baru Saka 1947)",
    "Collective leave: Nyepi, Day of Silence (Saka New Year 1947)",
    CB,
  ),
  e("2025-03-29", LIBUR, "Hari Suci Nyepi (Tahun Baru Saka 1947)", "Nyepi, Day of Silence (Saka New Year 1947)", SKB),
  e("2025-03-31", LIBUR, "Hari Raya Idul Fitri 1446 Hijriah", "Eid al-Fitr 1446 H", SKB),
  e("2025-04-01", LIBUR, "Hari Raya Idul Fitri 1446 Hijriah (hari kedua)", "Eid al-Fitr 1446 H (second day)", SKB),
  e("2025-04-02", CUTI, "Cuti bersama Hari Raya Idul Fitri 1446 Hijriah", "Collective leave: Eid al-Fitr 1446 H", CB),
  e("2025-04-03", CUTI, "Cuti bersama Hari Raya Idul Fitri 1446 Hijriah", "Collective leave: Eid al-Fitr 1446 H", CB),
  e("2025-04-04", CUTI, "Cuti bersama Hari Raya Idul Fitri 1446 Hijriah", "Collective leave: Eid al-Fitr 1446 H", CB),
  e("2025-04-07", CUTI, "Cuti bersama Hari Raya Idul Fitri 1446 Hijriah", "Collective leave: Eid al-Fitr 1446 H", CB),
  e("2025-04-18", LIBUR, "Wafat Yesus Kristus", "Good Friday", SKB),
  e("2025-04-20", LIBUR, "Kebangkitan Yesus Kristus (Paskah)", "Easter Sunday", SKB),
  e("2025-05-01", LIBUR, "Hari Buruh Internasional", "International Labour Day", SKB),
  e("2025-05-12", LIBUR, "Hari Raya Waisak 2569 BE", "Vesak Day 2569 BE", SKB),
  e("2025-05-13", CUTI, "Cuti bersama Hari Raya Waisak 2569 BE", "Collective leave: Vesak Day 2569 BE", CB),
  e("2025-05-29", LIBUR, "Kenaikan Yesus Kristus", "Ascension of Jesus Christ", SKB),
  e("2025-05-30", CUTI, "Cuti bersama Kenaikan Yesus Kristus", "Collective leave: Ascension of Jesus Christ", CB),
  e("2025-06-01", LIBUR, "Hari Lahir Pancasila", "Pancasila Day", SKB),
  e("2025-06-06", LIBUR, "Hari Raya Idul Adha 1446 Hijriah", "Eid al-Adha 1446 H", SKB),
  e("2025-06-09", CUTI, "Cuti bersama Hari Raya Idul Adha 1446 Hijriah", "Collective leave: Eid al-Adha 1446 H", CB),
  e("2025-06-27", LIBUR, "1 Muharam Tahun Baru Islam 1447 Hijriah", "Islamic New Year 1447 H (1 Muharram)", SKB),
  e("2025-08-17", LIBUR, "Proklamasi Kemerdekaan Republik Indonesia", "Indonesian Independence Day", SKB),
  e(
    "2025-08-18",
    CUTI,
    "Cuti bersama Proklamasi Kemerdekaan (HUT ke-80 RI)",
    "Collective leave: 80th Independence Day",
    ["skb-libur-2025-perubahan"],
    "Added on 2025-08-07 by the amending SKB (933/2025, 1/2025, 3/2025); not in the original SKB nor in Keppres 2/2025.",
  ),
  e("2025-09-05", LIBUR, "Maulid Nabi Muhammad SAW", "Prophet Muhammad's Birthday (Mawlid)", SKB),
  e("2025-12-25", LIBUR, "Kelahiran Yesus Kristus (Hari Raya Natal)", "Christmas Day", SKB),
  e("2025-12-26", CUTI, "Cuti bersama Kelahiran Yesus Kristus", "Collective leave: Christmas", CB),
  // SE Menteri PANRB B/531/M.KT.02/2025 of 2025-12-18: seen only in press coverage, so `reported`.
  ...(["2025-12-29", "2025-12-30", "2025-12-31"] as const).map(
    (date): HolidayEntry => ({
      ...e(
        date,
        FWA,
        "Hari kerja fleksibel nasional (FWA) akhir tahun 2025",
        "National flexible working day (FWA), end of 2025",
        ["se-menpanrb-b-531-2025"],
      ),
      provenance: "reported",
      note: "SE Menteri PANRB B/531/M.KT.02/2025 (2025-12-18) as reported by Okezone; the circular's text was not seen.",
    }),
  ),
];

/** Ramadan 1446 H as set by the government's isbat; Muhammadiyah's dates were the same. */
export const RAMADAN_2025: RamadanPeriod = {
  year: 2025,
  from: "2025-03-01",
  to: "2025-03-30",
  provenance: "official",
  sources: ["isbat-1446"],
  note: "1 Ramadan 1446 H = 2025-03-01 (isbat of 2025-02-28); 1 Syawal = 2025-03-31 (isbat of 2025-03-29, Ramadan completed to 30 days). Muhammadiyah (Maklumat 1/MLM/I.0/E/2025) set the same dates.",
};
