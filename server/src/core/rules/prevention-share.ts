// Which measures are prevention shares, and which of them a target tracks. A prevention share is a
// ratio whose numerator is limited to a classification (`sum(amount where prevention)`) and whose
// denominator is not (`sum(amount)`): the Hewitt Review's headline measure.

import type { FileModel, SemanticModel, SemanticSymbol } from '../semantics/model';
import { walkExpr } from '../semantics/walk';
import type { Expr, MeasureDecl, TargetDecl } from '../syntax/ast';
import { exprOf, propertyOf, resolved } from './syntax';

function strip(expr: Expr | undefined): Expr | undefined {
  return expr?.kind === 'Paren' ? strip(expr.inner) : expr;
}

/** Whether an expression has an aggregate limited (`where`) to a classification or a category. */
function mentionsClassification(file: FileModel, expr: Expr | undefined): boolean {
  if (expr === undefined) return false;
  let found = false;
  walkExpr(expr, (node) => {
    if (node.kind !== 'Aggregate' || node.where === undefined) return;
    walkExpr(node.where, (inner) => {
      if (inner.kind !== 'Reference' || inner.parts.length === 0) return;
      const symbol = resolved(file, inner.parts[0]);
      if (symbol?.kind === 'classification') found = true;
    });
  });
  return found;
}

export function isPreventionShare(model: SemanticModel, measure: SemanticSymbol): boolean {
  const file = model.files.get(measure.path);
  if (file === undefined || measure.declaration.kind !== 'Measure') return false;
  const ratio = strip(exprOf(propertyOf(measure.declaration.members, 'value')?.value));
  if (ratio?.kind !== 'Binary' || ratio.op !== '/') return false;
  return mentionsClassification(file, ratio.left) && !mentionsClassification(file, ratio.right);
}

/** The measure a target follows, when its `measure:` resolved. */
export function measureOfTarget(file: FileModel, target: TargetDecl): SemanticSymbol | undefined {
  const value = exprOf(propertyOf(target.members, 'measure')?.value);
  if (value?.kind !== 'Reference' || value.parts.length !== 1) return undefined;
  const symbol = resolved(file, value.parts[0]);
  return symbol?.kind === 'measure' ? symbol : undefined;
}

/** Whether a measure is grouped by a fiscal_year column, so that a target could track it. */
export function groupedByYear(model: SemanticModel, measure: SemanticSymbol): boolean {
  const dataset = model.datasets.get(measure);
  if (dataset === undefined || measure.declaration.kind !== 'Measure') return false;
  const declaration: MeasureDecl = measure.declaration;
  return declaration.members.some((m) => m.kind === 'By' && m.columns.some((c) => dataset.members.get(c.text)?.columnType === 'fiscal_year'));
}
