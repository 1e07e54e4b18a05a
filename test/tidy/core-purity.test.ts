// The core is pure: no file system, no editor, no protocol, no clock. These checks keep it so.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const core = join(root, 'server', 'src', 'core');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const forbiddenImports = [
  /from ['"](node:)?(fs|fs\/promises|child_process|http|https|net|os)['"]/,
  /from ['"]vscode['"]/,
  /from ['"]vscode-languageserver[^'"]*['"]/,
  /require\(/,
];
const forbiddenCalls = [/\bDate\.now\(/, /\bnew Date\(\)/, /\bprocess\./];

describe('the pure core', () => {
  const files = sourceFiles(core);

  it('has source files', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((f) => [relative(root, f), f]))('%s imports no I/O, editor or protocol module', (_, file) => {
    const text = readFileSync(file, 'utf8');
    for (const pattern of [...forbiddenImports, ...forbiddenCalls]) {
      expect(text, `${pattern} in ${file}`).not.toMatch(pattern);
    }
  });
});
