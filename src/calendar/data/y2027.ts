/**
 * 2027: national holidays and cuti bersama of SKB Menteri Agama, Menteri Ketenagakerjaan and Menteri PANRB
 * No. 1205/2026, 3/2026, 2/2026 (signed 2026-09-15). No Ramadan period: 1 Ramadan 1448 H is set by the
 * government's isbat around February 2027, so it is not shipped (estimates only, on the caller's opt-in).
 *
 * Provenance is `reported`, not `official`: the day list was taken from coverage of the decree (setneg.go.id
 * "Inilah SKB 3 Menteri libur nasional dan cuti bersama 2027", kemenkopmk.go.id) as summarised in the
 * project's domain brief of 2026-11-30; neither the decree text nor those pages were found by our
 * reviewer's search on 2026-11-30. The ASN cuti bersama Keppres for 2027 was not found either, and the
 * religious dates can still move by a decree of the Minister of Religious Affairs (as in 2025 and 2026).
 */
import type { HolidayEntry } from "../types.js";
import type { CalendarSourceId } from "./sources.js";

type Kind = HolidayEntry["kind"];
const REVIEW_NOTE =
  "Reported day list of SKB 1205/2026, 3/2026, 2/2026 (reviewed 2026-11-30; decree text not seen). Religious dates may still move by a Religious Affairs decree.";
const e = (date: string, kind: Kind, id: string, en: string, note?: string): HolidayEntry => ({
  date,
  kind,
  name: { id, en },
  provenance: "reported",
  sources: [...SKB],
  note: note === undefined ? REVIEW_NOTE : `${REVIEW_NOTE} ${note}`,
});

const LIBUR = "national_holiday" as const;
const CUTI = "cuti_bersama" as const;
const SKB: CalendarSourceId[] = ["skb-libur-2027"];
const ADJACENT =
  "The feast this cuti bersama day belongs to is read from its neighbours; the reported list gives only the date.";

/** The 2027 entries (18 national holidays, 8 cuti bersama), in date order. */
export const HOLIDAYS_2027: readonly HolidayEntry[] = [
  e("2027-01-01", LIBUR, "Tahun Baru 2027 Masehi", "New Year's Day 2027"),
  e("2027-01-05", LIBUR, "Isra Mikraj Nabi Muhammad SAW (1448 H)", "Isra Mi'raj of the Prophet Muhammad (1448 H)"),
  e(
    "2027-02-05",
    CUTI,
    "Cuti bersama Tahun Baru Imlek 2578 Kongzili",
    "Collective leave: Chinese New Year 2578 Kongzili",
    ADJACENT,
  ),
  e("2027-02-06", LIBUR, "Tahun Baru Imlek 2578 Kongzili", "Chinese New Year 2578 Kongzili"),
  e("2027-03-08", LIBUR, "Hari Suci Nyepi (Tahun Baru Saka 1949)", "Nyepi, Day of Silence (Saka New Year 1949)"),
  e(
    "2027-03-09",
    CUTI,
    "Cuti bersama Nyepi dan Idul Fitri 1448 Hijriah",
    "Collective leave: Nyepi and Eid al-Fitr 1448 H",
    ADJACENT,
  ),
  e("2027-03-10", LIBUR, "Hari Raya Idul Fitri 1448 Hijriah", "Eid al-Fitr 1448 H"),
  e("2027-03-11", LIBUR, "Hari Raya Idul Fitri 1448 Hijriah (hari kedua)", "Eid al-Fitr 1448 H (second day)"),
  e(
    "2027-03-12",
    CUTI,
    "Cuti bersama Hari Raya Idul Fitri 1448 Hijriah",
    "Collective leave: Eid al-Fitr 1448 H",
    ADJACENT,
  ),
  e(
    "2027-03-15",
    CUTI,
    "Cuti bersama Hari Raya Idul Fitri 1448 Hijriah",
    "Collective leave: Eid al-Fitr 1448 H",
    ADJACENT,
  ),
  e("2027-03-25", CUTI, "Cuti bersama Wafat Yesus Kristus", "Collective leave: Good Friday", ADJACENT),
  e("2027-03-26", LIBUR, "Wafat Yesus Kristus", "Good Friday"),
  e("2027-03-28", LIBUR, "Kebangkitan Yesus Kristus (Paskah)", "Easter Sunday"),
  e("2027-05-01", LIBUR, "Hari Buruh Internasional", "International Labour Day"),
  e("2027-05-06", LIBUR, "Kenaikan Yesus Kristus", "Ascension of Jesus Christ"),
  e("2027-05-17", LIBUR, "Hari Raya Idul Adha 1448 Hijriah", "Eid al-Adha 1448 H"),
  e(
    "2027-05-18",
    CUTI,
    "Cuti bersama Hari Raya Idul Adha 1448 Hijriah",
    "Collective leave: Eid al-Adha 1448 H",
    ADJACENT,
  ),
  e(
    "2027-05-19",
    CUTI,
    "Cuti bersama Idul Adha 1448 H dan Waisak 2571 BE",
    "Collective leave: Eid al-Adha 1448 H and Vesak 2571 BE",
    ADJACENT,
  ),
  e("2027-05-20", LIBUR, "Hari Raya Waisak 2571 BE", "Vesak Day 2571 BE"),
  e("2027-06-01", LIBUR, "Hari Lahir Pancasila", "Pancasila Day"),
  e("2027-06-06", LIBUR, "1 Muharam Tahun Baru Islam 1449 Hijriah", "Islamic New Year 1449 H (1 Muharram)"),
  e("2027-08-15", LIBUR, "Maulid Nabi Muhammad SAW", "Prophet Muhammad's Birthday (Mawlid)"),
  e("2027-08-17", LIBUR, "Proklamasi Kemerdekaan Republik Indonesia", "Indonesian Independence Day"),
  e("2027-12-24", CUTI, "Cuti bersama Kelahiran Yesus Kristus", "Collective leave: Christmas", ADJACENT),
  e("2027-12-25", LIBUR, "Kelahiran Yesus Kristus (Hari Raya Natal)", "Christmas Day"),
  e("2027-12-26", LIBUR, "Isra Mikraj Nabi Muhammad SAW (1449 H)", "Isra Mi'raj of the Prophet Muhammad (1449 H)"),
];
