// The editor's offers of a category for an unclassified value: on a classification's header
// (`classification NAME "…" on DATASET {`), the largest values its unclassified rows hold in the
// text columns its conditions already test (every text column when they test none), each with the
// skeleton edit the preview's "Add category" button applies.

import type { SemanticModel } from '../semantics/model';
import type { ClassificationDecl, SourceFile } from '../syntax/ast';
import type { TextEdit } from '../edits';
import { childrenOf, type SyntaxNode } from '../features/syntax-path';
import { categorySkeleton } from './skeleton';
import type { UnclassifiedView, ValueTally } from './unclassified';

/** How many values are offered unless asked otherwise. */
export const DEFAULT_OFFERS = 5;

export interface SkeletonOffer {
  /** `Add a category for programme = "ACUTE"`. */
  readonly title: string;
  readonly column: string;
  readonly tally: ValueTally;
  /** The file the edit applies to (the classification's) and the edit. */
  readonly path: string;
  readonly edit: TextEdit;
  readonly category: string;
}

/** The classification whose header (from its keyword to its `{`) holds the offset. */
export function classificationAt(file: SourceFile, offset: number): ClassificationDecl | undefined {
  for (const declaration of file.declarations) {
    if (declaration.kind !== 'Classification' || declaration.name === undefined) continue;
    const end = declaration.bodySpan?.start ?? declaration.span.end;
    if (declaration.span.start <= offset && offset <= end) return declaration;
  }
  return undefined;
}

/** Every plain name the `when` and `exclude when` conditions of a classification use (`programme`, `cost_centre`, …). */
export function namesTestedBy(declaration: ClassificationDecl): Set<string> {
  const names = new Set<string>();
  const conditions = (members: ClassificationDecl['members']): SyntaxNode[] =>
    members.flatMap((m) => (m.kind === 'Category' ? conditions(m.members) : (m.kind === 'When' || m.kind === 'Exclude') && m.condition !== undefined ? [m.condition] : []));
  const stack = conditions(declaration.members);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.kind === 'Reference' && node.parts.length === 1) names.add(node.parts[0].text);
    stack.push(...childrenOf(node));
  }
  return names;
}

export interface OfferOptions {
  /** How many values (default DEFAULT_OFFERS). */
  readonly limit?: number;
  /** Only these columns' values, when any of them is tallied (see namesTestedBy). */
  readonly columns?: ReadonlySet<string>;
}

/** The largest values (by amount, or rows without money) of the view, each as an offer; empty cells are left out. */
export function skeletonOffers(model: SemanticModel, view: UnclassifiedView, options: OfferOptions = {}): SkeletonOffer[] {
  const limit = options.limit ?? DEFAULT_OFFERS;
  const preferred = view.columns.filter((column) => options.columns?.has(column.column) === true);
  const columns = preferred.length > 0 ? preferred : view.columns;
  const candidates = columns.flatMap((column) => column.byAmount.filter((tally) => tally.value !== '').map((tally) => ({ column: column.column, tally })));
  candidates.sort((a, b) => largerFirst(a.tally, b.tally));
  const offers: SkeletonOffer[] = [];
  for (const { column, tally } of candidates) {
    if (offers.length >= limit) break;
    const outcome = categorySkeleton(model, { classification: view.classification, column, value: tally.value });
    if (outcome.kind === 'error') continue;
    const quoted = `"${tally.value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
    offers.push({ title: `Add a category for ${column} = ${quoted}`, column, tally, path: outcome.path, edit: outcome.edit, category: outcome.category });
  }
  return offers;
}

/** More money first (more rows when there is no money), then more rows; the order is otherwise kept. */
function largerFirst(a: ValueTally, b: ValueTally): number {
  if (a.amount !== null && b.amount !== null && a.amount !== b.amount) return a.amount > b.amount ? -1 : 1;
  return b.rows - a.rows;
}
