/**
 * What the package's type declarations declare, and what the sources tag `@internal`: shared by the package
 * check (scripts/check-package.ts, over the built dist/*.d.ts) and its test (test/package/internal.test.ts,
 * over declarations emitted in memory). A declaration is named by a key: `name` for a module-level declaration,
 * `Container.member` for a member of an interface, a class or an object type alias.
 *
 * "Tagged" follows TypeScript's own `stripInternal` rule (a leading comment of the declaration containing the
 * tag), so the check and the compiler can never disagree about what is internal.
 */
import ts from "typescript";

const INTERNAL = "@internal";

function taggedInternal(node: ts.Node, file: ts.SourceFile): boolean {
  const ranges = ts.getLeadingCommentRanges(file.text, node.pos) ?? [];
  return ranges.some((r) => file.text.slice(r.pos, r.end).includes(INTERNAL));
}

/** A `$1`-style suffix the declaration bundler adds to a name that two modules share. */
const unsuffixed = (name: string): string => name.replace(/\$\d+$/, "");

function nameOf(node: ts.Node): string | undefined {
  const name = (node as { name?: ts.Node }).name;
  if (name === undefined) return undefined;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isPrivateIdentifier(name)) return unsuffixed(name.text);
  return undefined;
}

/** Members of an interface, a class, or a type alias of an object type (one level: what a hover shows). */
function membersOf(node: ts.Node): readonly ts.Node[] {
  if (ts.isInterfaceDeclaration(node) || ts.isClassDeclaration(node)) return node.members;
  if (ts.isTypeAliasDeclaration(node) && ts.isTypeLiteralNode(node.type)) return node.type.members;
  return [];
}

/** Every declaration of a file, with its key, and whether it is tagged internal. */
function declarations(file: ts.SourceFile): { key: string; internal: boolean }[] {
  const out: { key: string; internal: boolean }[] = [];
  const visit = (statement: ts.Statement): void => {
    if (ts.isModuleDeclaration(statement) && statement.body && ts.isModuleBlock(statement.body)) {
      statement.body.statements.forEach(visit);
      return;
    }
    const internal = taggedInternal(statement, file);
    if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) {
        const name = nameOf(d);
        if (name !== undefined) out.push({ key: name, internal });
      }
      return;
    }
    if (ts.isExportDeclaration(statement)) {
      // A re-export of a tagged name (`export { X } from "./x.js"` under the tag) is stripped with it.
      if (internal && statement.exportClause && ts.isNamedExports(statement.exportClause))
        for (const s of statement.exportClause.elements) out.push({ key: unsuffixed(s.name.text), internal });
      return;
    }
    const name = nameOf(statement);
    if (name === undefined) return;
    out.push({ key: name, internal });
    for (const member of membersOf(statement)) {
      const m = nameOf(member);
      if (m !== undefined) out.push({ key: `${name}.${m}`, internal: internal || taggedInternal(member, file) });
    }
  };
  file.statements.forEach(visit);
  return out;
}

/** Keys of every declaration and member tagged `@internal` in these (source) files. */
export function internalKeys(files: readonly ts.SourceFile[]): Set<string> {
  return new Set(
    files.flatMap((f) =>
      declarations(f)
        .filter((d) => d.internal)
        .map((d) => d.key),
    ),
  );
}

/** Keys of every declaration and member these (declaration) files declare. */
export function declaredKeys(files: readonly ts.SourceFile[]): Set<string> {
  return new Set(files.flatMap((f) => declarations(f).map((d) => d.key)));
}

/** The source files of a program that are ours (not the standard library, not node_modules). */
export function ownSourceFiles(program: ts.Program): ts.SourceFile[] {
  return program
    .getSourceFiles()
    .filter((f) => !f.isDeclarationFile && !f.fileName.includes("/node_modules/") && /\/src\//.test(f.fileName));
}
