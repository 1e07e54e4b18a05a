// The facts a report shows that the evaluation result does not carry (titles, what each target
// asks, metric thresholds), read from the analysed rule files. Pure.

import type { Declaration, Expr, Member, PropertyValue } from '../core/syntax/ast';
import { constantOf } from '../core/semantics/constants';
import type { SemanticModel } from '../core/semantics/model';
import type { MetricDetails, ReportDetails, TargetDetails } from './model';

export function reportDetails(model: SemanticModel): ReportDetails {
  const titles: Record<string, string> = {};
  const targets: Record<string, TargetDetails> = {};
  const metrics: Record<string, MetricDetails> = {};
  const measures: MeasureShape[] = [];
  for (const file of model.files.values()) {
    for (const declaration of file.ast.declarations) {
      if (declaration.kind === 'Import' || declaration.name === undefined) continue;
      const name = declaration.name.text;
      if (declaration.title !== undefined && !(name in titles)) titles[name] = declaration.title.value;
      if (declaration.kind === 'Target' && !(name in targets)) {
        const details = targetDetails(declaration, file.text);
        if (details !== undefined) targets[name] = details;
      }
      if (declaration.kind === 'Metric' && !(name in metrics)) metrics[name] = metricDetails(declaration.members);
      if (declaration.kind === 'Measure') measures.push(measureShape(name, declaration.members, file.text));
    }
  }
  const references = measureReferences(measures);
  return { titles, targets, metrics, ...(Object.keys(references).length === 0 ? {} : { references }) };
}

interface MeasureShape {
  readonly name: string;
  /** Every member but `by`, as written with its spacing collapsed: two measures with the same body compute the same value. */
  readonly body: string;
  readonly by: readonly string[];
}

function measureShape(name: string, members: readonly Member[], text: string): MeasureShape {
  const body = members
    .filter((member) => member.kind !== 'By')
    .map((member) => text.slice(member.span.start, member.span.end).replace(/\s+/g, ' '))
    .join('\n');
  const by = members.flatMap((member) => (member.kind === 'By' ? member.columns.map((column) => column.text) : []));
  return { name, body, by };
}

/**
 * Measure → the measure of the same value over all its groups by one of its columns (the year):
 * `prevention_share` (by icb, year) → `national_prevention_share` (by year). The first such
 * measure wins; charts draw it as the national line.
 */
function measureReferences(measures: readonly MeasureShape[]): Record<string, string> {
  const references: Record<string, string> = {};
  for (const measure of measures) {
    if (measure.by.length < 2 || measure.name in references) continue;
    const reference = measures.find((other) => other !== measure && other.body === measure.body && other.by.length === 1 && measure.by.includes(other.by[0]));
    if (reference !== undefined) references[measure.name] = reference.name;
  }
  return references;
}

function property(members: readonly Member[], key: string): PropertyValue | undefined {
  for (const member of members) if (member.kind === 'Property' && member.key === key) return member.value;
  return undefined;
}

function targetDetails(declaration: Extract<Declaration, { kind: 'Target' }>, text: string): TargetDetails | undefined {
  const measure = property(declaration.members, 'measure');
  const baseline = property(declaration.members, 'baseline');
  const horizon = property(declaration.members, 'horizon');
  const change = property(declaration.members, 'change');
  if (measure?.kind !== 'Reference' || measure.parts.length !== 1) return undefined;
  if (baseline?.kind !== 'FiscalYear' || horizon?.kind !== 'FiscalYear' || change?.kind !== 'Change') return undefined;
  const written = text.slice(change.span.start, change.span.end).replace(/\s+/g, ' ');
  const required = change.relative === undefined && change.amount !== undefined ? requiredChange(change.amount) : undefined;
  return {
    measure: measure.parts[0].text,
    baseline: baseline.raw,
    horizon: horizon.raw,
    change: written,
    ...(required === undefined ? {} : { requiredChange: required }),
  };
}

/** The change in the measure's unit: percent points as they are, money in pence. */
function requiredChange(amount: Expr): number | undefined {
  const constant = constantOf(amount);
  if (constant?.value === undefined) return undefined;
  switch (constant.type) {
    case 'pp':
    case 'number':
      return constant.value;
    case 'money':
      return Math.round(constant.value * 100);
    default:
      return undefined;
  }
}

function metricDetails(members: readonly Member[]): MetricDetails {
  const thresholds = property(members, 'thresholds');
  const points = property(members, 'points');
  const out: { lower?: number; upper?: number; points?: number } = {};
  if (thresholds?.kind === 'Range') {
    const lower = thresholds.from === undefined ? undefined : constantOf(thresholds.from);
    const upper = thresholds.to === undefined ? undefined : constantOf(thresholds.to);
    if (lower?.type === 'percent' && lower.value !== undefined) out.lower = lower.value;
    if (upper?.type === 'percent' && upper.value !== undefined) out.upper = upper.value;
  }
  if (points !== undefined && points.kind !== 'Range' && points.kind !== 'Change') {
    const constant = constantOf(points);
    if (constant?.type === 'number' && constant.value !== undefined) out.points = constant.value;
  }
  return out;
}
