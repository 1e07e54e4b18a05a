// What a folder walk passes over, shared by the command line (`hewitt check DIR`, `hewitt test DIR`)
// and the language server's scan of the workspace folders, so that both find the same rule files:
// node_modules, folders whose name starts with a dot, and whatever the `ignore` patterns of the
// nearest hewitt.config.json above an entry match (core/config/ignore.ts). The walk's own starting
// folder is never asked about: a folder named by the user is always walked.

import { existsSync, readFileSync } from 'node:fs';
import { CONFIG_FILE_NAME } from '../core/config/codes';
import { findConfigPath } from '../core/config/find-config';
import { ignoreMatcher, readIgnore, type IgnoreMatcher } from '../core/config/ignore';

export interface WalkFilter {
  /** Whether the walk passes over `path` (absolute; either separator), found in a folder being walked. */
  skips(path: string, isFolder: boolean): boolean;
}

interface Governing {
  readonly folder: string;
  readonly matches: IgnoreMatcher;
}

export function walkFilter(): WalkFilter {
  const byFolder = new Map<string, Governing | null>();
  const governing = (folder: string): Governing | null => {
    let found = byFolder.get(folder);
    if (found !== undefined) return found;
    const config = findConfigPath(`${folder}/${CONFIG_FILE_NAME}`, existsSync);
    found = null;
    if (config !== undefined) {
      let patterns: string[] = [];
      try {
        patterns = readIgnore(readFileSync(config, 'utf8'));
      } catch {
        // An unreadable configuration ignores nothing; `hewitt check` reports it where it is used.
      }
      if (patterns.length > 0) found = { folder: config.slice(0, -CONFIG_FILE_NAME.length - 1), matches: ignoreMatcher(patterns) };
    }
    byFolder.set(folder, found);
    return found;
  };
  return {
    skips(path, isFolder) {
      const slashed = path.replace(/\\/g, '/');
      const cut = slashed.lastIndexOf('/');
      const name = slashed.slice(cut + 1);
      if (isFolder && (name === 'node_modules' || name.startsWith('.'))) return true;
      const rule = governing(cut <= 0 ? '/' : slashed.slice(0, cut));
      if (rule === null) return false;
      const relative = rule.folder === '' || rule.folder === '/' ? slashed.replace(/^\/+/, '') : slashed.slice(rule.folder.length + 1);
      return rule.matches(relative, isFolder);
    },
  };
}
