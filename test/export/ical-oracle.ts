/**
 * The .ics oracle: the calendar files mkd-engine writes are read back with ical.js (Mozilla's RFC 5545 parser,
 * used by Thunderbird), an implementation independent of ours. What ical.js does not judge, because it reads
 * leniently, stays here as two byte-level checks calendar apps are strict about: CRLF line ends and lines of
 * at most 75 octets (RFC 5545 section 3.1).
 */
import ICAL from "ical.js";

/** One VEVENT as ical.js reads it. */
export interface IcsEvent {
  uid: string;
  summary: string;
  description: string;
  allDay: boolean;
  /** Start and end as ical.js writes them back (`20261201T073000`, or `20261207` for a date). */
  start: string;
  end: string | null;
  /** The start and end instants in UTC (ISO), from the event's own VTIMEZONE as ical.js applies it. */
  startUtc: string;
  endUtc: string | null;
  /** The TZID the start is in, or "floating"/"UTC" for a date or a UTC time. */
  zone: string;
}

const iso = (t: ICAL.Time) => new Date(t.toUnixTime() * 1000).toISOString();

/**
 * Parses `text` with ical.js and lists what a calendar app would reject: a parse error, a top level that is
 * not one VCALENDAR 2.0 with a PRODID, a TZID without its VTIMEZONE, an event without UID, DTSTAMP or DTSTART,
 * a DTSTAMP not in UTC, a repeated UID, an end not after its start; plus the two byte-level checks.
 */
export function readIcs(text: string): { problems: string[]; events: IcsEvent[]; calendarName: string | null } {
  const problems: string[] = [];
  if (!text.endsWith("\r\n")) problems.push("does not end with CRLF");
  if (/[^\r]\n/.test(text) || /\r(?!\n)/.test(text)) problems.push("bare LF or CR line break");
  text
    .split("\r\n")
    .slice(0, -1)
    .forEach((line, i) => {
      const octets = new TextEncoder().encode(line).length;
      if (octets > 75) problems.push(`line ${i + 1} is ${octets} octets`);
    });
  let jcal: unknown;
  try {
    jcal = ICAL.parse(text);
  } catch (e) {
    return {
      problems: [...problems, `ical.js cannot parse it: ${(e as Error).message}`],
      events: [],
      calendarName: null,
    };
  }
  if (!Array.isArray(jcal) || jcal.length === 0 || typeof jcal[0] !== "string") {
    return { problems: [...problems, "more than one top-level component"], events: [], calendarName: null };
  }
  const cal = new ICAL.Component(jcal as unknown[]);
  if (cal.name !== "vcalendar")
    return { problems: [...problems, `top-level component is ${cal.name}`], events: [], calendarName: null };
  if (cal.getAllProperties("version").length !== 1 || cal.getFirstPropertyValue("version") !== "2.0")
    problems.push("VCALENDAR needs exactly one VERSION:2.0");
  if (cal.getAllProperties("prodid").length !== 1) problems.push("VCALENDAR needs exactly one PRODID");
  const zones = new Map<string, ICAL.Timezone>();
  for (const vtz of cal.getAllSubcomponents("vtimezone")) {
    const tz = new ICAL.Timezone(vtz);
    if (!tz.tzid) problems.push("VTIMEZONE without TZID");
    zones.set(tz.tzid, tz);
    // Registered so that ical.js resolves the events' TZID through this file's own definition.
    ICAL.TimezoneService.register(tz, tz.tzid);
  }
  const events: IcsEvent[] = [];
  const uids = new Set<string>();
  for (const vevent of cal.getAllSubcomponents("vevent")) {
    for (const prop of ["uid", "dtstamp", "dtstart"])
      if (vevent.getAllProperties(prop).length !== 1) problems.push(`VEVENT needs exactly one ${prop.toUpperCase()}`);
    for (const prop of vevent.getAllProperties()) {
      const tzid = prop.getParameter("tzid");
      if (typeof tzid === "string" && !zones.has(tzid)) problems.push(`TZID ${tzid} has no VTIMEZONE`);
    }
    const stamp = vevent.getFirstPropertyValue("dtstamp") as ICAL.Time | null;
    if (!stamp || stamp.zone !== ICAL.Timezone.utcTimezone) problems.push("DTSTAMP is not a UTC date-time");
    const event = new ICAL.Event(vevent);
    if (uids.has(event.uid)) problems.push(`duplicate UID ${event.uid}`);
    uids.add(event.uid);
    const start = event.startDate;
    const end = vevent.hasProperty("dtend") ? event.endDate : null;
    if (end && end.compare(start) <= 0)
      problems.push(`DTEND ${end.toICALString()} not after DTSTART ${start.toICALString()}`);
    events.push({
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      allDay: start.isDate,
      start: start.toICALString(),
      end: end ? end.toICALString() : null,
      startUtc: iso(start),
      endUtc: end ? iso(end) : null,
      zone: start.isDate ? "floating" : (start.zone?.tzid ?? "floating"),
    });
  }
  for (const tz of zones.values()) ICAL.TimezoneService.remove(tz.tzid);
  // X-WR-CALNAME is not an RFC 5545 property, so ical.js leaves its value as written: unescaped here as TEXT.
  const rawName = cal.getFirstPropertyValue("x-wr-calname");
  const calendarName =
    typeof rawName === "string"
      ? rawName.replace(/\\([\\;,nN])/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c))
      : null;
  return { problems, events, calendarName };
}
