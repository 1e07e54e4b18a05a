// The `ignore` entry of hewitt.config.json: its patterns as .gitignore reads them, each mistake a
// located problem; and the folder walks of the command line and the language server passing over
// what it matches, but never over a folder the user names.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandPaths } from '../../server/src/cli/paths';
import { resolveConfig } from '../../server/src/core/config/config';
import { ignoreMatcher, readIgnore } from '../../server/src/core/config/ignore';
import { findRuleFiles } from '../../server/src/lsp/scan';

function problems(text: string): string[] {
  return resolveConfig(text, 'hewitt.config.json', []).diagnostics.map((d) => `${d.severity} ${d.code} [${text.slice(d.span.start, d.span.end)}] ${d.message}`);
}

describe('ignore patterns', () => {
  const cases: [pattern: string, path: string, isFolder: boolean, ignored: boolean][] = [
    ['broken', 'broken', true, true],
    ['broken', 'samples/broken', true, true],
    ['broken', 'broken/a.hewitt', false, false],
    ['broken', 'brokenness', true, false],
    ['broken/', 'broken', false, false],
    ['broken/', 'broken', true, true],
    ['drafts/*.hewitt', 'drafts/a.hewitt', false, true],
    ['drafts/*.hewitt', 'x/drafts/a.hewitt', false, false],
    ['/old', 'old', true, true],
    ['/old', 'x/old', true, false],
    ['*.draft.hewitt', 'deep/in/a.draft.hewitt', false, true],
    ['**/tmp', 'a/b/tmp', true, true],
  ];
  it.each(cases)('%s on %s (folder %s) → ignored %s', (pattern, path, isFolder, ignored) => {
    expect(ignoreMatcher([pattern])(path, isFolder)).toBe(ignored);
  });

  it('reads the valid patterns and reports each mistake where it is written', () => {
    const text = '{ "ignore": ["broken", 3, "", "!keep", "/"] }';
    expect(readIgnore(text)).toEqual(['broken']);
    expect(problems(text)).toEqual([
      'error config-invalid [3] Each `ignore` pattern must be a text such as "broken".',
      'error config-invalid [""] The `ignore` pattern "" matches nothing useful; write a folder or file name or a path such as "drafts/*.hewitt" (negation with ! is not supported).',
      'error config-invalid ["!keep"] The `ignore` pattern "!keep" matches nothing useful; write a folder or file name or a path such as "drafts/*.hewitt" (negation with ! is not supported).',
      'error config-invalid ["/"] The `ignore` pattern "/" matches nothing useful; write a folder or file name or a path such as "drafts/*.hewitt" (negation with ! is not supported).',
    ]);
    expect(problems('{ "ignore": "broken" }')).toEqual(['error config-invalid ["broken"] The `ignore` entry must be a list of patterns such as ["broken", "drafts/*.hewitt"].']);
  });
});

describe('folder walks pass over ignored files', () => {
  function workspace(): string {
    const root = mkdtempSync(join(tmpdir(), 'hewitt-ignore-'));
    const files: Record<string, string> = {
      'hewitt.config.json': '{ "ignore": ["broken", "/drafts/*.hewitt"] }',
      'a.hewitt': '',
      'broken/b.hewitt': '',
      'broken/tests/c.test.hewitt': '',
      'drafts/d.hewitt': '',
      'drafts/keep/e.hewitt': '',
      // A nested configuration governs what lies below it, and its patterns are relative to it.
      'nested/hewitt.config.json': '{ "ignore": ["f.hewitt"] }',
      'nested/f.hewitt': '',
      'nested/broken/g.hewitt': '',
      'node_modules/h.hewitt': '',
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return root;
  }

  it('the command line walks the same files as the language server', async () => {
    const root = workspace();
    const cli = expandPaths(['.'], root);
    expect(cli).toEqual({ kind: 'files', files: ['a.hewitt', 'drafts/keep/e.hewitt', 'nested/broken/g.hewitt'] });
    const lsp = (await findRuleFiles([root.replace(/\\/g, '/')])).map((p) => p.slice(root.replace(/\\/g, '/').length + 1));
    expect(lsp).toEqual(cli.kind === 'files' ? cli.files : []);
  });

  it('a folder or file the user names is walked even when a pattern matches it', () => {
    const root = workspace();
    expect(expandPaths(['broken'], root, /\.test\.hewitt$/)).toEqual({ kind: 'files', files: ['broken/tests/c.test.hewitt'] });
    expect(expandPaths(['drafts/d.hewitt', 'nested/f.hewitt'], root)).toEqual({ kind: 'files', files: ['drafts/d.hewitt', 'nested/f.hewitt'] });
  });
});
