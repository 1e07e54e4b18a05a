// The command line's Host: rule files from the disk, paths relative to the working folder.
// The files named on the command line are read up front, so an unreadable one stops the run
// with a clear message before anything is checked.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Host } from '../core/host';
import { describeFsError } from './fs-paths';

export type LoadResult =
  | { readonly kind: 'loaded'; readonly texts: ReadonlyMap<string, string> }
  | { readonly kind: 'error'; readonly message: string };

/** Reads every file; the first that cannot be read is the error. */
export function loadFiles(paths: readonly string[], cwd: string): LoadResult {
  const texts = new Map<string, string>();
  for (const path of paths) {
    try {
      texts.set(path, readFileSync(resolve(cwd, path), 'utf8'));
    } catch (error) {
      return { kind: 'error', message: `${describeFsError(error)}: ${path}` };
    }
  }
  return { kind: 'loaded', texts };
}

/** A Host over the disk that serves `preloaded` texts first and remembers what it reads. */
export function nodeHost(cwd: string, preloaded: ReadonlyMap<string, string> = new Map()): Host {
  const cache = new Map<string, string | undefined>(preloaded);
  return {
    readFile(path) {
      if (cache.has(path)) return cache.get(path);
      let text: string | undefined;
      try {
        text = readFileSync(resolve(cwd, path), 'utf8');
      } catch {
        text = undefined;
      }
      cache.set(path, text);
      return text;
    },
  };
}
