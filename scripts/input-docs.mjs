/**
 * Issue 11 item 1: every field a caller writes into the three main functions has TSDoc (its unit, and its legal
 * source where it has one), so an editor's hover and the API reference explain it. `inputFields(entry)` walks the
 * declared parameter types of checkEligibility, generateSchedule and scoreMonth exported by `entry` (the sources,
 * src/index.ts, in test/package/input-docs.test.ts; the published declarations in examples/consumer/check.mjs)
 * with the TypeScript compiler, into every nested object type (through unions, arrays and records), and lists each
 * field with whether its declaration has documentation.
 *
 * Run on its own over a build, it is the cheap form of the consumer check's step (seconds, not the minutes of
 * packing and installing): `npm run build && node scripts/input-docs.mjs dist/index.d.ts` lists the fields whose
 * published declaration has no TSDoc and exits 1 when there is one.
 */
import { pathToFileURL } from "node:url";
import ts from "typescript";

/** The functions whose inputs are walked. */
export const MAIN_FUNCTIONS = ["checkEligibility", "generateSchedule", "scoreMonth"];

/**
 * Types the walk does not enter: a `ResolvedPolicy` is what `resolvePolicy` returns and a `PreparedPolicy` what
 * `preparePolicy` returns (a caller passes them through, never writes their fields), each documented with its own
 * type.
 */
const OPAQUE = new Set(["ResolvedPolicy", "PreparedPolicy"]);

/**
 * A type-checking program over `entries` (.ts sources or .d.ts files) with the options the library is built with,
 * for the checks that walk the public API's types (this script, test/package/api-docs.test.ts).
 *
 * @param {string[]} entries
 * @returns {ts.Program}
 */
export function entryProgram(entries) {
  return ts.createProgram(entries, {
    module: ts.ModuleKind.ESNext,
    target: ts.ScriptTarget.ES2022,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    resolveJsonModule: true,
    strict: true,
    noEmit: true,
  });
}

/**
 * Every input field of each main function exported by `entry` (a .ts or .d.ts file), as
 * `{ fn, path, documented }`, paths like `generateSchedule(input).unit.minimumOnSite.share`.
 *
 * @param {string} entry
 * @returns {{ fn: string, path: string, documented: boolean }[]}
 */
export function inputFields(entry) {
  const program = entryProgram([entry]);
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  if (!source) throw new Error(`${entry} is not a source file of the program`);
  const exported = checker.getExportsOfModule(checker.getSymbolAtLocation(source));
  const out = [];
  for (const fn of MAIN_FUNCTIONS) {
    const symbol = exported.find((s) => s.getName() === fn);
    if (!symbol) throw new Error(`${fn} is not exported from ${entry}`);
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const decl = target.valueDeclaration ?? target.declarations[0];
    const seen = new Set();

    // `parentDoc`: the doc of the field holding `type`. A key of a mapped type over a union of names (the soft-goal
    // weights, `Partial<Record<SoftGoalCode, number>>`) has no declaration to document; it counts as documented
    // when the field holding it names it in backticks.
    const walk = (type, path, parentDoc = "") => {
      if (seen.has(type)) return;
      seen.add(type);
      // A union's members are walked one by one; an intersection's properties are read below as one object.
      if (type.isUnion()) {
        for (const t of type.types) walk(t, path, parentDoc);
        return;
      }
      if (!(type.flags & (ts.TypeFlags.Object | ts.TypeFlags.Intersection))) return;
      const name = (type.aliasSymbol ?? type.getSymbol())?.getName();
      if (name && OPAQUE.has(name)) return;
      if (checker.isArrayType(type) || checker.isTupleType(type)) {
        for (const t of checker.getTypeArguments(type)) walk(t, `${path}[]`, parentDoc);
        return;
      }
      if (type.getCallSignatures().length > 0) return;
      for (const info of checker.getIndexInfosOfType(type)) walk(info.type, `${path}[key]`, parentDoc);
      for (const prop of checker.getPropertiesOfType(type)) {
        const at = `${path}.${prop.getName()}`;
        const doc = ts.displayPartsToString(prop.getDocumentationComment(checker)).trim();
        const synthetic = (prop.declarations ?? []).length === 0;
        const documented = doc !== "" || (synthetic && parentDoc.includes(`\`${prop.getName()}\``));
        // A field reached twice (a union of policy sources repeats the shared ones) is listed once.
        if (!out.some((f) => f.path === at)) out.push({ fn, path: at, documented });
        walk(checker.getNonNullableType(checker.getTypeOfSymbol(prop)), at, doc);
      }
    };

    for (const signature of checker.getTypeOfSymbolAtLocation(target, decl).getCallSignatures())
      for (const param of signature.getParameters()) walk(checker.getTypeOfSymbol(param), `${fn}(${param.getName()})`);
  }
  return out;
}

/**
 * The fields of `entry` without TSDoc, as a line for a report; throws when there is one.
 *
 * @param {string} entry
 * @returns {string}
 */
export function assertInputDocs(entry) {
  const fields = inputFields(entry);
  const missing = fields.filter((f) => !f.documented).map((f) => f.path);
  const line = `${fields.length - missing.length} of ${fields.length} input fields documented`;
  if (missing.length > 0) throw new Error(`${line}; without TSDoc: ${missing.join(", ")}`);
  return line;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const entry = process.argv[2];
  if (!entry) {
    console.error("usage: node scripts/input-docs.mjs <entry .ts or .d.ts>");
    process.exit(2);
  }
  try {
    console.log(assertInputDocs(entry));
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
