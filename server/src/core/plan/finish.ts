// The finishing step of the plan, shared by every engine: from each classification's tally and
// each grouping's per-group accumulators to the results (values, ratios, target lines, points,
// payment, strata and gap) and the findings on them. An engine computes what scales with rows;
// what is left works on a few values per group and runs here, the same code for all.

import type { Diagnostic } from '../diagnostics';
import type { SemanticSymbol } from '../semantics/model';
import { classificationResult, newTally, type ClassificationTally } from '../eval/classify';
import { strataFinding } from '../eval/column-use';
import { doubleCountFindings, isPreventionShare, preventionShiftFinding } from '../eval/findings';
import { fundingResult } from '../eval/funding';
import type { GroupEntry } from '../eval/groups';
import { measureOutput, type MeasureOutput } from '../eval/measure';
import { metricResult } from '../eval/metric';
import type { ClassificationResult, FundingResult, MeasureResult, MetricResult, TargetResult } from '../eval/result';
import { targetResult } from '../eval/target';
import type { ClassifyPlan, LogicalPlan } from './plan';

/** What an engine computed for a plan. */
export interface PlanOutputs {
  /** Each classification's tally, by symbol. */
  readonly tallies: ReadonlyMap<SemanticSymbol, ClassificationTally>;
  /** Each grouping's groups with their accumulators, by grouping key. */
  readonly groups: ReadonlyMap<string, readonly GroupEntry[]>;
}

export interface FinishedPlan {
  readonly classifications: Record<string, ClassificationResult>;
  readonly measures: Record<string, MeasureResult>;
  readonly targets: Record<string, TargetResult>;
  readonly metrics: Record<string, MetricResult>;
  readonly funding: Record<string, FundingResult>;
  /** Findings on the results, by rule-file path, in the order found. */
  readonly findings: readonly (readonly [string, readonly Diagnostic[]])[];
}

/** Classifications grouped by dataset, datasets in the order of their first classification. */
function classificationOrder(plan: LogicalPlan): ClassifyPlan[] {
  const byDataset = new Map<SemanticSymbol, ClassifyPlan[]>();
  for (const classification of plan.classifications.values()) {
    const list = byDataset.get(classification.dataset) ?? [];
    list.push(classification);
    byDataset.set(classification.dataset, list);
  }
  return [...byDataset.values()].flat();
}

export function finishPlan(plan: LogicalPlan, outputs: PlanOutputs): FinishedPlan {
  const findings: [string, readonly Diagnostic[]][] = [];
  const add = (path: string, list: readonly Diagnostic[]): void => {
    if (list.length > 0) findings.push([path, list]);
  };
  const groupsOf = (key: string): readonly GroupEntry[] => outputs.groups.get(key) ?? [];

  const classifications: Record<string, ClassificationResult> = {};
  for (const classification of classificationOrder(plan)) {
    const tally = outputs.tallies.get(classification.symbol) ?? newTally(classification);
    classifications[classification.symbol.name] = classificationResult(classification, tally);
    add(classification.symbol.path, doubleCountFindings(classification, tally));
  }

  const measures: Record<string, MeasureResult> = {};
  const outputsByMeasure = new Map<SemanticSymbol, MeasureOutput>();
  for (const dataset of plan.datasets) {
    for (const measure of dataset.measures) {
      const output = measureOutput(measure, groupsOf(measure.grouping.key));
      outputsByMeasure.set(measure.symbol, output);
    }
  }
  // Results in declaration order, as the files list them.
  const measureOrder = plan.datasets.flatMap((d) => d.measures).sort((a, b) => order(plan, a.symbol, b.symbol));
  for (const measure of measureOrder) measures[measure.symbol.name] = outputsByMeasure.get(measure.symbol)!.result;

  const targets: Record<string, TargetResult> = {};
  for (const target of plan.targets) {
    const output = outputsByMeasure.get(target.measure.symbol)!;
    const result = targetResult(target.spec, output, target.yearColumn);
    targets[target.symbol.name] = result;
    const finding = isPreventionShare(target.spec.measure, plan.bindings) ? preventionShiftFinding(target.spec, result, output.result.unit) : undefined;
    if (finding !== undefined) add(target.symbol.path, [finding]);
  }

  const metrics: Record<string, MetricResult> = {};
  const metricOrder = plan.datasets.flatMap((d) => d.metrics).sort((a, b) => order(plan, a.symbol, b.symbol));
  for (const metric of metricOrder) {
    const result = metricResult(metric, groupsOf(metric.grouping.key), metric.strata === undefined ? [] : groupsOf(metric.strata.key));
    metrics[metric.symbol.name] = result;
    const finding = strataFinding(metric.symbol, result.strata);
    if (finding !== undefined) add(metric.symbol.path, [finding]);
  }

  const funding: Record<string, FundingResult> = {};
  for (const symbol of plan.funding) funding[symbol.name] = fundingResult(symbol);
  return { classifications, measures, targets, metrics, funding, findings };
}

/** Declaration order: file order of the plan, then position in the file. */
function order(plan: LogicalPlan, a: SemanticSymbol, b: SemanticSymbol): number {
  return plan.files.indexOf(a.path) - plan.files.indexOf(b.path) || a.nameSpan.start - b.nameSpan.start;
}
