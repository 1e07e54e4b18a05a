// Writing help: completion, signature help, formatting and quick fixes.

import { CodeActionKind, CompletionItemKind, InsertTextFormat, MarkupKind } from 'vscode-languageserver';
import type * as lsp from 'vscode-languageserver';
import { checkModel } from '../../core/check';
import { codeActionsFor, completionsAt, signatureHelpAt, type CompletionKind } from '../../core/features';
import { formatEdits, formatRange } from '../../core/format';
import { indexed, toDiagnostic, toOffset, toRange, toSpan, toTextEdit } from '../convert';
import { checkOptions } from '../rules';
import { ruleDoc, type HandlerContext } from './context';

function completionKind(kind: CompletionKind): CompletionItemKind {
  switch (kind) {
    case 'keyword':
      return CompletionItemKind.Keyword;
    case 'declaration':
      return CompletionItemKind.Reference;
    case 'column':
      return CompletionItemKind.Field;
    case 'category':
      return CompletionItemKind.EnumMember;
    case 'type':
      return CompletionItemKind.TypeParameter;
    case 'value':
      return CompletionItemKind.Value;
    case 'code':
      return CompletionItemKind.Constant;
    case 'year':
      return CompletionItemKind.Constant;
    case 'snippet':
      return CompletionItemKind.Snippet;
    case 'property':
      return CompletionItemKind.Property;
  }
}

export function completion(ctx: HandlerContext, params: lsp.CompletionParams): lsp.CompletionItem[] {
  const doc = ruleDoc(ctx, params.textDocument.uri);
  if (doc === undefined) return [];
  return completionsAt(doc.model, doc.path, toOffset(doc.index, params.position)).map((item) => {
    const out: lsp.CompletionItem = { label: item.label, kind: completionKind(item.kind) };
    if (item.detail !== undefined) out.detail = item.detail;
    if (item.documentation !== undefined) out.documentation = { kind: MarkupKind.Markdown, value: item.documentation };
    if (item.sortText !== undefined) out.sortText = item.sortText;
    if (item.isSnippet) out.insertTextFormat = InsertTextFormat.Snippet;
    const newText = item.insertText ?? item.label;
    if (item.replace !== undefined) out.textEdit = { range: toRange(doc.index, item.replace), newText };
    else if (item.insertText !== undefined) out.insertText = item.insertText;
    return out;
  });
}

export function signatureHelp(ctx: HandlerContext, params: lsp.SignatureHelpParams): lsp.SignatureHelp | null {
  const doc = ruleDoc(ctx, params.textDocument.uri);
  if (doc === undefined) return null;
  const help = signatureHelpAt(doc.model, doc.path, toOffset(doc.index, params.position));
  if (help === undefined) return null;
  return {
    signatures: [
      {
        label: help.label,
        documentation: { kind: MarkupKind.Markdown, value: help.documentation },
        parameters: help.parameters.map((p) => ({ label: p.label, documentation: { kind: MarkupKind.Markdown, value: p.documentation } })),
      },
    ],
    activeSignature: 0,
    activeParameter: help.activeParameter,
  };
}

function indentOf(options: lsp.FormattingOptions): { indent: number } {
  return { indent: options.insertSpaces && options.tabSize > 0 ? options.tabSize : 2 };
}

export function formatDocument(ctx: HandlerContext, params: lsp.DocumentFormattingParams): lsp.TextEdit[] {
  const doc = ruleDoc(ctx, params.textDocument.uri);
  if (doc === undefined) return [];
  return formatEdits(doc.text, indentOf(params.options)).map((edit) => toTextEdit(doc.index, edit));
}

export function formatDocumentRange(ctx: HandlerContext, params: lsp.DocumentRangeFormattingParams): lsp.TextEdit[] {
  const doc = ruleDoc(ctx, params.textDocument.uri);
  if (doc === undefined) return [];
  return formatRange(doc.text, toSpan(doc.index, params.range), indentOf(params.options)).map((edit) => toTextEdit(doc.index, edit));
}

/** Quick fixes from the fixes the diagnostics carry, each with its diagnostic attached. */
export function codeActions(ctx: HandlerContext, params: lsp.CodeActionParams): lsp.CodeAction[] {
  if (params.context.only !== undefined && !params.context.only.some((kind) => CodeActionKind.QuickFix.startsWith(kind))) return [];
  const doc = ruleDoc(ctx, params.textDocument.uri);
  if (doc === undefined) return [];
  const [report] = checkModel(doc.model, [doc.path], checkOptions(ctx.config.configFor, ctx.workspace.facts()));
  const related = (path: string) => {
    const text = ctx.workspace.host.readFile(path);
    return text === undefined ? undefined : { uri: ctx.uris.uriOf(path), index: indexed(text).index };
  };
  const actions = codeActionsFor(doc.file.ast, doc.text, report?.diagnostics ?? [], toSpan(doc.index, params.range));
  return actions.map((action) => {
    const diagnostic = toDiagnostic(doc.index, action.diagnostic, related);
    const sent = params.context.diagnostics.find(
      (d) => d.code === diagnostic.code && d.message === diagnostic.message && JSON.stringify(d.range) === JSON.stringify(diagnostic.range),
    );
    return {
      title: action.title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [sent ?? diagnostic],
      ...(action.preferred ? { isPreferred: true } : {}),
      edit: { changes: { [doc.uri]: action.edits.map((edit) => toTextEdit(doc.index, edit)) } },
    };
  });
}
