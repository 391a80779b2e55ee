import { defineMessages } from "../define.js";

/** Messages of the calendar capability: reason codes, findings and errors. */
export const calendarMessages = defineMessages({
  id: {
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
  },
  en: {
    calendar_year_unavailable:
      "No official national holiday and cuti bersama table for {year} yet (available: {available}). Pass that year's holidays in the holidays option, or set allowEstimates: true to use only the fixed-date holidays (1 Jan, 1 May, 1 Jun, 17 Aug, 25 Dec), marked as estimates.",
    calendar_invalid_period: "Invalid period: use a month YYYY-MM or { from: YYYY-MM-DD, to: YYYY-MM-DD }.",
    calendar_period_reversed: "Reversed period: the start {from} is after the end {to}.",
    calendar_period_too_long: "Period too long: {days} days, at most {maximum}.",
    calendar_invalid_options: "Invalid calendar options: {count:problem|problems} found.",
    calendar_holiday_duplicate: "The date {date} is already listed with kind {kind} at entry {first}.",
    calendar_ramadan_reversed: "Ramadan starts {from}, after its end {to}.",
    calendar_unknown_source: "Unknown source {id}: list its legal basis in the sources option.",
    calendar_invalid_policy: "Invalid policy for a calendar: pass the result of resolvePolicy().",
    calendar_ramadan_unknown:
      "No Ramadan data for {year}: Ramadan days use normal office hours. Pass the Ramadan period in the ramadan option.",
    calendar_period_outside_policy:
      "The period {from} to {to} reaches outside the effective dates of policy {jurisdiction}@{version} ({effectiveFrom} to {effectiveUntil}).",
    calendar_ramadan_estimated:
      "Ramadan {year} is estimated as {from} to {to} (no isbat yet): those days use Ramadan hours and are marked as estimates. Pass the official period in the ramadan option after the isbat.",
    calendar_estimated_year:
      "{year} uses estimates: only fixed-date holidays are included; moving holidays and cuti bersama are not known yet.",
  },
});
