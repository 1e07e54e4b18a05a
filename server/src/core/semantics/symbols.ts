// Declares the symbols of one file: its top-level declarations, the columns of its datasets and
// the categories of its classifications. A second declaration of a name is `duplicate-name`.

import type { CategoryDecl, ColumnDecl, Member, Name, NamedDeclaration } from '../syntax/ast';
import { report, type FileState } from './context';
import type { SemanticSymbol, SymbolKind } from './model';
import { columnTypeOf, type ValueType } from './types';

function kindOf(declaration: NamedDeclaration): SymbolKind {
  switch (declaration.kind) {
    case 'Dataset':
      return 'dataset';
    case 'Classification':
      return 'classification';
    case 'Measure':
      return 'measure';
    case 'Target':
      return 'target';
    case 'Metric':
      return 'metric';
    case 'Funding':
      return 'funding';
  }
}

function makeSymbol(
  file: FileState,
  kind: SymbolKind,
  name: Name,
  declaration: NamedDeclaration | ColumnDecl | CategoryDecl,
  parent?: SemanticSymbol,
  columnType?: ValueType,
): { symbol: SemanticSymbol; members: Map<string, SemanticSymbol> } {
  const members = new Map<string, SemanticSymbol>();
  const symbol: SemanticSymbol = {
    kind,
    name: name.text,
    path: file.path,
    nameSpan: name.span,
    declaration,
    members,
    ...(parent ? { parent } : {}),
    ...(columnType ? { columnType } : {}),
  };
  file.declared.push(symbol);
  file.bySyntax.set(declaration, symbol);
  return { symbol, members };
}

/** Adds `symbol` to `table` unless the name is taken; then reports it on the second one. */
function addUnique(file: FileState, table: Map<string, SemanticSymbol>, symbol: SemanticSymbol, what: string): void {
  const first = table.get(symbol.name);
  if (first === undefined) {
    table.set(symbol.name, symbol);
    return;
  }
  report(file, 'duplicate-name', `${what} \`${symbol.name}\` is declared twice; rename one of them.`, symbol.nameSpan, [
    { path: first.path, span: first.nameSpan, message: `The first \`${first.name}\` is declared here.` },
  ]);
}

function columnsOf(members: readonly Member[]): ColumnDecl[] {
  return members.flatMap((m) => (m.kind === 'Columns' ? m.columns : []));
}

export function declareSymbols(file: FileState): void {
  for (const declaration of file.ast.declarations) {
    if (declaration.kind === 'Import' || declaration.name === undefined) continue;
    const { symbol, members } = makeSymbol(file, kindOf(declaration), declaration.name, declaration);
    addUnique(file, file.symbols, symbol, 'The name');
    if (declaration.kind === 'Dataset') {
      for (const column of columnsOf(declaration.members)) {
        const type = column.type === undefined ? 'unknown' : (columnTypeOf(column.type.text) ?? 'unknown');
        const child = makeSymbol(file, 'column', column.name, column, symbol, type).symbol;
        addUnique(file, members, child, `In dataset \`${symbol.name}\`, the column`);
      }
    } else if (declaration.kind === 'Classification') {
      for (const member of declaration.members) {
        if (member.kind !== 'Category' || member.name === undefined) continue;
        const child = makeSymbol(file, 'category', member.name, member, symbol).symbol;
        addUnique(file, members, child, `In classification \`${symbol.name}\`, the category`);
      }
    }
  }
}
