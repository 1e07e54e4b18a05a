// Diagnostics that only data can show: rows counted by two categories of a classification
// (`hewitt/no-double-count`, on the later category) and prevention-share targets that groups miss
// or are projected to miss (`hewitt/prevention-shift`, on the target).

import type { Diagnostic } from '../diagnostics';
import type { SemanticSymbol } from '../semantics/model';
import type { Expr } from '../syntax/ast';
import { property } from './bindings';
import type { ClassificationShape, ClassificationTally } from './classify';
import { aggregatesOf, classificationsIn, type Bindings } from './expr';
import type { TargetResult, TargetRow, ValueUnit } from './result';
import type { TargetSpec } from './target';
import { penceText } from './values';

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function doubleCountFindings(classification: ClassificationShape, tally: ClassificationTally): Diagnostic[] {
  const found: Diagnostic[] = [];
  classification.categories.forEach((category, index) => {
    const overlap = tally.overlapRows[index];
    if (overlap === 0) return;
    const earlier = [...tally.overlapWith[index]].sort((a, b) => a[0] - b[0]);
    const names = earlier.map(([i]) => classification.categories[i].symbol);
    const which =
      names.length === 1
        ? `the earlier category \`${names[0].name}\``
        : `earlier categories (${earlier.map(([i, n]) => `\`${classification.categories[i].symbol.name}\` ${n}`).join(', ')})`;
    found.push({
      code: 'hewitt/no-double-count',
      severity: 'warning',
      message: `Category \`${category.symbol.name}\` of \`${classification.symbol.name}\`: ${plural(overlap, 'row also matches', 'rows also match')} ${which} and ${overlap === 1 ? 'is' : 'are'} counted there only; narrow one of the conditions so each row fits one category.`,
      span: category.symbol.nameSpan,
      related: names.map((s) => ({ path: s.path, span: s.nameSpan, message: `The earlier category \`${s.name}\` that claims these rows.` })),
    });
  });
  return found;
}

function strip(expr: Expr | undefined): Expr | undefined {
  return expr?.kind === 'Paren' ? strip(expr.inner) : expr;
}

/** A prevention share: a ratio whose numerator is limited to a classification and whose denominator is not. */
export function isPreventionShare(measure: SemanticSymbol, bindings: Bindings): boolean {
  if (measure.declaration.kind !== 'Measure') return false;
  const value = property(measure.declaration.members, 'value');
  const ratio = value === undefined || value.kind === 'Range' || value.kind === 'Change' ? undefined : strip(value);
  if (ratio?.kind !== 'Binary' || ratio.op !== '/') return false;
  const mentions = (expr: Expr | undefined): boolean => aggregatesOf(expr).some((a) => classificationsIn(a.where, bindings).length > 0);
  return mentions(ratio.left) && !mentions(ratio.right);
}

export function changeText(change: number, unit: ValueUnit): string {
  const sign = change > 0 ? '+' : change < 0 ? '-' : '';
  const magnitude = Math.abs(change);
  const number = String(Math.round(magnitude * 100) / 100);
  switch (unit) {
    case 'percent':
    case 'pp':
      return `${sign}${number}pp`;
    case 'money':
      return `${sign}£${penceText(BigInt(Math.round(magnitude)))}`;
    case 'number':
      return `${sign}${number}`;
  }
}

function groupNoun(columns: readonly string[], count: number): string {
  if (columns.length !== 1) return count === 1 ? 'group' : 'groups';
  const name = columns[0];
  const word = /^[a-z]{2,4}$/i.test(name) ? name.toUpperCase() : name.replace(/_/g, ' ');
  return count === 1 ? word : `${word}s`;
}

/** How far a change falls short of what the target asks (larger is worse). */
function shortfall(spec: TargetSpec, row: TargetRow): number {
  const required = spec.relative ? (Math.abs(row.baseline ?? 0) * spec.amount) / 100 : spec.amount;
  const change = row.change ?? 0;
  return spec.direction === 'at least' ? required - change : spec.direction === 'at most' ? change - required : Math.abs(change - required);
}

export function preventionShiftFinding(spec: TargetSpec, result: TargetResult, unit: ValueUnit): Diagnostic | undefined {
  const judged = result.rows.filter((r) => r.status !== 'no-data');
  const failing = judged.filter((r) => r.status === 'missed' || r.status === 'off-track');
  if (failing.length === 0) return undefined;
  const projected = failing.filter((r) => r.projected).length;
  const asks = spec.direction === 'at least' ? spec.amountText : `${spec.direction} ${spec.amountText}${spec.relative ? ' relative' : ''}`;
  const columns = Object.keys(failing[0].group);
  const worst = [...failing].sort((a, b) => shortfall(spec, b) - shortfall(spec, a)).slice(0, 3);
  const label = (row: TargetRow): string => Object.values(row.group).join(', ');
  let message: string;
  if (columns.length === 0) {
    const row = failing[0];
    const verb = row.projected ? 'is projected to miss' : 'missed';
    message = `Target ${spec.symbol.name} ${verb} ${asks} by ${spec.horizonText} (change ${changeText(row.change ?? 0, unit)}).`;
  } else {
    const many = failing.length !== 1;
    const verb =
      projected === failing.length ? (many ? 'are projected to miss' : 'is projected to miss') : projected === 0 ? 'missed' : 'missed or are projected to miss';
    const list = worst.map((r) => `${label(r)} ${changeText(r.change ?? 0, unit)}`).join(', ');
    message = `Target ${spec.symbol.name}: ${failing.length} of ${judged.length} ${groupNoun(columns, judged.length)} ${verb} ${asks} by ${spec.horizonText} (worst: ${list}).`;
  }
  return { code: 'hewitt/prevention-shift', severity: 'warning', message, span: spec.symbol.nameSpan };
}
