// Packages the Mocha suite (test/vscode/suite/) as a small test extension: its activate() runs the
// suite inside VS Code and writes the results to `resultsFile`.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { run } from './process.mjs';

export async function packageTestExtension(repo, folder, resultsFile) {
  mkdirSync(folder, { recursive: true });
  const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', external: ['vscode'], logLevel: 'error' };
  await build({ ...common, entryPoints: [join(repo, 'test/vscode/suite/extension.ts')], outfile: join(folder, 'extension.js') });
  await build({ ...common, entryPoints: [join(repo, 'test/vscode/suite/editor.suite.ts')], outfile: join(folder, 'suite.js') });
  writeFileSync(join(folder, 'test-config.json'), JSON.stringify({ mocha: resolve(repo, 'node_modules/mocha'), results: resultsFile }, null, 2));
  writeFileSync(
    join(folder, 'package.json'),
    JSON.stringify(
      {
        name: 'hewitt-rules-tests',
        displayName: 'Hewitt Rules integration tests',
        description: 'Runs the Hewitt Rules integration suite when VS Code starts.',
        version: '0.0.1',
        publisher: 'hewitt-rules',
        license: 'MIT',
        engines: { vscode: '^1.90.0' },
        main: './extension.js',
        activationEvents: ['onStartupFinished'],
        extensionDependencies: ['hewitt-rules.hewitt-rules'],
      },
      null,
      2,
    ),
  );
  writeFileSync(join(folder, 'README.md'), '# Hewitt Rules integration tests\n\nRuns the suite in test/vscode/suite/ when VS Code starts.\n');
  copyFileSync(join(repo, 'LICENSE'), join(folder, 'LICENSE'));
  const vsix = join(folder, '..', 'hewitt-rules-tests.vsix');
  await run(process.execPath, [join(repo, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--allow-missing-repository', '--out', vsix], { cwd: folder, quiet: true });
  return vsix;
}
