// The mutable state the analysis fills in, and the small helpers every check shares: reporting
// a diagnostic, recording a reference, and looking a name up. Internal to the semantics folder;
// callers see the read-only `SemanticModel`.

import { diagnostic, type Diagnostic, type RelatedInfo, type StructuralCode } from '../diagnostics';
import type { Expr, Name, SourceFile, Span } from '../syntax/ast';
import type { ImportLink, ResolvedReference, SemanticSymbol, SymbolKind, UnresolvedReference } from './model';
import { closestName } from './suggest';
import type { ValueType } from './types';

export interface FileState {
  readonly path: string;
  readonly text: string;
  readonly ast: SourceFile;
  readonly parseDiagnostics: readonly Diagnostic[];
  readonly semanticDiagnostics: Diagnostic[];
  readonly imports: ImportLink[];
  readonly symbols: Map<string, SemanticSymbol>;
  readonly scope: Map<string, SemanticSymbol>;
  readonly declared: SemanticSymbol[];
  /** The symbol of each declaration, column and category node of the file. */
  readonly bySyntax: Map<object, SemanticSymbol>;
  readonly references: ResolvedReference[];
  readonly unresolved: UnresolvedReference[];
}

export interface Workspace {
  readonly files: Map<string, FileState>;
  readonly types: Map<Expr, ValueType>;
  readonly units: Map<SemanticSymbol, ValueType>;
  readonly datasets: Map<SemanticSymbol, SemanticSymbol>;
}

export function report(
  file: FileState,
  code: StructuralCode,
  message: string,
  span: Span,
  related?: readonly RelatedInfo[],
): void {
  file.semanticDiagnostics.push(diagnostic(code, 'error', message, span, related));
}

/**
 * Reports `unknown-name` on a name that resolves to nothing: "Unknown column `programe` in dataset
 * `ledger`; did you mean `programme`?", with a quick fix that writes the suggestion.
 */
export function reportUnknown(file: FileState, what: string, name: Name, candidates: Iterable<string>): void {
  const best = closestName(name.text, candidates);
  if (best === undefined) {
    report(file, 'unknown-name', `Unknown ${what}.`, name.span);
    return;
  }
  const fix = { title: `Change to \`${best}\``, edits: [{ span: name.span, newText: best }], preferred: true };
  file.semanticDiagnostics.push({ ...diagnostic('unknown-name', 'error', `Unknown ${what}; did you mean \`${best}\`?`, name.span), fixes: [fix] });
}

/** "a dataset", "a classification" … */
export function describeKind(kind: SymbolKind): string {
  return article(kind);
}

/**
 * Resolves a top-level name that must be of one kind (`from ledger` needs a dataset). Records the
 * reference, and reports `unknown-name` when the name is missing or names something else.
 */
export function resolveTop(file: FileState, name: Name, expected: SymbolKind): SemanticSymbol | undefined {
  const symbol = file.scope.get(name.text);
  if (symbol === undefined) {
    file.unresolved.push({ name, expected: [expected] });
    const candidates = [...file.scope.values()].filter((s) => s.kind === expected).map((s) => s.name);
    reportUnknown(file, `${expected} \`${name.text}\``, name, candidates);
    return undefined;
  }
  file.references.push({ name, symbol });
  if (symbol.kind !== expected) {
    report(
      file,
      'unknown-name',
      `\`${name.text}\` is ${describeKind(symbol.kind)}, but ${describeKind(expected)} is expected here.`,
      name.span,
      [{ path: symbol.path, span: symbol.nameSpan, message: `\`${symbol.name}\` is declared here.` }],
    );
    return undefined;
  }
  return symbol;
}

/** Resolves a column of a dataset, reporting `unknown-name` with a suggestion when it is missing. */
export function resolveColumn(file: FileState, dataset: SemanticSymbol, name: Name): SemanticSymbol | undefined {
  const column = dataset.members.get(name.text);
  if (column === undefined) {
    file.unresolved.push({ name, expected: ['column'], dataset });
    reportUnknown(file, `column \`${name.text}\` in dataset \`${dataset.name}\``, name, dataset.members.keys());
    return undefined;
  }
  file.references.push({ name, symbol: column });
  return column;
}

/** The display name of a declaration kind used in messages: "A dataset has no property …". */
export function article(noun: string): string {
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}
