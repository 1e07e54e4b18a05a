// `hewitt diff` on bad input and its exit codes: every problem is one clear line and exit 2,
// never a stack trace; --fail-on decides exit 1; the work tree is never changed.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { diffCommand } from '../../server/src/cli/commands/diff';
import { runCommand } from '../../server/src/cli/run';
import { memoryIo, runBuilt } from '../cli/support';
import { testRepo, type TestRepo } from './git-repo';

const FIXTURE = join(__dirname, 'fixture');
const RULES = readFileSync(join(FIXTURE, 'rules.hewitt'), 'utf8');
const FILES = {
  'rules.hewitt': RULES,
  'data/ledger.csv': readFileSync(join(FIXTURE, 'ledger.csv'), 'utf8'),
  'data/qof.csv': readFileSync(join(FIXTURE, 'qof.csv'), 'utf8'),
};

function repoWithBase(): TestRepo {
  const repo = testRepo(FILES);
  repo.commit('base');
  return repo;
}

async function diff(cwd: string, args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo(cwd);
  const code = await runCommand(diffCommand, args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('hewitt diff: exit codes', () => {
  it('a revision against itself is empty: exit 0 even with --fail-on any', async () => {
    const repo = repoWithBase();
    const result = await diff(repo.root, ['--base', 'HEAD', '--head', 'HEAD', '--fail-on', 'any']);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toContain('No change: the definitions and the figures are the same.');
    const json = JSON.parse((await diff(repo.root, ['--base', 'HEAD', '--format', 'json'])).out);
    expect(json.declarations).toEqual([]);
    expect(json.summary.rowsMoved).toBe(0);
  });

  it('--fail-on matches only what it names', async () => {
    const repo = repoWithBase();
    repo.write({ 'rules.hewitt': RULES.replace('thresholds: 40% to 80%', 'thresholds: 55% to 80%') });
    expect((await diff(repo.root, ['--base', 'main', '--fail-on', 'payment'])).code).toBe(1);
    expect((await diff(repo.root, ['--base', 'main', '--fail-on', 'target-status'])).code).toBe(0);
    expect((await diff(repo.root, ['--base', 'main', '--fail-on', 'any'])).code).toBe(1);
    expect((await diff(repo.root, ['--base', 'main'])).code).toBe(0);
    repo.write({ 'rules.hewitt': RULES.replace('when programme = "NHSHC"', 'when programme in ["NHSHC", "SMOK"]') });
    expect((await diff(repo.root, ['--base', 'main', '--fail-on', 'target-status'])).code).toBe(1);
  });

  it('reads revisions without touching the work tree or the index', async () => {
    const repo = repoWithBase();
    repo.write({ 'rules.hewitt': RULES.replace('points: 10', 'points: 12') });
    repo.commit('more points');
    repo.write({ 'rules.hewitt': RULES.replace('points: 10', 'points: 14'), 'notes.txt': 'scratch\n' });
    const status = repo.git('status', '--porcelain');
    const head = repo.git('rev-parse', 'HEAD');
    const result = await diff(repo.root, ['--base', 'HEAD~1', '--head', 'HEAD', '--format', 'json']);
    expect(JSON.parse(result.out).declarations[0].properties).toEqual([{ path: 'points', before: '10', after: '12' }]);
    expect(repo.git('status', '--porcelain')).toBe(status);
    expect(repo.git('rev-parse', 'HEAD')).toBe(head);
  });
});

describe('hewitt diff: whose data', () => {
  it('--data head reads the head revision\'s data files from git, --data base the base\'s', async () => {
    const repo = repoWithBase();
    repo.write({
      'rules.hewitt': RULES.replace('when programme = "NHSHC"', 'when programme in ["NHSHC", "SMOK"]'),
      'data/ledger.csv': FILES['data/ledger.csv'].replace('QE1,2023/24,SMOK,30.00', 'QE1,2023/24,SMOK,3000.00'),
    });
    repo.commit('head');
    repo.write({ 'data/ledger.csv': 'icb,year,programme,amount\n' });
    const moved = async (data: string): Promise<string> => {
      const report = JSON.parse((await diff(repo.root, ['--base', 'HEAD~1', '--head', 'HEAD', '--data', data, '--format', 'json'])).out);
      return report.classifications.prevention.movements[0].amount;
    };
    expect(await moved('head')).toBe('3065.00');
    expect(await moved('base')).toBe('95.00');
  });
});

describe('hewitt diff: bad input is one line and exit 2', () => {
  it('a revision that does not exist', async () => {
    const repo = repoWithBase();
    expect(await diff(repo.root, ['--base', 'no-such-branch'])).toEqual({ code: 2, out: '', err: "hewitt: unknown revision 'no-such-branch' (see git branch -a and git log)\n" });
    expect((await diff(repo.root, ['--base', 'main', '--head', '--upload-pack=x'])).err).toBe("hewitt: not a revision: '--upload-pack=x'\n");
  });

  it('a folder that is not a git repository', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hewitt-not-git-'));
    expect(await diff(folder, [])).toEqual({ code: 2, out: '', err: `hewitt: not a git repository: ${folder} (hewitt diff compares revisions of a git repository)\n` });
  });

  it('a shallow clone that lacks the base says to fetch the full history', async () => {
    const repo = repoWithBase();
    repo.write({ 'rules.hewitt': RULES.replace('points: 10', 'points: 12') });
    repo.commit('second');
    const clone = mkdtempSync(join(tmpdir(), 'hewitt-shallow-'));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.root}`, clone]);
    const result = await diff(clone, ['--base', 'HEAD~1']);
    expect(result.code).toBe(2);
    expect(result.err).toBe(
      "hewitt: unknown revision 'HEAD~1': this is a shallow clone, which may lack it; fetch the full history (git fetch --unshallow, or fetch-depth: 0 in actions/checkout)\n",
    );
  });

  it('usage errors', async () => {
    const repo = repoWithBase();
    expect((await diff(repo.root, ['--head', 'HEAD', '--worktree'])).err).toBe('hewitt: --head and --worktree cannot be used together\n');
    expect((await diff(repo.root, ['--top', '0'])).err).toBe("hewitt: option '--top' must be a whole number of at least 1; got '0'\n");
    expect(await diff(repo.root, ['--base', 'HEAD', 'nowhere'])).toEqual({ code: 2, out: '', err: 'hewitt: no rule files (*.hewitt) under nowhere in either revision\n' });
  });

  it('without git on the PATH (the built command line): one line, no stack trace', () => {
    const repo = repoWithBase();
    const result = runBuilt(['diff'], repo.root, { PATH: '/nonexistent' });
    expect(result).toEqual({ status: 2, stdout: '', stderr: 'hewitt: git is not installed or not on the PATH; hewitt diff reads revisions with git\n' });
  });
});

describe('hewitt diff: a rule file with errors in one revision', () => {
  it('shows what it can and says what it could not evaluate', async () => {
    const repo = repoWithBase();
    repo.write({
      'rules.hewitt': RULES.replace('thresholds: 40% to 80%', 'thresholds: 55% to 80%'),
      'broken.hewitt': 'measure m "M" {\n  from ledger\n  value: sum(\n',
    });
    const result = await diff(repo.root, ['--base', 'main', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(result.err).toBe('hewitt: head: broken.hewitt has errors, so it was not evaluated (see hewitt check broken.hewitt).\n');
    const report = JSON.parse(result.out);
    expect(report.head).toMatchObject({ evaluated: true, notes: ['broken.hewitt has errors, so it was not evaluated (see hewitt check broken.hewitt).'] });
    expect(report.metrics.control.total.paymentChange).toBe('-1040.00');
    expect(report.diagnostics.new.map((d: { path: string; severity: string }) => `${d.path} ${d.severity}`)).toContain('broken.hewitt error');
  });
});
