// Finding the rule files of the workspace folders at start-up: every `*.hewitt` below each folder,
// skipping node_modules and folders whose name starts with a dot (as `hewitt check` does).

import { readdir } from 'node:fs/promises';
import { toSlashes } from './uris';

const SKIPPED = (name: string): boolean => name === 'node_modules' || name.startsWith('.');

/** The rule files below `folders` (absolute forward-slash paths), sorted, without duplicates. */
export async function findRuleFiles(folders: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  const pending = folders.map((folder) => toSlashes(folder).replace(/\/+$/, '') || '/');
  while (pending.length > 0) {
    const folder = pending.pop() as string;
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const path = folder === '/' ? `/${entry.name}` : `${folder}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED(entry.name)) pending.push(path);
      } else if (entry.isFile() && entry.name.endsWith('.hewitt')) found.add(path);
    }
  }
  return [...found].sort();
}
