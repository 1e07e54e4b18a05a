// Semantic tokens: names coloured by what they declare or refer to, on top of the lexer's
// keywords and literals. The legend is fixed and uses the standard token type names, so themes
// colour them without configuration.

import type { SemanticModel, SymbolKind } from '../semantics/model';
import type { Span } from '../syntax/ast';
import { AGGREGATE_FUNCTIONS, COLUMN_TYPES } from '../syntax/keywords';
import { isReal, lex } from '../syntax/tokens';
import { testTokens } from './test-tokens';

export const SEMANTIC_TOKEN_TYPES = ['keyword', 'type', 'function', 'class', 'enum', 'enumMember', 'property', 'variable', 'event', 'string', 'number', 'macro'] as const;
export const SEMANTIC_TOKEN_MODIFIERS = ['declaration', 'defaultLibrary'] as const;

export type SemanticTokenType = (typeof SEMANTIC_TOKEN_TYPES)[number];
export type SemanticTokenModifier = (typeof SEMANTIC_TOKEN_MODIFIERS)[number];

export interface SemanticToken {
  readonly span: Span;
  readonly type: SemanticTokenType;
  readonly modifiers: readonly SemanticTokenModifier[];
}

function symbolType(kind: SymbolKind): SemanticTokenType {
  switch (kind) {
    case 'dataset':
      return 'class';
    case 'classification':
      return 'enum';
    case 'category':
      return 'enumMember';
    case 'column':
      return 'property';
    case 'target':
      return 'event';
    case 'measure':
    case 'metric':
    case 'funding':
      return 'variable';
  }
}

const FUNCTIONS: ReadonlySet<string> = new Set(AGGREGATE_FUNCTIONS);
const TYPES: ReadonlySet<string> = new Set(COLUMN_TYPES);
const NONE: readonly SemanticTokenModifier[] = [];

function lexicalType(tokenName: string, image: string): { type: SemanticTokenType; modifiers: readonly SemanticTokenModifier[] } | undefined {
  switch (tokenName) {
    case 'Text':
      return { type: 'string', modifiers: NONE };
    case 'Money':
    case 'FiscalYear':
    case 'Pp':
    case 'Percent':
    case 'Number':
      return { type: 'number', modifiers: NONE };
    case 'Code':
      return { type: 'macro', modifiers: NONE };
  }
  if (!tokenName.startsWith('Keyword_')) return undefined;
  if (FUNCTIONS.has(image)) return { type: 'function', modifiers: ['defaultLibrary'] };
  if (TYPES.has(image)) return { type: 'type', modifiers: ['defaultLibrary'] };
  return { type: 'keyword', modifiers: NONE };
}

export function semanticTokens(model: SemanticModel, path: string): SemanticToken[] {
  const file = model.files.get(path);
  if (file === undefined) return [];
  const byStart = new Map<number, SemanticToken>();
  for (const token of lex(file.text).tokens) {
    if (!isReal(token)) continue;
    const kind = lexicalType(token.tokenType.name, token.image);
    if (kind === undefined) continue;
    const span = { start: token.startOffset, end: token.startOffset + token.image.length };
    byStart.set(span.start, { span, ...kind });
  }
  for (const symbol of file.declared) {
    byStart.set(symbol.nameSpan.start, { span: symbol.nameSpan, type: symbolType(symbol.kind), modifiers: ['declaration'] });
  }
  for (const token of testTokens(file.ast)) byStart.set(token.span.start, token);
  for (const reference of file.references) {
    byStart.set(reference.name.span.start, { span: reference.name.span, type: symbolType(reference.symbol.kind), modifiers: NONE });
  }
  const sorted = [...byStart.values()].filter((t) => t.span.end > t.span.start).sort((a, b) => a.span.start - b.span.start);
  const result: SemanticToken[] = [];
  for (const token of sorted) {
    const last = result[result.length - 1];
    if (last === undefined || token.span.start >= last.span.end) result.push(token);
  }
  return result;
}
