import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { policyJsonSchema } from "../../src/index.js";
import { POLICY_DOC_FILES, renderPolicyDocs } from "../../scripts/write-policy-docs.js";
import { renderSchema, SCHEMA_FILES, SCHEMAS_DIR } from "../../scripts/write-schemas.js";
import { readJson, shippedCopy, shippedVersionDirs, tasikmalaya, tasikmalayaInvalid } from "./helpers.js";

describe("JSON Schema of the policy document", () => {
  it.each(SCHEMA_FILES.map((s) => s.file))(
    "the committed schemas/%s matches its generator (fix: npm run schemas:write)",
    (file) => {
      const entry = SCHEMA_FILES.find((s) => s.file === file)!;
      expect(readFileSync(join(SCHEMAS_DIR, file), "utf8")).toBe(renderSchema(entry.build()));
    },
  );

  it("is draft 2020-12 with a title, the plain-path pattern for rule paths and descriptions", () => {
    const schema = policyJsonSchema();
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.title).toBe("mkd-engine policy document");
    const text = JSON.stringify(schema);
    expect(text).toContain(JSON.stringify("^\\$(\\.[A-Za-z_][A-Za-z0-9_]*)+$"));
    expect(text).toContain("PermenPANRB 4/2025 Pasal 13(1)");
  });

  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  const validate = ajv.compile(policyJsonSchema());

  it("accepts every shipped policy and both example overlays (the invalid one breaks a ceiling, not the shape)", () => {
    for (const dir of shippedVersionDirs())
      expect(validate(shippedCopy(dir)), `${dir}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    expect(validate(tasikmalaya())).toBe(true);
    expect(validate(tasikmalayaInvalid())).toBe(true);
  });

  it("rejects a JSONPath filter expression in a rule path and an unknown operator, outside TypeScript too", () => {
    const doc = shippedCopy("jabar/2025-04-21");
    doc.parameters.eligibility.rules.job_suitable_for_flexible_work.conditions.all[0].path = "$..[?(@.itBased)]";
    expect(validate(doc)).toBe(false);
    const op = shippedCopy("jabar/2025-04-21");
    op.parameters.eligibility.rules.not_under_discipline.conditions.all[0].operator = "regex";
    expect(validate(op)).toBe(false);
  });

  it("is what the shipped policy files point their $schema at", () => {
    for (const dir of shippedVersionDirs())
      expect(readJson(`src/policies/${dir}/policy.json`).$schema).toBe("../../../../schemas/policy.schema.json");
  });
});

describe("generated policy documentation", () => {
  it.each(POLICY_DOC_FILES.map((f) => f.locale))(
    "the committed docs/%s/policies.md matches its generator (fix: npm run docs:policies)",
    (locale) => {
      const { file } = POLICY_DOC_FILES.find((f) => f.locale === locale)!;
      expect(readFileSync(file, "utf8")).toBe(renderPolicyDocs(locale));
    },
  );

  it("lists every shipped version with its parameters, rules and legal bases with URLs", () => {
    const en = renderPolicyDocs("en");
    for (const dir of shippedVersionDirs()) expect(en).toContain(`## ${dir.replace("/", "@")}:`);
    expect(en).toContain("| `schedule.maxFlexibleDaysPerWeek` | `4` | reported |");
    expect(en).toContain("`talentBox in [4,5,7,8,9]`");
    expect(en).toContain(
      "(https://regional.kompas.com/read/2023/06/20/18082981/pemprov-jabar-luncurkan-mekanisme-kerja-dinamis-untuk-dukung-kinerja-asn)",
    );
    const id = renderPolicyDocs("id");
    expect(id).toContain("### Aturan kelayakan");
    expect(id).toContain("Kamis: WFH 100% untuk seluruh pegawai");
  });
});
