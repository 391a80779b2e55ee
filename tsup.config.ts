import { defineConfig } from "tsup";

// Two builds: the browser-safe library core (ESM + CJS, types per condition) and the Node-only `mkd` command.
export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "es2022",
    platform: "neutral",
    external: ["zod", "json-rules-engine", "luxon"],
  },
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "node20",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
    external: ["zod", "json-rules-engine", "luxon"],
  },
]);
