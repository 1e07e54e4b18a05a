// The definitions diff: declarations of two revisions matched by kind and name (not by file or
// position), compared property by property. Moving or reformatting a declaration is no change;
// a declaration whose only changes are titles, doc comments, owner or basis is `metadata`; an
// unchanged declaration that reads a changed one (directly or through others) is `affected`.

import type { NamedDeclaration } from '../syntax/ast';
import type { SemanticModel, SemanticSymbol } from '../semantics/model';
import { declarationEntries, type Entry } from './entries';
import type { DeclarationChange, DeclarationKind, PropertyChange } from './model';
import { DECLARATION_KINDS } from './model';

interface Located {
  readonly kind: DeclarationKind;
  readonly name: string;
  readonly path: string;
  readonly declaration: NamedDeclaration;
}

const keyOf = (kind: string, name: string): string => `${kind} ${name}`;

/** Every named top-level declaration, first of a kind and name wins (files in path order). */
export function declarationsOfModel(model: SemanticModel): Map<string, Located> {
  const found = new Map<string, Located>();
  const paths = [...model.files.keys()].sort();
  for (const path of paths) {
    for (const declaration of model.files.get(path)?.ast.declarations ?? []) {
      if (declaration.kind === 'Import' || declaration.name === undefined) continue;
      const kind = declaration.kind.toLowerCase() as DeclarationKind;
      const key = keyOf(kind, declaration.name.text);
      if (!found.has(key)) found.set(key, { kind, name: declaration.name.text, path, declaration });
    }
  }
  return found;
}

/** Which declarations each declaration reads: `kind name` → the `kind name` keys it refers to. */
export function readsOf(model: SemanticModel): Map<string, Set<string>> {
  const reads = new Map<string, Set<string>>();
  const add = (reader: string, read: string): void => {
    if (reader === read) return;
    const set = reads.get(reader) ?? new Set<string>();
    set.add(read);
    reads.set(reader, set);
  };
  for (const file of model.files.values()) {
    const tops = file.ast.declarations.flatMap((d) => (d.kind === 'Import' || d.name === undefined ? [] : [d]));
    for (const reference of file.references) {
      const at = reference.name.span.start;
      const reader = tops.find((d) => d.span.start <= at && at < d.span.end);
      if (reader?.name === undefined) continue;
      const read = topLevel(reference.symbol);
      add(keyOf(reader.kind.toLowerCase(), reader.name.text), keyOf(read.kind, read.name));
    }
  }
  for (const [owner, dataset] of model.datasets) add(keyOf(owner.kind, owner.name), keyOf(dataset.kind, dataset.name));
  return reads;
}

function topLevel(symbol: SemanticSymbol): SemanticSymbol {
  return symbol.parent === undefined ? symbol : topLevel(symbol.parent);
}

export function diffDefinitions(base: SemanticModel, head: SemanticModel): DeclarationChange[] {
  const before = declarationsOfModel(base);
  const after = declarationsOfModel(head);
  const changes = new Map<string, DeclarationChange>();
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(key);
    const b = after.get(key);
    const change = compare(a, b);
    if (change !== undefined) changes.set(key, change);
  }
  markAffected(changes, [readsOf(head), readsOf(base)], before, after);
  return [...changes.values()].sort(compareChanges);
}

function compare(a: Located | undefined, b: Located | undefined): DeclarationChange | undefined {
  const some = (b ?? a)!;
  const where = { ...(a ? { basePath: a.path } : {}), ...(b ? { headPath: b.path } : {}) };
  const entriesA = a ? declarationEntries(a.declaration) : new Map<string, Entry>();
  const entriesB = b ? declarationEntries(b.declaration) : new Map<string, Entry>();
  const properties: PropertyChange[] = [];
  let metadataOnly = true;
  for (const path of new Set([...entriesA.keys(), ...entriesB.keys()])) {
    const x = entriesA.get(path);
    const y = entriesB.get(path);
    if (x?.key === y?.key) continue;
    properties.push({ path, before: x?.text ?? null, after: y?.text ?? null });
    if (!(x ?? y)!.metadata) metadataOnly = false;
  }
  if (a === undefined || b === undefined) return { kind: some.kind, name: some.name, change: a === undefined ? 'added' : 'removed', properties, ...where };
  if (properties.length === 0) return undefined;
  return { kind: some.kind, name: some.name, change: metadataOnly ? 'metadata' : 'changed', properties, ...where };
}

/** Unchanged declarations that read, directly or not, a declaration whose meaning changed. */
function markAffected(
  changes: Map<string, DeclarationChange>,
  readsMaps: readonly Map<string, Set<string>>[],
  before: ReadonlyMap<string, Located>,
  after: ReadonlyMap<string, Located>,
): void {
  const readers = new Map<string, Set<string>>();
  for (const reads of readsMaps) {
    for (const [reader, list] of reads) for (const read of list) readers.set(read, (readers.get(read) ?? new Set()).add(reader));
  }
  const queue = [...changes.entries()].filter(([, c]) => c.change !== 'metadata').map(([key]) => key);
  while (queue.length > 0) {
    const key = queue.shift()!;
    for (const reader of [...(readers.get(key) ?? [])].sort()) {
      const existing = changes.get(reader);
      const name = key.slice(key.indexOf(' ') + 1);
      if (existing === undefined || existing.change === 'metadata') {
        const located = after.get(reader) ?? before.get(reader);
        if (located === undefined || !after.has(reader)) continue;
        const where = { ...(before.has(reader) ? { basePath: before.get(reader)!.path } : {}), headPath: after.get(reader)!.path };
        changes.set(reader, { kind: located.kind, name: located.name, change: 'affected', properties: existing?.properties ?? [], reads: [name], ...where });
        queue.push(reader);
      } else if (existing.change === 'affected' && !existing.reads?.includes(name)) {
        changes.set(reader, { ...existing, reads: [...(existing.reads ?? []), name].sort() });
      }
    }
  }
}

const CHANGE_ORDER = ['removed', 'added', 'changed', 'affected', 'metadata'];

function compareChanges(a: DeclarationChange, b: DeclarationChange): number {
  return (
    DECLARATION_KINDS.indexOf(a.kind) - DECLARATION_KINDS.indexOf(b.kind) ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
    CHANGE_ORDER.indexOf(a.change) - CHANGE_ORDER.indexOf(b.change)
  );
}
