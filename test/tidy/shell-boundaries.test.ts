// The shells do not lean on each other: the command line (cli/) and the language server (lsp/)
// share the Node-side adapters in node/, and node/ serves both without importing either.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const src = join(root, 'server', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Each folder and the sibling folders of server/src it must not import from. */
const boundaries: Record<string, readonly string[]> = {
  cli: ['lsp'],
  lsp: ['cli'],
  node: ['cli', 'lsp'],
  report: ['cli', 'lsp', 'node'],
};

describe('shell boundaries', () => {
  for (const [folder, forbidden] of Object.entries(boundaries)) {
    const files = sourceFiles(join(src, folder));
    it(`${folder}/ has source files`, () => expect(files.length).toBeGreaterThan(0));
    it.each(files.map((f) => [relative(root, f), f]))(`%s imports nothing from ${forbidden.join(', ')}`, (_, file) => {
      const text = readFileSync(file, 'utf8');
      for (const other of forbidden) {
        const pattern = new RegExp(`from ['"](\\.\\./)+${other}/`);
        expect(text, `${file} imports from ${other}/`).not.toMatch(pattern);
      }
    });
  }
});
