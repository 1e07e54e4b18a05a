// The outline of a file: declarations, with the columns of datasets and the categories of
// classifications beneath them. Imports appear under their path.

import type { CategoryDecl, ColumnDecl, Declaration, Member, SourceFile } from '../syntax/ast';
import type { OutlineSymbol } from './types';

function keywordSpan(declaration: Declaration): { start: number; end: number } {
  const length = declaration.kind.length;
  return { start: declaration.span.start, end: Math.min(declaration.span.end, declaration.span.start + length) };
}

function columnSymbol(column: ColumnDecl): OutlineSymbol {
  return {
    name: column.name.text,
    ...(column.type ? { detail: column.type.text } : {}),
    kind: 'Column',
    span: column.span,
    selection: column.name.span,
    children: [],
  };
}

function categorySymbol(category: CategoryDecl): OutlineSymbol | undefined {
  if (category.name === undefined) return undefined;
  return {
    name: category.name.text,
    ...(category.title ? { detail: category.title.value } : {}),
    kind: 'Category',
    span: category.span,
    selection: category.name.span,
    children: [],
  };
}

function childrenOf(members: readonly Member[]): OutlineSymbol[] {
  const children: OutlineSymbol[] = [];
  for (const member of members) {
    if (member.kind === 'Columns') children.push(...member.columns.map(columnSymbol));
    if (member.kind === 'Category') {
      const symbol = categorySymbol(member);
      if (symbol) children.push(symbol);
    }
  }
  return children;
}

export function documentSymbols(file: SourceFile): OutlineSymbol[] {
  const symbols: OutlineSymbol[] = [];
  for (const declaration of file.declarations) {
    if (declaration.kind === 'Import') {
      if (declaration.path === undefined) continue;
      symbols.push({ name: declaration.path.value, kind: 'Import', span: declaration.span, selection: declaration.path.span, children: [] });
      continue;
    }
    const name = declaration.name;
    symbols.push({
      name: name?.text ?? `(unnamed ${declaration.kind.toLowerCase()})`,
      ...(declaration.title ? { detail: declaration.title.value } : {}),
      kind: declaration.kind,
      span: declaration.span,
      selection: name?.span ?? keywordSpan(declaration),
      children: childrenOf(declaration.members),
    });
  }
  return symbols;
}
