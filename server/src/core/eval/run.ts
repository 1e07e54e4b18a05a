// The embedded engine: the logical plan (plan/) compiled to row functions; every dataset of the
// rule files is read once, its rows fanned out to the classifications and groupings over it, then
// the plan's shared finishing step (plan/finish.ts) turns the accumulators into results.

import { compareDiagnostics, type Diagnostic } from '../diagnostics';
import { throwIfAborted } from '../data/abort';
import type { DataHost } from '../data/data-host';
import type { LoadOutcome, LoadProgress, Row, RowSink } from '../data/load';
import type { SemanticModel, SemanticSymbol } from '../semantics/model';
import { buildPlan, declarationsOf, filesInScope } from '../plan/build';
import { finishPlan, type PlanOutputs } from '../plan/finish';
import { groupingsOf, type LogicalPlan } from '../plan/plan';
import {
  attributeInto,
  compileClassifyPlan,
  newTally,
  tallyRow,
  type ClassificationTally,
  type CompiledClassification,
  newAttribution,
  type FullAttribution,
  type MutableAttribution,
} from './classify';
import type { Attribution } from './expr';
import { addRow, type GroupEntry, type GroupTable } from './groups';
import { groupTableOf } from './measure';
import type { DatasetResult, EvalResult } from './result';
import { FINE } from './values';

export interface LoadOptions {
  readonly signal?: AbortSignal;
  readonly cache?: unknown;
  readonly onProgress?: (p: LoadProgress) => void;
}

/** Reads a dataset's rows into a sink (the data loader's signature). */
export type DatasetLoader = (dataset: SemanticSymbol, ruleFile: string, host: DataHost, sink: RowSink, options: LoadOptions) => Promise<LoadOutcome>;

export { declarationsOf, filesInScope };

/** What one dataset's rows feed. */
interface Fanout {
  readonly classifications: { readonly compiled: CompiledClassification; readonly tally: ClassificationTally }[];
  readonly tables: readonly GroupTable[];
}

/** A classification's attribution of the current row, computed at most once per row. */
interface Slot {
  readonly compiled: CompiledClassification;
  readonly attribution: MutableAttribution;
  /** The row number the attribution is for (0: none yet). */
  row: number;
  resolving: boolean;
}

const UNCLASSIFIED: Attribution = { excluded: false, category: -1 };

function sinkOf(fanout: Fanout, classifications: ReadonlyMap<SemanticSymbol, CompiledClassification>): RowSink {
  const slots = new Map<SemanticSymbol, Slot>();
  for (const [symbol, compiled] of classifications) slots.set(symbol, { compiled, attribution: newAttribution(), row: 0, resolving: false });
  let rowNumber = 0;
  const state = {
    row: [] as Row,
    attribution(symbol: SemanticSymbol): Attribution {
      const slot = slots.get(symbol);
      // A classification that names itself in its own conditions sees its rows as unclassified.
      if (slot === undefined || slot.resolving) return UNCLASSIFIED;
      if (slot.row === rowNumber) return slot.attribution;
      slot.resolving = true;
      attributeInto(slot.compiled, state, slot.attribution);
      slot.resolving = false;
      slot.row = rowNumber;
      return slot.attribution;
    },
  };
  const tallies = fanout.classifications;
  const tables = fanout.tables;
  return (row) => {
    state.row = row;
    rowNumber++;
    for (let i = 0; i < tallies.length; i++) {
      const { compiled, tally } = tallies[i];
      tallyRow(compiled, tally, state.attribution(compiled.symbol) as FullAttribution, state);
    }
    for (let i = 0; i < tables.length; i++) addRow(tables[i], state);
  };
}

export async function runEvaluation(
  load: DatasetLoader,
  model: SemanticModel,
  paths: readonly string[],
  data: DataHost,
  options: LoadOptions,
): Promise<EvalResult> {
  throwIfAborted(options.signal);
  return runPlan(buildPlan(model, paths), load, data, options);
}

/** The embedded engine: the plan compiled to row functions, every dataset read once. */
export async function runPlan(plan: LogicalPlan, load: DatasetLoader, data: DataHost, options: LoadOptions): Promise<EvalResult> {
  const { signal } = options;
  throwIfAborted(signal);
  const { bindings } = plan;
  const compiled = new Map<SemanticSymbol, CompiledClassification>();
  for (const [symbol, classification] of plan.classifications) compiled.set(symbol, compileClassifyPlan(classification, bindings));
  const weights = (classification: SemanticSymbol, category: number): bigint => compiled.get(classification)?.categories[category]?.weight ?? FINE;

  const diagnostics = new Map<string, Diagnostic[]>();
  const addDiagnostics = (path: string, list: readonly Diagnostic[]): void => {
    if (list.length === 0) return;
    diagnostics.set(path, [...(diagnostics.get(path) ?? []), ...list]);
  };

  const tallies = new Map<SemanticSymbol, ClassificationTally>();
  const groups = new Map<string, GroupEntry[]>();
  const datasetResults: Record<string, DatasetResult> = {};
  for (const dataset of plan.datasets) {
    throwIfAborted(signal);
    const classifications = dataset.classifications.map((c) => {
      const entry = { compiled: compiled.get(c.symbol)!, tally: newTally(c) };
      tallies.set(c.symbol, entry.tally);
      return entry;
    });
    const tables = groupingsOf(dataset).map((grouping) => {
      const table = groupTableOf(grouping, bindings, weights);
      groups.set(grouping.key, table.groups);
      return table;
    });
    const outcome = await load(dataset.dataset, dataset.dataset.path, data, sinkOf({ classifications, tables }, compiled), options);
    throwIfAborted(signal);
    datasetResults[dataset.dataset.name] = outcome.result;
    addDiagnostics(outcome.path, outcome.diagnostics);
  }
  return resultOf(plan, datasetResults, { tallies, groups }, diagnostics);
}

/** The evaluation result from an engine's outputs: finished, with the findings merged and sorted. */
export function resultOf(plan: LogicalPlan, datasets: Record<string, DatasetResult>, outputs: PlanOutputs, diagnostics: Map<string, Diagnostic[]>): EvalResult {
  const finished = finishPlan(plan, outputs);
  for (const [path, list] of finished.findings) diagnostics.set(path, [...(diagnostics.get(path) ?? []), ...list]);
  for (const [path, list] of diagnostics) diagnostics.set(path, [...list].sort(compareDiagnostics));
  return {
    version: 1,
    datasets,
    classifications: finished.classifications,
    measures: finished.measures,
    targets: finished.targets,
    metrics: finished.metrics,
    funding: finished.funding,
    diagnostics,
  };
}
