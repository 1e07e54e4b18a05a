// `hewitt diff` in-process on throwaway git repositories: Markdown and JSON goldens for the kinds
// of change a reviewer meets (UPDATE_GOLDEN=1 rewrites them).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffCommand } from '../../server/src/cli/commands/diff';
import { runCommand } from '../../server/src/cli/run';
import { memoryIo } from '../cli/support';
import { expectGolden } from '../syntax/support';
import { testRepo, type TestRepo } from './git-repo';

const FIXTURE = join(__dirname, 'fixture');
const GOLDEN = join(__dirname, 'golden');
const RULES = readFileSync(join(FIXTURE, 'rules.hewitt'), 'utf8');
const FILES = {
  'rules.hewitt': RULES,
  'data/ledger.csv': readFileSync(join(FIXTURE, 'ledger.csv'), 'utf8'),
  'data/qof.csv': readFileSync(join(FIXTURE, 'qof.csv'), 'utf8'),
};

function baseRepo(): TestRepo {
  const repo = testRepo(FILES);
  repo.commit('base');
  return repo;
}

async function diff(repo: TestRepo, args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo(repo.root);
  const code = await runCommand(diffCommand, args, io);
  return { code, out: io.out(), err: io.err() };
}

/** Each case: how the head differs from the fixture, and the revisions compared. */
const CASES: Record<string, { change: (repo: TestRepo) => void; args: string[] }> = {
  threshold: {
    change: (repo) => repo.write({ 'rules.hewitt': RULES.replace('thresholds: 40% to 80%', 'thresholds: 55% to 80%') }),
    args: ['--base', 'main'],
  },
  'category-condition': {
    change: (repo) => repo.write({ 'rules.hewitt': RULES.replace('when programme = "NHSHC"', 'when programme in ["NHSHC", "SMOK"]') }),
    args: ['--base', 'main'],
  },
  'moved-declaration': {
    change: (repo) => {
      const start = RULES.indexOf('metric control');
      repo.write({ 'rules.hewitt': RULES.slice(0, start), 'metrics.hewitt': `import "rules.hewitt"\n\n${RULES.slice(start)}` });
    },
    args: ['--base', 'main'],
  },
  'renamed-file': {
    change: (repo) => {
      repo.move('rules.hewitt', 'prevention.hewitt');
      repo.commit('rename');
    },
    args: ['--base', 'HEAD~1', '--head', 'HEAD'],
  },
  'data-only': {
    change: (repo) => repo.write({ 'data/ledger.csv': FILES['data/ledger.csv'].replace('QE1,2023/24,NHSHC,50.00', 'QE1,2023/24,NHSHC,500.00') }),
    args: ['--base', 'main'],
  },
};

describe('hewitt diff goldens', () => {
  for (const [name, { change, args }] of Object.entries(CASES)) {
    it(`${name}: Markdown and JSON as recorded; exit 0`, async () => {
      const repo = baseRepo();
      change(repo);
      const markdown = await diff(repo, [...args, '--format', 'markdown']);
      expect(markdown.err).toBe('');
      expect(markdown.code).toBe(0);
      expectGolden(join(GOLDEN, `${name}.md`), markdown.out);
      const json = await diff(repo, [...args, '--format', 'json']);
      expect(json.code).toBe(0);
      expectGolden(join(GOLDEN, `${name}.json`), json.out);
    });
  }
});

describe('hewitt diff: pretty and HTML', () => {
  it('the same tables as text on a terminal and as one self-contained page', async () => {
    const repo = baseRepo();
    CASES['category-condition'].change(repo);
    const pretty = await diff(repo, ['--base', 'main']);
    expect(pretty.out.split('\n').slice(0, 3)).toEqual([`Diff of main (${repo.git('rev-parse', '--short=7', 'main')}) → work tree`, '', '  Summary']);
    expect(pretty.out).toContain('  classification prevention  changed   category checks.when    programme = "NHSHC"  programme in ["NHSHC", "SMOK"]');
    expect(pretty.out).toContain('  (unclassified)  checks     4  £95.00');
    const html = (await diff(repo, ['--base', 'main', '--format', 'html'])).out;
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).not.toMatch(/<script|https?:\/\//);
    expect(html).toContain('<td class="added"><code>programme in [&quot;NHSHC&quot;, &quot;SMOK&quot;]</code></td>');
    expect(html.match(/class="bar head"/g)?.length).toBe(3 + 4);
  });
});
