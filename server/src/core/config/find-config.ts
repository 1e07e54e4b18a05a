// Finding the configuration that governs a rule file: the nearest `hewitt.config.json` in the
// file's folder or any folder above it.

import { CONFIG_FILE_NAME } from './codes';

/**
 * The path of the nearest configuration file, walking up from the folder of `filePath` and
 * stopping at the root (forward-slash paths: `/`, a drive such as `c:`, or, for a relative path,
 * the folder it is relative to). `exists` is asked about each candidate, nearest first.
 */
export function findConfigPath(filePath: string, exists: (path: string) => boolean): string | undefined {
  let folder = parentOf(filePath);
  for (;;) {
    const candidate = folder === '' ? CONFIG_FILE_NAME : folder === '/' ? `/${CONFIG_FILE_NAME}` : `${folder}/${CONFIG_FILE_NAME}`;
    if (exists(candidate)) return candidate;
    if (folder === '' || folder === '/' || /^[A-Za-z]:$/.test(folder)) return undefined;
    folder = parentOf(folder);
  }
}

/** `a/b/c` → `a/b`; `/a` → `/`; `a` → ``. */
function parentOf(path: string): string {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  const slash = trimmed.lastIndexOf('/');
  if (slash < 0) return '';
  if (slash === 0) return '/';
  return trimmed.slice(0, slash);
}
