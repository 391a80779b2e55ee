/**
 * Types derived from the fact registry (src/policy/facts.ts): the employee input fields the facts
 * declare (homomorphic mapped types, so each field keeps the TSDoc written on it in the registry) and
 * the value of each fact in a decision.
 */
import type * as z from "zod/mini";
import type { IssuePath } from "../core/errors.js";
import type { FACTS, FactName } from "./facts.js";

type Facts = typeof FACTS;
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
/** The input fields of every fact, merged (a field group such as `job` is the intersection of its parts). */
type MergedInput = UnionToIntersection<{ [K in FactName]: Facts[K] extends { input: infer I } ? I : never }[FactName]>;

type IsOptional<S> = S extends z.ZodMiniOptional<z.ZodMiniType> ? true : false;
type Flat<T> = { [K in keyof T]: T[K] } & {};
/** The caller's side of an input fragment: optional fields optional. Homomorphic, so each field keeps its TSDoc. */
type InputShape<S> = Flat<
  {
    -readonly [K in keyof S as IsOptional<S[K]> extends true ? never : K]: S[K] extends z.ZodMiniType
      ? z.input<S[K]>
      : InputShape<S[K]>;
  } & {
    -readonly [K in keyof S as IsOptional<S[K]> extends true ? K : never]?: S[K] extends z.ZodMiniType
      ? z.input<S[K]>
      : never;
  }
>;
/** The validated side of an input fragment. */
type OutputShape<S> = Flat<
  {
    readonly [K in keyof S as IsOptional<S[K]> extends true ? never : K]: S[K] extends z.ZodMiniType
      ? z.output<S[K]>
      : OutputShape<S[K]>;
  } & {
    readonly [K in keyof S as IsOptional<S[K]> extends true ? K : never]?: S[K] extends z.ZodMiniType
      ? z.output<S[K]>
      : never;
  }
>;

/**
 * The employee input fields the facts declare (without `id`), as the caller writes them.
 *
 * @example
 * ```ts
 * const part: FactInputFields = { appointmentDate: "2010-01-01" } as FactInputFields;
 * ```
 */
export type FactInputFields = InputShape<MergedInput>;
/**
 * The employee input fields after validation.
 *
 * @example
 * ```ts
 * const date = (e: FactOutputFields) => e.appointmentDate;
 * ```
 */
export type FactOutputFields = OutputShape<MergedInput>;

type ValueOf<D> = D extends { type: "number" }
  ? number
  : D extends { type: "boolean" }
    ? boolean
    : D extends { type: "string"; values: readonly (infer V)[] }
      ? V
      : D extends { type: "object"; properties: readonly (infer P extends string)[] }
        ? { readonly [Q in P]: boolean | undefined }
        : string;

/**
 * The value of each fact in a decision (`undefined` when the input leaves an optional fact out).
 *
 * @example
 * ```ts
 * const months = (f: FactValues) => f.monthsInPosition;
 * ```
 */
export type FactValues = {
  readonly [K in FactName]: Facts[K] extends { requiredWhenRead: IssuePath }
    ? ValueOf<Facts[K]> | undefined
    : ValueOf<Facts[K]>;
};
