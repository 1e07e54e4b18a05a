// Checks of targets: the measure they follow, the years they compare and whether the change's
// unit fits the measure's unit (the `+1%` on a percent measure ambiguity).

import type { ChangeValue, Member, PropertyValue, TargetDecl } from '../syntax/ast';
import { report, type FileState, type Workspace } from './context';
import { propertyValue, resolveNamed } from './declarations';
import { constantOf } from './constants';
import { checkMembers } from './members';
import type { SemanticSymbol } from './model';
import { describeType, type ValueType } from './types';

export function checkTarget(workspace: Workspace, file: FileState, declaration: TargetDecl): void {
  const seen = checkMembers(workspace, file, { kind: 'target', name: declaration.name, span: declaration.span }, declaration.members);
  const measureValue = propertyValue(seen, 'measure');
  const measure = resolveNamed(file, 'measure', measureValue, 'measure');
  if (measure !== undefined && measureValue !== undefined) checkYearGrouping(workspace, file, measure, measureValue);
  checkYears(file, propertyValue(seen, 'baseline'), propertyValue(seen, 'horizon'));
  const change = propertyValue(seen, 'change');
  if (change === undefined) return;
  if (change.kind !== 'Change') {
    report(file, 'invalid-value', '`change` needs a direction and an amount, such as at least +1pp.', change.span);
    return;
  }
  const unit = measure ? (workspace.units.get(measure) ?? 'unknown') : 'unknown';
  checkChange(workspace, file, change, unit, measure);
}

/** A target compares years, so its measure must be grouped `by` a fiscal_year column. */
function checkYearGrouping(workspace: Workspace, file: FileState, measure: SemanticSymbol, at: PropertyValue): void {
  const dataset = workspace.datasets.get(measure);
  if (dataset === undefined || measure.declaration.kind !== 'Measure') return;
  const by = measure.declaration.members.flatMap((m: Member) => (m.kind === 'By' ? m.columns : []));
  const columns = by.map((name) => dataset.members.get(name.text));
  if (columns.some((c) => c === undefined || c.columnType === 'unknown')) return;
  if (columns.some((c) => c?.columnType === 'fiscal_year')) return;
  report(
    file,
    'invalid-value',
    `The measure \`${measure.name}\` is not grouped by a fiscal year; a target needs a measure with \`by\` a fiscal_year column of \`${dataset.name}\`.`,
    at.span,
  );
}

function checkYears(file: FileState, baseline: PropertyValue | undefined, horizon: PropertyValue | undefined): void {
  if (baseline === undefined || horizon === undefined || baseline.kind !== 'FiscalYear' || horizon.kind !== 'FiscalYear') return;
  if (horizon.startYear > baseline.startYear) return;
  report(file, 'invalid-value', `The horizon ${horizon.raw} must come after the baseline ${baseline.raw}.`, horizon.span);
}

function checkChange(workspace: Workspace, file: FileState, change: ChangeValue, unit: ValueType, measure: SemanticSymbol | undefined): void {
  const amount = change.amount;
  if (amount === undefined) return;
  const written = file.text.slice(amount.span.start, amount.span.end);
  const constant = constantOf(amount);
  if (constant !== undefined) workspace.types.set(amount, constant.type);
  if (constant === undefined || !['number', 'money', 'percent', 'pp'].includes(constant.type)) {
    report(file, 'type-mismatch', `The change needs an amount such as +1pp, +2% relative or +£1m, not \`${written}\`.`, amount.span);
    return;
  }
  if (measure === undefined || !['number', 'money', 'percent'].includes(unit)) return;
  const relative = change.relative !== undefined;
  const type = constant.type;
  const name = `the ${describeUnit(unit)} measure \`${measure.name}\``;
  if (unit === 'percent') {
    if (type === 'pp' && !relative) return;
    if (type === 'percent' && relative) return;
    if (type === 'percent') {
      const points = written.replace(/%\s*$/, 'pp');
      file.semanticDiagnostics.push({
        code: 'ambiguous-percent-change',
        severity: 'error',
        message: `\`${written}\` on ${name} is ambiguous: write \`${points}\` for ${pointsInWords(constant.value)}, or \`${written} relative\` for a relative change.`,
        span: amount.span,
        fixes: [
          { title: `Write ${points} (percentage points)`, edits: [{ span: amount.span, newText: points }] },
          { title: `Write ${written} relative (a change relative to the baseline)`, edits: [{ span: { start: amount.span.end, end: amount.span.end }, newText: ' relative' }] },
        ],
      });
      return;
    }
    const fix = type === 'pp' ? 'drop `relative`: a change in percentage points is absolute' : 'write percentage points such as +1pp, or a percent with `relative`';
    report(file, 'type-mismatch', `\`${written}${relative ? ' relative' : ''}\` does not fit ${name}; ${fix}.`, amount.span);
    return;
  }
  if (type === unit && !relative) return;
  if (type === 'percent' && relative) return;
  const example = unit === 'money' ? '+£1m' : '+10';
  const fix = type === 'percent' ? `write \`${written} relative\` for a relative change` : `write ${describeType(unit)} such as ${example}, or a percent with \`relative\``;
  report(file, 'type-mismatch', `\`${written}${relative ? ' relative' : ''}\` does not fit ${name}; ${fix}.`, amount.span);
}

function describeUnit(unit: ValueType): string {
  return unit === 'fiscal_year' ? 'fiscal year' : unit;
}

function pointsInWords(value: number | undefined): string {
  const magnitude = Math.abs(value ?? 1);
  return magnitude === 1 ? 'one percentage point' : `${magnitude} percentage points`;
}
