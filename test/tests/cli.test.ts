// `hewitt test` options and exit codes: formats, --filter, --fail-on-empty, --coverage, --output,
// usage errors; and that `hewitt check` checks test files without running them.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hewitt } from './support';

describe('hewitt test', () => {
  it('prints the JSON contract', async () => {
    const run = await hewitt(['test', 'samples/broken/tests/missing-group.test.hewitt', '--format', 'json']);
    const report = JSON.parse(run.stdout);
    expect(report.version).toBe(1);
    expect(report.summary).toEqual({ passed: 0, failed: 1, errors: 0 });
    const [test] = report.tests;
    expect(Object.keys(test).sort()).toEqual(['durationMs', 'failures', 'file', 'line', 'name', 'status', 'title']);
    expect(test.failures).toEqual([
      {
        line: 13,
        expectation: 'expect prevention_share[icb = "QE9", year = 2023/24] = 10%',
        expected: '10%',
        actual: 'no such group',
        groups: ['icb = "QE1", year = 2023/24', 'icb = "QE2", year = 2023/24'],
      },
    ]);
    expect(run.code).toBe(1);
  });

  it('writes a workflow command at each failed expect for GitHub', async () => {
    const run = await hewitt(['test', 'samples/broken/tests/wrong-value.test.hewitt', '--format', 'github']);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('::error file=samples/broken/tests/wrong-value.test.hewitt,line='))).toHaveLength(2);
    expect(lines.at(-1)).toBe('0 passed, 1 failed');
  });

  it('runs only the tests --filter matches, by name or file::name', async () => {
    const byName = await hewitt(['test', 'samples/tests', '--filter', '^thresholds$']);
    expect(byName.stdout.trimEnd().split('\n').at(-1)).toBe('1 passed, 0 failed');
    const byFile = await hewitt(['test', 'samples/tests', '--filter', 'screening\\.test\\.hewitt::']);
    expect(byFile.stdout.trimEnd().split('\n').at(-1)).toBe('1 passed, 0 failed');
  });

  it('exits 0 on an empty run, and 1 with --fail-on-empty', async () => {
    expect((await hewitt(['test', 'samples/tests', '--filter', 'nothing-matches'])).code).toBe(0);
    const failing = await hewitt(['test', 'samples/tests', '--filter', 'nothing-matches', '--fail-on-empty']);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toBe('0 passed, 0 failed\n');
    expect(failing.stderr).toBe('hewitt: no test ran (--fail-on-empty)\n');
  });

  it('lists what the tests leave untested with --coverage', async () => {
    const run = await hewitt(['test', 'samples/tests/screening.test.hewitt', '--coverage']);
    expect(run.stdout).toContain('samples/prevention.hewitt: classification prevention: no fixture row in immunisation, screening');
    expect(run.stdout).toContain('no expectation on measure prevention_share');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('1 passed, 0 failed');
  });

  it('writes the results to --output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hewitt-test-'));
    try {
      const run = await hewitt(['test', 'samples/tests/screening.test.hewitt', '--format', 'json', '--output', join(dir, 'out.json')]);
      expect(run.stdout).toBe('');
      expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')).summary.passed).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    [['test', 'samples/prevention.hewitt'], 'hewitt: not a test file (tests live in *.test.hewitt files): samples/prevention.hewitt\n'],
    [['test', 'no-such-folder'], 'hewitt: no such file or directory: no-such-folder\n'],
    [['test', '--filter', '(', 'samples/tests'], 'hewitt: --filter is not a regular expression: (\n'],
    [['eval', 'samples/tests/screening.test.hewitt'], 'hewitt: is a test file, which runs on its fixtures, not on data; run it with hewitt test samples/tests/screening.test.hewitt\n'],
  ])('%j is a usage error: exit 2', async (args, message) => {
    const run = await hewitt(args);
    expect(run.stderr).toBe(message);
    expect(run.code).toBe(2);
  });
});

describe('hewitt check on test files', () => {
  it('reports the mistakes of tests with their codes, without running them', async () => {
    const run = await hewitt(['check', 'samples/broken/tests/bad-input.test.hewitt', '--format', 'json']);
    const [file] = JSON.parse(run.stdout).files;
    const codes = file.diagnostics.map((d: { code: string; range: { start: { line: number } } }) => `${d.range.start.line + 1} ${d.code}`);
    expect(codes).toEqual(['9 test-fixture', '16 unknown-name', '27 unknown-name', '35 test-expectation', '43 test-unused-given', '50 test-missing-given', '55 test-missing-column', '55 test-missing-column', '62 test-no-expect', '69 duplicate-name']);
  });

  it('finds the sample tests clean', async () => {
    const run = await hewitt(['check', 'samples/tests']);
    expect(run.code).toBe(0);
  });

  it('reports a test outside a test file', async () => {
    const run = await hewitt(['check', 'samples/broken/tests/misplaced.hewitt', '--format', 'json']);
    const [file] = JSON.parse(run.stdout).files;
    expect(file.diagnostics.map((d: { code: string }) => d.code)).toEqual(['test-location']);
  });
});
