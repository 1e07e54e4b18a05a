// What a test's expectations make the evaluation read: the datasets, and per dataset the columns
// with the declaration that reads each. Followed through every name a declaration uses: a target
// reads its measure, a measure `where prevention` reads the classification's conditions.

import type { ResolvedReference, SemanticSymbol } from '../semantics/model';

export interface ReadsModel {
  readonly referencesIn: (path: string) => readonly ResolvedReference[];
  readonly datasetOf: (symbol: SemanticSymbol) => SemanticSymbol | undefined;
}

/** Dataset → column → the declaration that reads it (the first found). */
export type Reads = Map<SemanticSymbol, Map<SemanticSymbol, SemanticSymbol>>;

export function readsOf(model: ReadsModel, subjects: Iterable<SemanticSymbol>): Reads {
  return usedBy(model, subjects).reads;
}

/** What the subjects read, and every declaration they use (themselves included), datasets included. */
export function usedBy(model: ReadsModel, subjects: Iterable<SemanticSymbol>): { reads: Reads; declarations: Set<SemanticSymbol> } {
  const reads: Reads = new Map();
  const seen = new Set<SemanticSymbol>();
  const datasetEntry = (dataset: SemanticSymbol): Map<SemanticSymbol, SemanticSymbol> => {
    let entry = reads.get(dataset);
    if (entry === undefined) reads.set(dataset, (entry = new Map()));
    return entry;
  };
  const visit = (symbol: SemanticSymbol): void => {
    if (seen.has(symbol)) return;
    seen.add(symbol);
    const dataset = model.datasetOf(symbol);
    if (dataset !== undefined) datasetEntry(dataset);
    const span = symbol.declaration.span;
    for (const reference of model.referencesIn(symbol.path)) {
      if (reference.name.span.start < span.start || reference.name.span.end > span.end) continue;
      const used = reference.symbol;
      switch (used.kind) {
        case 'column':
          if (used.parent !== undefined) {
            const entry = datasetEntry(used.parent);
            if (!entry.has(used)) entry.set(used, symbol);
          }
          break;
        case 'dataset':
          datasetEntry(used);
          break;
        case 'category':
          if (used.parent !== undefined) visit(used.parent);
          break;
        case 'classification':
        case 'measure':
          visit(used);
          break;
        default:
          break;
      }
    }
  };
  for (const subject of subjects) visit(subject);
  const declarations = new Set<SemanticSymbol>([...seen, ...reads.keys()]);
  return { reads, declarations };
}
