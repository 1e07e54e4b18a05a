// The editor features: pure functions over the semantic model and syntax tree, in offsets.
// The language server converts their inputs and outputs to the protocol.
export { completionsAt } from './completion';
export { hoverAt } from './hover';
export { definitionAt } from './definition';
export { referencesAt } from './references';
export { prepareRenameAt, renameAt } from './rename';
export { highlightsAt } from './highlights';
export { documentSymbols } from './document-symbols';
export { workspaceSymbols } from './workspace-symbols';
export { foldingRanges } from './folding';
export { selectionRangesAt } from './selection-ranges';
export {
  semanticTokens,
  SEMANTIC_TOKEN_MODIFIERS,
  SEMANTIC_TOKEN_TYPES,
  type SemanticToken,
  type SemanticTokenModifier,
  type SemanticTokenType,
} from './semantic-tokens';
export { inlayHintsIn } from './inlay-hints';
export { signatureHelpAt } from './signature-help';
export { documentLinks } from './document-links';
export { codeLensesFor } from './code-lenses';
export { codeActionsFor } from './code-actions';
export type {
  CodeAction,
  CodeLens,
  CompletionItem,
  CompletionKind,
  DocumentLink,
  FoldingRange,
  Highlight,
  Hover,
  InlayHint,
  Location,
  OutlineSymbol,
  RenameCheck,
  RenameResult,
  SignatureHelp,
  Span,
  TextEdit,
} from './types';
