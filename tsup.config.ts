import { defineConfig } from "tsup";

// Two builds: the browser-safe library core (ESM + CJS, types per condition) and the Node-only `mkd` command.
export default defineConfig([
  {
    // The json-rules-engine adapter is its own entry (mkd-engine/json-rules-engine): the main entry never
    // imports json-rules-engine, so a browser bundle of the main functions does not carry it.
    entry: { index: "src/index.ts", "json-rules-engine": "src/json-rules-engine.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "es2022",
    platform: "neutral",
    external: ["zod", "json-rules-engine"],
  },
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "node20",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
    external: ["zod", "json-rules-engine"],
  },
]);
