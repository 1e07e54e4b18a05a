// Finding the rule files of the workspace folders at start-up: every `*.hewitt` below each folder,
// passing over what `hewitt check DIR` passes over (node_modules, dot-folders, the `ignore`
// patterns of hewitt.config.json: node/walk-filter.ts).

import { readdir } from 'node:fs/promises';
import { walkFilter } from '../node/walk-filter';
import { toSlashes } from './uris';

/** The rule files below `folders` (absolute forward-slash paths), sorted, without duplicates. */
export async function findRuleFiles(folders: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  const filter = walkFilter();
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
        if (!filter.skips(path, true)) pending.push(path);
      } else if (entry.isFile() && entry.name.endsWith('.hewitt') && !filter.skips(path, false)) found.add(path);
    }
  }
  return [...found].sort();
}
