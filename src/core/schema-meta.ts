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

/** A zod/mini object constructor typed by the shape as written (see {@link strictObject}). */
type ShapeTyped<Config extends z.core.$ZodObjectConfig> = <T extends z.core.$ZodLooseShape>(
  shape: T,
  params?: string | z.core.$ZodObjectParams,
) => z.ZodMiniObject<T, Config>;

/**
 * `z.strictObject`, with its static type naming the shape as written. zod types it by `Writeable<shape>`, a
 * mapped type that declaration emit prints expanded and without the fields' TSDoc, so the published types
 * (dist/*.d.ts) lost the documentation of every field declared inside a schema (issue 11 item 1). Same function,
 * same schema at run time; `Writeable` only removes `readonly` from the shape's keys, which an object literal
 * does not have. TypeScript copies a field's comment into a declaration file only within the module that
 * declares the field: a schema another module's declarations print (a fact's input) is declared there, or its
 * shape is named by an interface, as `HistoryMonthFields` in core/track-record.ts.
 *
 * @example
 * ```ts
 * const approval = strictObject({ approved: z.boolean() });
 * approval.parse({ approved: true }); // { approved: true }
 * ```
 */
export const strictObject = z.strictObject as ShapeTyped<z.core.$strict>;

/**
 * `z.object` (unknown keys stripped), typed by the shape as written: see {@link strictObject}.
 *
 * @example
 * ```ts
 * object({ level: z.string() }).parse({ level: "green", x: 1 }); // { level: "green" }
 * ```
 */
export const object = z.object as ShapeTyped<z.core.$strip>;

/**
 * `z.looseObject` (unknown keys kept), typed by the shape as written: see {@link strictObject}.
 *
 * @example
 * ```ts
 * looseObject({ month: z.string() }).parse({ month: "2026-01", x: 1 }); // { month: "2026-01", x: 1 }
 * ```
 */
export const looseObject = z.looseObject as ShapeTyped<z.core.$loose>;
