import type { Templates } from "../../define.js";
import type { ScheduleParams } from "../../messages/schedule.js";

/** The schedule messages in Indonesian. */
export const messages = {
  invalid_schedule_input: "Masukan jadwal tidak valid: {count} masalah ditemukan.",
  schedule_duplicate_override:
    "Sudah ada pengecualian lain pada tanggal {date}: satu tanggal hanya boleh satu pengecualian.",
  schedule_policy_required: "Sebutkan `jurisdiction` atau `policy`.",
  schedule_period_reversed: "Periode terbalik: {from} sesudah {to}.",
  schedule_period_too_long: "Periode terlalu panjang ({days} hari): jadwalkan paling lama satu tahun sekaligus.",
  schedule_duplicate_member: "ID anggota {id} sudah dipakai oleh anggota ke-{first}.",
  schedule_conflict_coverage_unreachable:
    "{date}: minimal {required} orang harus di kantor, tetapi paling banyak {possible} yang bisa hadir (cuti: {onLeave}; dinas luar: {onTravel}; ditetapkan fleksibel: {pinnedFlexible}).",
  schedule_conflict_role_coverage_unreachable:
    "{date}: minimal {required} orang dengan peran {role} harus di kantor, tetapi paling banyak {possible} yang bisa hadir (cuti: {onLeave}; dinas luar: {onTravel}; ditetapkan fleksibel: {pinnedFlexible}).",
  schedule_conflict_seat_capacity_exceeded:
    "{date}: sedikitnya {required} orang wajib di kantor, tetapi kursi hanya {possible} (wajib hadir: {mustBeOnSite}; ditetapkan di kantor: {pinnedOffice}).",
  schedule_conflict_seats_cannot_be_freed:
    "Minggu {weekStart}: agar muat di {seats} kursi, pada {dates} total {required} hari-orang harus bekerja fleksibel, tetapi kuota mingguan dan batas minimum per peran hanya mengizinkan {possible}.",
  schedule_conflict_pins_exceed_cap:
    "Minggu {weekStart}: {member} ditetapkan fleksibel {pinned} hari, melebihi batas {allowed} hari (hak {cap} hari, dikurangi {collective} hari fleksibel bersama yang dihitung).",
  schedule_conflict_pin_on_mandatory_office_weekday:
    "{date}: {member} ditetapkan fleksibel pada hari wajib ke kantor ({weekday}).",
  schedule_conflict_override_on_non_working_day:
    "{date}: {member} ditetapkan {kind} pada hari yang bukan hari kerja ({dayKind}).",
  schedule_hard_flexible_day_cap:
    "Hari fleksibel per orang per minggu tidak melebihi hak dan batas kebijakan: {violations} pelanggaran dari {checked} orang-minggu.",
  schedule_hard_coverage_minimum:
    "Jumlah minimal di kantor terpenuhi setiap hari kerja: {violations} pelanggaran dari {checked} hari (selisih terketat {tightestMargin}).",
  schedule_hard_role_coverage_minimum:
    "Jumlah minimal per peran di kantor terpenuhi: {violations} pelanggaran dari {checked} peran-hari.",
  schedule_hard_seat_capacity: "Kapasitas kursi tidak terlampaui: {violations} pelanggaran dari {checked} hari.",
  schedule_hard_overrides_respected:
    "Cuti, dinas luar dan penetapan dihormati: {violations} pelanggaran dari {checked} pengecualian.",
  schedule_hard_non_working_days_free:
    "Tidak ada penugasan pada akhir pekan, libur nasional dan cuti bersama: {violations} pelanggaran dari {checked} hari-orang.",
  schedule_hard_weekly_hours:
    "Jam kerja mingguan sesuai kalender (jam kerja + jam cuti = jam wajib): {violations} pelanggaran dari {checked} orang-minggu.",
  schedule_hard_mandatory_office_weekdays:
    "Tidak ada hari fleksibel pilihan pada hari wajib ke kantor: {violations} pelanggaran dari {checked} hari-orang.",
  schedule_hard_collective_days_applied:
    "Hari fleksibel bersama diterapkan sesuai kebijakan dan jenis unit: {violations} pelanggaran dari {checked} hari-orang.",
  schedule_soft_preferred_weekdays: "Hari fleksibel pilihan anggota terpenuhi {score} dari {max}.",
  schedule_soft_popular_day_fairness:
    "Senin/Jumat fleksibel dibagi adil: {score} dari {max} anggota dalam selisih 1 hari dari yang paling banyak (min {min}, maks {maxCount}).",
  schedule_soft_anchor_days_together: "Hari kumpul: {score} dari {max} kehadiran di kantor.",
  schedule_soft_pattern_stability: "Pola mingguan stabil: {score} dari {max} pergantian minggu tanpa perubahan.",
  schedule_soft_granted_days_used: "Hak hari fleksibel terpakai: {score} dari {max} hari yang bisa dipakai.",
  schedule_hard_maximum_flexible_share:
    "Jumlah yang bekerja fleksibel tidak melebihi batas bagian unit dari kebijakan (dari yang bekerja hari itu; cuti dan dinas luar tidak dihitung): {violations} pelanggaran dari {checked} hari.",
  schedule_conflict_flexible_share_exceeded:
    "{date}: paling banyak {possible} orang boleh bekerja fleksibel (bagian {share} dari {working} orang yang bekerja hari itu), tetapi {required} sudah ditetapkan fleksibel ({pinnedFlexible}).",
  schedule_week_policy: "Minggu {weekStart}: {versions}, batas {cap} hari fleksibel per minggu.",
  schedule_week_policy_changed:
    "Minggu {weekStart}: kebijakan berganti di tengah minggu ({versions}); seluruh minggu memakai batas terkecil, {cap} hari fleksibel.",
  invalid_schedule: "Jadwal tidak valid: {count} masalah ditemukan.",
  invalid_roster: "Roster tidak valid: {count} masalah ditemukan.",
  roster_unknown_member: "Anggota {id} ada di roster tetapi tidak ada di masukan jadwal.",
  roster_missing_member: "Anggota {id} ada di masukan jadwal tetapi tidak ada di roster.",
  roster_date_outside_period: "Tanggal {date} di luar periode {from} s.d. {to}.",
  export_member_unknown: "Anggota {member} tidak ada dalam jadwal.",
} satisfies Templates<ScheduleParams>;
