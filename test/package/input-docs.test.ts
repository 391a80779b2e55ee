import ts from "typescript";
import { describe, expect, it } from "vitest";

// Issue 11 item 1: every field a caller writes into the three main functions has TSDoc (its unit, and its legal
// source where it has one), so an editor's hover and the API reference explain it. This walks the declared
// parameter types of checkEligibility, generateSchedule and scoreMonth with the compiler, into every nested
// object type (through unions, arrays and records), and lists each property whose declaration has no doc.
const entry = new URL("../../src/index.ts", import.meta.url).pathname;
const program = ts.createProgram([entry], {
  module: ts.ModuleKind.ESNext,
  target: ts.ScriptTarget.ES2022,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  resolveJsonModule: true,
  strict: true,
  noEmit: true,
});
const checker = program.getTypeChecker();
const exported = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(entry)!)!);

/**
 * Types the walk does not enter: a `ResolvedPolicy` is what `resolvePolicy` returns (a caller passes it through,
 * never writes its fields), documented with its own type.
 */
const OPAQUE = new Set(["ResolvedPolicy"]);

interface Field {
  path: string;
  documented: boolean;
}

function fieldsOf(fn: string): Field[] {
  const symbol = exported.find((s) => s.getName() === fn);
  if (!symbol) throw new Error(`${fn} is not exported from src/index.ts`);
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const decl = target.valueDeclaration ?? target.declarations![0]!;
  const signatures = checker.getTypeOfSymbolAtLocation(target, decl).getCallSignatures();
  const out: Field[] = [];
  const seen = new Set<ts.Type>();

  // `parentDoc`: the doc of the field holding `type`. A key of a mapped type over a union of names (the soft-goal
  // weights, `Partial<Record<SoftGoalCode, number>>`) has no declaration to document; it counts as documented when
  // the field holding it names it in backticks.
  const walk = (type: ts.Type, path: string, parentDoc = ""): void => {
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
      for (const t of checker.getTypeArguments(type as ts.TypeReference)) walk(t, `${path}[]`, parentDoc);
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
      if (!out.some((f) => f.path === at)) out.push({ path: at, documented });
      walk(checker.getNonNullableType(checker.getTypeOfSymbol(prop)), at, doc);
    }
  };

  for (const signature of signatures)
    for (const param of signature.getParameters()) walk(checker.getTypeOfSymbol(param), `${fn}(${param.getName()})`);
  return out;
}

describe.each(["checkEligibility", "generateSchedule", "scoreMonth"])("the input of %s", (fn) => {
  const fields = fieldsOf(fn);

  it("is walked into its nested fields", () => {
    // A walk that found nothing (a renamed export, a parameter typed `unknown`) would pass the next test vacuously.
    expect(fields.length).toBeGreaterThan(8);
    expect(fields.some((f) => f.path.split(".").length > 2)).toBe(true);
  });

  it("documents every field", () => {
    expect(fields.filter((f) => !f.documented).map((f) => f.path)).toEqual([]);
  });
});
