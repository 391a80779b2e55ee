/**
 * A self-contained HTML month grid of a schedule: members by days, a colour and a letter per mode (the
 * letter keeps it readable in black-and-white print and for colour-blind readers), the on-site count per
 * day against the required minimum, the compliance verdict and the policy version. No external assets,
 * no script: one file that opens anywhere and prints on one landscape page.
 */
import type { Locale } from "../i18n/index.js";
import type { AssignmentMode, Schedule, ScheduleDay } from "../schedule/types.js";
import { modeLabel, modeMark, reasonLabel, WEEKDAY_SHORT, word } from "./labels.js";

/**
 * Options for {@link scheduleToHtml}.
 *
 * @example
 * ```ts
 * const options: ScheduleHtmlOptions = { locale: "en", title: "December rota" };
 * ```
 */
export interface ScheduleHtmlOptions {
  /** Language of every label (default Indonesian). */
  readonly locale?: Locale;
  /** Page title (default "MKD schedule: <unit>"). */
  readonly title?: string;
}

/**
 * Escapes text for HTML element content and attribute values.
 *
 * @example
 * ```ts
 * escapeHtml('<b>"Siti" & co</b>'); // "&lt;b&gt;&quot;Siti&quot; &amp; co&lt;/b&gt;"
 * ```
 */
function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Background colours per mode, chosen to stay distinct when printed in grey as well (with the letters). */
const COLOURS: Record<AssignmentMode, string> = {
  office: "#9ec5fe",
  flexible: "#a3e4b8",
  official_travel: "#ffd36e",
  leave: "#f5a9c6",
  holiday: "#d0d0d0",
  weekend: "#f1f1f1",
};

const MODES_IN_LEGEND: readonly AssignmentMode[] = [
  "office",
  "flexible",
  "official_travel",
  "leave",
  "holiday",
  "weekend",
];

const STYLE = `
*{box-sizing:border-box}
body{font:13px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#1b1f24;margin:16px;background:#fff}
h1{font-size:20px;margin:0 0 4px}
.meta{margin:0 0 8px;color:#444}
.verdict{display:inline-block;padding:4px 10px;border-radius:4px;font-weight:600;margin:4px 0 10px}
.verdict.ok{background:#dff5e3;color:#0b5a1f;border:1px solid #7cc28a}
.verdict.bad{background:#fde2e1;color:#8a1111;border:1px solid #e08a88}
.legend{display:flex;flex-wrap:wrap;gap:6px 14px;margin:0 0 10px;padding:0;list-style:none}
.legend li{display:flex;align-items:center;gap:5px}
.sw{display:inline-block;width:22px;height:18px;border:1px solid #999;text-align:center;font-weight:600;font-size:11px;line-height:16px}
.wrap{overflow-x:auto}
table.grid{border-collapse:collapse;font-size:12px}
.grid th,.grid td{border:1px solid #b9b9b9;padding:2px 3px;text-align:center;min-width:24px}
.grid thead th{background:#f6f8fa;font-weight:600;vertical-align:bottom}
.grid th.name{text-align:left;min-width:170px;position:sticky;left:0;background:#fff;z-index:1;font-weight:500}
.grid th.name small{display:block;color:#666;font-weight:400}
.grid td.cell{font-weight:600}
.grid th.day.nonworking{background:#e6e6e6;color:#555}
.grid th.day.collective{box-shadow:inset 0 -3px 0 #2da44e}
.grid th.day.anchor{box-shadow:inset 0 3px 0 #8250df}
.grid tfoot th,.grid tfoot td{background:#fafafa;font-weight:600}
.grid tfoot td.short{background:#fde2e1;color:#8a1111}
.grid td.num{color:#333}
${MODES_IN_LEGEND.map((m) => `.m-${m}{background:${COLOURS[m]}}`).join("\n")}
.m-weekend,.m-holiday{color:#777;font-weight:400}
section.report{display:flex;flex-wrap:wrap;gap:24px;margin-top:14px}
section.report ul{margin:4px 0;padding-left:18px}
section.report li.held::marker{content:"✓ ";color:#1a7f37}
section.report li.broken::marker{content:"✗ ";color:#cf222e}
footer{margin-top:14px;color:#555;font-size:11px}
@media print{
  @page{size:A4 landscape;margin:8mm}
  body{margin:0;font-size:10px}
  .grid{font-size:9px}
  .grid th,.grid td{min-width:16px;padding:1px}
  .wrap{overflow:visible}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}`;

function dayClasses(day: ScheduleDay): string {
  const classes = ["day", `kind-${day.kind}`];
  if (day.kind !== "working") classes.push("nonworking");
  if (day.collective || day.nationalFlexibleWorkDay) classes.push("collective");
  if (day.anchor) classes.push("anchor");
  return classes.join(" ");
}

function dayTitle(day: ScheduleDay, locale: Locale): string {
  const notes: string[] = [day.date];
  if (day.kind === "national_holiday") notes.push(word("nationalHoliday", locale));
  if (day.kind === "cuti_bersama") notes.push(word("cutiBersama", locale));
  if (day.collective === "collective_flexible_day") notes.push(word("collective", locale));
  if (day.nationalFlexibleWorkDay) notes.push(word("nationalFwa", locale));
  if (day.ramadan) notes.push(word("ramadan", locale));
  if (day.anchor) notes.push(word("anchor", locale));
  return notes.join(" · ");
}

/**
 * The schedule as one self-contained HTML page (inline CSS, no script, no external asset).
 * Elements carry `data-` attributes (`data-date`, `data-member`, `data-mode`, `data-onsite`) so the page
 * can be checked by a machine as well as read by a person.
 *
 * @example
 * ```ts
 * const html = scheduleToHtml(schedule, { locale: "en" });
 * // "<!doctype html><html lang=\"en\">..." (write it to a .html file and open it in a browser)
 * ```
 */
export function scheduleToHtml(schedule: Schedule, options: ScheduleHtmlOptions = {}): string {
  const locale = options.locale ?? "id";
  const e = escapeHtml;
  const unit = schedule.unit.name ?? schedule.unit.id;
  const title = options.title ?? `${word("title", locale)}: ${unit}`;
  const compliant = schedule.compliance.verdict === "compliant";
  const policy = schedule.policy;

  const head = schedule.days
    .map(
      (d) =>
        `<th scope="col" class="${dayClasses(d)}" data-date="${d.date}" title="${e(dayTitle(d, locale))}">${Number(d.date.slice(8))}<br><small>${e(WEEKDAY_SHORT[locale][d.weekday] ?? d.weekday)}</small></th>`,
    )
    .join("");

  const body = schedule.members
    .map((m) => {
      let office = 0;
      let flexible = 0;
      const cells = m.assignments
        .map((a) => {
          if (a.mode === "office") office++;
          if (a.mode === "flexible") flexible++;
          const hint = [
            modeLabel(a.mode, locale),
            a.start && a.end ? `${a.start}-${a.end}` : "",
            a.reasons.map((r) => reasonLabel(r, locale)).join(", "),
          ]
            .filter((s) => s !== "")
            .join(" · ");
          return `<td class="cell m-${a.mode}" data-date="${a.date}" data-mode="${a.mode}" title="${e(`${a.date}: ${hint}`)}">${e(modeMark(a.mode, locale))}</td>`;
        })
        .join("");
      const name = m.name ?? m.id;
      return `<tr data-member="${e(m.id)}"><th scope="row" class="name">${e(name)}<small>${m.name ? e(m.id) : ""}${m.roles.length ? ` · ${e(m.roles.join(", "))}` : ""}</small></th><td class="num">${m.grantedFlexibleDays}</td>${cells}<td class="num" data-total="office">${office}</td><td class="num" data-total="flexible">${flexible}</td></tr>`;
    })
    .join("\n");

  const onSiteRow = schedule.days
    .map((d) => {
      const short = d.kind === "working" && d.onSite < d.requiredOnSite;
      return `<td class="onsite${short ? " short" : ""}" data-date="${d.date}" data-onsite="${d.onSite}">${d.kind === "working" ? d.onSite : ""}</td>`;
    })
    .join("");
  const requiredRow = schedule.days
    .map(
      (d) =>
        `<td data-date="${d.date}" data-required="${d.requiredOnSite}">${d.kind === "working" ? d.requiredOnSite : ""}</td>`,
    )
    .join("");
  const flexibleRow = schedule.days
    .map(
      (d) => `<td data-date="${d.date}" data-flexible="${d.flexible}">${d.kind === "working" ? d.flexible : ""}</td>`,
    )
    .join("");
  const seats = schedule.unit.seatCapacity;

  const legend = MODES_IN_LEGEND.map(
    (m) => `<li><span class="sw m-${m}">${e(modeMark(m, locale))}</span>${e(modeLabel(m, locale))}</li>`,
  ).join("");
  const markers = `<li><span class="sw" style="box-shadow:inset 0 -3px 0 #2da44e"></span>${e(word("collective", locale))}</li><li><span class="sw" style="box-shadow:inset 0 3px 0 #8250df"></span>${e(word("anchor", locale))}</li>`;

  const hard = schedule.compliance.hard
    .map((h) => `<li class="${h.held ? "held" : "broken"}" data-constraint="${e(h.code)}">${e(h.message[locale])}</li>`)
    .join("");
  const soft = schedule.compliance.soft
    .map(
      (s) =>
        `<li data-goal="${e(s.code)}">${e(s.message[locale])} (${word("score", locale)} ${s.score}/${s.max}${s.affected.length ? `, ${s.affected.length} ${word("affected", locale)}` : ""})</li>`,
    )
    .join("");

  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="mkd-engine">
<title>${e(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${e(title)}</h1>
<p class="meta">${e(word("unit", locale))}: <strong>${e(unit)}</strong> (${e(schedule.unit.id)}, ${e(schedule.unit.kind)}) · ${e(word("period", locale))}: <strong>${schedule.period.from} – ${schedule.period.to}</strong>${seats !== null ? ` · ${e(word("seats", locale))}: ${seats}` : ""}${schedule.estimated ? ` · <strong>${e(word("estimated", locale))}</strong>` : ""}</p>
<p class="meta">${e(word("policy", locale))}: <strong data-policy="${e(`${policy.jurisdiction}@${policy.version}`)}">${e(policy.jurisdiction)}@${e(policy.version)}</strong> · ${e(policy.title[locale])} · ${e(policy.chain.join(" > "))}</p>
<div class="verdict ${compliant ? "ok" : "bad"}" data-verdict="${schedule.compliance.verdict}">${e(word("verdict", locale))}: ${e(word(compliant ? "compliant" : "violations", locale))}</div>
</header>
<ul class="legend" aria-label="${e(word("legend", locale))}">${legend}${markers}</ul>
<div class="wrap">
<table class="grid">
<thead><tr><th scope="col" class="name">${e(word("member", locale))}</th><th scope="col" title="${e(word("granted", locale))}">${e(word("grantedShort", locale))}</th>${head}<th scope="col">${e(modeMark("office", locale))}</th><th scope="col">${e(modeMark("flexible", locale))}</th></tr></thead>
<tbody>
${body}
</tbody>
<tfoot>
<tr class="onsite-row"><th scope="row" class="name">${e(word("onSite", locale))}</th><td></td>${onSiteRow}<td></td><td></td></tr>
<tr class="required-row"><th scope="row" class="name">${e(word("required", locale))}</th><td></td>${requiredRow}<td></td><td></td></tr>
<tr class="flexible-row"><th scope="row" class="name">${e(word("flexibleCount", locale))}</th><td></td>${flexibleRow}<td></td><td></td></tr>
</tfoot>
</table>
</div>
<section class="report">
<div><h2>${e(word("hard", locale))}</h2><ul>${hard}</ul></div>
<div><h2>${e(word("soft", locale))}</h2><ul>${soft}</ul></div>
</section>
<footer>${e(word("generatedBy", locale))} · ${e(policy.chain.join(" > "))} · asOf ${policy.asOf}</footer>
</body>
</html>
`;
}
