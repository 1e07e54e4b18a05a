// Document highlights: the declaration (write) and uses (read) of the symbol under the cursor, in
// this file only.

import type { SemanticModel } from '../semantics/model';
import { referencesTo, symbolAt } from '../semantics/lookups';
import type { Highlight } from './types';

export function highlightsAt(model: SemanticModel, path: string, offset: number): Highlight[] {
  const occurrence = symbolAt(model, path, offset);
  if (occurrence === undefined) return [];
  const { symbol } = occurrence;
  const highlights: Highlight[] = [];
  if (symbol.path === path) highlights.push({ span: symbol.nameSpan, kind: 'write' });
  for (const use of referencesTo(model, symbol)) {
    if (use.path === path) highlights.push({ span: use.name.span, kind: 'read' });
  }
  return highlights.sort((a, b) => a.span.start - b.span.start);
}
