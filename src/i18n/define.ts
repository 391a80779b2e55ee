/** A supported message language: Indonesian (the default) or English. */
export type Locale = "id" | "en";

/** Values a message template may interpolate with `{name}`. */
export type MessageParams = Readonly<Record<string, unknown>>;

/** A value a `{name}` placeholder shows (with String(); arrays are joined with ", ", null and undefined show as "-"). */
export type MessageValue = unknown;

/** The parameters of a message that interpolates nothing. */
export type NoParams = Readonly<Record<string, never>>;

/**
 * One language's texts for a domain whose codes and parameters are declared by `P` (code -> parameters):
 * a locale module writes `{ ... } satisfies Templates<P>`, so a missing or extra code fails to compile.
 */
export type Templates<P> = { readonly [K in keyof P]: string };

/** A domain's messages in every language (`messages/<domain>.ts`). */
export type Catalogue<P> = { readonly [L in Locale]: Templates<P> };

/** Any domain's catalogue, as the renderers take it. */
export type AnyCatalogue = { readonly [L in Locale]: Readonly<Record<string, string>> };

const PLURALS: Readonly<Record<Locale, Intl.PluralRules>> = {
  id: new Intl.PluralRules("id"),
  en: new Intl.PluralRules("en"),
};

/**
 * Replaces `{name}` placeholders; arrays are joined with ", "; a missing param stays visible as `{name}`.
 * A counted word is written `{name:one|other}`: the number and the form its language's plural rule picks
 * (`{days:day|days}` gives "1 day", "2 days"), so no message needs "day(s)".
 *
 * @example
 * ```ts
 * interpolate("{count:problem|problems} found", { count: 1 }, "en"); // "1 problem found"
 * ```
 */
export function interpolate(template: string, params: MessageParams | undefined, locale: Locale = "id"): string {
  if (!params) return template;
  return template.replace(
    /\{(\w+)(?::([^|{}]*)\|([^{}]*))?\}/g,
    (whole, key: string, one: string | undefined, other: string | undefined) => {
      if (!Object.prototype.hasOwnProperty.call(params, key)) return whole;
      const value = params[key];
      if (one !== undefined) {
        const n = Number(value);
        return `${String(value)} ${Number.isFinite(n) && PLURALS[locale].select(n) === "one" ? one : other}`;
      }
      if (Array.isArray(value)) return value.join(", ");
      if (value === null || value === undefined) return "-";
      return String(value);
    },
  );
}

/**
 * The text of `code` from the first catalogue that declares it, in `locale` (Indonesian when the language
 * lacks it), with its placeholders filled; the code itself when no catalogue declares it. The library's own
 * renderers call this with the catalogues of the domains whose codes they can emit, so a bundle carries
 * only those tables (`formatMessage` reaches every domain).
 *
 * @example
 * ```ts
 * renderFrom([coreMessages], "input_too_small", { minimum: 1 }, "en"); // "Value too small: at least 1."
 * ```
 */
export function renderFrom(
  catalogues: readonly AnyCatalogue[],
  code: string,
  params: MessageParams | undefined,
  locale: Locale,
): string {
  for (const c of catalogues) {
    if (Object.hasOwn(c[locale], code)) return interpolate(c[locale][code]!, params, locale);
    if (Object.hasOwn(c.id, code)) return interpolate(c.id[code]!, params, "id");
  }
  return code;
}

/** A message in Indonesian and English. */
export interface Bilingual {
  readonly id: string;
  readonly en: string;
}

/**
 * A message in both languages, each rendered from `catalogues` only when it is read (JSON.stringify, a
 * spread and structuredClone read both; a caller that reads one language renders one). The same shape as a
 * plain `{ id, en }`: results keep their JSON form while holding only a code and its parameters.
 *
 * @example
 * ```ts
 * bilingual([coreMessages], "input_too_small", { minimum: 1 }).en; // "Value too small: at least 1."
 * ```
 */
export function bilingual(catalogues: readonly AnyCatalogue[], code: string, params: MessageParams): Bilingual {
  return {
    get id() {
      return renderFrom(catalogues, code, params, "id");
    },
    get en() {
      return renderFrom(catalogues, code, params, "en");
    },
  };
}
