// What `npm run package` puts in the .vsix: the bundles, the grammar, the schema, the samples and
// the Marketplace files — no sources, tests or dependencies — under 5 MB.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..', '..');
const ALLOWED = [
  /^(package\.json|README\.md|CHANGELOG\.md|LICENSE)$/,
  /^dist\/(extension|server|cli|cli-main|webview|read-worker|vendor-exceljs|vendor-hyparquet)\.js$/,
  /^grammar\/(hewitt\.tmLanguage|language-configuration|snippets)\.json$/,
  /^schemas\/hewitt\.config\.schema\.json$/,
  /^images\/(icon\.png|file-icon\.svg)$/,
  /^client\/media\/[\w-]+\.md$/,
  /^samples\/[\w-]+\.hewitt$/,
  /^samples\/data\/[\w-]+\.csv$/,
];

describe('the extension package', () => {
  it('holds only what the extension runs and shows, under 5 MB', () => {
    const listed = spawnSync(process.execPath, [join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' });
    expect(listed.status).toBe(0);
    const files = listed.stdout.split('\n').filter((line) => line.trim() !== '');
    expect(files.filter((file) => !ALLOWED.some((pattern) => pattern.test(file)))).toEqual([]);
    for (const needed of ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'images/icon.png', 'dist/extension.js', 'dist/server.js', 'dist/cli.js', 'dist/cli-main.js', 'dist/webview.js', 'dist/read-worker.js', 'dist/vendor-exceljs.js', 'dist/vendor-hyparquet.js', 'grammar/hewitt.tmLanguage.json']) {
      expect(files).toContain(needed);
    }
    // A .vsix is a zip of deflated files: the sum of each file deflated is its size, give or take the headers.
    const bytes = files.reduce((sum, file) => sum + deflateRawSync(readFileSync(join(ROOT, file))).length, 0);
    expect(bytes).toBeLessThan(5 * 1024 * 1024);
  });
});
