// Throwaway git repositories for the diff tests: commits with a fixed author and date, so commit
// ids (and the goldens that show them) are the same on every run.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const ENV = {
  GIT_AUTHOR_NAME: 'Analyst',
  GIT_AUTHOR_EMAIL: 'analyst@example.org',
  GIT_COMMITTER_NAME: 'Analyst',
  GIT_COMMITTER_EMAIL: 'analyst@example.org',
  GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
  GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
  GIT_CONFIG_NOSYSTEM: '1',
  HOME: tmpdir(),
};

export interface TestRepo {
  readonly root: string;
  git(...args: string[]): string;
  write(files: Readonly<Record<string, string>>): void;
  remove(path: string): void;
  move(from: string, to: string): void;
  /** Stages everything and commits; returns the commit id. */
  commit(message: string): string;
}

export function testRepo(files: Readonly<Record<string, string>> = {}): TestRepo {
  const root = mkdtempSync(join(tmpdir(), 'hewitt-diff-'));
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: root, env: { ...process.env, ...ENV }, encoding: 'utf8' }).trim();
  git('init', '-q', '-b', 'main');
  git('config', 'commit.gpgsign', 'false');
  const repo: TestRepo = {
    root,
    git,
    write(more) {
      for (const [path, text] of Object.entries(more)) {
        const full = join(root, ...path.split('/'));
        mkdirSync(dirname(full), { recursive: true });
        writeFileSync(full, text);
      }
    },
    remove: (path) => rmSync(join(root, path)),
    move(from, to) {
      mkdirSync(dirname(join(root, to)), { recursive: true });
      renameSync(join(root, from), join(root, to));
    },
    commit(message) {
      git('add', '-A');
      git('commit', '-q', '--allow-empty', '-m', message);
      return git('rev-parse', 'HEAD');
    },
  };
  repo.write(files);
  return repo;
}
