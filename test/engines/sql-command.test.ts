// `hewitt sql` on the samples: the rendered SQL per dialect is kept as golden files (a change shows
// up in review; the differential tests say whether it is right), and its usage errors.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../syntax/support';
import { ROOT, runBuilt } from '../cli/support';

const GOLDEN = join(__dirname, 'golden');

describe('hewitt sql', () => {
  it.each([
    ['prevention', 'duckdb'],
    ['prevention', 'postgres'],
    ['gp-contract', 'duckdb'],
    ['gp-contract', 'postgres'],
  ])('%s.hewitt in %s is as recorded', (name, dialect) => {
    const run = runBuilt(['sql', `samples/${name}.hewitt`, '--dialect', dialect], ROOT);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expectGolden(join(GOLDEN, `${name}.${dialect}.sql`), run.stdout);
  });

  it('renders only the declarations asked for, each after a comment naming it and where it is', () => {
    const run = runBuilt(['sql', 'samples/prevention.hewitt', '--declaration', 'prevention_share'], ROOT);
    expect(run.status).toBe(0);
    expect(run.stdout.match(/^-- measure \w+/gm)).toEqual(['-- measure prevention_share']);
    expect(run.stdout).toContain('(samples/prevention.hewitt:77)');
  });

  it.each([
    [['sql', 'samples/prevention.hewitt', '--dialect', 'oracle'], "hewitt: option '--dialect' must be one of duckdb, postgres, clickhouse, spark, tsql; got 'oracle'\n"],
    [['sql', 'samples/prevention.hewitt', '--declaration', 'nothing_here'], 'hewitt: no declaration named nothing_here in samples/prevention.hewitt or the files it imports\n'],
    [['sql'], 'hewitt: hewitt sql needs exactly one rule file (see hewitt sql --help)\n'],
  ])('%j is a usage error: exit 2, one line, nothing on standard output', (args, message) => {
    expect(runBuilt(args, ROOT)).toEqual({ status: 2, stdout: '', stderr: message });
  });

  it('a construct SQL cannot express is a located error, exit 2', () => {
    const run = runBuilt(['sql', 'rules.hewitt'], join(ROOT, 'test/engines/fixtures/unsupported'));
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^rules\.hewitt:\d+:\d+: error: Money multiplied or divided by anything but a whole number, row by row, cannot be computed in SQL yet/);
  });
});
