// The built command line on the bundled samples, end to end: `hewitt eval` against the sample data
// (a golden terminal table and exact JSON figures), `hewitt report` writing its HTML page, and
// `hewitt rules` under a configuration.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../server/src/core/rules/catalogue';
import { expectGolden } from '../syntax/support';
import { ROOT, runBuilt, tempFolder } from './support';

const GOLDEN = join(__dirname, 'golden');

describe('hewitt eval on the samples', () => {
  it.each(['prevention', 'gp-contract'])('%s.hewitt: the terminal table is as recorded; warnings only, so exit 0', (name) => {
    const run = runBuilt(['eval', `samples/${name}.hewitt`], ROOT);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expectGolden(join(GOLDEN, `${name}.table.txt`), run.stdout);
  });

  it('gp-contract.hewitt as JSON: exact practice figures, strata, gap, datasets and the checklist', () => {
    const run = runBuilt(['eval', 'samples/gp-contract.hewitt', '--format', 'json'], ROOT);
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json)).toEqual(['version', 'datasets', 'classifications', 'measures', 'targets', 'metrics', 'funding', 'diagnostics', 'checklist']);
    const first = json.metrics.dm020.rows[0];
    expect(first).toMatchObject({ group: { practice: 'A81007' }, numerator: 1890, denominator: 3248, payment: '2103.48' });
    expect(first.achievement).toBeCloseTo((1890 / 3248) * 100, 10);
    expect(json.metrics.dm020.strata[0]).toMatchObject({ stratum: '1', numerator: 38453, denominator: 65839 });
    expect(json.metrics.dm020.gap).toBeCloseTo((38453 / 65839 - 44122 / 66122) * 100, 10);
    expect(json.datasets.qof).toEqual({ path: 'data/qof.csv', rowsRead: 4200, rowsRejected: 0 });
    expect(json.checklist.map((item: { rule: string }) => item.rule).sort()).toEqual(CATALOGUE.map((rule) => rule.id).sort());
    expect(json.checklist.find((item: { rule: string }) => item.rule === 'hewitt/outcome-metrics').state).toBe('failed');
  });

  it('a configuration that raises a data finding to error makes the exit status 1', () => {
    const dir = tempFolder({ 'strict.json': JSON.stringify({ rules: { 'hewitt/prevention-shift': 'error' } }) });
    const run = runBuilt(['eval', join(ROOT, 'samples/prevention.hewitt'), '--format', 'json', '--config', 'strict.json'], dir);
    expect(run.status).toBe(1);
    const codes = Object.values(JSON.parse(run.stdout).diagnostics as Record<string, { code: string; severity: string }[]>)
      .flat()
      .filter((d) => d.code === 'hewitt/prevention-shift');
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((d) => d.severity === 'error')).toBe(true);
  });

  it.each([['eval', 'samples/prevention.hewitt'], ['rules']])('hewitt %s with a --config that cannot be read is a usage error (exit 2, one line)', (...command) => {
    const run = runBuilt([...command, '--config', 'nowhere.json'], ROOT);
    expect(run).toEqual({ status: 2, stdout: '', stderr: 'hewitt: no such file or directory: nowhere.json\n' });
  });
});

describe('hewitt report', () => {
  it('writes report.html by default: the checklist, a sample figure, no scripts or remote resources', () => {
    const dir = tempFolder({});
    const run = runBuilt(['report', join(ROOT, 'samples/prevention.hewitt')], dir);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('hewitt: wrote the report to report.html\n');
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html).toContain('hewitt/prevention-shift');
    expect(html).toContain('4.12%');
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
  });

  it('-o writes where it is told (exit 2 when it cannot); a rule file with errors gets a report of its problems and exit 1', () => {
    const dir = tempFolder({ 'broken.hewitt': 'measure m "M" {\n  from nowhere\n  value: count()\n}\n' });
    const run = runBuilt(['report', 'broken.hewitt', '-o', 'out/problems.html'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/\nhewitt: cannot write the report, .*: out\/problems\.html\n$/);
    const again = runBuilt(['report', 'broken.hewitt', '-o', 'problems.html'], dir);
    expect(again.status).toBe(1);
    expect(existsSync(join(dir, 'problems.html'))).toBe(true);
    expect(readFileSync(join(dir, 'problems.html'), 'utf8')).toContain('Unknown dataset');
  });
});

describe('hewitt rules', () => {
  it('lists every rule with its default and configured severity, as a table and as JSON', () => {
    const dir = tempFolder({ 'hewitt.config.json': JSON.stringify({ rules: { 'hewitt/local-priorities': 'off', 'hewitt/data-transparency': 'error' } }) });
    const table = runBuilt(['rules'], dir);
    expect(table.status).toBe(0);
    for (const rule of CATALOGUE) expect(table.stdout).toContain(rule.id);
    const json = JSON.parse(runBuilt(['rules', '--format', 'json'], dir).stdout);
    expect(json.config).toBe('hewitt.config.json');
    const byId = new Map(json.rules.map((r: { id: string; severity: string }) => [r.id, r.severity]));
    expect(byId.get('hewitt/local-priorities')).toBe('off');
    expect(byId.get('hewitt/data-transparency')).toBe('error');
    expect(byId.get('hewitt/prevention-shift')).toBe('warning');
  });
});
