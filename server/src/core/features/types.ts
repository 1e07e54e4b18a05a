// The values the editor features return: plain data in offsets, no protocol types. The language
// server converts them to LSP shapes at its boundary.

import type { Diagnostic } from '../diagnostics';
import type { TextEdit } from '../edits';
import type { DeclarationKind, Span } from '../syntax/ast';

export type { Span } from '../syntax/ast';
export type { TextEdit } from '../edits';

export type CompletionKind = 'keyword' | 'declaration' | 'column' | 'category' | 'type' | 'value' | 'code' | 'year' | 'snippet' | 'property';

export interface CompletionItem {
  readonly label: string;
  readonly kind: CompletionKind;
  readonly detail?: string;
  /** Markdown. */
  readonly documentation?: string;
  readonly insertText?: string;
  /** True when insertText uses `${1:…}` placeholders. */
  readonly isSnippet?: boolean;
  /** The text the item replaces (the word being typed), when there is one. */
  readonly replace?: Span;
  readonly sortText?: string;
}

export interface Location {
  readonly path: string;
  readonly span: Span;
}

export interface Hover {
  readonly markdown: string;
  readonly span: Span;
}

export type RenameCheck = { readonly span: Span; readonly placeholder: string } | { readonly error: string };
export type RenameResult = { readonly edits: ReadonlyMap<string, TextEdit[]> } | { readonly error: string };

export interface Highlight {
  readonly span: Span;
  readonly kind: 'read' | 'write';
}

export interface OutlineSymbol {
  readonly name: string;
  readonly detail?: string;
  readonly kind: DeclarationKind | 'Category' | 'Column';
  /** The whole declaration. */
  readonly span: Span;
  /** The name (or keyword) to select when the symbol is chosen. */
  readonly selection: Span;
  readonly children: readonly OutlineSymbol[];
}

export interface FoldingRange {
  readonly start: number;
  readonly end: number;
  readonly kind?: 'comment' | 'imports';
}

export interface InlayHint {
  readonly offset: number;
  readonly label: string;
  readonly kind: 'type' | 'parameter';
}

export interface SignatureHelp {
  readonly label: string;
  readonly documentation: string;
  readonly parameters: readonly { readonly label: string; readonly documentation: string }[];
  readonly activeParameter: number;
}

export interface DocumentLink {
  readonly span: Span;
  readonly target: string;
}

export interface CodeLens {
  readonly span: Span;
  readonly title: string;
}

export interface CodeAction {
  readonly title: string;
  readonly kind: 'quickfix';
  readonly diagnostic: Diagnostic;
  readonly edits: TextEdit[];
  readonly preferred?: boolean;
}
