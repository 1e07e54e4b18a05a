// The built command line (`node dist/cli.js`) end to end, on temporary folders of rule files.
import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runBuilt, sarifSchemaErrors, tempFolder, xmlProblems } from './support';

const CLEAN = 'funding pilot "Healthy weight pilot" {\n  amount: £250k\n  period: 2024/25 .. 2026/27\n  recurrent: yes\n}\n';
const UNKNOWN = 'measure m "M" {\n  from nowhere\n  value: count()\n}\n';
const MESSY = 'funding   pilot "Healthy weight pilot" {\namount: £250k\n      period: 2024/25 .. 2026/27\n  recurrent: yes }\n';
const BROKEN = 'funding pilot "Healthy weight pilot" {\n  amount: £250k\n';

describe('usage', () => {
  const cwd = tempFolder({ 'a.hewitt': CLEAN });

  it('prints help listing the commands and the options of a command', () => {
    const main = runBuilt(['--help'], cwd);
    expect(main.status).toBe(0);
    expect(main.stdout).toMatch(/^Usage: hewitt <command>/);
    expect(main.stdout).toMatch(/\n {2}check +Check rule files/);
    expect(main.stdout).toMatch(/\n {2}fmt +Format rule files/);
    const check = runBuilt(['check', '--help'], cwd);
    for (const option of ['--format FORMAT', '--fail-level LEVEL', '--output FILE', '--config FILE', '--quiet', '--no-color', '--help', '--version']) {
      expect(check.stdout).toContain(option);
    }
    expect(runBuilt(['help', 'fmt'], cwd).stdout).toContain('--check');
  });

  it('prints the version', () => {
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
    expect(runBuilt(['--version'], cwd)).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });

  it.each([
    [[], 'hewitt: missing command (see hewitt --help)\n'],
    [['lint'], "hewitt: unknown command 'lint' (commands: check, eval, report, diff, fmt, rules, sql, test, load)\n"],
    [['check', '--bogus'], "hewitt: unknown option '--bogus' for hewitt check (see hewitt check --help)\n"],
    [['check', '--format', 'xml'], "hewitt: option '--format' must be one of pretty, json, sarif, github, junit; got 'xml'\n"],
    [['check', 'missing.hewitt'], 'hewitt: no such file or directory: missing.hewitt\n'],
    [['fmt', 'missing.hewitt'], 'hewitt: no such file or directory: missing.hewitt\n'],
  ])('%j is a usage error: exit 2, one line on stderr', (args, message) => {
    expect(runBuilt(args, cwd)).toEqual({ status: 2, stdout: '', stderr: message });
  });

  it('an unreadable path is exit 2 with one line and no stack trace', () => {
    const folder = tempFolder({ 'a.hewitt': CLEAN });
    symlinkSync('loop.hewitt', join(folder, 'loop.hewitt'));
    const result = runBuilt(['check', 'loop.hewitt'], folder);
    expect(result).toEqual({ status: 2, stdout: '', stderr: 'hewitt: too many symbolic links: loop.hewitt\n' });
  });

  it('a report that cannot be written is exit 2', () => {
    const result = runBuilt(['check', '--output', 'no/such/folder/out.json'], cwd);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('hewitt: cannot write the report, no such file or directory: no/such/folder/out.json\n');
  });
});

describe('hewitt check on clean files', () => {
  const cwd = tempFolder({ 'rules/a.hewitt': CLEAN, 'rules/b.hewitt': CLEAN });

  it('exits 0 with a summary in every format', () => {
    expect(runBuilt(['check'], cwd)).toEqual({ status: 0, stdout: 'No problems in 2 files.\n', stderr: '' });
    const json = JSON.parse(runBuilt(['check', '--format', 'json'], cwd).stdout);
    expect(json).toEqual({
      version: 1,
      files: [
        { path: 'rules/a.hewitt', diagnostics: [] },
        { path: 'rules/b.hewitt', diagnostics: [] },
      ],
      summary: { files: 2, errors: 0, warnings: 0, infos: 0, hints: 0 },
    });
    const sarif = JSON.parse(runBuilt(['check', '--format', 'sarif'], cwd).stdout);
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    expect(sarif.runs[0].results).toEqual([]);
    expect(runBuilt(['check', '--format', 'github'], cwd).stdout).toBe('');
    const junit = runBuilt(['check', '--format', 'junit'], cwd).stdout;
    expect(xmlProblems(junit)).toEqual([]);
    expect(junit).toContain('<testcase classname="rules/a.hewitt" name="rules/a.hewitt"/>');
  });
});

describe('hewitt check with problems (the real checker)', () => {
  const cwd = tempFolder({ 'rules/clean.hewitt': CLEAN, 'rules/unknown.hewitt': UNKNOWN });

  it('pretty: location, source line, carets, summary; exit 1', () => {
    const result = runBuilt(['check', 'rules'], cwd);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('rules/unknown.hewitt:2:8 error unknown-name ');
    expect(result.stdout).toContain('  2 |   from nowhere\n    |        ^~~~~~~\n');
    expect(result.stdout).toMatch(/\n\d+ errors? in 2 files\n$/);
  });

  it('json: the documented shape with 0-based positions', () => {
    const json = JSON.parse(runBuilt(['check', 'rules', '--format', 'json'], cwd).stdout);
    expect(json.files.map((f: { path: string }) => f.path)).toEqual(['rules/clean.hewitt', 'rules/unknown.hewitt']);
    expect(json.files[0].diagnostics).toEqual([]);
    expect(json.files[1].diagnostics).toContainEqual(
      expect.objectContaining({ code: 'unknown-name', severity: 'error', range: { start: { line: 1, character: 7 }, end: { line: 1, character: 14 } } }),
    );
  });

  it('sarif: valid against the schema, with the rule and a relative location', () => {
    const result = runBuilt(['check', 'rules', '--format', 'sarif'], cwd);
    expect(result.status).toBe(1);
    const sarif = JSON.parse(result.stdout);
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    const run = sarif.runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toContain('unknown-name');
    const first = run.results.find((r: { ruleId: string }) => r.ruleId === 'unknown-name');
    expect(first.locations[0].physicalLocation).toMatchObject({
      artifactLocation: { uri: 'rules/unknown.hewitt', uriBaseId: '%SRCROOT%' },
      region: { startLine: 2, startColumn: 8, endLine: 2, endColumn: 15 },
    });
  });

  it('github and junit', () => {
    expect(runBuilt(['check', 'rules', '--format', 'github'], cwd).stdout).toContain(
      '::error file=rules/unknown.hewitt,line=2,col=8,endLine=2,endColumn=14,title=unknown-name::',
    );
    const junit = runBuilt(['check', 'rules', '--format', 'junit'], cwd).stdout;
    expect(xmlProblems(junit)).toEqual([]);
    expect(junit).toContain('<testcase classname="rules/unknown.hewitt" name="2:8 unknown-name">');
  });

  it('colours only on request of a terminal: never when piped', () => {
    expect(runBuilt(['check', 'rules'], cwd).stdout).not.toContain('\u001b[');
  });
});

describe('hewitt fmt (the real formatter)', () => {
  it('--check lists the files that would change and exits 1; fmt writes them; then all is formatted', () => {
    const cwd = tempFolder({ 'a.hewitt': CLEAN, 'b.hewitt': MESSY });
    const listed = runBuilt(['fmt', '--check'], cwd);
    expect({ status: listed.status, stdout: listed.stdout }).toEqual({ status: 1, stdout: 'b.hewitt\n' });
    expect(readFileSync(join(cwd, 'b.hewitt'), 'utf8')).toBe(MESSY);
    const written = runBuilt(['fmt'], cwd);
    expect({ status: written.status, stdout: written.stdout }).toEqual({ status: 0, stdout: 'b.hewitt\n' });
    expect(readFileSync(join(cwd, 'b.hewitt'), 'utf8')).toBe(CLEAN);
    expect(runBuilt(['fmt', '--check'], cwd).status).toBe(0);
  });

  it('reports a file with syntax errors and exits 1 without touching it', () => {
    const cwd = tempFolder({ 'broken.hewitt': BROKEN });
    const result = runBuilt(['fmt'], cwd);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^broken\.hewitt: not formatted: /);
    expect(readFileSync(join(cwd, 'broken.hewitt'), 'utf8')).toBe(BROKEN);
  });
});
