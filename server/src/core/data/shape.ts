// What loading needs to know of a dataset declaration: its `source:` text and where it is
// written, and its columns with their types and declaration spans.

import type { DatasetDecl, Span } from '../syntax/ast';
import type { SemanticSymbol } from '../semantics/model';
import type { ColumnType } from './cells';

export interface ColumnShape {
  readonly name: string;
  readonly type: ColumnType;
  /** The column's declaration (`amount: money`), where its cell diagnostics go. */
  readonly span: Span;
}

export interface DatasetShape {
  readonly name: string;
  /** The `source:` text as written, or undefined when the declaration has none. */
  readonly source?: string;
  /** The `table:` text as written (a table of an SQL engine), or undefined. */
  readonly table?: string;
  /** The `source:` (or `table:`) value, where file diagnostics go (the dataset's name when there is neither). */
  readonly sourceSpan: Span;
  readonly columns: readonly ColumnShape[];
}

export function datasetShape(dataset: SemanticSymbol): DatasetShape {
  let source: string | undefined;
  let sourceSpan = dataset.nameSpan;
  const declaration = dataset.declaration;
  let table: string | undefined;
  if (declaration.kind === 'Dataset') {
    const found = sourceOf(declaration, 'source');
    const tableFound = sourceOf(declaration, 'table');
    if (found) {
      source = found.text;
      sourceSpan = found.span;
    } else if (tableFound) {
      table = tableFound.text;
      sourceSpan = tableFound.span;
    }
  }
  const columns: ColumnShape[] = [];
  for (const column of dataset.members.values()) {
    if (column.kind !== 'column') continue;
    columns.push({ name: column.name, type: loadType(column.columnType), span: column.declaration.span });
  }
  return { name: dataset.name, source, ...(table === undefined ? {} : { table }), sourceSpan, columns };
}

function sourceOf(declaration: DatasetDecl, key: 'source' | 'table'): { text: string; span: Span } | undefined {
  for (const member of declaration.members) {
    if (member.kind === 'Property' && member.key === key && member.value?.kind === 'Text') {
      return { text: member.value.value, span: member.value.span };
    }
  }
  return undefined;
}

/** A column whose type word is not a column type (already an error of the checker) loads as text. */
function loadType(type: SemanticSymbol['columnType']): ColumnType {
  switch (type) {
    case 'number':
    case 'money':
    case 'percent':
    case 'fiscal_year':
    case 'date':
    case 'bool':
    case 'text':
      return type;
    default:
      return 'text';
  }
}

/** A key of the column list: a changed `columns` block must re-type the file. */
export function columnsKey(columns: readonly ColumnShape[]): string {
  return columns.map((c) => `${c.name}:${c.type}`).join(',');
}
