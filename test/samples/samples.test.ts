// The samples are checked as the command line checks them: `hewitt check samples samples/broken
// --format json` (samples/hewitt.config.json keeps broken/ out of folder walks, so it is named),
// run in-process from the repository root, so imports between the broken files (cycle-a/b) and
// every configuration and rule apply exactly as for a user.
//
// (a) every sample outside samples/broken/ and samples/rules/ (which show the catalogue's rules
//     firing, see rules.test.ts) has no errors and no warnings, and the rule samples no errors;
// (b) each broken file gives exactly the diagnostics recorded beside it in `<name>.expected`
//     (`line:col code message`, 1-based); UPDATE_GOLDEN=1 rewrites those files;
// (c) every broken file has its `.expected` file, and no `.expected` file is left without one.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../server/src/cli/run';
import type { JsonFile, JsonReport } from '../../server/src/cli/report/json';
import { brokenFiles, expectedPathOf, expectedText, expectedToWarn, ROOT } from './support';

let report: JsonReport;

beforeAll(async () => {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['check', 'samples', 'samples/broken', '--format', 'json'], {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd: ROOT,
    env: {},
    isTTY: false,
  });
  expect(stderr).toBe('');
  expect(code).toBe(1); // the broken samples have errors
  report = JSON.parse(stdout) as JsonReport;
});

function fileReport(path: string): JsonFile {
  const file = report.files.find((f) => f.path === path);
  if (file === undefined) throw new Error(`${path} was not checked`);
  return file;
}

const brokenPaths = brokenFiles().map((name) => `samples/broken/${name}`);

describe('the samples', () => {
  it('are all checked, the broken ones and the others', () => {
    const paths = report.files.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(brokenPaths));
    expect(paths.filter((p) => !p.startsWith('samples/broken/')).length).toBeGreaterThanOrEqual(3);
  });

  it('outside samples/broken/ and samples/rules/ have no errors and no warnings', () => {
    const problems = report.files
      .filter((f) => !expectedToWarn(f.path))
      .flatMap((f) => f.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => `${f.path}: ${expectedText([d])}`));
    expect(problems).toEqual([]);
  });

  it('in samples/rules/ have no errors, checked with every other sample', () => {
    const rules = report.files.filter((f) => f.path.startsWith('samples/rules/'));
    expect(rules.length).toBeGreaterThan(0);
    const errors = rules.flatMap((f) => f.diagnostics.filter((d) => d.severity === 'error').map((d) => `${f.path}: ${expectedText([d])}`));
    expect(errors).toEqual([]);
  });
});

describe('the broken samples', () => {
  it('each have an .expected file, and every .expected file has its sample', () => {
    const dir = join(ROOT, 'samples', 'broken');
    const missing = brokenFiles().filter((name) => !existsSync(join(dir, expectedPathOf(name))) && process.env.UPDATE_GOLDEN !== '1');
    expect(missing).toEqual([]);
    const orphans = readdirSync(dir)
      .filter((name) => name.endsWith('.expected'))
      .filter((name) => !existsSync(join(dir, name.replace(/\.expected$/, '.hewitt'))));
    expect(orphans).toEqual([]);
  });

  it.each(brokenFiles())('%s gives exactly its recorded diagnostics', (name) => {
    const actual = expectedText(fileReport(`samples/broken/${name}`).diagnostics);
    const path = join(ROOT, 'samples', 'broken', expectedPathOf(name));
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, actual, 'utf8');
    expect(existsSync(path), `${path} is missing; run with UPDATE_GOLDEN=1`).toBe(true);
    expect(actual).toBe(readFileSync(path, 'utf8'));
  });

  // A mistake between files (an import cycle) is reported once, on one of them.
  it.each(brokenFiles())('%s shows an error, or imports a broken file that does', (name) => {
    const hasError = (path: string) => fileReport(path).diagnostics.some((d) => d.severity === 'error');
    const text = readFileSync(join(ROOT, 'samples', 'broken', name), 'utf8');
    const imported = [...text.matchAll(/^import "([^"/]+\.hewitt)"/gm)].map((m) => `samples/broken/${m[1]}`);
    expect(hasError(`samples/broken/${name}`) || imported.some((path) => brokenPaths.includes(path) && hasError(path))).toBe(true);
  });
});
