// Completion inside `test` declarations: `given` and `expect` at the start of a line, datasets
// after `given`, column names in a table's first row, measures, targets, metrics and
// classifications after `expect`, their keys inside `[ … ]`, the words after the keys, target
// statuses and categories after `=`.

import type { FileModel, SemanticModel, SemanticSymbol } from '../semantics/model';
import type { TestDecl } from '../syntax/test-ast';
import { visibleSymbols } from '../tests/scope';
import { keyColumns, SELECTORS, subjectKind, TARGET_STATUSES } from '../tests/subjects';
import { subjectModel } from '../tests/actual';
import { symbolItem, symbolsOfKind, wordItems } from './completion-items';
import type { CompletionItem } from './types';

function testAt(file: FileModel, offset: number): TestDecl | undefined {
  return file.ast.tests?.find((t) => {
    const body = t.bodySpan;
    if (!body || offset <= body.start) return false;
    return offset < body.end || file.text[body.end - 1] !== '}';
  });
}

/** The completions at `offset` when it is inside a test's body; undefined elsewhere. */
export function testCompletions(model: SemanticModel, file: FileModel, offset: number, before: string): CompletionItem[] | undefined {
  const test = testAt(file, offset);
  if (!test) return undefined;
  const visible = visibleSymbols(model.files, file.path);
  if (/^\s*\w*$/.test(before)) {
    const inTable = test.givens.some((g) => g.table && g.table.span.start < offset && offset < g.table.span.end);
    return inTable ? [] : wordItems(['given', 'expect']);
  }
  if (/^\s*given\s+\w*$/.test(before)) return symbolsOfKind(visible, ['dataset']);
  if (/^\s*\|/.test(before)) return headerItems(file, test, visible, offset, before);
  const expect = /^\s*expect\s+(\w*)(\[[^\]]*\]?)?(\s+[A-Za-z_]\w*(?:\s+\d+)?)?\s*(=\s*\S*)?$/.exec(before);
  if (!expect) return [];
  const [, name, keys, selector, value] = expect;
  if (keys === undefined && selector === undefined && value === undefined) return symbolsOfKind(visible, ['measure', 'target', 'metric', 'classification']);
  const subject = name ? visible.get(name) : undefined;
  const kind = subject ? subjectKind(subject) : undefined;
  if (!subject || !kind) return [];
  if (keys !== undefined && !keys.endsWith(']') && selector === undefined) {
    if (!/(\[|,)\s*\w*$/.test(keys)) return [];
    const written = new Set([...keys.matchAll(/(\w+)\s*=/g)].map((m) => m[1]));
    return keyColumns(subjectModel(model), subject).filter((c) => !written.has(c.name)).map(keyItem);
  }
  if (value !== undefined) return valueItems(subject, selector?.trim().split(/\s+/)[0] ?? '');
  const selectorWords = wordItems(SELECTORS[kind].map((s) => s.word).filter((w) => w !== ''));
  if (selector !== undefined && /^\s+\w*$/.test(selector)) return selectorWords;
  if (selector === undefined && (keys === undefined || keys.endsWith(']')) && /\s$/.test(before)) return selectorWords;
  return [];
}

function keyItem(column: SemanticSymbol): CompletionItem {
  const item = symbolItem(column);
  return { ...item, insertText: `${column.name} = ` };
}

function valueItems(subject: SemanticSymbol, word: string): CompletionItem[] {
  if (word === 'status') return wordItems(TARGET_STATUSES);
  if (word === 'row') return [...[...subject.members.values()].map(symbolItem), ...wordItems(['none', 'excluded'])];
  return wordItems(['no-data']);
}

function headerItems(file: FileModel, test: TestDecl, visible: ReadonlyMap<string, SemanticSymbol>, offset: number, before: string): CompletionItem[] {
  const given = test.givens.find((g) => g.table && g.span.start < offset && (offset < g.table.span.end || !file.text.slice(g.table.span.start, g.table.span.end).endsWith('}')));
  if (!given?.table || !given.dataset) return [];
  const header = given.table.headerSpan;
  const lineStart = offset - before.length;
  const onHeader = header === undefined ? given.table.rows.length === 0 : header.start >= lineStart && header.start <= offset;
  if (!onHeader || !/\|\s*\w*$/.test(before)) return [];
  const dataset = visible.get(given.dataset.text);
  if (dataset?.kind !== 'dataset') return [];
  const written = new Set(given.table.header.map((n) => n.text));
  return [...dataset.members.values()].filter((c) => !written.has(c.name) || before.endsWith(c.name)).map(symbolItem);
}
