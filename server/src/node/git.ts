// Reading revisions with the real git command line: which files a revision has and their texts,
// without a checkout and without touching the work tree (`git ls-tree`, `git cat-file`,
// `git ls-files`), plus the questions `hewitt diff` asks first (is this a repository, does the
// revision exist, is the clone shallow, what is the merge base). A problem the user can fix is a
// GitProblem with one clear sentence; the command turns it into exit 2.

import { spawn, spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { DataHost } from '../core/data/data-host';
import type { Host } from '../core/host';
import { nodeDataHost } from './data-host';
import { nodeHost } from './file-host';

export class GitProblem extends Error {
  override readonly name = 'GitProblem';
}

/** The work tree as a revision: files as they are on disk now. */
export const WORK_TREE = ':worktree';

const MAX_BUFFER = 1024 * 1024 * 1024;

function git(cwd: string, args: readonly string[], input?: string): { status: number; stdout: Buffer; stderr: string } {
  const run = spawnSync('git', args, { cwd, maxBuffer: MAX_BUFFER, ...(input !== undefined ? { input } : {}), env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
  if (run.error !== undefined) {
    const code = (run.error as NodeJS.ErrnoException).code;
    throw new GitProblem(code === 'ENOENT' ? 'git is not installed or not on the PATH; hewitt diff reads revisions with git' : `git could not run: ${run.error.message}`);
  }
  return { status: run.status ?? 1, stdout: run.stdout, stderr: run.stderr.toString('utf8').trim() };
}

function text(cwd: string, args: readonly string[]): string | undefined {
  const run = git(cwd, args);
  return run.status === 0 ? run.stdout.toString('utf8').trim() : undefined;
}

/** The top folder of the repository holding `cwd`. */
export function repositoryRoot(cwd: string): string {
  const root = text(cwd, ['rev-parse', '--show-toplevel']);
  if (root === undefined || root === '') throw new GitProblem(`not a git repository: ${cwd} (hewitt diff compares revisions of a git repository)`);
  return root;
}

export function isShallow(root: string): boolean {
  return text(root, ['rev-parse', '--is-shallow-repository']) === 'true';
}

/** The commit a revision names; a GitProblem saying why when it names none. */
export function resolveRevision(root: string, rev: string): string {
  if (rev.startsWith('-')) throw new GitProblem(`not a revision: '${rev}'`);
  const commit = text(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
  if (commit !== undefined && commit !== '') return commit;
  if (isShallow(root)) {
    throw new GitProblem(
      `unknown revision '${rev}': this is a shallow clone, which may lack it; fetch the full history (git fetch --unshallow, or fetch-depth: 0 in actions/checkout)`,
    );
  }
  throw new GitProblem(`unknown revision '${rev}' (see git branch -a and git log)`);
}

/** The default base: the merge base of HEAD and the remote's default branch, else HEAD. */
export function defaultBase(root: string): { rev: string; commit: string } {
  const remoteHead = text(root, ['symbolic-ref', '--quiet', 'refs/remotes/origin/HEAD']);
  if (remoteHead !== undefined && remoteHead !== '') {
    const mergeBase = text(root, ['merge-base', 'HEAD', remoteHead]);
    if (mergeBase !== undefined && mergeBase !== '') return { rev: `merge-base(HEAD, ${remoteHead.replace('refs/remotes/', '')})`, commit: mergeBase };
    if (isShallow(root)) throw new GitProblem(`no merge base of HEAD and ${remoteHead.replace('refs/remotes/', '')}: this is a shallow clone; fetch the full history (git fetch --unshallow, or fetch-depth: 0 in actions/checkout)`);
  }
  return { rev: 'HEAD', commit: resolveRevision(root, 'HEAD') };
}

/** The rule files (`*.hewitt`) of a revision under the pathspecs (all when none), sorted. */
export function ruleFiles(root: string, commit: string, pathspecs: readonly string[]): string[] {
  const args =
    commit === WORK_TREE
      ? ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ...pathspecs]
      : ['ls-tree', '-r', '-z', '--name-only', '--full-tree', commit, '--', ...pathspecs];
  const run = git(root, args);
  if (run.status !== 0) throw new GitProblem(`git could not list the files of ${commit === WORK_TREE ? 'the work tree' : commit}: ${run.stderr}`);
  const names = run.stdout.toString('utf8').split('\0').filter((name) => name.endsWith('.hewitt'));
  const present = commit === WORK_TREE ? names.filter((name) => isFile(join(root, name))) : names;
  return [...new Set(present)].sort();
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The texts of files at a commit, read with one `git cat-file --batch`; missing files are left out. */
export function readBlobs(root: string, commit: string, paths: readonly string[]): Map<string, string> {
  const texts = new Map<string, string>();
  if (paths.length === 0) return texts;
  const run = git(root, ['cat-file', '--batch'], paths.map((path) => `${commit}:${path}\n`).join(''));
  const out = run.stdout;
  let at = 0;
  for (const path of paths) {
    const end = out.indexOf(0x0a, at);
    if (end < 0) break;
    const header = out.subarray(at, end).toString('utf8');
    at = end + 1;
    const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (match === null) continue;
    const size = Number(match[2]);
    if (match[1] === 'blob') texts.set(path, out.subarray(at, at + size).toString('utf8'));
    at += size + 1;
  }
  return texts;
}

/** A Host serving a revision's rule files: the listed ones read up front, others on demand. */
export function revisionHost(root: string, commit: string, preloaded: ReadonlyMap<string, string>): Host {
  if (commit === WORK_TREE) return nodeHost(root, preloaded);
  const cache = new Map<string, string | undefined>(preloaded);
  return {
    readFile(path) {
      if (!cache.has(path)) cache.set(path, path.startsWith('../') || path.startsWith('/') ? undefined : readBlobs(root, commit, [path]).get(path));
      return cache.get(path);
    },
  };
}

/** The data files of a revision, streamed from git (or the disk for the work tree). */
export function revisionDataHost(root: string, commit: string): DataHost {
  if (commit === WORK_TREE) return nodeDataHost(root);
  const inRepository = (path: string): boolean => !path.startsWith('../') && !path.startsWith('/');
  return {
    async stat(path) {
      if (!inRepository(path)) return undefined;
      const size = text(root, ['cat-file', '-s', `${commit}:${path}`]);
      // One revision's blob never changes, so a fixed time keys the data cache soundly.
      return size === undefined || !/^\d+$/.test(size) ? undefined : { size: Number(size), mtimeMs: 0 };
    },
    read(path) {
      if (!inRepository(path)) return undefined;
      return streamBlob(root, `${commit}:${path}`);
    },
  };
}

async function* streamBlob(root: string, object: string): AsyncGenerator<Uint8Array> {
  const child = spawn('git', ['cat-file', 'blob', object], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] });
  const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));
  child.on('error', () => undefined);
  try {
    for await (const chunk of child.stdout) yield chunk as Uint8Array;
  } finally {
    if (child.exitCode === null) child.kill();
    await closed;
  }
}

export interface RevisionChoice {
  /** What to pass as the revision: `HEAD`, a branch or tag name, or a commit id. */
  readonly rev: string;
  readonly kind: 'head' | 'branch' | 'tag' | 'commit';
  /** A commit's subject, or the commit a ref points at. */
  readonly detail: string;
}

/** What a comparison can start from: HEAD, local and remote branches, tags and recent commits. */
export function listRevisions(root: string, recent = 20): RevisionChoice[] {
  const choices: RevisionChoice[] = [{ rev: 'HEAD', kind: 'head', detail: text(root, ['log', '-1', '--format=%h %s']) ?? '' }];
  const refs = text(root, ['for-each-ref', '--sort=-committerdate', '--format=%(refname)%09%(objectname:short) %(subject)', 'refs/heads', 'refs/remotes', 'refs/tags']) ?? '';
  for (const line of refs.split('\n').filter((l) => l !== '')) {
    const [ref, detail = ''] = line.split('\t');
    if (ref.endsWith('/HEAD')) continue;
    const kind = ref.startsWith('refs/tags/') ? 'tag' : 'branch';
    choices.push({ rev: ref.replace(/^refs\/(heads|remotes|tags)\//, ''), kind, detail });
  }
  const log = text(root, ['log', `-${recent}`, '--format=%H%x09%s']) ?? '';
  for (const line of log.split('\n').filter((l) => l !== '')) {
    const [commit, subject = ''] = line.split('\t');
    choices.push({ rev: commit, kind: 'commit', detail: subject });
  }
  return choices;
}
