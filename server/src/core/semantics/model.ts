// The semantic model: what the checker knows about a workspace after binding and type checking.
//
// It is the one structure later features read (catalogue rules, evaluation, hover, definition,
// rename, completion). It is built once by `analyzeWorkspace` and never changed afterwards.
// Everything is keyed by the file path as given to the host (forward slashes).

import type { Diagnostic } from '../diagnostics';
import type {
  CategoryDecl,
  ColumnDecl,
  Expr,
  ImportDecl,
  Name,
  NamedDeclaration,
  SourceFile,
  Span,
} from '../syntax/ast';
import type { ValueType } from './types';

export type SymbolKind = 'dataset' | 'classification' | 'category' | 'measure' | 'target' | 'metric' | 'funding' | 'column';

/**
 * A declared name. Top-level declarations have no parent; a column's parent is its dataset and a
 * category's parent is its classification. Symbols are compared by identity.
 */
export interface SemanticSymbol {
  readonly kind: SymbolKind;
  readonly name: string;
  /** The file that declares it. */
  readonly path: string;
  readonly nameSpan: Span;
  readonly declaration: NamedDeclaration | ColumnDecl | CategoryDecl;
  readonly parent?: SemanticSymbol;
  /** Columns of a dataset, categories of a classification, in declaration order (first wins). */
  readonly members: ReadonlyMap<string, SemanticSymbol>;
  /** For a column: its declared type (`unknown` when the type word is not a column type). */
  readonly columnType?: ValueType;
}

/** A name in the source that refers to a symbol (a use, not the declaration itself). */
export interface ResolvedReference {
  readonly name: Name;
  readonly symbol: SemanticSymbol;
}

/** A name that could not be resolved, with the kinds of symbol that were acceptable there. */
export interface UnresolvedReference {
  readonly name: Name;
  readonly expected: readonly SymbolKind[];
  /** The dataset whose columns were in scope, if any (for completion). */
  readonly dataset?: SemanticSymbol;
}

export interface ImportLink {
  readonly declaration: ImportDecl;
  /** The resolved path of the imported file. */
  readonly target: string;
  /** False when the host could not read the file. */
  readonly found: boolean;
}

export interface FileModel {
  readonly path: string;
  readonly text: string;
  readonly ast: SourceFile;
  readonly parseDiagnostics: readonly Diagnostic[];
  /** Diagnostics of binding and checking (not the parse diagnostics). */
  readonly semanticDiagnostics: readonly Diagnostic[];
  readonly imports: readonly ImportLink[];
  /** The file's own top-level declarations, first declaration of a name wins. */
  readonly symbols: ReadonlyMap<string, SemanticSymbol>;
  /** Every top-level name visible in the file: its own and those of the files it imports. */
  readonly scope: ReadonlyMap<string, SemanticSymbol>;
  /** Every symbol declared in the file, columns and categories included, in source order. */
  readonly declared: readonly SemanticSymbol[];
  readonly references: readonly ResolvedReference[];
  readonly unresolved: readonly UnresolvedReference[];
}

export interface SemanticModel {
  /** Every analysed file: the requested ones and all they import, transitively. */
  readonly files: ReadonlyMap<string, FileModel>;
  /** The type of every checked expression (`unknown` after an error). */
  readonly types: ReadonlyMap<Expr, ValueType>;
  /** The unit of every measure symbol: the type of its `value`. */
  readonly units: ReadonlyMap<SemanticSymbol, ValueType>;
  /** The dataset a measure or metric reads (`from`) or a classification classifies (`on`). */
  readonly datasets: ReadonlyMap<SemanticSymbol, SemanticSymbol>;
  /** Every resolved reference to each symbol, across all files. */
  readonly referenceIndex: ReadonlyMap<SemanticSymbol, readonly (ResolvedReference & { readonly path: string })[]>;
}
