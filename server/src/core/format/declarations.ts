// Prints a whole file: its declarations, one blank line apart (consecutive imports may stay
// together), each with the comments around it.

import type { Declaration, NamedDeclaration, SourceFile } from '../syntax/ast';
import { pushCode } from './lines';
import { printBlock, printMember, words } from './members';
import { appendInner, printSequence, type BlankPolicy, type PrintedGroup, type Printer } from './sequence';
import type { TestDecl } from '../syntax/test-ast';
import { printTest } from './tests';

export function printFile(printer: Printer, file: SourceFile): PrintedGroup<Declaration | TestDecl>[] {
  const nodes: (Declaration | TestDecl)[] = file.tests ? [...file.declarations, ...file.tests].sort((a, b) => a.span.start - b.span.start) : [...file.declarations];
  return printSequence(printer, {
    nodes,
    region: { start: 0, end: printer.text.length },
    indent: 0,
    afterHeader: false,
    blankBefore: declarationSpacing,
    printNode: printDeclaration,
  });
}

function declarationSpacing(previous: Declaration | TestDecl | undefined, next: Declaration | TestDecl): BlankPolicy {
  return previous?.kind === 'Import' && next.kind === 'Import' ? 'preserve' : 'always';
}

function printDeclaration(printer: Printer, declaration: Declaration | TestDecl, indent: number): void {
  if (declaration.kind === 'Test') return printTest(printer, declaration, indent);
  if (declaration.kind === 'Import') {
    pushCode(printer, indent, words('import', declaration.path?.raw));
    appendInner(printer, declaration.span.start, declaration.span.end, indent);
    return;
  }
  const open = declaration.bodySpan?.start ?? -1;
  const close = (declaration.bodySpan?.end ?? declaration.span.end) - 1;
  const header = declarationHeader(declaration);
  printBlock(printer, { span: declaration.span, header, open, close, nodes: declaration.members, printNode: printMember }, indent);
}

function declarationHeader(declaration: NamedDeclaration): string {
  const name = declaration.name?.text;
  const title = declaration.title?.raw;
  switch (declaration.kind) {
    case 'Dataset':
      return words('dataset', name, title);
    case 'Classification':
      return words('classification', name, title, declaration.dataset ? `on ${declaration.dataset.text}` : undefined);
    case 'Measure':
      return words('measure', name, title);
    case 'Target':
      return words('target', name, title);
    case 'Metric':
      return words('metric', name, title);
    case 'Funding':
      return words('funding', name, title);
  }
}
