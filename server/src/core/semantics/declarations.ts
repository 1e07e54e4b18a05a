// Checks of datasets, classifications and funding, and the helpers the other declaration checks
// share (resolving `from`, `by` columns and properties that name a declaration).

import type { ClassificationDecl, DatasetDecl, Expr, FundingDecl, Member, Name, PropertyValue } from '../syntax/ast';
import { COLUMN_TYPES } from '../syntax/keywords';
import { report, resolveColumn, resolveTop, type FileState, type Workspace } from './context';
import { typeOf, type ExprContext } from './expressions';
import { checkMembers } from './members';
import type { SemanticSymbol } from './model';
import { columnTypeOf, describeType } from './types';

export function symbolOf(file: FileState, declaration: object): SemanticSymbol | undefined {
  return file.bySyntax.get(declaration);
}

/** Resolves a classification's `on` or a measure's or metric's first `from` (before bodies are checked). */
export function linkDataset(workspace: Workspace, file: FileState, owner: SemanticSymbol | undefined, datasetName: Name | undefined): void {
  if (datasetName === undefined) return;
  const dataset = resolveTop(file, datasetName, 'dataset');
  if (owner !== undefined && dataset !== undefined) workspace.datasets.set(owner, dataset);
}

export function firstFrom(members: readonly Member[]): Name | undefined {
  for (const member of members) if (member.kind === 'From') return member.dataset;
  return undefined;
}

/** Resolves the columns of `by` and `stratify by` against the dataset read. */
export function checkGrouping(file: FileState, dataset: SemanticSymbol | undefined, members: readonly Member[]): void {
  for (const member of members) {
    const names = member.kind === 'By' ? member.columns : member.kind === 'Stratify' && member.column ? [member.column] : [];
    for (const name of names) {
      if (dataset === undefined) file.unresolved.push({ name, expected: ['column'] });
      else resolveColumn(file, dataset, name);
    }
  }
}

/** A property whose value names a declaration (`measure: prevention_share`, `purpose: prevention`). */
export function resolveNamed(file: FileState, key: string, value: PropertyValue | undefined, kind: 'measure' | 'classification'): SemanticSymbol | undefined {
  if (value === undefined) return undefined;
  if (value.kind !== 'Reference' || value.parts.length !== 1) {
    report(file, 'invalid-value', `\`${key}\` needs the name of a ${kind}, not \`${file.text.slice(value.span.start, value.span.end)}\`.`, value.span);
    return undefined;
  }
  return resolveTop(file, value.parts[0], kind);
}

export function propertyValue(members: ReadonlyMap<string, Member>, key: string): PropertyValue | undefined {
  const member = members.get(key);
  return member?.kind === 'Property' ? member.value : undefined;
}

export function checkDataset(workspace: Workspace, file: FileState, declaration: DatasetDecl): void {
  checkMembers(workspace, file, { kind: 'dataset', name: declaration.name, span: declaration.span }, declaration.members);
  for (const member of declaration.members) {
    if (member.kind !== 'Columns') continue;
    for (const column of member.columns) {
      if (column.type === undefined || columnTypeOf(column.type.text) !== undefined) continue;
      report(
        file,
        'invalid-value',
        `\`${column.type.text}\` is not a column type; expected a column type such as money or text (one of ${COLUMN_TYPES.join(', ')}).`,
        column.type.span,
      );
    }
  }
}

export function checkClassification(workspace: Workspace, file: FileState, declaration: ClassificationDecl): void {
  const owner = { kind: 'classification' as const, name: declaration.name, span: declaration.span };
  checkMembers(workspace, file, owner, declaration.members);
  if (declaration.dataset === undefined) {
    const subject = declaration.name ? `The classification \`${declaration.name.text}\`` : 'This classification';
    report(file, 'missing-property', `${subject} needs \`on DATASET\` to say which dataset it classifies.`, declaration.name?.span ?? declaration.span);
  }
  const symbol = symbolOf(file, declaration);
  const dataset = symbol ? workspace.datasets.get(symbol) : undefined;
  const context: ExprContext = {
    workspace,
    file,
    ...(dataset ? { dataset } : {}),
    level: 'row',
    classifications: false,
    where: "A classification's condition",
  };
  const condition = (keyword: string, expr: Expr | undefined): void => {
    if (expr === undefined) return;
    const type = typeOf(context, expr);
    if (type !== 'bool' && type !== 'unknown') {
      report(file, 'type-mismatch', `\`${keyword}\` needs a yes/no condition such as programme = "IMMS", but this is ${describeType(type)}.`, expr.span);
    }
  };
  for (const member of declaration.members) {
    if (member.kind === 'Exclude') condition('exclude when', member.condition);
    if (member.kind !== 'Category') continue;
    const seen = checkMembers(workspace, file, { kind: 'category', name: member.name, span: member.span }, member.members);
    if (!seen.has('level') && !seen.has('function')) {
      const subject = member.name ? `The category \`${member.name.text}\`` : 'This category';
      report(file, 'missing-property', `${subject} needs a \`level\` or a \`function\` (or both).`, member.name?.span ?? member.span);
    }
    for (const inner of member.members) if (inner.kind === 'When') condition('when', inner.condition);
  }
}

export function checkFunding(workspace: Workspace, file: FileState, declaration: FundingDecl): void {
  const seen = checkMembers(workspace, file, { kind: 'funding', name: declaration.name, span: declaration.span }, declaration.members);
  resolveNamed(file, 'purpose', propertyValue(seen, 'purpose'), 'classification');
}
