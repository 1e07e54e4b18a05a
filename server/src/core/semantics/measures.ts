// Checks of measures and metrics: the values they compute over the dataset they read.

import type { MeasureDecl, MetricDecl, PropertyValue } from '../syntax/ast';
import { report, type FileState, type Workspace } from './context';
import { checkGrouping, propertyValue, symbolOf } from './declarations';
import { typeOf, type ExprContext } from './expressions';
import { checkMembers } from './members';
import type { SemanticSymbol } from './model';
import { describeType, type ValueType } from './types';

function aggregateContext(workspace: Workspace, file: FileState, dataset: SemanticSymbol | undefined): ExprContext {
  return { workspace, file, ...(dataset ? { dataset } : {}), level: 'aggregate', classifications: true, where: 'A measure' };
}

/** The type of a computed value (`value`, `numerator`, `denominator`). */
function valueType(context: ExprContext, key: string, value: PropertyValue | undefined): ValueType {
  if (value === undefined) return 'unknown';
  if (value.kind === 'Range' || value.kind === 'Change') {
    report(context.file, 'invalid-value', `\`${key}\` takes an expression such as sum(amount), not a range or a change.`, value.span);
    return 'unknown';
  }
  return typeOf(context, value);
}

export function checkMeasure(workspace: Workspace, file: FileState, declaration: MeasureDecl): void {
  const seen = checkMembers(workspace, file, { kind: 'measure', name: declaration.name, span: declaration.span }, declaration.members);
  const symbol = symbolOf(file, declaration);
  const dataset = symbol ? workspace.datasets.get(symbol) : undefined;
  const unit = valueType(aggregateContext(workspace, file, dataset), 'value', propertyValue(seen, 'value'));
  if (symbol) workspace.units.set(symbol, unit);
  checkGrouping(file, dataset, declaration.members);
}

export function checkMetric(workspace: Workspace, file: FileState, declaration: MetricDecl): void {
  const seen = checkMembers(workspace, file, { kind: 'metric', name: declaration.name, span: declaration.span }, declaration.members);
  const symbol = symbolOf(file, declaration);
  const dataset = symbol ? workspace.datasets.get(symbol) : undefined;
  const context = aggregateContext(workspace, file, dataset);
  const parts = ['numerator', 'denominator'].map((key) => {
    const value = propertyValue(seen, key);
    const type = valueType(context, key, value);
    if (value !== undefined && type !== 'unknown' && type !== 'number' && type !== 'money') {
      report(file, 'type-mismatch', `The ${key} must count or add up rows (a number or money), such as sum(achieved); this is ${describeType(type)}.`, value.span);
      return { value, type: 'unknown' as ValueType };
    }
    return { value, type };
  });
  const [numerator, denominator] = parts;
  if (numerator.type !== 'unknown' && denominator.type !== 'unknown' && numerator.type !== denominator.type && denominator.value) {
    report(
      file,
      'type-mismatch',
      `The numerator is ${describeType(numerator.type)} but the denominator is ${describeType(denominator.type)}; both must be in the same unit.`,
      denominator.value.span,
    );
  }
  checkGrouping(file, dataset, declaration.members);
}
