// Questions later features ask of the model: what is at this offset, where is this used, which
// dataset does this read, what type is this expression, what unit has this measure.

import type { Expr, Span } from '../syntax/ast';
import type { ResolvedReference, SemanticModel, SemanticSymbol } from './model';
import type { ValueType } from './types';

function touches(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

export interface SymbolOccurrence {
  readonly symbol: SemanticSymbol;
  /** The span of the name at the offset. */
  readonly span: Span;
  /** True on the declaration's own name, false on a reference. */
  readonly isDeclaration: boolean;
}

/**
 * The symbol declared or referenced at an offset of a file (a cursor just after a name counts).
 * When two names touch the offset, the one that starts at it wins.
 */
export function symbolAt(model: SemanticModel, path: string, offset: number): SymbolOccurrence | undefined {
  const file = model.files.get(path);
  if (file === undefined) return undefined;
  let best: SymbolOccurrence | undefined;
  const consider = (candidate: SymbolOccurrence): void => {
    if (!touches(candidate.span, offset)) return;
    if (best === undefined || candidate.span.start > best.span.start) best = candidate;
  };
  for (const symbol of file.declared) consider({ symbol, span: symbol.nameSpan, isDeclaration: true });
  for (const reference of file.references) consider({ symbol: reference.symbol, span: reference.name.span, isDeclaration: false });
  return best;
}

/** Every use of a symbol across the analysed files (declaration not included), in file then source order. */
export function referencesTo(model: SemanticModel, symbol: SemanticSymbol): readonly (ResolvedReference & { readonly path: string })[] {
  const list = model.referenceIndex.get(symbol) ?? [];
  return [...list].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.name.span.start - b.name.span.start));
}

/** The dataset a measure or metric reads, or a classification classifies. */
export function datasetOf(model: SemanticModel, symbol: SemanticSymbol): SemanticSymbol | undefined {
  return model.datasets.get(symbol);
}

/** The type of an expression that was checked (`unknown` when it was not, or after an error). */
export function typeOfExpr(model: SemanticModel, expr: Expr): ValueType {
  return model.types.get(expr) ?? 'unknown';
}

/** The unit of a measure: the type of its `value`. */
export function unitOf(model: SemanticModel, measure: SemanticSymbol): ValueType {
  return model.units.get(measure) ?? 'unknown';
}

/** The top-level symbol a file can see under a name (its own or imported). */
export function lookupName(model: SemanticModel, path: string, name: string): SemanticSymbol | undefined {
  return model.files.get(path)?.scope.get(name);
}
