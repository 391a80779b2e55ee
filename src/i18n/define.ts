/** A supported message language: Indonesian (the default) or English. */
export type Locale = "id" | "en";

/** Values a message template may interpolate with `{name}`. */
export type MessageParams = Readonly<Record<string, unknown>>;

/**
 * Declares one domain's messages. Both languages must name exactly the same codes: a code present in
 * Indonesian and missing in English (or the reverse) fails to compile.
 */
export function defineMessages<const K extends string>(tables: {
  id: Record<K, string>;
  en: Record<NoInfer<K>, string>;
}): { id: Record<K, string>; en: Record<K, string> } {
  return tables;
}

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
