/** The help text of `mkd` in Indonesian (codes declared in messages/cli-help.ts). */
export const messages = {
  // Section titles.
  cli_help_title: "mkd: Mekanisme Kerja Dinamis (MKD) Jawa Barat dari baris perintah",
  cli_help_usage: "Pemakaian:",
  cli_help_overview_usage: "mkd <perintah> [opsi] [BERKAS | -]",
  cli_help_commands: "Perintah:",
  cli_help_flags_common: "Opsi umum (boleh di mana saja pada baris, sebelum atau sesudah perintah):",
  cli_help_flags_own: "Opsi mkd {command}:",
  cli_help_flags_global: "Opsi global (di mana saja pada baris):",
  cli_help_file:
    "BERKAS adalah CSV (koma atau titik koma, UTF-8 dengan atau tanpa BOM), JSON, atau NDJSON; - membaca stdin.",
  cli_help_docs: "Dokumentasi: {url}",
  cli_help_exits:
    "Kode keluar: 0 semua baris dijawab · 1 ada baris tidak valid (baris galat ditulis, sisanya dijawab) · 2 salah pakai ·\n             3 masukan atau kebijakan tidak dapat dipakai · 4 jadwal tidak mungkin disusun (konflik ditulis) ·\n             5 keluaran tidak dapat ditulis",
  // Commands: the overview line and the text under the usage line.
  cli_help_eligibility_summary: "apakah tiap pegawai boleh MKD, dengan berapa hari fleksibel per minggu",
  cli_help_eligibility_about:
    "Satu jawaban per baris masukan, berurutan: hasil (eligible | ineligible | needs_approval), hari fleksibel yang\ndiberikan, format (mis. 2-3) dan aturan yang tidak terpenuhi. Baris tidak valid mendapat baris galat dengan\nnomor barisnya. Judul kolom CSV: lihat {url}.",
  cli_help_schedule_summary: "jadwal unit untuk satu bulan (CSV/JSON anggota, atau JSON masukan jadwal lengkap)",
  cli_help_schedule_about:
    "BERKAS: anggota (CSV/JSON/NDJSON; granted_days, atau kolom eligibility yang diputuskan pada hari pertama bulan)\natau JSON masukan jadwal lengkap ({ unit, members, period, ... }). Keluaran tabel berupa grid.",
  cli_help_calendar_summary: "jadwal sebagai grid bulanan HTML, CSV, dan satu berkas .ics per pegawai",
  cli_help_calendar_about:
    "Menulis DIR/<unit>-<bulan>.html (grid bulanan), DIR/<unit>-<bulan>.csv dan DIR/ics/<pegawai>.ics (RFC 5545,\nAsia/Jakarta). BERKAS juga boleh JSON jadwal dari `mkd schedule --format json`.",
  cli_help_score_summary: "nilai bulanan dari baris indikator (satu baris per pegawai, bulan, dan indikator)",
  cli_help_score_about:
    "Baris: employee_id, month, indicator_id, target (atau target_min/target_max), realisation, weight, direction,\naspect, unit, behaviour, report_submitted. Baris satu pegawai dan bulan harus berurutan.\nSatu jawaban per pegawai-bulan: nilai gabungan, rating, predikat, tanda.",
  cli_help_warn_summary: "peringatan dini beberapa bulan per pegawai, dengan rekomendasi bulan berikutnya",
  cli_help_warn_about:
    "Baris sama dengan `mkd score`, beberapa bulan per pegawai (baris satu pegawai berurutan, bulan berurutan).\nSatu jawaban per pegawai: tingkat per bulan dan rekomendasi untuk bulan berikutnya.",
  cli_help_policy_summary:
    "isi kebijakan, periksa dokumen, JSON Schema, bandingkan dua kebijakan, cakrawala data, kasus emas",
  cli_help_policy_show: "isi kebijakan yang berlaku pada --as-of: parameter, sumber, aturan",
  cli_help_policy_validate: "periksa dokumen kebijakan (struktur, sumber, fakta, batas nasional)",
  cli_help_policy_schema: "JSON Schema dokumen kebijakan",
  cli_help_policy_diff:
    "bandingkan dua kebijakan; A, B: yurisdiksi@versi, yurisdiksi (berlaku pada --as-of), atau BERKAS.json",
  cli_help_policy_status: "sampai kapan keputusan libur, periode Ramadan dan surat edaran diketahui; tanggal tinjauan",
  cli_help_policy_test:
    "kasus emas terhadap dokumen kebijakan (bawaan: kasus bawaan yurisdiksi yang diperluasnya); setiap kasus gagal\nbeserta perbedaannya; keluar 0 semua lulus, 1 ada yang gagal",
  cli_help_demo_summary: "jalankan semuanya pada unit contoh (sekitar 40 pegawai, Desember 2026)",
  cli_help_demo_about:
    "Menjalankan eligibility, jadwal Desember 2026 (jabar 2026-01-01) dan nilai tiga bulan atas unit contoh\n(examples/data/), lalu menulis kalender HTML, CSV, dan berkas .ics ke DIR (bawaan ./mkd-demo-output).",
  cli_help_help_summary: "bantuan ini, atau bantuan satu perintah",
  // Flags.
  cli_help_flag_format:
    "format keluaran (bawaan: tabel di terminal, selain itu ndjson untuk baris, json untuk dokumen)",
  cli_help_flag_output: "tulis jawaban ke BERKAS, bukan stdout",
  cli_help_flag_locale: "bahasa pesan dan label (bawaan: LC_ALL, LC_MESSAGES atau LANG, selain itu id)",
  cli_help_flag_jurisdiction: "kebijakan bawaan yang dipakai (bawaan jabar)",
  cli_help_flag_policy: "dokumen kebijakan atau overlay (mis. milik pemerintah kota), divalidasi dulu",
  cli_help_flag_as_of: "tanggal keputusan (bawaan: hari ini, Asia/Jakarta)",
  cli_help_flag_month: "bulan yang dijadwalkan (schedule, calendar)",
  cli_help_flag_input_format: "format masukan (bawaan: dari nama berkas; stdin dikenali otomatis)",
  cli_help_flag_delimiter: "pemisah CSV masukan (bawaan: dikenali dari baris judul)",
  cli_help_flag_csv_delimiter: "pemisah CSV keluaran (bawaan ,)",
  cli_help_flag_bom: "awali CSV keluaran dengan BOM UTF-8 (Excel)",
  cli_help_flag_quiet: "tanpa ringkasan di stderr",
  cli_help_flag_help: "bantuan ini",
  cli_help_flag_version: "versi mkd-engine",
  cli_help_flag_unit_id: "id unit (bawaan: dari nama berkas)",
  cli_help_flag_unit_name: "nama unit",
  cli_help_flag_unit_kind: "jenis unit (bawaan general)",
  cli_help_flag_min_on_site: "paling sedikit N pegawai di kantor tiap hari kerja",
  cli_help_flag_min_on_site_share: "paling sedikit bagian ini dari pegawai di kantor tiap hari kerja",
  cli_help_flag_role_min: "paling sedikit N pegawai ber-ROLE di kantor (boleh diulang)",
  cli_help_flag_seats: "jumlah meja di kantor",
  cli_help_flag_anchor: "hari semua pegawai di kantor (boleh diulang)",
  cli_help_flag_request_collective: "hari yang diminta unit untuk fleksibel bersama (boleh diulang)",
  cli_help_flag_calendar_out: "folder berkas kalender (calendar)",
  cli_help_flag_demo_out: "folder berkas kalender (bawaan ./mkd-demo-output)",
  cli_help_flag_demo_data: "folder data contoh (bawaan: examples/data bawaan)",
} as const;
