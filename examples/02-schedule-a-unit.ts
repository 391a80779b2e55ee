/**
 * 02: schedule a unit for December 2026 under the jabar 2026 policy (collective work-from-home Thursdays,
 * 24-25 December cuti bersama and Christmas), then export the calendar files.
 * Run: npx tsx examples/02-schedule-a-unit.ts
 */
import { generateSchedule, scheduleToCsv, scheduleToHtml, scheduleToIcsFiles } from "../src/index.js";

const result = generateSchedule({
  unit: {
    id: "bkd-mutasi",
    name: "BKD Bidang Mutasi",
    kind: "general",
    minimumOnSite: { share: 0.5, perRole: { front_desk: 1 } },
    anchorWeekdays: ["monday"],
  },
  members: [
    { id: "m1", name: "Siti", grantedFlexibleDays: 2, roles: ["front_desk"], preferredFlexibleWeekdays: ["tuesday"] },
    {
      id: "m2",
      name: "Budi",
      grantedFlexibleDays: 2,
      overrides: [{ date: "2026-12-08", kind: "leave", note: "cuti tahunan" }],
    },
    {
      id: "m3",
      name: "Dewi",
      grantedFlexibleDays: 1,
      roles: ["front_desk"],
      overrides: [{ date: "2026-12-15", kind: "official_travel" }],
    },
    { id: "m4", name: "Eka", grantedFlexibleDays: 0 },
    { id: "m5", name: "Fajar", grantedFlexibleDays: 2, preferredFlexibleWeekdays: ["friday"] },
    { id: "m6", name: "Gita", grantedFlexibleDays: 1 },
  ],
  period: "2026-12",
  jurisdiction: "jabar",
});

if (result.status === "infeasible") {
  for (const c of result.conflicts) console.log(c.message.en);
  process.exit(1);
}
const { schedule } = result;
console.log(`${schedule.unit.name}: ${schedule.compliance.verdict} under ${schedule.policy.chain.join(" > ")}`);
for (const day of schedule.days.filter((d) => d.kind === "working").slice(0, 5)) {
  console.log(
    `  ${day.date} ${day.weekday.padEnd(9)} on site ${day.onSite}/${day.requiredOnSite} required${day.collective ? ` (${day.collective})` : ""}`,
  );
}
for (const h of schedule.compliance.hard) console.log(`  ${h.held ? "held" : "BROKEN"} ${h.code}`);

// Exports are plain strings: write them wherever you like (here we only measure them).
const html = scheduleToHtml(schedule, { locale: "en" });
const csv = scheduleToCsv(schedule);
const ics = scheduleToIcsFiles(schedule);
console.log(
  `html ${html.length} chars, csv ${csv.split("\r\n").length - 2} rows, ${ics.length} .ics files (${ics[0]!.fileName})`,
);
