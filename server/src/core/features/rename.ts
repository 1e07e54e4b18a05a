// Rename: a declared name, its references in every analysed file (dotted category references
// included). Refuses keywords, names that are not identifiers, and names already taken in the
// same scope.

import type { TextEdit } from '../edits';
import type { SemanticModel, SemanticSymbol } from '../semantics/model';
import { referencesTo, symbolAt } from '../semantics/lookups';
import { ALL_KEYWORDS } from '../syntax/keywords';
import type { RenameCheck, RenameResult } from './types';

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const KEYWORDS: ReadonlySet<string> = new Set(ALL_KEYWORDS);

export function prepareRenameAt(model: SemanticModel, path: string, offset: number): RenameCheck {
  const occurrence = symbolAt(model, path, offset);
  if (occurrence === undefined) return { error: 'There is no declared name here to rename; place the cursor on a name.' };
  return { span: occurrence.span, placeholder: occurrence.symbol.name };
}

/** Why `newName` cannot replace the symbol's name, or undefined when it can. */
function renameProblem(model: SemanticModel, symbol: SemanticSymbol, newName: string): string | undefined {
  if (!IDENTIFIER.test(newName)) {
    return `\`${newName}\` is not a valid name: use letters, digits and underscores, starting with a letter or underscore.`;
  }
  if (KEYWORDS.has(newName)) return `\`${newName}\` is a keyword of the language and cannot be used as a name.`;
  if (newName === symbol.name) return undefined;
  if (symbol.parent !== undefined) {
    if (symbol.parent.members.has(newName)) {
      const what = symbol.kind === 'column' ? 'column' : 'category';
      return `The ${what} \`${newName}\` already exists in \`${symbol.parent.name}\`; choose another name.`;
    }
    return undefined;
  }
  for (const file of model.files.values()) {
    const taken = file.scope.get(newName);
    const sees = file.scope.get(symbol.name) === symbol || file.path === symbol.path;
    if (sees && taken !== undefined && taken !== symbol) {
      return `The name \`${newName}\` is already used by a ${taken.kind} visible in ${file.path}; choose another name.`;
    }
  }
  return undefined;
}

export function renameAt(model: SemanticModel, path: string, offset: number, newName: string): RenameResult {
  const occurrence = symbolAt(model, path, offset);
  if (occurrence === undefined) return { error: 'There is no declared name here to rename; place the cursor on a name.' };
  const { symbol } = occurrence;
  const problem = renameProblem(model, symbol, newName);
  if (problem !== undefined) return { error: problem };
  const edits = new Map<string, TextEdit[]>();
  const add = (file: string, edit: TextEdit): void => {
    const list = edits.get(file) ?? [];
    if (!list.some((e) => e.span.start === edit.span.start)) list.push(edit);
    edits.set(file, list);
  };
  add(symbol.path, { span: symbol.nameSpan, newText: newName });
  for (const use of referencesTo(model, symbol)) add(use.path, { span: use.name.span, newText: newName });
  for (const list of edits.values()) list.sort((a, b) => a.span.start - b.span.start);
  return { edits };
}
