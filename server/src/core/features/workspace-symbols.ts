// Workspace symbols: every named declaration, column and category of the analysed files whose
// name matches the query (its characters in order, ignoring case; an empty query matches all).

import type { SemanticModel } from '../semantics/model';
import { documentSymbols } from './document-symbols';
import type { OutlineSymbol } from './types';

function matches(name: string, query: string): boolean {
  const lower = name.toLowerCase();
  let at = 0;
  for (const ch of query.toLowerCase()) {
    at = lower.indexOf(ch, at);
    if (at < 0) return false;
    at += 1;
  }
  return true;
}

export function workspaceSymbols(model: SemanticModel, query: string): (OutlineSymbol & { path: string })[] {
  const found: (OutlineSymbol & { path: string })[] = [];
  const paths = [...model.files.keys()].sort();
  for (const path of paths) {
    const file = model.files.get(path)!;
    const visit = (symbol: OutlineSymbol): void => {
      if (symbol.kind !== 'Import' && matches(symbol.name, query)) found.push({ ...symbol, children: [], path });
      symbol.children.forEach(visit);
    };
    documentSymbols(file.ast).forEach(visit);
  }
  return found;
}
