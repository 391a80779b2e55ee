/**
 * The import rules of the library (issue 12, item 6), checked by `npm run lint` (depcruise) in CI.
 *
 * Layers, lowest first; a module may import its own layer and the layers below it, never one above:
 *   i18n <- core <- policy (+ the shipped data in policies/) <- {rules, calendar} <- {eligibility, schedule,
 *   scoring} <- export <- cli
 * Within the middle group only eligibility -> scoring exists (the early warning's track record feeds the
 * flexible-day quota, DOMAIN.md section 5). The entry files (src/index.ts, src/safe.ts,
 * src/json-rules-engine.ts) sit above export. No cycles anywhere; nothing outside src/cli imports src/cli or a
 * Node built-in (the core runs in browsers).
 */
const below = {
  i18n: ["i18n"],
  core: ["core", "i18n"],
  policy: ["policy", "policies", "core", "i18n"],
  rules: ["rules", "policy", "policies", "core", "i18n"],
  calendar: ["calendar", "policy", "policies", "core", "i18n"],
  eligibility: ["eligibility", "scoring", "rules", "calendar", "policy", "policies", "core", "i18n"],
  schedule: ["schedule", "rules", "calendar", "policy", "policies", "core", "i18n"],
  scoring: ["scoring", "rules", "calendar", "policy", "policies", "core", "i18n"],
  export: ["export", "eligibility", "schedule", "scoring", "rules", "calendar", "policy", "policies", "core", "i18n"],
};
below.policies = below.policy;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment:
        "A cycle makes the layers meaningless and the load order fragile. Type-only imports are erased at build time, so a cycle closed only by one is not counted.",
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
    {
      name: "library-no-node-builtins",
      severity: "error",
      comment: "The library core runs in browsers (municipal web apps): node:* only in src/cli.",
      from: { path: "^src/", pathNot: "^src/cli/" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "library-no-cli",
      severity: "error",
      comment: "The library never imports the command line.",
      from: { path: "^src/", pathNot: "^src/cli/" },
      to: { path: "^src/cli/" },
    },
    ...Object.entries(below).map(([layer, allowed]) => ({
      name: `layer-${layer}`,
      severity: "error",
      comment: `src/${layer} may import only ${allowed.join(", ")} (the layers at or below it).`,
      from: { path: `^src/${layer}/` },
      to: { path: "^src/", pathNot: `^src/(${allowed.join("|")})/` },
    })),
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
  },
};
