// What evaluation reads from the semantic model: the symbol each name resolves to, the position
// of each column in its dataset's rows and of each category in its classification, and the
// properties of declarations.

import type { Member, PropertyValue } from '../syntax/ast';
import type { SemanticModel, SemanticSymbol } from '../semantics/model';
import type { Name } from '../syntax/ast';
import type { Bindings } from './expr';

/** The columns of a dataset in row order: its column symbols in declaration order, as the loader reads them. */
export function columnsOf(dataset: SemanticSymbol): SemanticSymbol[] {
  return [...dataset.members.values()].filter((m) => m.kind === 'column');
}

export function bindingsOf(model: SemanticModel): Bindings {
  const symbols = new Map<Name, SemanticSymbol>();
  for (const file of model.files.values()) for (const ref of file.references) symbols.set(ref.name, ref.symbol);
  const columnIndexes = new Map<SemanticSymbol, number | undefined>();
  const categoryIndexes = new Map<SemanticSymbol, number | undefined>();
  return {
    symbolOf: (name) => symbols.get(name),
    columnIndex: (column) => {
      if (!columnIndexes.has(column)) {
        const index = column.parent === undefined ? -1 : columnsOf(column.parent).indexOf(column);
        columnIndexes.set(column, index < 0 ? undefined : index);
      }
      return columnIndexes.get(column);
    },
    categoryIndex: (category) => {
      if (!categoryIndexes.has(category)) {
        const index = category.parent === undefined ? -1 : [...category.parent.members.values()].indexOf(category);
        categoryIndexes.set(category, index < 0 ? undefined : index);
      }
      return categoryIndexes.get(category);
    },
  };
}

/** The value of the first `key:` property among members. */
export function property(members: readonly Member[], key: string): PropertyValue | undefined {
  for (const member of members) if (member.kind === 'Property' && member.key === key) return member.value;
  return undefined;
}

/** The symbols of the columns named in `by` (in order), skipping names that did not resolve. */
export function byColumns(members: readonly Member[], dataset: SemanticSymbol): SemanticSymbol[] {
  const names = members.flatMap((m) => (m.kind === 'By' ? m.columns : []));
  return names.flatMap((n) => {
    const column = dataset.members.get(n.text);
    return column === undefined ? [] : [column];
  });
}

/** The column of `stratify by`, if any. */
export function stratifyColumn(members: readonly Member[], dataset: SemanticSymbol): SemanticSymbol | undefined {
  for (const m of members) if (m.kind === 'Stratify' && m.column) return dataset.members.get(m.column.text);
  return undefined;
}
