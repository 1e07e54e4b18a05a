// The names a test can use: every top-level name of its file and of every file it imports,
// transitively (a test imports the rule file it tests, and that file imports its datasets).

import type { ImportLink, SemanticSymbol } from '../semantics/model';

interface ScopedFile {
  readonly scope: ReadonlyMap<string, SemanticSymbol>;
  readonly imports: readonly ImportLink[];
}

/** Every symbol visible from `path`, nearest file first (the file's own scope wins). */
export function visibleSymbols(files: ReadonlyMap<string, ScopedFile>, path: string): Map<string, SemanticSymbol> {
  const visible = new Map<string, SemanticSymbol>();
  const seen = new Set<string>();
  const queue = [path];
  while (queue.length > 0) {
    const next = queue.shift()!;
    if (seen.has(next)) continue;
    seen.add(next);
    const file = files.get(next);
    if (!file) continue;
    for (const [name, symbol] of file.scope) if (!visible.has(name)) visible.set(name, symbol);
    for (const link of file.imports) if (link.found) queue.push(link.target);
  }
  return visible;
}
