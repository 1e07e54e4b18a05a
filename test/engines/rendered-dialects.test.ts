// Spark SQL and T-SQL are rendered, not executed here: the samples' SQL is kept as golden files,
// and every statement of every sample rule file is parsed by node-sql-parser in that dialect
// (Hive mode for Spark SQL, TransactSQL mode for T-SQL). The dialect traps have their own tests
// on the rendered text (rendered-traps.test.ts).

import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../syntax/support';
import { runBuilt } from '../cli/support';
import { renderedSql, statementsOf, unparsed } from './rendered-support';
import { hasErrors, modelOf, ROOT, ruleFiles } from './support';

const GOLDEN = join(__dirname, 'golden');
describe('hewitt sql --dialect spark|tsql', () => {
  it.each([
    ['prevention', 'spark'],
    ['prevention', 'tsql'],
    ['gp-contract', 'spark'],
    ['gp-contract', 'tsql'],
  ] as const)('%s.hewitt in %s is as recorded and parses', (name, dialect) => {
    const run = runBuilt(['sql', `samples/${name}.hewitt`, '--dialect', dialect], ROOT);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expectGolden(join(GOLDEN, `${name}.${dialect}.sql`), run.stdout);
    expect(statementsOf(run.stdout).length).toBeGreaterThan(0);
    expect(unparsed(run.stdout, dialect)).toEqual([]);
  });

  it.each(['prevention', 'gp-contract'])('%s.hewitt in clickhouse (executed in clickhouse.test.ts) is as recorded', (name) => {
    const run = runBuilt(['sql', `samples/${name}.hewitt`, '--dialect', 'clickhouse'], ROOT);
    expect([run.status, run.stderr]).toEqual([0, '']);
    expectGolden(join(GOLDEN, `${name}.clickhouse.sql`), run.stdout);
  });

  const files = ruleFiles(join(ROOT, 'samples')).map((path) => [relative(ROOT, path), path] as const);
  it.each(files)('every statement of %s parses in both dialects', (_, path) => {
    expect(hasErrors(modelOf(path))).toBe(false);
    for (const dialect of ['spark', 'tsql'] as const) expect(unparsed(renderedSql(path, dialect), dialect), dialect).toEqual([]);
  });

});
