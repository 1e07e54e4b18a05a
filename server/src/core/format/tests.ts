// Printing `test` declarations: the header, then each `given` and `expect` with the comments
// between them; a `given` table is printed with its columns aligned (each as wide as its widest
// cell), so the table reads as a table whatever was typed.

import type { Span } from '../syntax/ast';
import type { ExpectDecl, GivenDecl, TestDecl, TestValue } from '../syntax/test-ast';
import { pushCode } from './lines';
import { words } from './members';
import { appendInner, printSequence, type Printer } from './sequence';

export function valueText(value: TestValue | undefined): string {
  if (!value) return '';
  switch (value.kind) {
    case 'LiteralValue':
      return value.raw;
    case 'WordValue':
      return value.text;
    case 'EmptyValue':
      return '';
  }
}

export function expectText(expect: ExpectDecl): string {
  const keys = expect.keysSpan ? `[${expect.keys.map((k) => `${k.column.text} = ${valueText(k.value)}`).join(', ')}]` : '';
  const selector = expect.selector ? words(expect.selector.word.text, expect.selector.argument ? valueText(expect.selector.argument) : undefined) : undefined;
  const value = expect.value ? `= ${valueText(expect.value)}` : undefined;
  const tolerance = expect.tolerance ? `within ${valueText(expect.tolerance)}` : undefined;
  return words('expect', `${expect.subject?.text ?? ''}${keys}`, selector, value, tolerance);
}

interface TableLine {
  readonly span: Span;
  readonly cells: readonly string[];
}

/** The lines of a table, each cell padded to its column's width. */
export function alignTable(lines: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const cells of lines) cells.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return lines.map((cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`);
}

function printGiven(printer: Printer, given: GivenDecl, indent: number): void {
  const head = words('given', given.dataset?.text);
  if (!given.table) {
    pushCode(printer, indent, words(head, given.from ? 'from' : undefined, given.source?.raw));
    appendInner(printer, given.span.start, given.span.end, indent);
    return;
  }
  const table = given.table;
  const lines: TableLine[] = [
    ...(table.headerSpan ? [{ span: table.headerSpan, cells: table.header.map((n) => n.text) }] : []),
    ...table.rows.map((row) => ({ span: row.span, cells: row.cells.map(valueText) })),
  ];
  const aligned = alignTable(lines.map((l) => l.cells));
  const textOf = new Map(lines.map((line, i) => [line, aligned[i] ?? '']));
  pushCode(printer, indent, `${head} {`);
  appendInner(printer, given.span.start, table.span.start + 1, indent + 1);
  printSequence(printer, {
    nodes: lines,
    region: { start: table.span.start + 1, end: table.span.end - 1 },
    indent: indent + 1,
    afterHeader: true,
    blankBefore: () => 'preserve',
    printNode: (p, line, i) => {
      pushCode(p, i, textOf.get(line) ?? '');
      appendInner(p, line.span.start, line.span.end, i);
    },
  });
  pushCode(printer, indent, '}');
}

export function printTest(printer: Printer, test: TestDecl, indent: number): void {
  const header = words('test', test.name?.text, test.title?.raw);
  if (!test.bodySpan) {
    pushCode(printer, indent, header);
    appendInner(printer, test.span.start, test.span.end, indent);
    return;
  }
  pushCode(printer, indent, `${header} {`);
  appendInner(printer, test.span.start, test.bodySpan.start, indent + 1);
  const items: (GivenDecl | ExpectDecl)[] = [...test.givens, ...test.expects].sort((a, b) => a.span.start - b.span.start);
  printSequence(printer, {
    nodes: items,
    region: { start: test.bodySpan.start + 1, end: test.bodySpan.end - 1 },
    indent: indent + 1,
    afterHeader: true,
    blankBefore: () => 'preserve',
    printNode: (p, item, i) => {
      if (item.kind === 'Given') return printGiven(p, item, i);
      pushCode(p, i, expectText(item));
      appendInner(p, item.span.start, item.span.end, i);
    },
  });
  pushCode(printer, indent, '}');
}

/** Whether two lists of tests say the same, positions aside (the formatter's safety net). */
export function sameTests(before: readonly TestDecl[] | undefined, after: readonly TestDecl[] | undefined): boolean {
  return canonical(before ?? []) === canonical(after ?? []);
}

const POSITIONS = new Set(['span', 'keyword', 'headerSpan', 'keysSpan', 'bodySpan']);

function canonical(tests: readonly TestDecl[]): string {
  return JSON.stringify(tests, (key, value: unknown) => {
    if (POSITIONS.has(key)) return undefined;
    if (key === 'from' || key === 'within') return value === undefined ? undefined : true;
    return typeof value === 'bigint' ? value.toString() : value;
  });
}
