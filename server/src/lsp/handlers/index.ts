// The feature handlers: what the server offers, and the wiring of each request to its handler,
// every one inside a guard.

import { CodeActionKind, type CodeActionParams, type Connection, type ServerCapabilities } from 'vscode-languageserver';
import { guardRequest, type Log } from '../guard';
import { skeletonActions } from '../skeleton-actions';
import type { HandlerContext } from './context';
import { codeActions, completion, formatDocument, formatDocumentRange, signatureHelp } from './editing';
import { definition, highlights, prepareRename, references, rename } from './navigation';
import { folding, hover, inlayHints, lenses, links, outline, selection, SEMANTIC_TOKENS_LEGEND, symbols, tokens } from './presentation';

export function featureCapabilities(): ServerCapabilities {
  return {
    completionProvider: { triggerCharacters: ['.', ':', ' '] },
    hoverProvider: true,
    definitionProvider: true,
    referencesProvider: true,
    renameProvider: { prepareProvider: true },
    documentHighlightProvider: true,
    documentSymbolProvider: true,
    workspaceSymbolProvider: true,
    foldingRangeProvider: true,
    selectionRangeProvider: true,
    semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true },
    inlayHintProvider: true,
    signatureHelpProvider: { triggerCharacters: ['(', ','], retriggerCharacters: [' '] },
    documentLinkProvider: { resolveProvider: false },
    codeLensProvider: { resolveProvider: false },
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.Refactor] },
    documentFormattingProvider: true,
    documentRangeFormattingProvider: true,
  };
}

export function registerFeatures(connection: Connection, ctx: HandlerContext, log: Log): void {
  const on = <P, R>(method: string, handler: (ctx: HandlerContext, params: P) => R) => guardRequest(log, method, (params: P) => handler(ctx, params));
  connection.onCompletion(on('textDocument/completion', completion));
  connection.onHover(on('textDocument/hover', hover));
  connection.onDefinition(on('textDocument/definition', definition));
  connection.onReferences(on('textDocument/references', references));
  connection.onPrepareRename(on('textDocument/prepareRename', prepareRename));
  connection.onRenameRequest(on('textDocument/rename', rename));
  connection.onDocumentHighlight(on('textDocument/documentHighlight', highlights));
  connection.onDocumentSymbol(on('textDocument/documentSymbol', outline));
  connection.onWorkspaceSymbol(on('workspace/symbol', symbols));
  connection.onFoldingRanges(on('textDocument/foldingRange', folding));
  connection.onSelectionRanges(on('textDocument/selectionRange', selection));
  connection.languages.semanticTokens.on(on('textDocument/semanticTokens/full', tokens));
  connection.languages.inlayHint.on(on('textDocument/inlayHint', inlayHints));
  connection.onSignatureHelp(on('textDocument/signatureHelp', signatureHelp));
  connection.onDocumentLinks(on('textDocument/documentLink', links));
  connection.onCodeLens(on('textDocument/codeLens', lenses));
  const skeletons = skeletonActions(ctx);
  connection.onCodeAction(guardRequest(log, 'textDocument/codeAction', async (params: CodeActionParams) => [...codeActions(ctx, params), ...(await skeletons(params))]));
  connection.onDocumentFormatting(on('textDocument/formatting', formatDocument));
  connection.onDocumentRangeFormatting(on('textDocument/rangeFormatting', formatDocumentRange));
}
