// Go to definition, find references, highlights and rename: convert in, call the core, convert out.

import { DocumentHighlightKind, ResponseError, ErrorCodes } from 'vscode-languageserver';
import type * as lsp from 'vscode-languageserver';
import { definitionAt, highlightsAt, prepareRenameAt, referencesAt, renameAt } from '../../core/features';
import { indexed, toOffset, toRange, toTextEdit } from '../convert';
import { ruleDoc, toLocations, type HandlerContext } from './context';

export function definition(ctx: HandlerContext, params: lsp.DefinitionParams): lsp.Location[] {
  const doc = ruleDoc(ctx, params.textDocument.uri);
  if (doc === undefined) return [];
  return toLocations(ctx, definitionAt(doc.model, doc.path, toOffset(doc.index, params.position)));
}

/** References are looked for in every known file, so uses in files that import this one count. */
export function references(ctx: HandlerContext, params: lsp.ReferenceParams): lsp.Location[] {
  const doc = ruleDoc(ctx, params.textDocument.uri);
  if (doc === undefined) return [];
  const model = ctx.workspace.modelOf([...ctx.workspace.files(), doc.path]);
  return toLocations(ctx, referencesAt(model, doc.path, toOffset(doc.index, params.position), params.context.includeDeclaration));
}

export function highlights(ctx: HandlerContext, params: lsp.DocumentHighlightParams): lsp.DocumentHighlight[] {
  const doc = ruleDoc(ctx, params.textDocument.uri);
  if (doc === undefined) return [];
  return highlightsAt(doc.model, doc.path, toOffset(doc.index, params.position)).map((h) => ({
    range: toRange(doc.index, h.span),
    kind: h.kind === 'write' ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
  }));
}

export function prepareRename(ctx: HandlerContext, params: lsp.PrepareRenameParams): lsp.PrepareRenameResult | null {
  const doc = ruleDoc(ctx, params.textDocument.uri);
  if (doc === undefined) return null;
  const check = prepareRenameAt(doc.model, doc.path, toOffset(doc.index, params.position));
  if ('error' in check) throw new ResponseError(ErrorCodes.InvalidRequest, check.error);
  return { range: toRange(doc.index, check.span), placeholder: check.placeholder };
}

export function rename(ctx: HandlerContext, params: lsp.RenameParams): lsp.WorkspaceEdit | null {
  const doc = ruleDoc(ctx, params.textDocument.uri);
  if (doc === undefined) return null;
  const model = ctx.workspace.modelOf([...ctx.workspace.files(), doc.path]);
  const result = renameAt(model, doc.path, toOffset(doc.index, params.position), params.newName);
  if ('error' in result) throw new ResponseError(ErrorCodes.InvalidRequest, result.error);
  const changes: Record<string, lsp.TextEdit[]> = {};
  for (const [path, edits] of result.edits) {
    const text = ctx.workspace.host.readFile(path);
    if (text === undefined) continue;
    const { index } = indexed(text);
    changes[ctx.uris.uriOf(path)] = edits.map((edit) => toTextEdit(index, edit));
  }
  return { changes };
}
