// Data whose values do not fit how the rule file uses their column (`data-column`): a metric
// stratified by a deprivation quintile measures its gap as quintile 1 minus quintile 5, so the
// column must hold those (and only the quintiles 1 to 5). Reported on the column in `stratify by`.

import { diagnostic, type Diagnostic } from '../diagnostics';
import type { SemanticSymbol } from '../semantics/model';
import type { StratumRow } from './result';

const QUINTILES = ['1', '2', '3', '4', '5'];

/** The finding on a quintile-stratified metric whose strata cannot give the gap, if any. */
export function strataFinding(metric: SemanticSymbol, strata: readonly StratumRow[]): Diagnostic | undefined {
  if (metric.declaration.kind !== 'Metric' || strata.length === 0) return undefined;
  const clause = metric.declaration.members.find((m) => m.kind === 'Stratify');
  const column = clause?.kind === 'Stratify' ? clause.column : undefined;
  if (column === undefined || !/quintile/i.test(column.text)) return undefined;
  const found = strata.map((s) => s.stratum);
  const outside = found.filter((value) => !QUINTILES.includes(value));
  const missing = ['1', '5'].filter((end) => !found.includes(end));
  if (outside.length === 0 && missing.length === 0) return undefined;
  const held = found.length > 8 ? `${found.slice(0, 8).map(show).join(', ')} and ${found.length - 8} more` : found.map(show).join(', ');
  const problem = [
    ...(outside.length > 0 ? [`values outside the quintiles 1 to 5 (${outside.slice(0, 5).map(show).join(', ')}${outside.length > 5 ? ', …' : ''})`] : []),
    ...(missing.length > 0 ? [`no quintile ${missing.join(' or ')}, so the gap cannot be computed`] : []),
  ].join('; ');
  return diagnostic(
    'data-column',
    'warning',
    `Metric \`${metric.name}\` is stratified by \`${column.text}\`, a deprivation quintile whose gap is quintile 1 minus quintile 5, but the data holds ${held}: ${problem}. Check the column holds IMD quintiles 1 (most deprived) to 5.`,
    column.span,
  );
}

function show(value: string): string {
  return value === '' ? '(empty)' : value;
}
