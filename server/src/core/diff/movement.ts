// Row movement between categories: the rows of a dataset read once and placed by both revisions'
// classifications, counted in a from → to matrix. This is the one figure the evaluation result
// cannot give (it keeps totals, not rows), so this pass reuses the evaluator's own compiled
// conditions (`compileClassification`, `attributeInto`) rather than a second way of matching.
// Pure: the data comes through the DataHost (with the evaluation's cache, rows are replayed, not
// read again).

import { throwIfAborted } from '../data/abort';
import type { DataHost } from '../data/data-host';
import type { Row } from '../data/load';
import { loadDataset, type DataCache } from '../data/load-dataset';
import { columnsKey, datasetShape } from '../data/shape';
import { resolveRelative } from '../host';
import { bindingsOf } from '../eval/bindings';
import { attributeInto, compileClassification, newAttribution, type CompiledClassification, type MutableAttribution } from '../eval/classify';
import type { Attribution, RowState } from '../eval/expr';
import { addPence, newPenceSum, penceTotal, type PenceSum } from '../eval/pence-sum';
import type { SemanticModel, SemanticSymbol } from '../semantics/model';
import { EXCLUDED, UNCLASSIFIED, type Movement } from './model';

export interface MovementOptions {
  readonly signal?: AbortSignal;
  readonly cache?: DataCache;
}

export type MovementResult = { readonly kind: 'moved'; readonly movements: readonly Movement[] } | { readonly kind: 'unavailable'; readonly note: string };

/** The movement of each named classification (present in both models) between base and head. */
export async function classificationMovements(
  base: SemanticModel,
  head: SemanticModel,
  names: readonly string[],
  data: DataHost,
  options: MovementOptions = {},
): Promise<Map<string, MovementResult>> {
  const out = new Map<string, MovementResult>();
  const sideA = classificationsOf(base);
  const sideB = classificationsOf(head);
  // Classifications are placed together when they read the same data file.
  const batches = new Map<string, { dataset: SemanticSymbol; pairs: Pair[] }>();
  for (const name of names) {
    const a = sideA.get(name);
    const b = sideB.get(name);
    const datasetA = a && base.datasets.get(a);
    const datasetB = b && head.datasets.get(b);
    if (!a || !b || !datasetA || !datasetB) continue;
    const source = sourceOf(datasetA);
    if (source === undefined || source !== sourceOf(datasetB)) {
      out.set(name, { kind: 'unavailable', note: 'The two revisions read different data files, so rows cannot be followed.' });
      continue;
    }
    const batch = batches.get(source) ?? { dataset: datasetB, pairs: [] };
    batch.pairs.push({ name, a: compileClassification(a, datasetA, bindingsOf(base)), b: compileClassification(b, datasetB, bindingsOf(head)), cells: new Map() });
    batches.set(source, batch);
  }
  for (const { dataset, pairs } of batches.values()) {
    throwIfAborted(options.signal);
    const stateA = rowState(base, sideA);
    const stateB = rowState(head, sideB);
    const sink = (row: Row): void => {
      stateA.next(row);
      stateB.next(row);
      for (const pair of pairs) {
        const from = place(pair.a, stateA.state.attribution(pair.a.symbol));
        const to = place(pair.b, stateB.state.attribution(pair.b.symbol));
        if (from === to) continue;
        const key = `${from}\u0000${to}`;
        let cell = pair.cells.get(key);
        if (cell === undefined) pair.cells.set(key, (cell = { rows: 0, pence: newPenceSum() }));
        cell.rows++;
        const money = pair.b.moneyIndex === undefined ? undefined : row[pair.b.moneyIndex];
        if (typeof money === 'bigint') addPence(cell.pence, money);
      }
    };
    await loadDataset(dataset, dataset.path, data, sink, { ...(options.signal ? { signal: options.signal } : {}), ...(options.cache ? { cache: options.cache } : {}) });
    for (const pair of pairs) out.set(pair.name, { kind: 'moved', movements: movementsOf(pair) });
  }
  return out;
}

interface Pair {
  readonly name: string;
  readonly a: CompiledClassification;
  readonly b: CompiledClassification;
  readonly cells: Map<string, { rows: number; readonly pence: PenceSum }>;
}

/** The data file a dataset reads and the columns it types, as one key. */
function sourceOf(dataset: SemanticSymbol): string | undefined {
  const shape = datasetShape(dataset);
  return shape.source === undefined ? undefined : `${resolveRelative(dataset.path, shape.source)}\u0000${columnsKey(shape.columns)}`;
}

function classificationsOf(model: SemanticModel): Map<string, SemanticSymbol> {
  const found = new Map<string, SemanticSymbol>();
  for (const path of [...model.files.keys()].sort()) {
    for (const symbol of model.files.get(path)?.symbols.values() ?? []) {
      if (symbol.kind === 'classification' && !found.has(symbol.name)) found.set(symbol.name, symbol);
    }
  }
  return found;
}

function place(classification: CompiledClassification, attribution: Attribution): string {
  if (attribution.excluded) return EXCLUDED;
  return attribution.category < 0 ? UNCLASSIFIED : classification.categories[attribution.category].symbol.name;
}

/** A row state whose attributions (for conditions naming another classification) are computed once per row. */
function rowState(model: SemanticModel, classifications: ReadonlyMap<string, SemanticSymbol>): { state: RowState; next: (row: Row) => void } {
  const bindings = bindingsOf(model);
  const slots = new Map<SemanticSymbol, { compiled?: CompiledClassification; attribution: MutableAttribution; row: number; resolving: boolean }>();
  for (const symbol of classifications.values()) slots.set(symbol, { attribution: newAttribution(), row: -1, resolving: false });
  let rowNumber = 0;
  const none: Attribution = { excluded: false, category: -1 };
  const state = {
    row: [] as Row,
    attribution(symbol: SemanticSymbol): Attribution {
      const slot = slots.get(symbol);
      const dataset = model.datasets.get(symbol);
      if (slot === undefined || slot.resolving || dataset === undefined) return none;
      if (slot.row === rowNumber) return slot.attribution;
      slot.compiled ??= compileClassification(symbol, dataset, bindings);
      slot.resolving = true;
      attributeInto(slot.compiled, state, slot.attribution);
      slot.resolving = false;
      slot.row = rowNumber;
      return slot.attribution;
    },
  };
  return {
    state,
    next: (row) => {
      state.row = row;
      rowNumber++;
    },
  };
}

function movementsOf(pair: Pair): Movement[] {
  const hasMoney = pair.b.moneyIndex !== undefined;
  return [...pair.cells.entries()]
    .map(([key, cell]) => {
      const [from, to] = key.split('\u0000');
      return { from, to, rows: cell.rows, amount: hasMoney ? penceTotal(cell.pence) : null };
    })
    .sort((x, y) => y.rows - x.rows || (x.from + x.to < y.from + y.to ? -1 : 1));
}
