// Prints the members of a declaration body, and the `{ … }` blocks that hold them.

import type { ColumnDecl, Member, Span } from '../syntax/ast';
import { printExpr, printValue } from './expressions';
import { pushCode } from './lines';
import { appendInner, printSequence, type Printer } from './sequence';
import { findOutsideComments } from './source-text';

export interface Block<T> {
  /** The whole construct, header and braces included. */
  readonly span: Span;
  /** The header as printed, without the `{`. */
  readonly header: string;
  /** Where the `{` is, or -1 when there is none. */
  readonly open: number;
  /** Where the `}` is. */
  readonly close: number;
  readonly nodes: readonly T[];
  readonly printNode: (printer: Printer, node: T, indent: number) => void;
}

/**
 * `header {`, the body one level deeper, then `}` on its own line. Comments written between the
 * header's words go at the end of the header line.
 */
export function printBlock<T extends { readonly span: Span }>(printer: Printer, block: Block<T>, indent: number): void {
  if (block.open < 0) {
    pushCode(printer, indent, block.header);
    appendInner(printer, block.span.start, block.span.end, indent);
    return;
  }
  pushCode(printer, indent, `${block.header} {`);
  appendInner(printer, block.span.start, block.open, indent + 1);
  printSequence(printer, {
    nodes: block.nodes,
    region: { start: block.open + 1, end: block.close },
    indent: indent + 1,
    afterHeader: true,
    blankBefore: () => 'preserve',
    printNode: block.printNode,
  });
  pushCode(printer, indent, '}');
}

/** A one-line member; comments written inside it go at the end of its line. */
function printLine(printer: Printer, span: Span, line: string, indent: number): void {
  pushCode(printer, indent, line);
  appendInner(printer, span.start, span.end, indent);
}

export function printMember(printer: Printer, member: Member, indent: number): void {
  switch (member.kind) {
    case 'Property': {
      const value = printValue(member.value);
      return printLine(printer, member.span, value === '' ? `${member.key}:` : `${member.key}: ${value}`, indent);
    }
    case 'From':
      return printLine(printer, member.span, words('from', member.dataset?.text), indent);
    case 'By':
      return printLine(printer, member.span, `by ${member.columns.map((c) => c.text).join(', ')}`, indent);
    case 'Stratify':
      return printLine(printer, member.span, words('stratify by', member.column?.text), indent);
    case 'When':
      return printLine(printer, member.span, words('when', printExpr(member.condition)), indent);
    case 'Exclude':
      return printLine(printer, member.span, words('exclude when', printExpr(member.condition)), indent);
    case 'Columns': {
      const open = findOutsideComments(printer, '{', member.span.start, member.span.end);
      return printBlock(printer, { span: member.span, header: 'columns', open, close: member.span.end - 1, nodes: member.columns, printNode: printColumn }, indent);
    }
    case 'Category': {
      const header = words('category', member.name?.text, member.title?.raw);
      const open = member.bodySpan?.start ?? -1;
      const close = (member.bodySpan?.end ?? member.span.end) - 1;
      return printBlock(printer, { span: member.span, header, open, close, nodes: member.members, printNode: printMember }, indent);
    }
  }
}

function printColumn(printer: Printer, column: ColumnDecl, indent: number): void {
  printLine(printer, column.span, column.type ? `${column.name.text}: ${column.type.text}` : `${column.name.text}:`, indent);
}

/** Joins the words that are present with single spaces. */
export function words(...parts: readonly (string | undefined)[]): string {
  return parts.filter((part): part is string => part !== undefined && part !== '').join(' ');
}
