/**
 * The citation every policy value and holiday carries, and the instruments it cites: the part of the policy
 * schema that schedule inputs and holiday tables use too. Its own module so that a bundle that reads cited
 * values (the calendar, the schedule input) does not carry the policy document's schema, which only the
 * validator of supplied documents needs.
 */
import * as z from "zod/mini";
import { isIsoDate } from "../core/dates.js";
import { strictObject, withMeta } from "../core/schema-meta.js";

export const isoDateMeta = { format: "date", pattern: "^\\d{4}-\\d{2}-\\d{2}$" };
export const isoDate = withMeta(z.string().check(z.refine(isIsoDate, { params: { code: "invalid_date" } })), {
  ...isoDateMeta,
  description: "A calendar date, YYYY-MM-DD",
});
export const slug = z.string().check(z.regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, "lowercase words joined by - or _"));
export const bilingual = withMeta(
  z.strictObject({
    id: withMeta(z.string().check(z.minLength(1)), { description: "Indonesian" }),
    en: withMeta(z.string().check(z.minLength(1)), { description: "English" }),
  }),
  {
    id: "BilingualText",
    title: "Bilingual text",
    description: "The same text in Indonesian (id) and English (en).",
  },
);

/** Where a policy value comes from (DOMAIN.md): a value without one is a defect. */
export const provenanceSchema = z.enum(["official", "reported", "derived", "assumption"]);
/** Where a policy value comes from. */
export type Provenance = z.infer<typeof provenanceSchema>;

// Each citation field has an `id`, so the published JSON Schema defines it once (in `$defs`) and every cited
// value refers to it, instead of spelling the five fields out for each of its forty-odd cited values.
export const citation = {
  provenance: withMeta(provenanceSchema, {
    id: "Provenance",
    description:
      "official: stated in a regulation or circular; reported: said by an official, not yet seen in the text; derived: computed from official facts; assumption: mkd-engine's default where no source exists",
  }),
  /** Ids of entries in the `legalBases` of this document or a document it extends. */
  sources: withMeta(z.array(slug).check(z.minLength(1)), {
    id: "CitationSources",
    description: "Ids of legal bases (in this document or one it extends) the value comes from",
  }),
  /** Why the value is what it is: conflicts between sources, the reasoning behind an assumption. */
  note: withMeta(z.optional(z.string()), {
    id: "CitationNote",
    description: "Why the value is what it is: conflicts between sources, the reasoning behind an assumption",
  }),
  /**
   * First and last day the value itself applies, when its instrument states a shorter period than the
   * document's (a Ramadan circular of one year). Outside it the value inherited from the extended
   * document applies: a parameter ends only where an instrument says so, and never runs past that end.
   */
  validFrom: withMeta(z.optional(isoDate), {
    id: "ValidFrom",
    description: "First day this value applies (its instrument's own period); before it the inherited value applies",
  }),
  validUntil: withMeta(z.optional(isoDate), {
    id: "ValidUntil",
    description: "Last day this value applies (its instrument's own period); after it the inherited value applies",
  }),
};

/** The object schema of a cited value, before its description: `value` with the citation fields. */
function citedObject<T extends z.ZodMiniType>(value: T) {
  return z.strictObject({ value, ...citation });
}

/**
 * The schema of a cited value. Named, so that the declarations of every schema built from cited values refer
 * to it instead of spelling the citation fields out each time.
 */
export interface CitedSchema<T extends z.ZodMiniType> extends ReturnType<typeof citedObject<T>> {}

/** A value with its provenance and sources. */
export function cited<T extends z.ZodMiniType>(value: T, description?: string): CitedSchema<T> {
  const schema = citedObject(value);
  return description === undefined ? schema : withMeta(schema, { description });
}

/** A cited value as it appears in a policy document. */
export interface Cited<T> {
  value: T;
  provenance: Provenance;
  sources: string[];
  note?: string | undefined;
}

/** An instrument a policy value cites: a regulation, a circular, a press report, an official guide. */
export const legalBasisSchema = withMeta(
  strictObject({
    /** Slug the values that rely on it cite in their `sources`, e.g. "permenpanrb-4-2025-pasal-13". */
    id: slug,
    /** What it is: a regulation, a circular (surat edaran), a decree, a press report, an official guide, or this project. */
    kind: z.enum(["regulation", "circular", "decree", "press", "guide", "project"]),
    /** The instrument's name, e.g. "Peraturan Menteri PANRB Nomor 4 Tahun 2025". */
    title: z.string().check(z.minLength(1)),
    /** The instrument's own number, e.g. "188/KPG.03/BKD" or "1205 Tahun 2026", so systems can match it without parsing the title. */
    number: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
    /** The article(s) relied on, e.g. "Pasal 13 ayat (1)". */
    article: z.optional(z.string()),
    /** Where to read it: the official text where public, else the report that quotes it. */
    url: z.optional(z.url()),
    /** When it was issued or published. */
    date: z.optional(isoDate),
  }),
  {
    id: "LegalBasis",
    title: "Legal basis",
    description: "An instrument a policy value cites: a regulation, a circular, a press report, an official guide.",
  },
);
/** An instrument a policy value cites. */
export type LegalBasis = z.infer<typeof legalBasisSchema>;
