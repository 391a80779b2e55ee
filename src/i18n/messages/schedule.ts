import { defineMessages } from "../define.js";

/** Messages of the schedule capability: reason codes, findings and errors. */
export const scheduleMessages = defineMessages({
  id: {
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
  },
  en: {
    invalid_schedule_input: "Invalid schedule input: {count:problem|problems} found.",
    schedule_duplicate_override: "Another override already exists on {date}: one override per date.",
    schedule_policy_required: "Give `jurisdiction` or `policy`.",
    schedule_period_reversed: "Period reversed: {from} is after {to}.",
    schedule_period_too_long: "Period too long ({days} days): schedule at most one year at a time.",
    schedule_duplicate_member: "Member id {id} is already used by member number {first}.",
    schedule_conflict_coverage_unreachable:
      "{date}: at least {required} must be on site, but at most {possible} can be (on leave: {onLeave}; official travel: {onTravel}; pinned flexible: {pinnedFlexible}).",
    schedule_conflict_role_coverage_unreachable:
      "{date}: at least {required} with role {role} must be on site, but at most {possible} can be (on leave: {onLeave}; official travel: {onTravel}; pinned flexible: {pinnedFlexible}).",
    schedule_conflict_seat_capacity_exceeded:
      "{date}: at least {required} must be on site, but there are only {possible} seats (must be on site: {mustBeOnSite}; pinned to the office: {pinnedOffice}).",
    schedule_conflict_seats_cannot_be_freed:
      "Week of {weekStart}: to fit {seats} seats, {required} person-days must be flexible on {dates}, but weekly caps and role minimums allow only {possible}.",
    schedule_conflict_pins_exceed_cap:
      "Week of {weekStart}: {member} is pinned flexible on {pinned:day|days}, more than the {allowed} allowed (cap {cap}, less {collective:counted collective day|counted collective days}).",
    schedule_conflict_pin_on_mandatory_office_weekday:
      "{date}: {member} is pinned flexible on a mandatory office weekday ({weekday}).",
    schedule_conflict_override_on_non_working_day:
      "{date}: {member} is pinned {kind} on a day that is not a working day ({dayKind}).",
    schedule_hard_flexible_day_cap:
      "Flexible days per person per week within the grant and the policy cap: {violations:violation|violations} in {checked} person-weeks.",
    schedule_hard_coverage_minimum:
      "Minimum on site met every working day: {violations:violation|violations} in {checked} days (tightest margin {tightestMargin}).",
    schedule_hard_role_coverage_minimum:
      "Minimum on site per role met: {violations:violation|violations} in {checked} role-days.",
    schedule_hard_seat_capacity: "Seat capacity never exceeded: {violations:violation|violations} in {checked} days.",
    schedule_hard_overrides_respected:
      "Leave, official travel and pinned days respected: {violations:violation|violations} in {checked} overrides.",
    schedule_hard_non_working_days_free:
      "Nothing scheduled on weekends, national holidays and cuti bersama: {violations:violation|violations} in {checked} person-days.",
    schedule_hard_weekly_hours:
      "Weekly hours as the calendar defines them (worked + excused = required): {violations:violation|violations} in {checked} person-weeks.",
    schedule_hard_mandatory_office_weekdays:
      "No chosen flexible day on a mandatory office weekday: {violations:violation|violations} in {checked} person-days.",
    schedule_hard_collective_days_applied:
      "Collective flexible days applied as the policy and unit kind say: {violations:violation|violations} in {checked} person-days.",
    schedule_soft_preferred_weekdays: "Members' preferred flexible weekdays honoured: {score} of {max}.",
    schedule_soft_popular_day_fairness:
      "Flexible Mondays/Fridays shared fairly: {score} of {max} members within 1 day of the most favoured (min {min}, max {maxCount}).",
    schedule_soft_anchor_days_together: "Anchor days: {score} of {max} attendances on site.",
    schedule_soft_pattern_stability: "Stable weekly pattern: {score} of {max} week-to-week transitions unchanged.",
    schedule_soft_granted_days_used: "Granted flexible days used: {score} of {max} usable days.",
    schedule_hard_maximum_flexible_share:
      "Members on a flexible-location day within the policy's share of the unit (of those working that day; leave and official travel not counted): {violations:violation|violations} in {checked} days.",
    schedule_conflict_flexible_share_exceeded:
      "{date}: at most {possible} may work flexibly (share {share} of the {working} working that day), but {required} are pinned flexible ({pinnedFlexible}).",
    schedule_week_policy: "Week of {weekStart}: {versions}, cap {cap:flexible day|flexible days} a week.",
    schedule_week_policy_changed:
      "Week of {weekStart}: the policy changes inside the week ({versions}); the whole week takes the smaller cap, {cap:flexible day|flexible days}.",
    invalid_schedule: "Invalid schedule: {count:problem|problems} found.",
    invalid_roster: "Invalid roster: {count:problem|problems} found.",
    roster_unknown_member: "Member {id} is in the roster but not in the schedule input.",
    roster_missing_member: "Member {id} is in the schedule input but not in the roster.",
    roster_date_outside_period: "Date {date} is outside the period {from} to {to}.",
  },
});
