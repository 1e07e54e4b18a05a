// The sample tests pass, and each broken test file gives exactly the output recorded beside it
// in `<name>.expected` (standard output, standard error, exit status); UPDATE_GOLDEN=1 rewrites them.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hewitt, ROOT, transcript } from './support';

const BROKEN = join(ROOT, 'samples', 'broken', 'tests');
const brokenTests = readdirSync(BROKEN).filter((name) => name.endsWith('.test.hewitt')).sort();

describe('hewitt test on the samples', () => {
  it('passes every sample test', async () => {
    const run = await hewitt(['test', 'samples/tests']);
    expect(run.stderr).toBe('');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(/^\d+ passed, 0 failed$/);
    expect(run.code).toBe(0);
  });

  it('covers every category of the classification and every metric', async () => {
    const run = await hewitt(['test', 'samples/tests', '--coverage', '--format', 'json']);
    const report = JSON.parse(run.stdout) as { coverage: { classifications: unknown[]; files: { unexpected: string[] }[] } };
    expect(report.coverage.classifications).toEqual([]);
    expect(report.coverage.files.flatMap((f) => f.unexpected).filter((u) => u.startsWith('metric'))).toEqual([]);
  });

  it('passes on samples/ as a whole: its configuration keeps the broken tests out of the walk', async () => {
    const run = await hewitt(['test', 'samples/']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\n(\d+) passed, 0 failed\n$/);
    expect(run.stdout).not.toContain('samples/broken/');
  });

  it('still runs the broken tests when their folder is named (one has syntax errors: exit 2)', async () => {
    const run = await hewitt(['test', 'samples/broken/tests/']);
    expect(run.code).toBe(2);
  });
});

describe('the broken tests', () => {
  it('each have their .expected file, and every .expected file its test', () => {
    const missing = brokenTests.filter((name) => !existsSync(join(BROKEN, name.replace(/\.test\.hewitt$/, '.expected'))) && process.env.UPDATE_GOLDEN !== '1');
    expect(missing).toEqual([]);
    const orphans = readdirSync(BROKEN).filter((n) => n.endsWith('.expected') && !existsSync(join(BROKEN, n.replace(/\.expected$/, '.test.hewitt'))));
    expect(orphans).toEqual([]);
  });

  it.each(brokenTests)('%s gives exactly its recorded output', async (name) => {
    const run = await hewitt(['test', `samples/broken/tests/${name}`]);
    const golden = join(BROKEN, name.replace(/\.test\.hewitt$/, '.expected'));
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden, transcript(run), 'utf8');
    expect(transcript(run)).toBe(readFileSync(golden, 'utf8'));
    expect(run.code).not.toBe(0);
  });
});
