// Classifications: each row that is not excluded goes to the first category whose `when` holds;
// rows that match a later category too are overlaps, counted on that later category. Amounts are
// the dataset's money column scaled by the category's weight, summed exactly in fine units.

import type { SemanticSymbol } from '../semantics/model';
import { classifyPlanOf, weightParts } from '../plan/build';
import type { ClassifyPlan } from '../plan/plan';
import { compileRow, type Attribution, type Bindings, type RowFn, type RowState } from './expr';
import type { CategoryResult, ClassificationResult } from './result';
import { addPence, newPenceSum, penceTotal, type PenceSum } from './pence-sum';
import { divideHalfEven, FINE } from './values';

export interface CompiledCategory {
  readonly symbol: SemanticSymbol;
  readonly when: readonly RowFn[];
  /** The weight in parts of FINE (FINE is 100%). */
  readonly weight: bigint;
}

/** What results and findings need of a classification, compiled or planned. */
export interface ClassificationShape {
  readonly symbol: SemanticSymbol;
  readonly categories: readonly { readonly symbol: SemanticSymbol; readonly weight: bigint }[];
  /** Index of the dataset's first money column, if it has one. */
  readonly moneyIndex: number | undefined;
}

export interface CompiledClassification extends ClassificationShape {
  readonly categories: readonly CompiledCategory[];
  readonly exclude: readonly RowFn[];
}

export interface FullAttribution extends Attribution {
  /** Every matching category, in declaration order (empty when excluded). */
  readonly matches: readonly number[];
}

export { weightParts };

/** The plan of a classification compiled to row functions. */
export function compileClassifyPlan(plan: ClassifyPlan, bindings: Bindings): CompiledClassification {
  const categories = plan.categories.map((c): CompiledCategory => ({ symbol: c.symbol, when: c.when.map((e) => compileRow(e, bindings)), weight: c.weight }));
  return { symbol: plan.symbol, categories, exclude: plan.exclude.map((e) => compileRow(e, bindings)), moneyIndex: plan.moneyIndex };
}

export function compileClassification(symbol: SemanticSymbol, dataset: SemanticSymbol, bindings: Bindings): CompiledClassification {
  return compileClassifyPlan(classifyPlanOf(symbol, dataset), bindings);
}

/** A reusable attribution, filled in place row after row (see `attributeInto`). */
export interface MutableAttribution extends FullAttribution {
  excluded: boolean;
  category: number;
  readonly matches: number[];
}

export function newAttribution(): MutableAttribution {
  return { excluded: false, category: -1, matches: [] };
}

function holds(conditions: readonly RowFn[], state: RowState): boolean {
  for (let i = 0; i < conditions.length; i++) if (conditions[i](state) === true) return true;
  return false;
}

/** Where a row falls in a classification, written into `out` (each `when` is tested once). */
export function attributeInto(classification: CompiledClassification, state: RowState, out: MutableAttribution): MutableAttribution {
  if (out.matches.length > 0) out.matches.length = 0;
  if (holds(classification.exclude, state)) {
    out.excluded = true;
    out.category = -1;
    return out;
  }
  const categories = classification.categories;
  for (let index = 0; index < categories.length; index++) {
    if (holds(categories[index].when, state)) out.matches.push(index);
  }
  out.excluded = false;
  out.category = out.matches.length > 0 ? out.matches[0] : -1;
  return out;
}

/** Where a row falls in a classification. */
export function attribute(classification: CompiledClassification, state: RowState): FullAttribution {
  return attributeInto(classification, state, newAttribution());
}

export interface ClassificationTally {
  readonly rows: number[];
  /** Unweighted pence of each category's rows (the weight is applied once, at the end). */
  readonly pence: PenceSum[];
  readonly overlapRows: number[];
  /** For each category: earlier category index → rows it claimed that also matched this one. */
  readonly overlapWith: Map<number, number>[];
  excludedRows: number;
  overlapTotal: number;
  unclassifiedRows: number;
  readonly unclassifiedPence: PenceSum;
}

export function newTally(classification: Pick<ClassificationShape, 'categories'>): ClassificationTally {
  const n = classification.categories.length;
  return {
    rows: new Array<number>(n).fill(0),
    pence: Array.from({ length: n }, newPenceSum),
    overlapRows: new Array<number>(n).fill(0),
    overlapWith: Array.from({ length: n }, () => new Map<number, number>()),
    excludedRows: 0,
    overlapTotal: 0,
    unclassifiedRows: 0,
    unclassifiedPence: newPenceSum(),
  };
}

function addMoney(classification: CompiledClassification, sum: PenceSum, state: RowState): void {
  if (classification.moneyIndex === undefined) return;
  const cell = state.row[classification.moneyIndex];
  if (typeof cell === 'bigint') addPence(sum, cell);
}

export function tallyRow(classification: CompiledClassification, tally: ClassificationTally, attribution: FullAttribution, state: RowState): void {
  if (attribution.excluded) {
    tally.excludedRows++;
    return;
  }
  const first = attribution.category;
  if (first < 0) {
    tally.unclassifiedRows++;
    addMoney(classification, tally.unclassifiedPence, state);
    return;
  }
  tally.rows[first]++;
  addMoney(classification, tally.pence[first], state);
  const matches = attribution.matches;
  if (matches.length > 1) tally.overlapTotal++;
  for (let m = 1; m < matches.length; m++) {
    const later = matches[m];
    tally.overlapRows[later]++;
    tally.overlapWith[later].set(first, (tally.overlapWith[later].get(first) ?? 0) + 1);
  }
}

export function classificationResult(classification: ClassificationShape, tally: ClassificationTally): ClassificationResult {
  const hasMoney = classification.moneyIndex !== undefined;
  const categories = classification.categories.map(
    (category, i): CategoryResult => ({
      name: category.symbol.name,
      rows: tally.rows[i],
      // Σ (money × weight) over the rows is the weight × Σ money: exact, rounded once.
      amount: hasMoney ? divideHalfEven(penceTotal(tally.pence[i]) * category.weight, FINE) : null,
      overlapRows: tally.overlapRows[i],
    }),
  );
  return {
    categories,
    excludedRows: tally.excludedRows,
    overlapRows: tally.overlapTotal,
    unclassifiedRows: tally.unclassifiedRows,
    unclassifiedAmount: hasMoney ? penceTotal(tally.unclassifiedPence) : null,
  };
}
