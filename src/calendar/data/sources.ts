/**
 * The instruments behind the shipped holiday, cuti bersama, national flexible-work-day and Ramadan
 * tables. Each table entry cites these ids; a calendar lists the ones it used in `sources`.
 */
import type { LegalBasis } from "../../policy/schema.js";

/** Every legal basis the shipped calendar tables cite, by id. */
export const CALENDAR_SOURCES = {
  "skb-libur-2025": {
    id: "skb-libur-2025",
    kind: "decree",
    title:
      "Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB Nomor 1017 Tahun 2024, Nomor 2 Tahun 2024, Nomor 2 Tahun 2024 tentang Hari Libur Nasional dan Cuti Bersama Tahun 2025",
    url: "https://www.jpnn.com/news/27-hari-libur-nasional-cuti-bersama-2025-inilah-tanggal-tanggalnya",
    date: "2024-10-14",
  },
  "skb-libur-2025-perubahan": {
    id: "skb-libur-2025-perubahan",
    kind: "decree",
    title:
      "Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB Nomor 933 Tahun 2025, Nomor 1 Tahun 2025, Nomor 3 Tahun 2025 (perubahan SKB Hari Libur Nasional dan Cuti Bersama Tahun 2025: cuti bersama 18 Agustus 2025)",
    url: "https://fajar.co.id/2025/08/08/presiden-prabowo-resmi-tetapkan-18-agustus-sebagai-cuti-bersama-nasional/",
    date: "2025-08-07",
  },
  "keppres-2-2025": {
    id: "keppres-2-2025",
    kind: "decree",
    title: "Keputusan Presiden Nomor 2 Tahun 2025 tentang Cuti Bersama Pegawai Aparatur Sipil Negara Tahun 2025",
    url: "https://news.okezone.com/read/2025/01/17/337/3105414/prabowo-tetapkan-cuti-bersama-asn-tahun-2025-ini-daftarnya",
    date: "2025-01-16",
  },
  "se-menpanrb-2-2025": {
    id: "se-menpanrb-2-2025",
    kind: "circular",
    title:
      "Surat Edaran Menteri PANRB Nomor 2 Tahun 2025 tentang Penyesuaian Pelaksanaan Tugas Kedinasan Pegawai ASN pada Masa Libur Nasional dan Cuti Bersama Hari Suci Nyepi Tahun Baru Saka 1947 dan Hari Raya Idul Fitri 1446 Hijriah",
    url: "https://www.sulawesinetwork.com/nasional/65214748603/asn-bisa-wfa-mulai-24-27-maret-2024-menjelang-lebaran-upaya-pemerintah-untuk-memecah-kemacetan-arus-mudik",
  },
  "skb-libur-2026": {
    id: "skb-libur-2026",
    kind: "decree",
    title:
      "Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, Nomor 5 Tahun 2025 tentang Hari Libur Nasional dan Cuti Bersama Tahun 2026",
    url: "https://disdiksmg.semarangkota.go.id/post-detail/resmi-daftar-hari-libur-nasional-dan-cuti-bersama-tahun-2026-berdasarkan-skb-3-menteri",
    date: "2025-09-19",
  },
  "keppres-42-2025": {
    id: "keppres-42-2025",
    kind: "decree",
    title: "Keputusan Presiden Nomor 42 Tahun 2025 tentang Cuti Bersama Pegawai Aparatur Sipil Negara Tahun 2026",
    url: "https://jakarta365.net/nasional/2847935/presiden-prabowo-teken-keppres-cuti-bersama-selama-8-hari-di-2026-intip-tanggalnya",
    date: "2025-12-31",
  },
  "se-menpanrb-2-2026": {
    id: "se-menpanrb-2-2026",
    kind: "circular",
    title:
      "Surat Edaran Menteri PANRB Nomor 2 Tahun 2026 tentang Penyesuaian Pelaksanaan Tugas Kedinasan bagi Pegawai ASN di Instansi Pemerintah pada Masa Libur Nasional dan Cuti Bersama Hari Suci Nyepi dan Hari Raya Idulfitri 1447 Hijriah",
    url: "https://economy.okezone.com/read/2026/02/11/320/3200920/pemerintah-rilis-surat-edaran-soal-wfa-lebaran-bagi-asn",
  },
  "isbat-1446": {
    id: "isbat-1446",
    kind: "decree",
    title: "Sidang isbat Kementerian Agama: 1 Ramadan 1446 H = 1 Maret 2025, 1 Syawal 1446 H = 31 Maret 2025",
    url: "https://trendingmaluku.com/2025/03/29/resmi-pemerintah-tetapkan-idul-fitri-1446-h-jatuh-pada-31-maret-2025/",
    date: "2025-03-29",
  },
  "isbat-1447": {
    id: "isbat-1447",
    kind: "decree",
    title: "Sidang isbat Kementerian Agama: 1 Ramadan 1447 H = 19 Februari 2026, 1 Syawal 1447 H = 21 Maret 2026",
    url: "https://prokaltim.com/2026/03/lebaran-dipastikan-sabtu-ini-alasan-pemerintah-tetapkan-1-syawal-1447-h/?amp=1",
    date: "2026-03-19",
  },
  "se-menpanrb-b-531-2025": {
    id: "se-menpanrb-b-531-2025",
    kind: "circular",
    title:
      "Surat Edaran Menteri PANRB Nomor B/531/M.KT.02/2025 (18 Desember 2025): penyesuaian tugas kedinasan ASN secara fleksibel (FWA) pada 29, 30 dan 31 Desember 2025 (dilaporkan Okezone 2025-12-18; teks surat tidak ditemukan saat peninjauan 2026-11-30)",
    date: "2025-12-18",
  },
  "skb-libur-2027": {
    id: "skb-libur-2027",
    kind: "decree",
    title:
      "Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB Nomor 1205 Tahun 2026, Nomor 3 Tahun 2026, Nomor 2 Tahun 2026 tentang Hari Libur Nasional dan Cuti Bersama Tahun 2027 (ditandatangani 15 September 2026; daftar hari menurut pemberitaan setneg.go.id dan kemenkopmk.go.id, teks keputusan tidak ditemukan saat peninjauan 2026-11-30)",
    date: "2026-09-15",
  },
} as const satisfies Record<string, LegalBasis>;

/** Id of a legal basis behind the shipped calendar tables. */
export type CalendarSourceId = keyof typeof CALENDAR_SOURCES;
