// Go to definition: from a name to its declaration, from an import's path to the imported file.

import type { SemanticModel } from '../semantics/model';
import { symbolAt } from '../semantics/lookups';
import { contains } from './syntax-path';
import type { Location } from './types';

export function definitionAt(model: SemanticModel, path: string, offset: number): Location[] {
  const occurrence = symbolAt(model, path, offset);
  if (occurrence !== undefined) return [{ path: occurrence.symbol.path, span: occurrence.symbol.nameSpan }];
  const file = model.files.get(path);
  for (const link of file?.imports ?? []) {
    const literal = link.declaration.path;
    if (literal !== undefined && contains(literal.span, offset) && link.found) return [{ path: link.target, span: { start: 0, end: 0 } }];
  }
  return [];
}
