// What the workspace-wide rules know of each file: a small summary (targets with their scope and
// measure, metrics with their contract and points, the prevention shares declared), taken from one
// analysis of the file. Summaries from different analyses can be put side by side, so the language
// server keeps one per file and the workspace rules judge the whole workspace after any edit, as
// `hewitt check` judges a folder, without analysing every file again.

import type { FileModel, SemanticModel, SemanticSymbol } from '../semantics/model';
import type { Span } from '../syntax/ast';
import { groupedByYear, isPreventionShare, measureOfTarget } from './prevention-share';
import { declarationsOf, numberOf, propertyOf, wordOf } from './syntax';

export interface TargetFact {
  readonly name: string;
  readonly scope?: string;
  readonly scopeSpan?: Span;
  /** The measure the target follows (symbolKey), when it resolved. */
  readonly measure?: string;
}

export interface MetricFact {
  readonly name: string;
  readonly contract?: string;
  readonly points?: number;
  readonly pointsSpan?: Span;
}

export interface MeasureFact {
  /** symbolKey of the measure. */
  readonly key: string;
  readonly name: string;
  readonly nameSpan: Span;
}

export interface FileFacts {
  readonly path: string;
  readonly targets: readonly TargetFact[];
  readonly metrics: readonly MetricFact[];
  /** Measures that are prevention shares grouped by year (which a target could track). */
  readonly preventionShares: readonly MeasureFact[];
}

/** A declaration's identity across analyses: its file and name. */
export function symbolKey(symbol: Pick<SemanticSymbol, 'path' | 'name'>): string {
  return `${symbol.path}#${symbol.name}`;
}

export function factsOf(model: SemanticModel, file: FileModel): FileFacts {
  const targets: TargetFact[] = declarationsOf(file, 'Target').map((target) => {
    const scope = propertyOf(target.members, 'scope')?.value;
    const scopeWord = wordOf(scope);
    const measure = measureOfTarget(file, target);
    return {
      name: target.name?.text ?? 'target',
      ...(scopeWord !== undefined && scope !== undefined ? { scope: scopeWord, scopeSpan: scope.span } : {}),
      ...(measure !== undefined ? { measure: symbolKey(measure) } : {}),
    };
  });
  const metrics: MetricFact[] = declarationsOf(file, 'Metric').map((metric) => {
    const contract = wordOf(propertyOf(metric.members, 'contract')?.value);
    const points = propertyOf(metric.members, 'points')?.value;
    const value = numberOf(points);
    return {
      name: metric.name?.text ?? 'metric',
      ...(contract !== undefined ? { contract } : {}),
      ...(points !== undefined && value !== undefined ? { points: value, pointsSpan: points.span } : {}),
    };
  });
  const preventionShares = file.declared
    .filter((symbol) => symbol.kind === 'measure' && isPreventionShare(model, symbol) && groupedByYear(model, symbol))
    .map((symbol) => ({ key: symbolKey(symbol), name: symbol.name, nameSpan: symbol.nameSpan }));
  return { path: file.path, targets, metrics, preventionShares };
}
