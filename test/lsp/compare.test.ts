// The requests behind "Hewitt: Compare Results with…", on a throwaway git repository: the
// revisions to choose from, the diff against the work tree with the base texts the editor's text
// diff needs, and plain answers (never failures) for what the user can fix.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare, revisions } from '../../server/src/lsp/compare';
import { testRepo } from '../diff/git-repo';

const FIXTURE = join(__dirname, '..', 'diff', 'fixture');
const RULES = readFileSync(join(FIXTURE, 'rules.hewitt'), 'utf8');

function repo() {
  const r = testRepo({ 'rules.hewitt': RULES, 'data/ledger.csv': readFileSync(join(FIXTURE, 'ledger.csv'), 'utf8'), 'data/qof.csv': readFileSync(join(FIXTURE, 'qof.csv'), 'utf8') });
  r.commit('base');
  r.git('tag', 'v1');
  r.write({ 'rules.hewitt': RULES.replace('points: 10', 'points: 12') });
  return r;
}

describe('compare requests', () => {
  it('lists HEAD, branches, tags and recent commits', () => {
    const r = repo();
    const answer = revisions(r.root);
    expect(answer.kind).toBe('revisions');
    if (answer.kind !== 'revisions') return;
    expect(answer.choices.map((c) => `${c.kind} ${c.kind === 'commit' ? c.rev.length : c.rev}`)).toEqual(['head HEAD', 'branch main', 'tag v1', 'commit 40']);
    expect(answer.choices[3].detail).toBe('base');
  });

  it('diffs a revision against the work tree, with the base text of each changed declaration', async () => {
    const r = repo();
    const answer = await compare(r.root, 'v1', true);
    expect(answer.kind).toBe('diff');
    if (answer.kind !== 'diff') return;
    const diff = answer.diff as { declarations: { name: string; properties: unknown[] }[]; head: { rev: string } };
    expect(diff.head.rev).toBe('work tree');
    expect(diff.declarations).toMatchObject([{ name: 'control', properties: [{ path: 'points', before: '10', after: '12' }] }]);
    expect(answer.baseTexts).toEqual({ 'rules.hewitt': RULES });
  });

  it('answers what the user can fix as a message', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hewitt-no-git-'));
    expect(revisions(folder)).toEqual({ kind: 'error', message: `not a git repository: ${folder} (hewitt diff compares revisions of a git repository)` });
    expect(await compare(repo().root, 'nope', true)).toEqual({ kind: 'error', message: "unknown revision 'nope' (see git branch -a and git log)" });
    expect((await compare(repo().root, 'v1', false)).kind).toBe('error');
    expect(await compare(undefined, 'v1', true)).toEqual({ kind: 'error', message: 'Open a folder to compare its rule files with a revision.' });
  });
});
