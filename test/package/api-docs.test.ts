import ts from "typescript";
import { describe, expect, it } from "vitest";
import { entryProgram } from "../../scripts/input-docs.mjs";

// Every value the package exports (functions, classes, constants) carries TSDoc with an @example, and every
// exported type carries at least a summary: the public API documents itself.
// Every public entry: the main one, the json-rules-engine subpath and `mkd-engine/testing`.
const entries = ["../../src/index.ts", "../../src/json-rules-engine.ts", "../../src/testing/index.ts"].map(
  (e) => new URL(e, import.meta.url).pathname,
);
const program = entryProgram(entries);
const checker = program.getTypeChecker();

interface ExportDoc {
  name: string;
  isValue: boolean;
  summary: string;
  hasExample: boolean;
}

const exports: ExportDoc[] = entries
  .flatMap((entry) => checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(entry)!)!))
  .map((symbol) => {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const isValue = (target.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Class | ts.SymbolFlags.Variable)) !== 0;
    return {
      name: symbol.getName(),
      isValue,
      summary: ts.displayPartsToString(target.getDocumentationComment(checker)).trim(),
      hasExample: target.getJsDocTags(checker).some((tag) => tag.name === "example"),
    };
  });

describe("the public API", () => {
  it("exports a curated set of names", () => {
    expect(exports.length).toBeGreaterThan(20);
  });

  it("documents every exported function, class and constant with a summary and an @example", () => {
    const missing = exports.filter((e) => e.isValue && (e.summary === "" || !e.hasExample)).map((e) => e.name);
    expect(missing).toEqual([]);
  });

  it("documents every exported type with a summary", () => {
    const missing = exports.filter((e) => !e.isValue && e.summary === "").map((e) => e.name);
    expect(missing).toEqual([]);
  });
});
