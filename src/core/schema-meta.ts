/**
 * Metadata on a zod/mini schema, as zod classic's `.meta()` sets it. The library's schemas are built with
 * `zod/mini` (issue 12 item 4: a browser bundle keeps only the schema kinds it uses, without the JSON-Schema
 * generator or the locale tables that classic zod ties to every schema). JSON Schema generation
 * (`z.toJSONSchema`) reads descriptions, titles, formats and `$defs` ids from zod's global registry.
 */
import * as z from "zod/mini";

/**
 * A copy of `schema` with `metadata` registered in zod's global registry: exactly what classic zod's
 * `schema.meta(metadata)` does (a clone whose parent is `schema`, so it inherits `schema`'s metadata and
 * `schema` itself is left alone), so the published JSON Schemas stay byte for byte what they were.
 *
 * @example
 * ```ts
 * const isoMonth = withMeta(z.string(), { description: "A month, YYYY-MM" });
 * z.globalRegistry.get(isoMonth)?.description; // "A month, YYYY-MM"
 * ```
 */
export function withMeta<T extends z.ZodMiniType>(schema: T, metadata: z.core.GlobalMeta): T {
  const copy = schema.clone();
  z.globalRegistry.add(copy, metadata);
  return copy;
}
