import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { generateSchedule, checkSchedule, type ScheduleInput } from "../../src/schedule/index.js";

interface Case {
  name: string;
  input: ScheduleInput;
  expect: {
    status: "scheduled" | "infeasible";
    verdict?: string;
    days?: Record<string, Record<string, unknown>>;
    minOnSiteOnNonCollectiveWorkingDays?: number;
    /** The policy version the period resolved to (e.g. jabar 2023-06-19 for March 2025). */
    policy?: Record<string, unknown>;
    /** Per ISO week (Monday): fields of the compliance report's week (the versions in force and the cap). */
    weeks?: Record<string, Record<string, unknown>>;
    /** Per member id: fields of the member, of its weeks by Monday, of its assignments by date. */
    members?: Record<
      string,
      {
        grantedFlexibleDays?: number;
        weeks?: Record<string, Record<string, unknown>>;
        assignments?: Record<string, Record<string, unknown>>;
      }
    >;
    conflicts?: { code: string; dates: string[]; required: number; possible: number; onLeave?: string[] }[];
  };
}

const root = join(__dirname, "../../src/policies");
const files = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((j) => readdirSync(join(root, j.name)).map((v) => join(root, j.name, v, "cases.json")))
  .filter((f) => existsSync(f));

for (const file of files) {
  const cases = (JSON.parse(readFileSync(file, "utf8")) as { schedule?: Case[] }).schedule ?? [];
  if (cases.length === 0) continue;
  describe(`schedule golden cases in ${file.slice(root.length + 1)}`, () => {
    for (const c of cases) {
      it(c.name, () => {
        const r = generateSchedule(c.input);
        expect(r.status).toBe(c.expect.status);
        expect(checkSchedule(r, c.input).ok).toBe(true);
        if (r.status === "scheduled") {
          const s = r.schedule;
          if (c.expect.verdict) expect(s.compliance.verdict).toBe(c.expect.verdict);
          expect(s.compliance.hard.every((h) => h.held)).toBe(true);
          for (const [date, want] of Object.entries(c.expect.days ?? {}))
            expect(s.days.find((d) => d.date === date)).toMatchObject(want);
          if (c.expect.policy) expect(s.policy).toMatchObject(c.expect.policy);
          for (const [start, want] of Object.entries(c.expect.weeks ?? {}))
            expect(
              s.compliance.weeks?.find((w) => w.start === start),
              `week ${start}`,
            ).toMatchObject(want);
          for (const [id, want] of Object.entries(c.expect.members ?? {})) {
            const m = s.members.find((x) => x.id === id)!;
            expect(m, id).toBeDefined();
            if (want.grantedFlexibleDays !== undefined) expect(m.grantedFlexibleDays).toBe(want.grantedFlexibleDays);
            for (const [start, w] of Object.entries(want.weeks ?? {}))
              expect(
                m.weeks.find((x) => x.start === start),
                `${id} week ${start}`,
              ).toMatchObject(w);
            for (const [date, a] of Object.entries(want.assignments ?? {}))
              expect(
                m.assignments.find((x) => x.date === date),
                `${id} ${date}`,
              ).toMatchObject(a);
          }
          const min = c.expect.minOnSiteOnNonCollectiveWorkingDays;
          if (min !== undefined)
            for (const d of s.days.filter((x) => x.kind === "working" && !x.collective))
              expect(d.onSite).toBeGreaterThanOrEqual(min);
        } else {
          expect(
            r.conflicts.map((x) => ({
              code: x.code,
              dates: x.dates,
              required: x.required,
              possible: x.possible,
              onLeave: x.members.onLeave,
            })),
          ).toEqual((c.expect.conflicts ?? []).map((x) => ({ onLeave: [], ...x })));
        }
      });
    }
  });
}
