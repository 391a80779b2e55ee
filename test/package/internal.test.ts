import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { declaredKeys, internalKeys, ownSourceFiles } from "../../scripts/declarations.js";

// `@internal` stays out of the public types: the package's declarations are built with `stripInternal`
// (tsup.config.ts). Here the declarations of the public entries are emitted in memory the same way, without a
// build: they must type-check (a tagged export that another module's declarations name breaks the types
// build: such an export is not internal and must not be tagged), and no tagged declaration or member may be in
// them. The published dist/*.d.ts are checked by `npm run check:package` (scripts/check-package.ts), after the
// build, with the same helpers.
const root = new URL("../..", import.meta.url).pathname;
const entries = ["src/index.ts", "src/json-rules-engine.ts", "src/testing/index.ts"].map((e) => join(root, e));
const options: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  resolveJsonModule: true,
  strict: true,
  skipLibCheck: true,
  types: ["node"],
};
// Never written: a folder inside the repository only so that `zod` and the other packages resolve from it.
const outDir = join(root, ".declarations-in-memory");

const source = ts.createProgram(entries, {
  ...options,
  declaration: true,
  emitDeclarationOnly: true,
  stripInternal: true,
  rootDir: join(root, "src"),
  outDir,
});
const emitted = new Map<string, string>();
const emit = source.emit(undefined, (file, text) => emitted.set(file, text));

const host = ts.createCompilerHost(options);
const readFile = host.readFile.bind(host);
const fileExists = host.fileExists.bind(host);
host.readFile = (file) => emitted.get(file) ?? readFile(file);
host.fileExists = (file) => emitted.has(file) || fileExists(file);
const directoryExists = host.directoryExists?.bind(host);
host.directoryExists = (dir) => dir.startsWith(outDir) || (directoryExists?.(dir) ?? true);
// Every emitted module, not only those the public entries reach: the rule holds for the whole library.
const declarations = ts.createProgram([...emitted.keys()], { ...options, skipLibCheck: false, noEmit: true }, host);
const ours = declarations.getSourceFiles().filter((f) => emitted.has(f.fileName));

describe("@internal in the public types", () => {
  const internal = internalKeys(ownSourceFiles(source));

  it("finds what is tagged internal in src (the kernel members of CompiledRules among them)", () => {
    expect(internal).toContain("CompiledRules.runExplained");
    expect(internal).toContain("CompiledRules.loadSlots");
    expect(internal).toContain("SLOT_LAYOUT");
  });

  it("the declarations build with stripInternal", () => {
    expect(emit.diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toEqual([]);
    expect(ours.length).toBeGreaterThan(20);
  });

  it("the stripped declarations type-check: no export that another module's declarations name is tagged internal", () => {
    const errors = ours
      .flatMap((f) => [...declarations.getSyntacticDiagnostics(f), ...declarations.getSemanticDiagnostics(f)])
      .map((d) => {
        const where = d.file
          ? `${d.file.fileName.slice(outDir.length + 1)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}`
          : "";
        return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`;
      });
    expect(errors).toEqual([]);
  });

  it("no declaration or member tagged internal is in the emitted declarations", () => {
    const declared = declaredKeys(ours);
    expect(declared).toContain("CompiledRules.evaluate");
    expect([...declared].filter((k) => internal.has(k))).toEqual([]);
  });
});
