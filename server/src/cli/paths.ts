// Turning the paths on the command line into the rule files to work on: files as named, every
// `*.hewitt` below a folder, or the files a glob matches; a walk passes over node_modules,
// dot-folders and what the `ignore` patterns of hewitt.config.json match (node/walk-filter.ts).
// The result is sorted, without duplicates, relative to the working folder with forward slashes.

import { existsSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { describeFsError, displayPath } from '../node/fs-paths';
import { walkFilter, type WalkFilter } from '../node/walk-filter';
import { globToRegExp, isGlob, splitGlob } from '../core/text/glob';

export type ExpandResult =
  | { readonly kind: 'files'; readonly files: readonly string[] }
  | { readonly kind: 'error'; readonly message: string };

const RULE_FILE = /\.hewitt$/;

/** `folderFiles` picks the files taken from a folder (default: every rule file). */
export function expandPaths(inputs: readonly string[], cwd: string, folderFiles: RegExp = RULE_FILE): ExpandResult {
  const found = new Set<string>();
  const filter = walkFilter();
  for (const input of inputs.length === 0 ? ['.'] : inputs) {
    const written = sep === '\\' ? input.replace(/\\/g, '/') : input;
    // A name that exists is taken literally even when it contains glob characters.
    const result = isGlob(written) && !existsSync(resolve(cwd, written)) ? expandGlob(written, cwd, filter) : expandPath(written, cwd, folderFiles, filter);
    if (result.kind === 'error') return result;
    for (const file of result.files) found.add(file);
  }
  return { kind: 'files', files: [...found].sort(comparePaths) };
}

export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function expandPath(input: string, cwd: string, folderFiles: RegExp, filter: WalkFilter): ExpandResult {
  const absolute = resolve(cwd, input);
  let isDirectory: boolean;
  try {
    isDirectory = statSync(absolute).isDirectory();
  } catch (error) {
    return { kind: 'error', message: `${describeFsError(error)}: ${input}` };
  }
  if (!isDirectory) return { kind: 'files', files: [displayPath(absolute, cwd)] };
  const files: string[] = [];
  const walked = walk(absolute, (file) => folderFiles.test(file), files, filter);
  if (walked !== undefined) return { kind: 'error', message: `${walked.reason}: ${displayPath(walked.folder, cwd)}` };
  return { kind: 'files', files: files.map((file) => displayPath(file, cwd)) };
}

function expandGlob(pattern: string, cwd: string, filter: WalkFilter): ExpandResult {
  const { base, rest } = splitGlob(pattern);
  const root = resolve(cwd, base === '' ? '.' : base);
  const matcher = globToRegExp(rest);
  const files: string[] = [];
  try {
    if (!statSync(root).isDirectory()) return noMatch(pattern);
  } catch {
    return noMatch(pattern);
  }
  const walked = walk(root, (file) => matcher.test(relative(root, file).split(sep).join('/')), files, filter);
  if (walked !== undefined) return { kind: 'error', message: `${walked.reason}: ${displayPath(walked.folder, cwd)}` };
  if (files.length === 0) return noMatch(pattern);
  return { kind: 'files', files: files.map((file) => displayPath(file, cwd)) };
}

function noMatch(pattern: string): ExpandResult {
  return { kind: 'error', message: `no files match: ${pattern}` };
}

/** Collects the files below `folder` that `accept` takes; returns the folder that could not be read, if any. */
function walk(folder: string, accept: (file: string) => boolean, out: string[], filter: WalkFilter): { folder: string; reason: string } | undefined {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    return { folder, reason: describeFsError(error) };
  }
  for (const entry of entries) {
    const full = resolve(folder, entry.name);
    if (entry.isDirectory()) {
      if (filter.skips(full, true)) continue;
      const failed = walk(full, accept, out, filter);
      if (failed !== undefined) return failed;
    } else if ((entry.isFile() || (entry.isSymbolicLink() && isFile(full))) && accept(full) && !filter.skips(full, false)) {
      out.push(full);
    }
  }
  return undefined;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
