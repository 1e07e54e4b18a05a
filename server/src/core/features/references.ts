// Find all references: every use of the symbol under the cursor across the analysed files.

import type { SemanticModel } from '../semantics/model';
import { referencesTo, symbolAt } from '../semantics/lookups';
import type { Location } from './types';

export function referencesAt(model: SemanticModel, path: string, offset: number, includeDeclaration: boolean): Location[] {
  const occurrence = symbolAt(model, path, offset);
  if (occurrence === undefined) return [];
  const { symbol } = occurrence;
  const uses = referencesTo(model, symbol).map((use) => ({ path: use.path, span: use.name.span }));
  return includeDeclaration ? [{ path: symbol.path, span: symbol.nameSpan }, ...uses] : uses;
}
