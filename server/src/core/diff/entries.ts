// A declaration as a flat list of entries, `path → value`, for comparing two revisions property by
// property: `thresholds`, `category screening.when`, `columns.amount`. Values are printed in the
// formatter's canonical form (so layout and comments never count), and compared by a key that
// also ignores how a literal was spelt (`1_000` and `1000` are the same number).

import { printExpr, printValue } from '../format/expressions';
import type { CategoryDecl, ColumnDecl, Member, NamedDeclaration } from '../syntax/ast';

export interface Entry {
  /** What is shown: the canonical text of the value. */
  readonly text: string;
  /** What is compared: the text with literals by value. */
  readonly key: string;
  /** Titles, doc comments, owner and basis: words for people, not what is computed. */
  readonly metadata: boolean;
}

/** Property keys that describe rather than define. */
const METADATA_KEYS = new Set(['owner', 'basis']);

/** The entries of a top-level declaration, in source order. */
export function declarationEntries(declaration: NamedDeclaration): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  const add = (path: string, text: string, key: string, metadata: boolean): void => {
    let unique = path;
    for (let n = 2; entries.has(unique); n++) unique = `${path} (${n})`;
    entries.set(unique, { text, key, metadata });
  };
  if (declaration.title !== undefined) add('title', declaration.title.raw, declaration.title.value, true);
  if (declaration.doc !== undefined) add('doc', declaration.doc, normaliseDoc(declaration.doc), true);
  if (declaration.kind === 'Classification' && declaration.dataset !== undefined) add('on', declaration.dataset.text, declaration.dataset.text, false);
  addMembers(declaration.members, '', add);
  return entries;
}

type Add = (path: string, text: string, key: string, metadata: boolean) => void;

function addMembers(members: readonly Member[], prefix: string, add: Add): void {
  const categories = members.filter((m): m is CategoryDecl => m.kind === 'Category');
  for (const member of members) {
    switch (member.kind) {
      case 'Property': {
        const text = printValue(member.value);
        add(prefix + member.key, text, canonicalKey(member.value), member.key === 'title' || METADATA_KEYS.has(member.key));
        break;
      }
      case 'From':
        add(prefix + 'from', member.dataset?.text ?? '', member.dataset?.text ?? '', false);
        break;
      case 'By': {
        const text = member.columns.map((c) => c.text).join(', ');
        add(prefix + 'by', text, text, false);
        break;
      }
      case 'Stratify':
        add(prefix + 'stratify by', member.column?.text ?? '', member.column?.text ?? '', false);
        break;
      case 'When':
        add(prefix + 'when', printExpr(member.condition), canonicalKey(member.condition), false);
        break;
      case 'Exclude':
        add(prefix + 'exclude when', printExpr(member.condition), canonicalKey(member.condition), false);
        break;
      case 'Columns':
        for (const column of member.columns) addColumn(column, prefix, add);
        break;
      case 'Category': {
        if (member.name === undefined) break;
        const path = `${prefix}category ${member.name.text}`;
        const position = `${categories.indexOf(member) + 1} of ${categories.length}`;
        add(`${path}.order`, position, position, false);
        if (member.title !== undefined) add(`${path}.title`, member.title.raw, member.title.value, true);
        if (member.doc !== undefined) add(`${path}.doc`, member.doc, normaliseDoc(member.doc), true);
        addMembers(member.members, `${path}.`, add);
        break;
      }
    }
  }
}

function addColumn(column: ColumnDecl, prefix: string, add: Add): void {
  const path = `${prefix}columns.${column.name.text}`;
  add(path, column.type?.text ?? '', column.type?.text ?? '', false);
  if (column.doc !== undefined) add(`${path}.doc`, column.doc, normaliseDoc(column.doc), true);
}

function normaliseDoc(doc: string): string {
  return doc.replace(/\s+/g, ' ').trim();
}

/** Keys that carry positions or spelling rather than meaning. */
const IGNORED = new Set(['span', 'keySpan', 'fnSpan', 'bodySpan', 'raw']);

/** A comparable key for a value: its tree without positions, literals by value. */
export function canonicalKey(value: unknown): string {
  return JSON.stringify(value ?? null, function (this: { kind?: unknown }, key, inner: unknown) {
    // A function code has no value but its spelling.
    if (IGNORED.has(key) && !(key === 'raw' && this.kind === 'Code')) return undefined;
    if (key === 'relative') return inner === undefined ? undefined : true;
    return typeof inner === 'bigint' ? `${inner}n` : inner;
  });
}
