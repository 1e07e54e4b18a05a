// The evaluation pass: every dataset of the rule files is read once, its rows fanned out to the
// classifications, measures and metrics over it, then targets, metrics and funding are finished.

import { compareDiagnostics, type Diagnostic } from '../diagnostics';
import { doubleCountFindings, isPreventionShare, preventionShiftFinding } from './findings';
import { throwIfAborted } from '../data/abort';
import { strataFinding } from './column-use';
import type { DataHost } from '../data/data-host';
import type { LoadOutcome, LoadProgress, Row, RowSink } from '../data/load';
import type { SemanticModel, SemanticSymbol } from '../semantics/model';
import { bindingsOf } from './bindings';
import {
  attributeInto,
  classificationResult,
  compileClassification,
  newTally,
  tallyRow,
  type ClassificationTally,
  type CompiledClassification,
  newAttribution,
  type FullAttribution,
  type MutableAttribution,
} from './classify';
import type { Attribution } from './expr';
import { addRow } from './groups';
import { compileMeasure, measureOutput, type CompiledMeasure, type MeasureOutput } from './measure';
import { compileMetric, metricResult, type CompiledMetric } from './metric';
import { fundingResult } from './funding';
import { targetResult, targetSpec, yearColumnOf } from './target';
import type { ClassificationResult, DatasetResult, EvalResult, FundingResult, MeasureResult, MetricResult, TargetResult } from './result';

export interface LoadOptions {
  readonly signal?: AbortSignal;
  readonly cache?: unknown;
  readonly onProgress?: (p: LoadProgress) => void;
}

/** Reads a dataset's rows into a sink (the data loader's signature). */
export type DatasetLoader = (dataset: SemanticSymbol, ruleFile: string, host: DataHost, sink: RowSink, options: LoadOptions) => Promise<LoadOutcome>;

/** The files evaluated: the requested ones and every file they import, in a stable order. */
export function filesInScope(model: SemanticModel, paths: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (path: string): void => {
    if (seen.has(path)) return;
    const file = model.files.get(path);
    if (file === undefined) return;
    seen.add(path);
    for (const link of file.imports) if (link.found) visit(link.target);
  };
  paths.forEach(visit);
  return [...seen];
}

/** The top-level symbols of the files, by kind, in file then declaration order. */
export function declarationsOf(model: SemanticModel, files: readonly string[]): Map<SemanticSymbol['kind'], SemanticSymbol[]> {
  const byKind = new Map<SemanticSymbol['kind'], SemanticSymbol[]>();
  for (const path of files) {
    for (const symbol of model.files.get(path)?.symbols.values() ?? []) {
      const list = byKind.get(symbol.kind) ?? [];
      list.push(symbol);
      byKind.set(symbol.kind, list);
    }
  }
  return byKind;
}


/** What one dataset's rows feed. */
interface Fanout {
  readonly classifications: { readonly compiled: CompiledClassification; readonly tally: ClassificationTally }[];
  readonly measures: CompiledMeasure[];
  readonly metrics: CompiledMetric[];
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
  const tables = [...fanout.measures.map((m) => m.table), ...fanout.metrics.flatMap((m) => (m.strata === undefined ? [m.table] : [m.table, m.strata]))];
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
  const { signal } = options;
  throwIfAborted(signal);
  const files = filesInScope(model, paths);
  const symbols = declarationsOf(model, files);
  const of = (kind: SemanticSymbol['kind']): SemanticSymbol[] => symbols.get(kind) ?? [];
  const bindings = bindingsOf(model);

  const compiledClassifications = new Map<SemanticSymbol, CompiledClassification>();
  for (const symbol of of('classification')) {
    const dataset = model.datasets.get(symbol);
    if (dataset !== undefined) compiledClassifications.set(symbol, compileClassification(symbol, dataset, bindings));
  }
  const weights = (classification: SemanticSymbol, category: number): bigint =>
    compiledClassifications.get(classification)?.categories[category]?.weight ?? 100_000_000n;

  const datasets = new Set<SemanticSymbol>(of('dataset'));
  const fanouts = new Map<SemanticSymbol, Fanout>();
  const fanoutOf = (dataset: SemanticSymbol): Fanout => {
    datasets.add(dataset);
    let fanout = fanouts.get(dataset);
    if (fanout === undefined) {
      fanout = { classifications: [], measures: [], metrics: [] };
      fanouts.set(dataset, fanout);
    }
    return fanout;
  };
  for (const compiled of compiledClassifications.values()) {
    const dataset = model.datasets.get(compiled.symbol)!;
    fanoutOf(dataset).classifications.push({ compiled, tally: newTally(compiled) });
  }
  const measures: CompiledMeasure[] = [];
  for (const symbol of of('measure')) {
    const dataset = model.datasets.get(symbol);
    if (dataset === undefined) continue;
    const measure = compileMeasure(symbol, dataset, model, bindings, weights);
    measures.push(measure);
    fanoutOf(dataset).measures.push(measure);
  }
  const metrics: CompiledMetric[] = [];
  for (const symbol of of('metric')) {
    const dataset = model.datasets.get(symbol);
    if (dataset === undefined) continue;
    const metric = compileMetric(symbol, dataset, model, bindings, weights);
    metrics.push(metric);
    fanoutOf(dataset).metrics.push(metric);
  }

  const diagnostics = new Map<string, Diagnostic[]>();
  const addDiagnostics = (path: string, list: readonly Diagnostic[]): void => {
    if (list.length === 0) return;
    diagnostics.set(path, [...(diagnostics.get(path) ?? []), ...list]);
  };

  const datasetResults: Record<string, DatasetResult> = {};
  for (const dataset of datasets) {
    throwIfAborted(signal);
    const fanout = fanouts.get(dataset) ?? { classifications: [], measures: [], metrics: [] };
    const outcome = await load(dataset, dataset.path, data, sinkOf(fanout, compiledClassifications), options);
    throwIfAborted(signal);
    datasetResults[dataset.name] = outcome.result;
    addDiagnostics(outcome.path, outcome.diagnostics);
  }

  const classifications: Record<string, ClassificationResult> = {};
  for (const fanout of fanouts.values()) {
    for (const { compiled, tally } of fanout.classifications) {
      classifications[compiled.symbol.name] = classificationResult(compiled, tally);
      addDiagnostics(compiled.symbol.path, doubleCountFindings(compiled, tally));
    }
  }
  const measureResults: Record<string, MeasureResult> = {};
  const outputs = new Map<SemanticSymbol, MeasureOutput>();
  for (const measure of measures) {
    const output = measureOutput(measure);
    outputs.set(measure.symbol, output);
    measureResults[measure.symbol.name] = output.result;
  }

  const targets: Record<string, TargetResult> = {};
  for (const symbol of of('target')) {
    const spec = targetSpec(symbol, bindings, model.files.get(symbol.path)?.text ?? '');
    const output = spec === undefined ? undefined : outputs.get(spec.measure);
    const dataset = spec === undefined ? undefined : model.datasets.get(spec.measure);
    const yearColumn = spec && dataset ? yearColumnOf(spec.measure, dataset) : undefined;
    if (spec === undefined || output === undefined || yearColumn === undefined) continue;
    const result = targetResult(spec, output, yearColumn);
    targets[symbol.name] = result;
    const finding = isPreventionShare(spec.measure, bindings) ? preventionShiftFinding(spec, result, output.result.unit) : undefined;
    if (finding !== undefined) addDiagnostics(symbol.path, [finding]);
  }

  const metricResults: Record<string, MetricResult> = {};
  for (const metric of metrics) {
    const result = metricResult(metric);
    metricResults[metric.symbol.name] = result;
    const finding = strataFinding(metric.symbol, result.strata);
    if (finding !== undefined) addDiagnostics(metric.symbol.path, [finding]);
  }
  const funding: Record<string, FundingResult> = {};
  for (const symbol of of('funding')) funding[symbol.name] = fundingResult(symbol);

  for (const [path, list] of diagnostics) diagnostics.set(path, [...list].sort(compareDiagnostics));

  return {
    version: 1,
    datasets: datasetResults,
    classifications,
    measures: measureResults,
    targets,
    metrics: metricResults,
    funding,
    diagnostics,
  };
}
