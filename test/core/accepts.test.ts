import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { compileAccepts } from "../../src/core/accepts.js";
import { scoreMonthInputSchema } from "../../src/scoring/input.js";

/** Reads `value` through the schema's keys only, the way a caller of an accepted value does. */
function throughShape(schema: z.ZodMiniType, value: unknown): unknown {
  const def = (schema as unknown as { _zod: { def: Record<string, any> } })._zod.def;
  switch (def.type) {
    case "optional":
      return value === undefined ? undefined : throughShape(def.innerType, value);
    case "object":
      if (def.catchall && def.catchall._zod.def.type === "unknown") return value;
      return Object.fromEntries(
        Object.keys(def.shape).flatMap((k) =>
          (value as any)[k] === undefined ? [] : [[k, throughShape(def.shape[k], (value as any)[k])]],
        ),
      );
    case "array":
      return (value as unknown[]).map((x) => throughShape(def.element, x));
    case "record":
      return Object.fromEntries(Object.entries(value as object).map(([k, x]) => [k, throughShape(def.valueType, x)]));
    case "union":
      for (const o of def.options) if (o.safeParse(value).success) return throughShape(o, value);
      return value;
    default:
      return value;
  }
}

describe("compileAccepts", () => {
  const schemas: [string, z.ZodMiniType][] = [
    ["scoreMonth input", scoreMonthInputSchema],
    [
      "strict with bounds",
      z.strictObject({
        a: z.number().check(z.gte(1), z.lte(5)),
        b: z.optional(z.string().check(z.minLength(2))),
        c: z.array(z.enum(["x", "y"])).check(z.minLength(1)),
      }),
    ],
    [
      "loose and plain",
      z.object({
        p: z.looseObject({ q: z.boolean() }),
        r: z.union([z.number().check(z.positive()), z.object({ s: z.number().check(z.lt(3)) })]),
      }),
    ],
    [
      "regex, integer, nullable and refinement",
      z.strictObject({
        d: z.optional(z.string().check(z.regex(/^\d{1,2}-\d$/))),
        n: z.nullable(z.number().check(z.int(), z.gte(1))),
        t: z.optional(z.string().check(z.refine((x) => x.length === 1))),
      }),
    ],
  ];
  const junk = fc.oneof(
    fc.anything({ maxDepth: 2 }),
    fc.constantFrom<unknown>(Number.NaN, Infinity, -0, "", "x", "y", 0, 1, 2.5, 6, [], {}, null, undefined),
  );
  const candidates = (key: string) =>
    fc.oneof(
      junk,
      fc.record(
        {
          a: fc.integer({ min: 0, max: 6 }),
          b: fc.option(fc.string({ maxLength: 3 }), { nil: undefined }),
          c: fc.array(fc.constantFrom("x", "y", "z"), { maxLength: 2 }),
        },
        { requiredKeys: [] },
      ),
      fc.record(
        {
          d: fc.constantFrom<unknown>("1-2", "12-3", "123-4", "x", undefined, 3),
          n: fc.constantFrom<unknown>(null, 1, 7, 1.5, 0, "1", undefined, 2 ** 60),
          t: fc.constantFrom<unknown>("a", "ab", 1, undefined),
        },
        { requiredKeys: ["n"] },
      ),
      fc.record(
        {
          p: fc.record({ q: fc.oneof(fc.boolean(), junk) }),
          r: fc.oneof(fc.integer({ min: -1, max: 4 }), fc.record({ s: fc.integer({ min: 0, max: 4 }) }), junk),
        },
        { requiredKeys: [] },
      ),
      fc.record(
        {
          employee: fc.constantFrom<unknown>("e", "e", { id: "e", extra: 1 }, { id: "" }, 3),
          month: fc.constantFrom<unknown>("2026-03", "2026-04", "x", 202603),
          targets: fc.array(
            fc.record(
              {
                id: fc.constantFrom("a", "b", "c", ""),
                target: fc.oneof(fc.integer({ min: -1, max: 9 }), fc.record({ min: fc.integer(), max: fc.integer() })),
                unit: fc.constant("u"),
                weight: fc.integer({ min: 0, max: 100 }),
                direction: fc.constantFrom("higher_is_better", "lower_is_better", "higher_is_better", "sideways"),
                aspect: fc.constant("time"),
                extra: fc.option(junk, { nil: undefined }),
              },
              { requiredKeys: ["id", "target", "unit", "weight", "direction", "aspect"] },
            ),
            { minLength: 1, maxLength: 2 },
          ),
          realisations: fc.dictionary(
            fc.constantFrom("a", "b", "__proto__", key),
            fc.oneof(
              { arbitrary: junk, weight: 1 },
              {
                arbitrary: fc.record(
                  {
                    value: fc.double({ min: -1, max: 9 }),
                    unit: fc.option(fc.constantFrom("u", ""), { nil: undefined }),
                  },
                  { requiredKeys: ["value"] },
                ),
                weight: 8,
              },
            ),
            { maxKeys: 3 },
          ),
          jurisdiction: fc.constantFrom<unknown>("jabar", ""),
          report: fc.constantFrom<unknown>({ submitted: true }, { submitted: 1 }, { submitted: false, x: 1 }),
        },
        { requiredKeys: ["employee", "month", "targets"] },
      ),
    );
  for (const [name, schema] of schemas) {
    it(`${name}: says yes only where zod accepts with the same values on the schema's keys, generated and interpreted alike (property)`, () => {
      const generated = compileAccepts(schema);
      const interpreted = compileAccepts(schema, { interpreted: true });
      let yes = 0;
      fc.assert(
        fc.property(candidates("k"), (v) => {
          const g = generated(v);
          expect(interpreted(v)).toBe(g);
          if (!g) return;
          yes++;
          const parsed = schema.safeParse(v);
          expect(parsed.success).toBe(true);
          expect(throughShape(schema, parsed.data)).toEqual(throughShape(schema, v));
        }),
        { numRuns: 4000, seed: 42 },
      );
      expect(yes).toBeGreaterThan(10);
    });
  }

  it("accepts a deferred part unread, and with each deferred part's own test answers as the whole (property)", () => {
    const item = z.object({ v: z.number().check(z.gte(0)) });
    const value = z.object({ u: z.string().check(z.minLength(1)) });
    const schema = z.strictObject({
      items: z.array(item).check(z.minLength(1)),
      byKey: z.optional(z.record(z.string(), value)),
    });
    const whole = compileAccepts(schema);
    const acceptsItem = compileAccepts(item);
    const acceptsValue = compileAccepts(value);
    for (const interpreted of [false, true]) {
      const outer = compileAccepts(schema, { interpreted, deferred: [item, value] });
      expect(outer({ items: [null, 1], byKey: { a: "x" } })).toBe(true);
      expect(outer({ items: [] })).toBe(false); // the array's own rule is still the outer test's
      expect(outer({ items: [1], byKey: JSON.parse('{"__proto__": {"u": "x"}}') })).toBe(false);
      fc.assert(
        fc.property(
          fc.record({
            items: fc.array(fc.oneof(fc.record({ v: fc.integer({ min: -1, max: 2 }) }), junk), { maxLength: 3 }),
            byKey: fc.option(fc.dictionary(fc.constantFrom("a", "b"), fc.oneof(fc.record({ u: fc.string() }), junk)), {
              nil: undefined,
            }),
          }),
          (v) => {
            const parts =
              outer(v) &&
              v.items.every((x) => acceptsItem(x)) &&
              Object.values(v.byKey ?? {}).every((x) => acceptsValue(x));
            expect(parts).toBe(whole(v));
          },
        ),
        { numRuns: 1000, seed: 7 },
      );
    }
  });

  it("refuses a schema construct it does not know instead of passing it", () => {
    expect(() => compileAccepts(z.object({ d: z.date() }))).toThrow(/unsupported zod construct "date"/);
    expect(() => compileAccepts(z.string().check(z.email()))).toThrow(/unsupported/);
  });
});
