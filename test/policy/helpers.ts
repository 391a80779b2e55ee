import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Reads a JSON file under the repository root. */
export function readJson(relative: string): any {
  return JSON.parse(readFileSync(join(ROOT, relative), "utf8"));
}

/** Every shipped version folder, e.g. `jabar/2023-06-19`. */
export function shippedVersionDirs(): string[] {
  const base = join(ROOT, "src", "policies");
  return readdirSync(base, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((j) =>
      readdirSync(join(base, j.name), { withFileTypes: true })
        .filter((v) => v.isDirectory())
        .map((v) => `${j.name}/${v.name}`),
    )
    .sort();
}

/** A deep copy of a shipped policy document, to mutate in a test. */
export function shippedCopy(dir: string): any {
  return readJson(`src/policies/${dir}/policy.json`);
}

/** Reads `a.b.0.c` out of a value. */
export function at(value: unknown, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>((v, k) => (v === null || v === undefined ? undefined : (v as Record<string, unknown>)[k]), value);
}

/** The Kota Tasikmalaya example overlays. */
export const tasikmalaya = (): any => readJson("examples/policies/kota-tasikmalaya.policy.json");
export const tasikmalayaInvalid = (): any => readJson("examples/policies/kota-tasikmalaya.invalid-4-day.policy.json");
