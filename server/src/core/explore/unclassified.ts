// The unclassified explorer: for each classification, what its unclassified rows hold. One
// streaming pass per dataset tallies, for every text column, each value of the rows no category
// took (and no exclusion removed): how many rows and how much money. The largest values by
// amount and by rows show where a definition could grow. Runs beside the evaluator, through its
// compiled classifications.

import type { DataHost } from '../data/data-host';
import type { SemanticModel, SemanticSymbol } from '../semantics/model';
import { columnsOf } from '../eval/bindings';
import type { CompiledClassification, FullAttribution } from '../eval/classify';
import { addPence, newPenceSum, penceTotal, type PenceSum } from '../eval/pence-sum';
import type { DatasetLoader } from '../eval/run';
import { compareText } from '../eval/values';
import { bindingsOf, classificationsOver, defaultLoader, passOver, scopeOf, type ExploreOptions } from './pass';

/** How many values each list holds unless asked otherwise. */
export const DEFAULT_TOP_VALUES = 10;
/** The most distinct values tallied per column; later new values are counted only in the totals. */
export const MAX_DISTINCT_VALUES = 50_000;

export interface ValueTally {
  /** The cell's text ("" for an empty cell). */
  readonly value: string;
  readonly rows: number;
  /** Pence; null when the dataset has no money column. */
  readonly amount: bigint | null;
}

export interface ColumnValues {
  readonly column: string;
  /** The largest values by amount (by rows when there is no money column), largest first. */
  readonly byAmount: readonly ValueTally[];
  /** The values with most rows, most first. */
  readonly byRows: readonly ValueTally[];
  /** Distinct values seen (up to MAX_DISTINCT_VALUES). */
  readonly distinct: number;
  /** False when the column had more distinct values than were tallied. */
  readonly complete: boolean;
}

export interface UnclassifiedView {
  readonly classification: string;
  readonly title: string | undefined;
  /** The rule file that declares the classification. */
  readonly path: string;
  readonly dataset: string;
  readonly rowsRead: number;
  readonly unclassifiedRows: number;
  readonly unclassifiedAmount: bigint | null;
  /** Every text column of the dataset, in declaration order. */
  readonly columns: readonly ColumnValues[];
}

export interface UnclassifiedOptions extends ExploreOptions {
  /** How many values each list holds (default DEFAULT_TOP_VALUES). */
  readonly top?: number;
}

interface Tally {
  rows: number;
  readonly pence: PenceSum;
}

interface Tracker {
  readonly compiled: CompiledClassification;
  readonly columns: readonly { readonly name: string; readonly index: number; readonly values: Map<string, Tally>; complete: boolean }[];
  rows: number;
  readonly pence: PenceSum;
}

/** The unclassified rows of every classification in scope of `paths`, in file then declaration order. */
export async function exploreUnclassified(
  model: SemanticModel,
  paths: readonly string[],
  data: DataHost,
  options: UnclassifiedOptions = {},
  load: DatasetLoader = defaultLoader(options),
): Promise<UnclassifiedView[]> {
  const scope = scopeOf(model, paths);
  const bindings = bindingsOf(model);
  const byDataset = new Map<SemanticSymbol, SemanticSymbol[]>();
  for (const symbol of scope.get('classification') ?? []) {
    const dataset = model.datasets.get(symbol);
    if (dataset !== undefined) byDataset.set(dataset, [...(byDataset.get(dataset) ?? []), symbol]);
  }
  const views = new Map<SemanticSymbol, UnclassifiedView>();
  for (const [dataset, symbols] of byDataset) {
    const classifications = classificationsOver(model, scope, dataset, bindings);
    const textColumns = columnsOf(dataset).flatMap((column, index) => (column.columnType === 'text' ? [{ name: column.name, index }] : []));
    const trackers: Tracker[] = symbols.flatMap((symbol) => {
      const compiled = classifications.get(symbol);
      if (compiled === undefined) return [];
      return [{ compiled, rows: 0, pence: newPenceSum(), columns: textColumns.map((c) => ({ ...c, values: new Map<string, Tally>(), complete: true })) }];
    });
    const read = await passOver(
      load,
      dataset,
      data,
      classifications,
      (state) => {
        for (const tracker of trackers) {
          const attribution = state.attribution(tracker.compiled.symbol) as FullAttribution;
          if (attribution.excluded || attribution.category >= 0) continue;
          const money = tracker.compiled.moneyIndex === undefined ? null : state.row[tracker.compiled.moneyIndex];
          tracker.rows++;
          if (typeof money === 'bigint') addPence(tracker.pence, money);
          for (const column of tracker.columns) {
            const cell = state.row[column.index];
            const value = typeof cell === 'string' ? cell : '';
            let tally = column.values.get(value);
            if (tally === undefined) {
              if (column.values.size >= MAX_DISTINCT_VALUES) {
                column.complete = false;
                continue;
              }
              tally = { rows: 0, pence: newPenceSum() };
              column.values.set(value, tally);
            }
            tally.rows++;
            if (typeof money === 'bigint') addPence(tally.pence, money);
          }
        }
      },
      options,
    );
    const top = Math.max(0, options.top ?? DEFAULT_TOP_VALUES);
    for (const tracker of trackers) {
      const hasMoney = tracker.compiled.moneyIndex !== undefined;
      const symbol = tracker.compiled.symbol;
      views.set(symbol, {
        classification: symbol.name,
        title: symbol.declaration.kind === 'Classification' ? symbol.declaration.title?.value : undefined,
        path: symbol.path,
        dataset: dataset.name,
        rowsRead: read.rowsRead,
        unclassifiedRows: tracker.rows,
        unclassifiedAmount: hasMoney ? penceTotal(tracker.pence) : null,
        columns: tracker.columns.map((column) => {
          const tallies = [...column.values].map(([value, t]): ValueTally => ({ value, rows: t.rows, amount: hasMoney ? penceTotal(t.pence) : null }));
          return {
            column: column.name,
            byAmount: [...tallies].sort(hasMoney ? byAmount : byRows).slice(0, top),
            byRows: [...tallies].sort(byRows).slice(0, top),
            distinct: column.values.size,
            complete: column.complete,
          };
        }),
      });
    }
  }
  return (scope.get('classification') ?? []).flatMap((symbol) => views.get(symbol) ?? []);
}

function compareBig(a: bigint | null, b: bigint | null): number {
  const x = a ?? 0n;
  const y = b ?? 0n;
  return x > y ? -1 : x < y ? 1 : 0;
}

function byAmount(a: ValueTally, b: ValueTally): number {
  return compareBig(a.amount, b.amount) || b.rows - a.rows || compareText(a.value, b.value);
}

function byRows(a: ValueTally, b: ValueTally): number {
  return b.rows - a.rows || compareBig(a.amount, b.amount) || compareText(a.value, b.value);
}
