// Loading a workspace: parse each requested file and every file it imports (transitively), each
// once; report imports that cannot be read (cycles are cycles.ts); then build each
// file's scope from its own names and the names of the files it imports.

import type { Host } from '../host';
import { resolveRelative } from '../host';
import { parse } from '../syntax/parse';
import { report, type FileState, type Workspace } from './context';
import type { ImportLink } from './model';
import { declareSymbols } from './symbols';

function newFile(path: string, text: string): FileState {
  const parsed = parse(text);
  return {
    path,
    text,
    ast: parsed.file,
    parseDiagnostics: parsed.diagnostics,
    semanticDiagnostics: [],
    imports: [],
    symbols: new Map(),
    scope: new Map(),
    declared: [],
    bySyntax: new Map(),
    references: [],
    unresolved: [],
  };
}

/** Parses every reachable file once, following imports without recursion. */
export function loadFiles(workspace: Workspace, paths: readonly string[], host: Host): void {
  const queue: { path: string; text: string }[] = [];
  for (const path of paths) {
    if (!workspace.files.has(path) && !queue.some((q) => q.path === path)) queue.push({ path, text: host.readFile(path) ?? '' });
  }
  const queued = new Set(queue.map((q) => q.path));
  while (queue.length > 0) {
    const { path, text } = queue.shift()!;
    const file = newFile(path, text);
    workspace.files.set(path, file);
    declareSymbols(file);
    for (const declaration of file.ast.declarations) {
      if (declaration.kind !== 'Import' || declaration.path === undefined) continue;
      const target = resolveRelative(path, declaration.path.value);
      let found = workspace.files.has(target) || queued.has(target);
      if (!found) {
        const importedText = host.readFile(target);
        if (importedText !== undefined) {
          found = true;
          queued.add(target);
          queue.push({ path: target, text: importedText });
        }
      }
      file.imports.push({ declaration, target, found });
      if (!found) {
        report(
          file,
          'import-not-found',
          `Cannot find the imported file \`${declaration.path.value}\` (looked for ${target}); check the path, which is relative to this file.`,
          declaration.path.span,
        );
      }
    }
  }
}

function importedAs(link: ImportLink): string {
  return link.declaration.path?.value ?? link.target;
}

/** Fills each file's scope: its own names first, then those of the files it imports directly. */
export function buildScopes(workspace: Workspace): void {
  for (const file of workspace.files.values()) {
    for (const [name, symbol] of file.symbols) file.scope.set(name, symbol);
    const origin = new Map<string, ImportLink>();
    for (const link of file.imports) {
      const imported = link.found ? workspace.files.get(link.target) : undefined;
      if (imported === undefined || imported === file) continue;
      for (const [name, symbol] of imported.symbols) {
        const existing = file.scope.get(name);
        if (existing === undefined) {
          file.scope.set(name, symbol);
          origin.set(name, link);
        } else if (existing === symbol) {
          continue;
        } else if (existing.path === file.path) {
          report(
            file,
            'duplicate-name',
            `\`${name}\` is declared here and also imported from \`${importedAs(link)}\`; rename one of them.`,
            existing.nameSpan,
            [{ path: symbol.path, span: symbol.nameSpan, message: `The imported \`${name}\` is declared here.` }],
          );
        } else {
          const first = origin.get(name);
          report(
            file,
            'duplicate-name',
            `\`${name}\` is imported both from \`${first ? importedAs(first) : existing.path}\` and from \`${importedAs(link)}\`; rename one of them.`,
            link.declaration.path?.span ?? link.declaration.span,
            [{ path: existing.path, span: existing.nameSpan, message: `The first \`${name}\` is declared here.` }],
          );
        }
      }
    }
  }
}
