// Runs the integration suite with @vscode/test-electron, for machines that can download VS Code
// from Microsoft's update site (this one cannot: there, use run-server.mjs). The suite is the same
// Mocha suite as in run-server.mjs, loaded as the extension tests of a development host.
// Usage: node scripts/vscode/run-electron.mjs   (after node scripts/build.mjs)
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const root = mkdtempSync(join(tmpdir(), 'hewitt-electron-'));
const tests = join(root, 'tests');
const results = join(root, 'results.json');
mkdirSync(tests, { recursive: true });
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', external: ['vscode'], logLevel: 'error' };
await build({ ...common, entryPoints: [join(repo, 'test/vscode/suite/electron-entry.ts')], outfile: join(tests, 'index.js') });
await build({ ...common, entryPoints: [join(repo, 'test/vscode/suite/editor.suite.ts')], outfile: join(tests, 'suite.js') });
writeFileSync(join(tests, 'test-config.json'), JSON.stringify({ mocha: resolve(repo, 'node_modules/mocha'), results }));
const workspace = join(root, 'workspace');
cpSync(join(repo, 'samples'), join(workspace, 'samples'), { recursive: true });
cpSync(join(repo, 'test/vscode/fixtures/workspace'), join(workspace, 'fixtures'), { recursive: true });

let code = 1;
try {
  await runTests({
    version: process.env.HEWITT_VSCODE_VERSION ?? 'stable',
    extensionDevelopmentPath: repo,
    extensionTestsPath: join(tests, 'index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
  const summary = JSON.parse(readFileSync(results, 'utf8'));
  for (const test of summary.tests) console.log(`${test.state === 'passed' ? 'ok  ' : 'FAIL'} ${test.title}${test.error ? `\n${test.error}` : ''}`);
  console.log(`${summary.passed} passed, ${summary.failed} failed`);
  code = summary.failed === 0 ? 0 : 1;
} catch (error) {
  console.error(`the VS Code run failed: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
process.exitCode = code;
