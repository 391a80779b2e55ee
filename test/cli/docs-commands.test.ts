/**
 * Every shell command in the docs that starts with `mkd` or `npm run mkd` inside a ```sh block runs here
 * (in-process, through `run`), and must exit with the code written next to it (`# exit N`; none means 0).
 * Commands run in a fresh folder where `examples/` points at the repository's, so files they write
 * (`--out`, `--output`) never land in the checkout.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { mkd, REPO } from "./helpers.js";

interface DocCommand {
  file: string;
  line: number;
  argv: string[];
  stdinFile: string | undefined;
  exit: number;
  text: string;
}

/** Splits a command line like a POSIX shell would for these simple cases (quotes, no expansions). */
function shellWords(text: string): string[] {
  const words: string[] = [];
  let cur = "";
  let quote: string | null = null;
  let has = false;
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = null;
      else cur += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      has = true;
    } else if (/\s/.test(ch)) {
      if (has || cur !== "") words.push(cur);
      cur = "";
      has = false;
    } else cur += ch;
  }
  if (has || cur !== "") words.push(cur);
  return words;
}

function docFiles(): string[] {
  const out: string[] = [];
  for (const dir of ["docs/en", "docs/id"]) {
    const abs = join(REPO, dir);
    if (existsSync(abs)) for (const f of readdirSync(abs)) if (f.endsWith(".md")) out.push(join(dir, f));
  }
  for (const f of ["docs/README.md", "README.md", "examples/policies/README.md"])
    if (existsSync(join(REPO, f))) out.push(f);
  return out.sort();
}

function commandsIn(file: string): DocCommand[] {
  const lines = readFileSync(join(REPO, file), "utf8").split("\n");
  const out: DocCommand[] = [];
  let inSh = false;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (/^\s*```/.test(raw)) {
      inSh = !inSh && /^\s*```(sh|bash|shell)\s*$/.test(raw);
      continue;
    }
    if (!inSh) continue;
    let text = raw.trim();
    while (text.endsWith("\\") && i + 1 < lines.length) text = `${text.slice(0, -1)} ${lines[++i]!.trim()}`;
    const m = /^(.*?)(?:\s+#\s*exit\s+(\d+))?\s*$/.exec(text)!;
    let cmd = m[1]!.replace(/\s+#.*$/, "").trim();
    if (!/^(mkd|npm run mkd)\b/.test(cmd)) continue;
    let stdinFile: string | undefined;
    const redirect = /\s<\s*(\S+)\s*$/.exec(cmd);
    if (redirect) {
      stdinFile = redirect[1];
      cmd = cmd.slice(0, redirect.index);
    }
    let argv = shellWords(cmd);
    argv = argv[0] === "npm" ? argv.slice(3).filter((w, k) => !(k === 0 && w === "--")) : argv.slice(1);
    out.push({ file, line: i + 1, argv, stdinFile, exit: m[2] === undefined ? 0 : Number(m[2]), text });
  }
  return out;
}

const work = mkdtempSync(join(tmpdir(), "mkd-docs-"));
symlinkSync(join(REPO, "examples"), join(work, "examples"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const all = docFiles().flatMap(commandsIn);

describe("commands in the docs", () => {
  it("the docs hold commands to check (cli.md in both languages at least)", () => {
    expect(all.filter((c) => c.file.endsWith("cli.md")).length).toBeGreaterThan(10);
    expect(new Set(all.map((c) => c.file))).toEqual(expect.objectContaining({ size: expect.any(Number) }));
    expect(all.some((c) => c.file === "docs/id/cli.md")).toBe(true);
  });

  for (const c of all) {
    it(`${c.file}:${c.line} \`${c.text.slice(0, 90)}\` exits ${c.exit}`, async () => {
      const stdin = c.stdinFile ? readFileSync(join(work, c.stdinFile)) : undefined;
      const r = await mkd(c.argv, { cwd: work, ...(stdin ? { stdin } : {}) });
      if (r.code !== c.exit) console.log(r.stderr.slice(0, 2000));
      expect(r.code).toBe(c.exit);
    });
  }
});
