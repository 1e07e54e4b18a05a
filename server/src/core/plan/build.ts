// Builds the logical plan from the semantic model: which datasets are read, what each one's rows
// feed (classifications, groupings with their aggregates) and what is finished afterwards.

import type { CategoryDecl, Expr, Member, PropertyValue } from '../syntax/ast';
import type { SemanticModel, SemanticSymbol } from '../semantics/model';
import { typeOfExpr, unitOf } from '../semantics/lookups';
import { datasetShape } from '../data/shape';
import { bindingsOf, byColumns, columnsOf, property, stratifyColumn } from '../eval/bindings';
import { aggregatesOf, classificationsIn, type Bindings } from '../eval/expr';
import { targetSpec, yearColumnOf } from '../eval/target';
import { FINE } from '../eval/values';
import type { Aggregate } from '../syntax/ast';
import type {
  AggregatePlan,
  CategoryPlan,
  ClassifyPlan,
  DatasetPlan,
  GroupingPlan,
  LogicalPlan,
  MeasurePlan,
  MetricPlan,
  ScalePlan,
  ScanColumn,
  TargetPlan,
} from './plan';

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

/** The columns a dataset's rows hold, in row order, with the types the loader reads them as. */
export function scanColumns(dataset: SemanticSymbol): ScanColumn[] {
  const types = datasetShape(dataset).columns;
  return columnsOf(dataset).map((symbol, index) => ({ symbol, name: symbol.name, type: types[index].type, index }));
}

/** A percent (0–100) as parts of FINE. */
export function weightParts(percent: number): bigint {
  return BigInt(Math.round(percent * 1_000_000));
}

function conditions(members: readonly Member[], kind: 'When' | 'Exclude'): Expr[] {
  return members.flatMap((m) => (m.kind === kind && m.condition ? [m.condition] : []));
}

export function classifyPlanOf(symbol: SemanticSymbol, dataset: SemanticSymbol): ClassifyPlan {
  const categories = [...symbol.members.values()].map((category): CategoryPlan => {
    const declaration = category.declaration as CategoryDecl;
    const weight = property(declaration.members, 'weight');
    return { symbol: category, when: conditions(declaration.members, 'When'), weight: weight?.kind === 'Percent' ? weightParts(weight.value) : FINE };
  });
  const members = symbol.declaration.kind === 'Classification' ? symbol.declaration.members : [];
  const money = scanColumns(dataset).find((c) => c.type === 'money');
  return { symbol, dataset, categories, exclude: conditions(members, 'Exclude'), moneyIndex: money?.index };
}

export function aggregatePlanOf(aggregate: Aggregate, model: SemanticModel, bindings: Bindings): AggregatePlan {
  return {
    fn: aggregate.fn,
    argument: aggregate.argument,
    where: aggregate.where,
    money: aggregate.argument !== undefined && typeOfExpr(model, aggregate.argument) === 'money',
    weightedBy: aggregate.fn === 'sum' ? classificationsIn(aggregate.where, bindings) : [],
    source: aggregate,
  };
}

function expression(value: PropertyValue | undefined): Expr | undefined {
  return value === undefined || value.kind === 'Range' || value.kind === 'Change' ? undefined : value;
}

function grouping(key: string, owner: SemanticSymbol, columns: readonly ScanColumn[], exprs: readonly (Expr | undefined)[], model: SemanticModel, bindings: Bindings): GroupingPlan {
  const aggregates = exprs.flatMap((e) => aggregatesOf(e)).map((a) => aggregatePlanOf(a, model, bindings));
  return { key, owner, columns, aggregates };
}

function byScan(members: readonly Member[], dataset: SemanticSymbol, scan: readonly ScanColumn[]): ScanColumn[] {
  return byColumns(members, dataset).flatMap((symbol) => scan.filter((c) => c.symbol === symbol));
}

export function measurePlanOf(symbol: SemanticSymbol, dataset: SemanticSymbol, model: SemanticModel, bindings: Bindings): MeasurePlan {
  const members = symbol.declaration.kind === 'Measure' ? symbol.declaration.members : [];
  const value = expression(property(members, 'value'));
  const scan = scanColumns(dataset);
  return { symbol, grouping: grouping(`measure ${symbol.name}`, symbol, byScan(members, dataset, scan), [value], model, bindings), value, type: unitOf(model, symbol) };
}

function scaleOf(members: readonly Member[]): ScalePlan | undefined {
  const thresholds = property(members, 'thresholds');
  const points = property(members, 'points');
  const perPoint = property(members, 'value per point');
  if (thresholds?.kind !== 'Range' || thresholds.from?.kind !== 'Percent' || thresholds.to?.kind !== 'Percent' || points?.kind !== 'Number') return undefined;
  return {
    lower: thresholds.from.value,
    upper: thresholds.to.value,
    points: points.value,
    valuePerPoint: perPoint?.kind === 'Money' ? perPoint.pence : undefined,
  };
}

export function metricPlanOf(symbol: SemanticSymbol, dataset: SemanticSymbol, model: SemanticModel, bindings: Bindings): MetricPlan {
  const members = symbol.declaration.kind === 'Metric' ? symbol.declaration.members : [];
  const numerator = expression(property(members, 'numerator'));
  const denominator = expression(property(members, 'denominator'));
  const scan = scanColumns(dataset);
  const stratify = stratifyColumn(members, dataset);
  const stratum = scan.filter((c) => c.symbol === stratify);
  return {
    symbol,
    grouping: grouping(`metric ${symbol.name}`, symbol, byScan(members, dataset, scan), [numerator, denominator], model, bindings),
    strata: stratum.length === 0 ? undefined : grouping(`strata ${symbol.name}`, symbol, stratum, [numerator, denominator], model, bindings),
    numerator,
    denominator,
    scale: scaleOf(members),
  };
}

interface MutableDataset {
  readonly dataset: SemanticSymbol;
  readonly columns: ScanColumn[];
  readonly classifications: ClassifyPlan[];
  readonly measures: MeasurePlan[];
  readonly metrics: MetricPlan[];
}

export function buildPlan(model: SemanticModel, paths: readonly string[]): LogicalPlan {
  const files = filesInScope(model, paths);
  const symbols = declarationsOf(model, files);
  const of = (kind: SemanticSymbol['kind']): SemanticSymbol[] => symbols.get(kind) ?? [];
  const bindings = bindingsOf(model);
  const datasets = new Map<SemanticSymbol, MutableDataset>();
  const datasetOf = (dataset: SemanticSymbol): MutableDataset => {
    let found = datasets.get(dataset);
    if (found === undefined) {
      found = { dataset, columns: scanColumns(dataset), classifications: [], measures: [], metrics: [] };
      datasets.set(dataset, found);
    }
    return found;
  };
  for (const dataset of of('dataset')) datasetOf(dataset);

  const classifications = new Map<SemanticSymbol, ClassifyPlan>();
  for (const symbol of of('classification')) {
    const dataset = model.datasets.get(symbol);
    if (dataset === undefined) continue;
    const plan = classifyPlanOf(symbol, dataset);
    classifications.set(symbol, plan);
    datasetOf(dataset).classifications.push(plan);
  }
  const measures = new Map<SemanticSymbol, MeasurePlan>();
  for (const symbol of of('measure')) {
    const dataset = model.datasets.get(symbol);
    if (dataset === undefined) continue;
    const plan = measurePlanOf(symbol, dataset, model, bindings);
    measures.set(symbol, plan);
    datasetOf(dataset).measures.push(plan);
  }
  for (const symbol of of('metric')) {
    const dataset = model.datasets.get(symbol);
    if (dataset !== undefined) datasetOf(dataset).metrics.push(metricPlanOf(symbol, dataset, model, bindings));
  }

  const targets: TargetPlan[] = [];
  for (const symbol of of('target')) {
    const spec = targetSpec(symbol, bindings, model.files.get(symbol.path)?.text ?? '');
    const measure = spec === undefined ? undefined : measures.get(spec.measure);
    const dataset = spec === undefined ? undefined : model.datasets.get(spec.measure);
    const yearColumn = spec && dataset ? yearColumnOf(spec.measure, dataset) : undefined;
    if (spec !== undefined && measure !== undefined && yearColumn !== undefined) targets.push({ symbol, spec, measure, yearColumn });
  }
  return { files, datasets: [...datasets.values()], classifications, targets, funding: of('funding'), bindings };
}
