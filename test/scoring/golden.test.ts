/**
 * Golden scoring cases: the "scoring" section of every shipped cases.json, run against the version it sits beside.
 */
import { describe, expect, it } from "vitest";
import { evaluateEarlyWarning, preparePolicy, scoreMonth, type MonthScore } from "../../src/index.js";
import { SHIPPED_POLICY_DOCUMENTS } from "../../src/policies/index.js";
import idNasional20250421 from "../../src/policies/id-nasional/2025-04-21/cases.json";
import jabar20230619 from "../../src/policies/jabar/2023-06-19/cases.json";
import jabar20250421 from "../../src/policies/jabar/2025-04-21/cases.json";
import jabar20260101 from "../../src/policies/jabar/2026-01-01/cases.json";

interface IndicatorExpect {
  id: string;
  achievement?: number | null;
  formula?: string;
  rawAchievement?: number;
  capped?: boolean;
  status?: string;
  efficiency?: number;
}
interface ScoringCase {
  name: string;
  kind: "scoreMonth" | "earlyWarning";
  input?: Record<string, unknown>;
  overlay?: Record<string, unknown>;
  history?: unknown[];
  expect: Record<string, unknown> & { indicators?: IndicatorExpect[]; findings?: string[] };
}

const files: [string, string, { scoring: unknown[] }][] = [
  ["id-nasional", "2025-04-21", idNasional20250421],
  ["jabar", "2023-06-19", jabar20230619],
  ["jabar", "2025-04-21", jabar20250421],
  ["jabar", "2026-01-01", jabar20260101],
];

function baseDocument(jurisdiction: string, version: string) {
  return SHIPPED_POLICY_DOCUMENTS.find(
    (d) =>
      (d as { jurisdiction: { id: string } }).jurisdiction.id === jurisdiction &&
      (d as { version: string }).version === version,
  ) as { effectiveFrom: string; effectiveUntil?: string };
}

/** An overlay that extends the shipped version and changes only what the case names (e.g. the legacy method). */
function overlayDocument(jurisdiction: string, version: string, parameters: Record<string, unknown>) {
  const base = baseDocument(jurisdiction, version);
  return {
    schemaVersion: 1,
    jurisdiction: { id: `${jurisdiction}-golden-overlay`, name: "Golden case overlay", parent: jurisdiction },
    version,
    title: { id: "Overlay uji", en: "Test overlay" },
    effectiveFrom: base.effectiveFrom,
    ...(base.effectiveUntil ? { effectiveUntil: base.effectiveUntil } : {}),
    extends: { jurisdiction, version },
    illustrative: true,
    legalBases: [],
    parameters,
  };
}

function checkScore(score: MonthScore, c: ScoringCase) {
  const { indicators, findings, ...top } = c.expect;
  for (const [key, value] of Object.entries(top)) expect(score[key as keyof MonthScore], key).toEqual(value);
  if (findings) expect(score.findings.map((f) => f.code)).toEqual(findings);
  for (const e of indicators ?? []) {
    const s = score.indicators.find((i) => i.id === e.id)!;
    expect(s, e.id).toBeDefined();
    if ("achievement" in e) expect(s.achievement, `${e.id}.achievement`).toBe(e.achievement);
    if (e.formula) expect(s.explanation.formula).toBe(e.formula);
    if (e.status) expect(s.status).toBe(e.status);
    if (e.rawAchievement !== undefined) expect(s.explanation.result).toBe(e.rawAchievement);
    if (e.capped !== undefined) expect(s.cap !== null).toBe(e.capped);
    if (e.efficiency !== undefined) expect(s.explanation.inputs.E).toBe(e.efficiency);
  }
}

for (const [jurisdiction, version, file] of files) {
  describe(`scoring golden cases of ${jurisdiction}@${version}`, () => {
    const cases = file.scoring as ScoringCase[];
    it("covers every formula, every predikat cell and every early-warning path", () => {
      expect(cases.length).toBeGreaterThanOrEqual(30);
      expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    });
    for (const c of cases) {
      it(c.name, () => {
        if (c.kind === "scoreMonth") {
          const input = c.overlay
            ? { ...c.input, policy: preparePolicy(overlayDocument(jurisdiction, version, c.overlay)) }
            : { ...c.input, jurisdiction };
          const score = scoreMonth(input as never);
          const link = score.policy.chain.at(c.overlay ? -2 : -1)!;
          expect(`${link.jurisdiction}@${link.version}`).toBe(`${jurisdiction}@${version}`);
          checkScore(score, c);
        } else {
          const result = evaluateEarlyWarning(c.history as never, { jurisdiction });
          expect(result.policy.version).toBe(version);
          const e = c.expect as {
            levels: string[];
            reasons: string[][];
            recommendations: { action: string; days: number }[];
          };
          expect(result.months.map((m) => m.level)).toEqual(e.levels);
          expect(result.months.map((m) => m.reasons.map((r) => r.code))).toEqual(e.reasons);
          expect(
            result.months.map((m) => ({ action: m.recommendation.action, days: m.recommendation.flexibleDaysPerWeek })),
          ).toEqual(e.recommendations);
          expect(result.level).toBe(e.levels.at(-1));
          expect(result.month).toBe(result.months.at(-1)!.month);
        }
      });
    }
  });
}
