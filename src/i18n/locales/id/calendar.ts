import type { Templates } from "../../define.js";
import type { CalendarParams } from "../../messages/calendar.js";

/** The calendar messages in Indonesian. */
export const messages = {
  calendar_year_unavailable:
    "Belum ada tabel resmi hari libur nasional dan cuti bersama untuk tahun {year} (tersedia: {available}). Berikan hari libur tahun itu lewat opsi holidays, atau pilih allowEstimates: true untuk memakai hanya hari libur bertanggal tetap (1 Jan, 1 Mei, 1 Jun, 17 Agu, 25 Des) yang ditandai sebagai perkiraan.",
  calendar_invalid_period: "Periode tidak valid: gunakan bulan YYYY-MM atau { from: YYYY-MM-DD, to: YYYY-MM-DD }.",
  calendar_period_reversed: "Periode terbalik: tanggal awal {from} sesudah tanggal akhir {to}.",
  calendar_period_too_long: "Periode terlalu panjang: {days} hari, paling banyak {maximum} hari.",
  calendar_invalid_options: "Opsi kalender tidak valid: {count} masalah ditemukan.",
  calendar_holiday_duplicate: "Tanggal {date} sudah ada dengan jenis {kind} pada entri {first}.",
  calendar_ramadan_reversed: "Awal Ramadan {from} sesudah akhirnya {to}.",
  calendar_unknown_source: "Sumber {id} tidak dikenal: cantumkan dasar hukumnya di opsi sources.",
  calendar_invalid_policy: "Kebijakan tidak valid untuk kalender: berikan hasil resolvePolicy().",
  calendar_ramadan_unknown:
    "Tidak ada data Ramadan untuk tahun {year}: hari-hari Ramadan memakai jam kerja biasa. Berikan periode Ramadan lewat opsi ramadan.",
  calendar_period_outside_policy:
    "Periode {from} s.d. {to} melewati masa berlaku kebijakan {jurisdiction}@{version} ({effectiveFrom} s.d. {effectiveUntil}).",
  calendar_ramadan_estimated:
    "Ramadan {year} diperkirakan {from} s.d. {to} (belum ada sidang isbat): hari-hari itu memakai jam Ramadan dan bertanda perkiraan. Berikan periode resmi lewat opsi ramadan setelah isbat.",
  calendar_estimated_year:
    "Tahun {year} memakai perkiraan: hanya hari libur bertanggal tetap yang dimasukkan; hari libur yang berpindah tanggal dan cuti bersama belum diketahui.",
} satisfies Templates<CalendarParams>;
