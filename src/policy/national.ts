/**
 * The national rules every policy is checked against, and where a document comes from.
 *
 * PermenPANRB 4/2025 Pasal 13(1) (at most 2 flexible-location days a week for an ASN, from 2025-04-21) is a
 * property of Indonesian law, not of a document's self-description: whatever `jurisdiction.parent` or
 * `extends` a document declares (or leaves out), it is bound by the national jurisdiction's rules in force
 * on each date. Only a document of the national jurisdiction itself may change those rules; it then
 * replaces the shipped national documents whole, and every result produced under it says so
 * (`shippedLaw: false`).
 *
 * Internal module, not public API. (Not tagged internal: on a file header, stripInternal drops the first statement.)
 */
import { contentHash } from "../core/hash.js";
import { documentKey, shippedPolicies } from "./chain.js";
import type { PolicyDocument } from "./schema.js";

/** The jurisdiction whose rules bind every other (PermenPANRB 4/2025 applies to every agency). */
export const NATIONAL_JURISDICTION = "id-nasional";

const hashes = new WeakMap<PolicyDocument, string>();

/** The content hash of a parsed document (computed once per document object). */
export function documentHash(doc: PolicyDocument): string {
  let h = hashes.get(doc);
  if (h === undefined) hashes.set(doc, (h = contentHash(doc)));
  return h;
}

/** The shipped document with the same `jurisdiction@version` as `doc`, if any. */
export function shippedTwin(doc: Pick<PolicyDocument, "jurisdiction" | "version">): PolicyDocument | undefined {
  const key = documentKey(doc);
  return shippedPolicies().find((d) => documentKey(d) === key);
}

/** True when `doc` is a shipped document object. */
export function isShipped(doc: PolicyDocument): boolean {
  return shippedPolicies().includes(doc);
}

/**
 * How a supplied document relates to the shipped ones: `shipped` when it is one of them, or has the same
 * name, version and content (a harmless copy, used as the shipped one); `shadows` when it carries a
 * shipped `jurisdiction@version` with other content (refused: a shipped name and version cannot be
 * silently replaced); `supplied` otherwise.
 */
export function originOf(
  doc: PolicyDocument,
): { kind: "shipped"; shipped: PolicyDocument } | { kind: "shadows"; shipped: PolicyDocument } | { kind: "supplied" } {
  if (isShipped(doc)) return { kind: "shipped", shipped: doc };
  const twin = shippedTwin(doc);
  if (!twin) return { kind: "supplied" };
  return documentHash(twin) === documentHash(doc)
    ? { kind: "shipped", shipped: twin }
    : { kind: "shadows", shipped: twin };
}

/**
 * The documents stating the national rules, given the supplied documents: supplied documents of the
 * national jurisdiction replace every shipped national version (a replacement is whole, never a mix).
 */
export function nationalDocuments(supplied: readonly PolicyDocument[]): {
  documents: PolicyDocument[];
  replaced: boolean;
} {
  const own = supplied.filter(
    (d) => d.jurisdiction.id === NATIONAL_JURISDICTION && !isShipped(d) && originOf(d).kind !== "shipped",
  );
  if (own.length > 0) return { documents: own, replaced: true };
  return { documents: shippedPolicies().filter((d) => d.jurisdiction.id === NATIONAL_JURISDICTION), replaced: false };
}
