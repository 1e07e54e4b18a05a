// Classifications: each row that is not excluded goes to the first category whose `when` holds;
// rows that match a later category too are overlaps, counted on that later category. Amounts are
// the dataset's money column scaled by the category's weight, summed exactly in fine units.

import type { CategoryDecl } from '../syntax/ast';
import type { SemanticSymbol } from '../semantics/model';
import { columnsOf, property } from './bindings';
import { compileRow, type Attribution, type Bindings, type RowFn, type RowState } from './expr';
import type { CategoryResult, ClassificationResult } from './result';
import { divideHalfEven, FINE } from './values';

export interface CompiledCategory {
  readonly symbol: SemanticSymbol;
  readonly when: readonly RowFn[];
  /** The weight in parts of FINE (FINE is 100%). */
  readonly weight: bigint;
}

export interface CompiledClassification {
  readonly symbol: SemanticSymbol;
  readonly categories: readonly CompiledCategory[];
  readonly exclude: readonly RowFn[];
  /** Index of the dataset's first money column, if it has one. */
  readonly moneyIndex: number | undefined;
}

export interface FullAttribution extends Attribution {
  /** Every matching category, in declaration order (empty when excluded). */
  readonly matches: readonly number[];
}

/** A percent (0–100) as parts of FINE. */
export function weightParts(percent: number): bigint {
  return BigInt(Math.round(percent * 1_000_000));
}

export function compileClassification(symbol: SemanticSymbol, dataset: SemanticSymbol, bindings: Bindings): CompiledClassification {
  const categories = [...symbol.members.values()].map((category): CompiledCategory => {
    const declaration = category.declaration as CategoryDecl;
    const when = declaration.members.flatMap((m) => (m.kind === 'When' && m.condition ? [compileRow(m.condition, bindings)] : []));
    const weight = property(declaration.members, 'weight');
    return { symbol: category, when, weight: weight?.kind === 'Percent' ? weightParts(weight.value) : FINE };
  });
  const declaration = symbol.declaration;
  const members = declaration.kind === 'Classification' ? declaration.members : [];
  const exclude = members.flatMap((m) => (m.kind === 'Exclude' && m.condition ? [compileRow(m.condition, bindings)] : []));
  const moneyIndex = columnsOf(dataset).findIndex((c) => c.columnType === 'money');
  return { symbol, categories, exclude, moneyIndex: moneyIndex < 0 ? undefined : moneyIndex };
}

/** Where a row falls in a classification. */
export function attribute(classification: CompiledClassification, state: RowState): FullAttribution {
  if (classification.exclude.some((condition) => condition(state) === true)) return { excluded: true, category: -1, matches: [] };
  const matches: number[] = [];
  classification.categories.forEach((category, index) => {
    if (category.when.some((condition) => condition(state) === true)) matches.push(index);
  });
  return { excluded: false, category: matches.length > 0 ? matches[0] : -1, matches };
}

export interface ClassificationTally {
  readonly rows: number[];
  /** Fine units. */
  readonly amounts: bigint[];
  readonly overlapRows: number[];
  /** For each category: earlier category index → rows it claimed that also matched this one. */
  readonly overlapWith: Map<number, number>[];
  excludedRows: number;
  overlapTotal: number;
  unclassifiedRows: number;
  /** Pence. */
  unclassifiedAmount: bigint;
}

export function newTally(classification: CompiledClassification): ClassificationTally {
  const n = classification.categories.length;
  return {
    rows: new Array<number>(n).fill(0),
    amounts: new Array<bigint>(n).fill(0n),
    overlapRows: new Array<number>(n).fill(0),
    overlapWith: Array.from({ length: n }, () => new Map<number, number>()),
    excludedRows: 0,
    overlapTotal: 0,
    unclassifiedRows: 0,
    unclassifiedAmount: 0n,
  };
}

function moneyOf(classification: CompiledClassification, state: RowState): bigint {
  const cell = classification.moneyIndex === undefined ? null : state.row[classification.moneyIndex];
  return typeof cell === 'bigint' ? cell : 0n;
}

export function tallyRow(classification: CompiledClassification, tally: ClassificationTally, attribution: FullAttribution, state: RowState): void {
  if (attribution.excluded) {
    tally.excludedRows++;
    return;
  }
  const first = attribution.category;
  if (first < 0) {
    tally.unclassifiedRows++;
    tally.unclassifiedAmount += moneyOf(classification, state);
    return;
  }
  tally.rows[first]++;
  tally.amounts[first] += moneyOf(classification, state) * classification.categories[first].weight;
  if (attribution.matches.length > 1) tally.overlapTotal++;
  for (const later of attribution.matches.slice(1)) {
    tally.overlapRows[later]++;
    tally.overlapWith[later].set(first, (tally.overlapWith[later].get(first) ?? 0) + 1);
  }
}

export function classificationResult(classification: CompiledClassification, tally: ClassificationTally): ClassificationResult {
  const hasMoney = classification.moneyIndex !== undefined;
  const categories = classification.categories.map(
    (category, i): CategoryResult => ({
      name: category.symbol.name,
      rows: tally.rows[i],
      amount: hasMoney ? divideHalfEven(tally.amounts[i], FINE) : null,
      overlapRows: tally.overlapRows[i],
    }),
  );
  return {
    categories,
    excludedRows: tally.excludedRows,
    overlapRows: tally.overlapTotal,
    unclassifiedRows: tally.unclassifiedRows,
    unclassifiedAmount: hasMoney ? tally.unclassifiedAmount : null,
  };
}
