// What the explorers share: finding a declaration by name among the files in scope, compiling the
// classifications over a dataset, and a row state that attributes each row at most once per
// classification (as the evaluator does), for a separate streaming pass over one dataset.

import type { DataHost } from '../data/data-host';
import { loadDataset } from '../data/load-dataset';
import type { Row } from '../data/load';
import type { SemanticModel, SemanticSymbol } from '../semantics/model';
import type { Span } from '../syntax/ast';
import { bindingsOf } from '../eval/bindings';
import { attributeInto, compileClassification, newAttribution, type CompiledClassification, type MutableAttribution } from '../eval/classify';
import type { Attribution, Bindings, RowState } from '../eval/expr';
import { declarationsOf, filesInScope, type DatasetLoader } from '../eval/run';
import type { DataCache } from '../eval/evaluate';

export interface ExploreOptions {
  readonly signal?: AbortSignal;
  readonly cache?: DataCache;
}

/** The loader the explorers read with by default: the evaluator's own. */
export function defaultLoader(options: ExploreOptions): DatasetLoader {
  return (dataset, ruleFile, host, sink, loadOptions) =>
    loadDataset(dataset, ruleFile, host, sink, {
      ...(loadOptions.signal ? { signal: loadOptions.signal } : {}),
      ...(options.cache ? { cache: options.cache } : {}),
    });
}

/** The evaluable declarations in scope of `paths`, by kind. */
export function scopeOf(model: SemanticModel, paths: readonly string[]): Map<SemanticSymbol['kind'], SemanticSymbol[]> {
  return declarationsOf(model, filesInScope(model, paths));
}

/** Every classification over `dataset` in scope, compiled. */
export function classificationsOver(
  model: SemanticModel,
  scope: ReadonlyMap<SemanticSymbol['kind'], SemanticSymbol[]>,
  dataset: SemanticSymbol,
  bindings: Bindings,
): Map<SemanticSymbol, CompiledClassification> {
  const compiled = new Map<SemanticSymbol, CompiledClassification>();
  for (const symbol of scope.get('classification') ?? []) {
    if (model.datasets.get(symbol) === dataset) compiled.set(symbol, compileClassification(symbol, dataset, bindings));
  }
  return compiled;
}

export interface PassState extends RowState {
  row: Row;
}

const UNCLASSIFIED: Attribution = { excluded: false, category: -1 };

/** A row state whose attributions are computed on first use for each new row. */
export function passState(classifications: ReadonlyMap<SemanticSymbol, CompiledClassification>): { readonly state: PassState; next(row: Row): void } {
  const slots = new Map<SemanticSymbol, { compiled: CompiledClassification; attribution: MutableAttribution; row: number; resolving: boolean }>();
  for (const [symbol, compiled] of classifications) slots.set(symbol, { compiled, attribution: newAttribution(), row: 0, resolving: false });
  let rowNumber = 0;
  const state: PassState = {
    row: [],
    attribution(symbol) {
      const slot = slots.get(symbol);
      if (slot === undefined || slot.resolving) return UNCLASSIFIED;
      if (slot.row === rowNumber) return slot.attribution;
      slot.resolving = true;
      attributeInto(slot.compiled, state, slot.attribution);
      slot.resolving = false;
      slot.row = rowNumber;
      return slot.attribution;
    },
  };
  return {
    state,
    next(row) {
      state.row = row;
      rowNumber++;
    },
  };
}

/** Reads one dataset through `load`, calling `onRow` with the state set to each accepted row. */
export async function passOver(
  load: DatasetLoader,
  dataset: SemanticSymbol,
  data: DataHost,
  classifications: ReadonlyMap<SemanticSymbol, CompiledClassification>,
  onRow: (state: PassState) => void,
  options: ExploreOptions,
): Promise<{ rowsRead: number; rowsRejected: number }> {
  const pass = passState(classifications);
  const outcome = await load(dataset, dataset.path, data, (row) => {
    pass.next(row);
    onRow(pass.state);
  }, options.signal ? { signal: options.signal } : {});
  return { rowsRead: outcome.result.rowsRead, rowsRejected: outcome.result.rowsRejected };
}

/** The source text of a span in the file that declares `symbol`, on one line. */
export function sourceText(model: SemanticModel, symbol: SemanticSymbol, span: Span): string {
  const text = model.files.get(symbol.path)?.text ?? '';
  return text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
}

export { bindingsOf };
