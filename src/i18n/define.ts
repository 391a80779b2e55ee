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

/** Replaces `{name}` placeholders; arrays are joined with ", "; a missing param stays visible as `{name}`. */
export function interpolate(template: string, params: MessageParams | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, key)) return whole;
    const value = params[key];
    if (Array.isArray(value)) return value.join(", ");
    if (value === null || value === undefined) return "-";
    return String(value);
  });
}
