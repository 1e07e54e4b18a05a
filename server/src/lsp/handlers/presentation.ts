// What the editor shows about a file: hover, outline, workspace symbols, folding, expand
// selection, semantic colouring, inlay hints, links and CodeLens.

import { FoldingRangeKind, InlayHintKind, MarkupKind, SymbolKind } from 'vscode-languageserver';
import type * as lsp from 'vscode-languageserver';
import {
  codeLensesFor,
  documentLinks,
  documentSymbols,
  foldingRanges,
  hoverAt,
  inlayHintsIn,
  selectionRangesAt,
  semanticTokens,
  SEMANTIC_TOKEN_MODIFIERS,
  SEMANTIC_TOKEN_TYPES,
  workspaceSymbols,
  type OutlineSymbol,
} from '../../core/features';
import { indexed, toOffset, toRange, toSpan } from '../convert';
import { ruleDoc, type HandlerContext } from './context';

export const SEMANTIC_TOKENS_LEGEND: lsp.SemanticTokensLegend = {
  tokenTypes: [...SEMANTIC_TOKEN_TYPES],
  tokenModifiers: [...SEMANTIC_TOKEN_MODIFIERS],
};

export function hover(ctx: HandlerContext, params: lsp.HoverParams): lsp.Hover | null {
  const doc = ruleDoc(ctx, params.textDocument.uri);
  if (doc === undefined) return null;
  const found = hoverAt(doc.model, doc.path, toOffset(doc.index, params.position), ctx.evaluations.latest(doc.path));
  if (found === undefined) return null;
  return { contents: { kind: MarkupKind.Markdown, value: found.markdown }, range: toRange(doc.index, found.span) };
}

function symbolKind(kind: OutlineSymbol['kind']): SymbolKind {
  switch (kind) {
    case 'Import':
      return SymbolKind.Module;
    case 'Dataset':
      return SymbolKind.Class;
    case 'Classification':
      return SymbolKind.Enum;
    case 'Category':
      return SymbolKind.EnumMember;
    case 'Column':
      return SymbolKind.Field;
    case 'Measure':
      return SymbolKind.Variable;
    case 'Target':
      return SymbolKind.Event;
    case 'Metric':
      return SymbolKind.Number;
    case 'Funding':
      return SymbolKind.Constant;
  }
}

export function outline(ctx: HandlerContext, params: lsp.DocumentSymbolParams): lsp.DocumentSymbol[] {
  const doc = ruleDoc(ctx, params.textDocument.uri);
  if (doc === undefined) return [];
  const convert = (symbol: OutlineSymbol): lsp.DocumentSymbol => ({
    name: symbol.name === '' ? '(unnamed)' : symbol.name,
    ...(symbol.detail !== undefined ? { detail: symbol.detail } : {}),
    kind: symbolKind(symbol.kind),
    range: toRange(doc.index, symbol.span),
    selectionRange: toRange(doc.index, symbol.selection),
    children: symbol.children.map(convert),
  });
  return documentSymbols(doc.file.ast).map(convert);
}

export function symbols(ctx: HandlerContext, params: lsp.WorkspaceSymbolParams): lsp.SymbolInformation[] {
  const model = ctx.workspace.wholeModel();
  return workspaceSymbols(model, params.query).flatMap((symbol) => {
    const text = model.files.get(symbol.path)?.text;
    if (text === undefined) return [];
    return [{ name: symbol.name, kind: symbolKind(symbol.kind), location: { uri: ctx.uris.uriOf(symbol.path), range: toRange(indexed(text).index, symbol.selection) } }];
  });
}

export function folding(ctx: HandlerContext, params: lsp.FoldingRangeParams): lsp.FoldingRange[] {
  const doc = ruleDoc(ctx, params.textDocument.uri);
  if (doc === undefined) return [];
  return foldingRanges(doc.file.ast, doc.text).flatMap((range) => {
    const start = doc.index.position(range.start).line;
    const end = doc.index.position(range.end).line;
    if (end <= start) return [];
    const kind = range.kind === 'comment' ? FoldingRangeKind.Comment : range.kind === 'imports' ? FoldingRangeKind.Imports : undefined;
    return [{ startLine: start, endLine: end, ...(kind !== undefined ? { kind } : {}) }];
  });
}

export function selection(ctx: HandlerContext, params: lsp.SelectionRangeParams): lsp.SelectionRange[] {
  const doc = ruleDoc(ctx, params.textDocument.uri);
  if (doc === undefined) return [];
  return params.positions.map((position) => {
    const offset = toOffset(doc.index, position);
    const spans = selectionRangesAt(doc.file.ast, offset);
    let parent: lsp.SelectionRange | undefined;
    for (const span of [...spans].reverse()) parent = { range: toRange(doc.index, span), ...(parent ? { parent } : {}) };
    return parent ?? { range: toRange(doc.index, { start: offset, end: offset }) };
  });
}

export function tokens(ctx: HandlerContext, params: lsp.SemanticTokensParams): lsp.SemanticTokens {
  const doc = ruleDoc(ctx, params.textDocument.uri);
  if (doc === undefined) return { data: [] };
  const data: number[] = [];
  let line = 0;
  let character = 0;
  const sorted = [...semanticTokens(doc.model, doc.path)].sort((a, b) => a.span.start - b.span.start);
  for (const token of sorted) {
    const type = SEMANTIC_TOKEN_TYPES.indexOf(token.type);
    const modifiers = token.modifiers.reduce((bits, m) => bits | (1 << SEMANTIC_TOKEN_MODIFIERS.indexOf(m)), 0);
    // A token that spans lines is sent one line at a time.
    let start = token.span.start;
    while (start < token.span.end) {
      const from = doc.index.position(start);
      const lineEnd = doc.index.offset({ line: from.line, character: Number.MAX_SAFE_INTEGER });
      const end = Math.min(token.span.end, lineEnd);
      if (end > start) {
        const deltaLine = from.line - line;
        data.push(deltaLine, deltaLine === 0 ? from.character - character : from.character, end - start, type, modifiers);
        line = from.line;
        character = from.character;
      }
      const next = doc.index.offset({ line: from.line + 1, character: 0 });
      if (next <= start) break;
      start = next;
    }
  }
  return { data };
}

export function inlayHints(ctx: HandlerContext, params: lsp.InlayHintParams): lsp.InlayHint[] {
  const doc = ruleDoc(ctx, params.textDocument.uri);
  if (doc === undefined) return [];
  return inlayHintsIn(doc.model, doc.path, toSpan(doc.index, params.range)).map((hint) => ({
    position: doc.index.position(hint.offset),
    label: hint.label,
    kind: hint.kind === 'type' ? InlayHintKind.Type : InlayHintKind.Parameter,
    paddingLeft: true,
  }));
}

export function links(ctx: HandlerContext, params: lsp.DocumentLinkParams): lsp.DocumentLink[] {
  const doc = ruleDoc(ctx, params.textDocument.uri);
  if (doc === undefined) return [];
  return documentLinks(doc.file.ast, doc.path).map((link) => ({ range: toRange(doc.index, link.span), target: ctx.uris.uriOf(link.target) }));
}

export function lenses(ctx: HandlerContext, params: lsp.CodeLensParams): lsp.CodeLens[] {
  const doc = ruleDoc(ctx, params.textDocument.uri);
  if (doc === undefined) return [];
  return codeLensesFor(doc.model, doc.path, ctx.evaluations.latest(doc.path)).map((lens) => ({
    range: toRange(doc.index, lens.span),
    command: { title: lens.title, command: '' },
  }));
}
