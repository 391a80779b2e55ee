/**
 * A small structural check of RFC 5545 iCalendar text, enough to catch what calendar apps reject:
 * CRLF line ends, folding at 75 octets, balanced BEGIN/END, required properties, escaped TEXT values,
 * every TZID defined by a VTIMEZONE, unique UIDs, DTEND after DTSTART.
 */
export interface IcsComponent {
  name: string;
  props: { name: string; params: Record<string, string>; value: string }[];
  children: IcsComponent[];
}

export function checkIcs(text: string): { problems: string[]; calendar: IcsComponent | null } {
  const problems: string[] = [];
  if (!text.endsWith("\r\n")) problems.push("does not end with CRLF");
  if (/[^\r]\n/.test(text) || /\r(?!\n)/.test(text)) problems.push("bare LF or CR line break");
  const physical = text.split("\r\n").slice(0, -1);
  physical.forEach((line, i) => {
    const bytes = new TextEncoder().encode(line).length;
    if (bytes > 75) problems.push(`line ${i + 1} is ${bytes} octets`);
  });
  // Unfold.
  const lines: string[] = [];
  for (const line of physical) {
    if (line.startsWith(" ") || line.startsWith("\t")) {
      if (lines.length === 0) problems.push("continuation before any line");
      else lines[lines.length - 1] += line.slice(1);
    } else lines.push(line);
  }
  const stack: IcsComponent[] = [];
  let root: IcsComponent | null = null;
  for (const line of lines) {
    const m = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*)(?:,(?:"[^"]*"|[^";:,]*))*)*):(.*)$/.exec(line);
    if (!m) {
      problems.push(`not a content line: ${line}`);
      continue;
    }
    const name = m[1]!.toUpperCase();
    const params: Record<string, string> = {};
    for (const p of m[2]!.split(";").slice(1)) {
      const [k, v] = p.split("=");
      params[k!.toUpperCase()] = v ?? "";
    }
    const value = m[3]!;
    if (name === "BEGIN") {
      const c: IcsComponent = { name: value, props: [], children: [] };
      if (stack.length === 0) {
        if (root) problems.push("more than one top-level component");
        root = c;
      } else stack[stack.length - 1]!.children.push(c);
      stack.push(c);
    } else if (name === "END") {
      const top = stack.pop();
      if (!top || top.name !== value) problems.push(`END:${value} does not close ${top?.name ?? "nothing"}`);
    } else if (stack.length === 0) problems.push(`property outside a component: ${name}`);
    else stack[stack.length - 1]!.props.push({ name, params, value });
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.map((c) => c.name).join(",")}`);
  if (!root || root.name !== "VCALENDAR") {
    problems.push("top-level component is not VCALENDAR");
    return { problems, calendar: root };
  }
  const one = (c: IcsComponent, prop: string) => c.props.filter((p) => p.name === prop);
  for (const req of ["VERSION", "PRODID"]) if (one(root, req).length !== 1) problems.push(`VCALENDAR needs exactly one ${req}`);
  if (one(root, "VERSION")[0]?.value !== "2.0") problems.push("VERSION is not 2.0");
  const tzids = new Set<string>();
  for (const tz of root.children.filter((c) => c.name === "VTIMEZONE")) {
    const id = one(tz, "TZID")[0]?.value;
    if (!id) problems.push("VTIMEZONE without TZID");
    else tzids.add(id);
    const obs = tz.children.filter((c) => c.name === "STANDARD" || c.name === "DAYLIGHT");
    if (obs.length === 0) problems.push("VTIMEZONE without STANDARD/DAYLIGHT");
    for (const o of obs) for (const req of ["DTSTART", "TZOFFSETFROM", "TZOFFSETTO"]) if (one(o, req).length !== 1) problems.push(`${o.name} needs ${req}`);
  }
  const uids = new Set<string>();
  for (const ev of root.children.filter((c) => c.name === "VEVENT")) {
    for (const req of ["UID", "DTSTAMP", "DTSTART"]) if (one(ev, req).length !== 1) problems.push(`VEVENT needs exactly one ${req}`);
    const uid = one(ev, "UID")[0]?.value ?? "";
    if (uids.has(uid)) problems.push(`duplicate UID ${uid}`);
    uids.add(uid);
    if (!/^\d{8}T\d{6}Z$/.test(one(ev, "DTSTAMP")[0]?.value ?? "")) problems.push("DTSTAMP is not a UTC date-time");
    for (const p of ev.props) {
      if (p.params.TZID !== undefined && !tzids.has(p.params.TZID)) problems.push(`TZID ${p.params.TZID} has no VTIMEZONE`);
      if (["SUMMARY", "DESCRIPTION", "LOCATION"].includes(p.name) && /(^|[^\\])[,;]/.test(p.value.replace(/\\\\/g, ""))) {
        problems.push(`${p.name} has an unescaped , or ;: ${p.value}`);
      }
    }
    const start = one(ev, "DTSTART")[0]?.value ?? "";
    const end = one(ev, "DTEND")[0]?.value ?? "";
    if (end !== "" && end <= start) problems.push(`DTEND ${end} not after DTSTART ${start}`);
  }
  return { problems, calendar: root };
}
