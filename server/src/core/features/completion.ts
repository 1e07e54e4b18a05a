// Completion: what may be typed at the cursor, read from the line before it and the declaration
// around it. Top level: declaration keywords and snippets. In a body: the members that kind of
// declaration allows, values of enum properties, SHA codes, fiscal years, names in scope,
// columns of the dataset read, categories after `classification.`, column types in `columns`.

import type { FileModel, SemanticModel, SemanticSymbol } from '../semantics/model';
import { datasetOf } from '../semantics/lookups';
import { memberKey, type SchemaKind } from '../semantics/schema';
import type { CategoryDecl, Declaration, Member } from '../syntax/ast';
import {
  aggregateItems,
  codeItems,
  enumItems,
  memberItems,
  symbolItem,
  symbolsOfKind,
  topLevelItems,
  typeItems,
  wordItems,
  yearItems,
} from './completion-items';
import { isInside } from './syntax-path';
import { testCompletions } from './test-completion';
import type { CompletionItem, Span } from './types';

const WORD_CHAR = /[A-Za-z0-9_]/;
const CONDITION_WORDS = ['and', 'or', 'not', 'in', 'starts with', 'yes', 'no'];

function wordAround(text: string, offset: number): Span {
  let start = offset;
  while (start > 0 && WORD_CHAR.test(text[start - 1])) start--;
  let end = offset;
  while (end < text.length && WORD_CHAR.test(text[end])) end++;
  return { start, end };
}

function inCommentOrText(file: FileModel, offset: number): boolean {
  if (file.ast.comments.some((c) => c.span.start < offset && offset <= c.span.end)) return true;
  const line = file.text.slice(file.text.lastIndexOf('\n', offset - 1) + 1, offset);
  return (line.match(/"/g)?.length ?? 0) % 2 === 1;
}

/** The last declaration that starts before the offset. */
function precedingDeclaration(file: FileModel, offset: number): Declaration | undefined {
  let found: Declaration | undefined;
  for (const declaration of file.ast.declarations) if (declaration.span.start < offset) found = declaration;
  return found;
}

/** Inside `{ … }`; a body that was never closed runs on to the cursor. */
function inBody(text: string, body: Span | undefined, offset: number): boolean {
  if (body === undefined || offset <= body.start) return false;
  return offset < body.end || text[body.end - 1] !== '}';
}

function schemaKind(declaration: Declaration): SchemaKind | undefined {
  return declaration.kind === 'Import' ? undefined : (declaration.kind.toLowerCase() as SchemaKind);
}

function symbolOf(file: FileModel, declaration: Declaration): SemanticSymbol | undefined {
  return file.declared.find((s) => s.declaration === declaration);
}

/** The columns in scope in a declaration: of its `from` dataset, or the classified one. */
function columnItems(model: SemanticModel, file: FileModel, declaration: Declaration): CompletionItem[] {
  const symbol = symbolOf(file, declaration);
  let dataset = symbol ? datasetOf(model, symbol) : undefined;
  if (dataset === undefined && declaration.kind !== 'Import') {
    const from = declaration.members.find((m) => m.kind === 'From');
    const name = from?.kind === 'From' ? from.dataset?.text : declaration.kind === 'Classification' ? declaration.dataset?.text : undefined;
    const found = name === undefined ? undefined : file.scope.get(name);
    dataset = found?.kind === 'dataset' ? found : undefined;
  }
  return dataset ? [...dataset.members.values()].map(symbolItem) : [];
}

function expressionItems(model: SemanticModel, file: FileModel, declaration: Declaration): CompletionItem[] {
  return [...columnItems(model, file, declaration), ...symbolsOfKind(file.scope, ['classification']), ...aggregateItems(), ...wordItems([...CONDITION_WORDS, 'where'])];
}

function propertyValueItems(model: SemanticModel, file: FileModel, declaration: Declaration, key: string): CompletionItem[] {
  const enumerated = enumItems(key);
  if (enumerated) return enumerated;
  switch (key) {
    case 'function':
      return codeItems();
    case 'baseline':
    case 'horizon':
    case 'period':
      return yearItems();
    case 'measure':
      return symbolsOfKind(file.scope, ['measure']);
    case 'purpose':
      return symbolsOfKind(file.scope, ['classification']);
    case 'change':
      return wordItems(['at least', 'at most', 'exactly']);
    case 'value':
    case 'numerator':
    case 'denominator':
      return expressionItems(model, file, declaration);
    default:
      return [];
  }
}

function bodyItems(model: SemanticModel, file: FileModel, declaration: Declaration, before: string, offset: number): CompletionItem[] {
  if (declaration.kind === 'Import') return [];
  const category = declaration.members.find((m): m is CategoryDecl => m.kind === 'Category' && inBody(file.text, m.bodySpan, offset));
  const columns = declaration.members.find((m) => m.kind === 'Columns' && isInside(m.span, offset));
  if (columns) return /^\s*\w+\s*:\s*\w*$/.test(before) ? typeItems() : [];
  const dotted = /([A-Za-z_]\w*)\.\w*$/.exec(before);
  if (dotted) {
    const target = file.scope.get(dotted[1]);
    return target?.kind === 'classification' ? [...target.members.values()].map(symbolItem) : [];
  }
  const property = /^\s*([A-Za-z_][\w ]*?)\s*:\s*(.*)$/.exec(before);
  if (property) {
    const key = property[1].replace(/\s+/g, ' ');
    const rest = property[2];
    if (/^\w*$/.test(rest) || ['value', 'numerator', 'denominator'].includes(key)) return propertyValueItems(model, file, declaration, key);
    if (key === 'change' && /^(at least|at most|exactly)\s+\S+\s+\w*$/.test(rest)) return wordItems(['relative']);
    if (key === 'period' && /\.\.\s*\w*$/.test(rest)) return yearItems();
    return [];
  }
  if (/^\s*from\s+\w*$/.test(before)) return symbolsOfKind(file.scope, ['dataset']);
  if (/^\s*(by|stratify\s+by)\s/.test(before)) return columnItems(model, file, declaration);
  if (/^\s*(when|exclude\s+when)\s/.test(before) || /\(/.test(before)) return expressionItems(model, file, declaration);
  if (/^\s*\w*$/.test(before)) {
    const members: readonly Member[] = category ? category.members : declaration.members;
    const present = new Set(members.map(memberKey));
    const kind: SchemaKind | undefined = category ? 'category' : schemaKind(declaration);
    return kind ? memberItems(kind, present) : [];
  }
  return [];
}

function headerItems(file: FileModel, declaration: Declaration, before: string): CompletionItem[] {
  if (declaration.kind === 'Classification' && /\bon\s+\w*$/.test(before)) return symbolsOfKind(file.scope, ['dataset']);
  if (declaration.kind === 'Classification' && /"\s+\w*$/.test(before)) return wordItems(['on']);
  return [];
}

export function completionsAt(model: SemanticModel, path: string, offset: number): CompletionItem[] {
  const file = model.files.get(path);
  if (file === undefined || offset < 0 || offset > file.text.length) return [];
  if (inCommentOrText(file, offset)) return [];
  const code = /HC[\d.]*$/.exec(file.text.slice(Math.max(0, offset - 12), offset));
  const word = code ? { start: offset - code[0].length, end: wordAround(file.text, offset).end } : wordAround(file.text, offset);
  const lineStart = file.text.lastIndexOf('\n', word.start - 1) + 1;
  const before = file.text.slice(lineStart, offset);
  const declaration = precedingDeclaration(file, offset);
  let items: CompletionItem[];
  const inTest = testCompletions(model, file, offset, before);
  if (inTest) items = inTest;
  else if (code && /^\s*function\s*:\s*HC[\d.]*$/.test(before)) items = codeItems();
  else if (/^\s*classification\s+\w+.*\bon\s+\w*$/.test(before)) items = symbolsOfKind(file.scope, ['dataset']);
  else if (declaration !== undefined && declaration.kind !== 'Import' && inBody(file.text, declaration.bodySpan, offset)) {
    items = bodyItems(model, file, declaration, before, offset);
  } else if (declaration !== undefined && declaration.kind === 'Classification' && declaration.bodySpan === undefined && offset <= declaration.span.end + 1) {
    items = headerItems(file, declaration, before);
  } else items = /^\s*\w*$/.test(before) ? topLevelItems() : [];
  const replace = { start: word.start, end: word.end };
  return items.map((item) => ({ ...item, replace }));
}
