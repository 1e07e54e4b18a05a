// Applies the schema table to a declaration body: unknown, missing and duplicated members, and
// the values that need no names (text, enums, function codes, constants, weights, points, ranges).
// Values that name things (references, expressions, changes) are checked by the declarations.

import type { Expr, Member, Name, Property, PropertyValue, Span } from '../syntax/ast';
import { article, report, type FileState, type Workspace } from './context';
import { constantOf } from './constants';
import { FUNCTION_CODES, SCHEMA, findSpec, memberKey, memberKeySpan, type MemberSpec, type SchemaKind } from './schema';
import { checkDatasetSource } from './dataset-source';
import { closestName } from './suggest';
import { describeType, expectedType } from './types';

export interface Owner {
  readonly kind: SchemaKind;
  /** The declaration's name, when it has one (missing members are reported on it). */
  readonly name?: Name;
  /** Where to report when there is no name. */
  readonly span: Span;
}

/** The first member of each known key, after reporting what the schema does not allow. */
export function checkMembers(workspace: Workspace, file: FileState, owner: Owner, members: readonly Member[]): Map<string, Member> {
  const specs = SCHEMA[owner.kind];
  const seen = new Map<string, Member>();
  for (const member of members) {
    const key = memberKey(member);
    const spec = findSpec(owner.kind, key);
    const keySpan = memberKeySpan(member);
    if (spec === undefined) {
      const what = member.kind === 'Property' ? `property \`${key}\`` : `\`${key}\` ${member.kind === 'Columns' || member.kind === 'Category' ? 'block' : 'clause'}`;
      const expected = specs.map((s) => s.key).join(', ');
      report(file, 'unknown-property', `${capital(article(owner.kind))} has no ${what}; expected one of ${expected}.`, keySpan);
      continue;
    }
    const first = seen.get(key);
    if (first !== undefined && !spec.repeatable) {
      report(file, 'duplicate-property', `\`${key}\` is given twice in this ${owner.kind}; keep one.`, keySpan, [
        { path: file.path, span: memberKeySpan(first), message: `The first \`${key}\` is here.` },
      ]);
      continue;
    }
    if (first === undefined) seen.set(key, member);
    if (member.kind === 'Property' && member.value !== undefined) checkSimpleValue(workspace, file, spec, member, member.value);
  }
  for (const spec of specs) {
    if (!spec.required || seen.has(spec.key)) continue;
    const subject = owner.name ? `The ${owner.kind} \`${owner.name.text}\`` : `This ${owner.kind}`;
    const needs = spec.key === 'category' ? 'at least one `category`' : `\`${spec.key}\``;
    report(file, 'missing-property', `${subject} needs ${needs}.`, owner.name?.span ?? owner.span);
  }
  if (owner.kind === 'dataset') checkDatasetSource(file, owner, seen);
  return seen;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function source(file: FileState, node: { span: Span }): string {
  return file.text.slice(node.span.start, node.span.end);
}

/** A property value that must be a single expression (not a range or a change). */
function asExpr(file: FileState, property: Property, value: PropertyValue): Expr | undefined {
  if (value.kind === 'Range' || value.kind === 'Change') {
    report(file, 'invalid-value', `\`${property.key}\` takes a single value, not \`${source(file, value)}\`.`, value.span);
    return undefined;
  }
  return value;
}

function checkSimpleValue(workspace: Workspace, file: FileState, spec: MemberSpec, property: Property, value: PropertyValue): void {
  const key = property.key;
  switch (spec.value.kind) {
    case 'clause':
    case 'reference':
    case 'expression':
    case 'change':
      return;
    case 'range':
      checkRange(workspace, file, key, spec.value.type, spec.value.separator, value);
      return;
    case 'text':
    case 'constant': {
      const expr = asExpr(file, property, value);
      if (expr === undefined) return;
      const type = spec.value.kind === 'text' ? 'text' : spec.value.type;
      const constant = constantOf(expr);
      if (constant !== undefined) workspace.types.set(expr, constant.type);
      if (constant?.type !== type) {
        const actual = constant ? `is ${describeType(constant.type)}` : 'is not a literal value';
        report(file, 'type-mismatch', `\`${key}\` needs ${expectedType(type)}, but \`${source(file, expr)}\` ${actual}.`, expr.span);
      }
      return;
    }
    case 'enum': {
      const expr = asExpr(file, property, value);
      if (expr === undefined) return;
      const word = expr.kind === 'Reference' && expr.parts.length === 1 ? expr.parts[0].text : undefined;
      if (word !== undefined && spec.value.values.includes(word)) return;
      const hint = word === undefined ? undefined : closestName(word, spec.value.values);
      report(
        file,
        'invalid-value',
        `\`${source(file, expr)}\` is not ${article(spec.value.noun)}; expected one of ${spec.value.values.join(', ')}${hint ? ` (did you mean \`${hint}\`?)` : ''}.`,
        expr.span,
      );
      return;
    }
    case 'name': {
      const expr = asExpr(file, property, value);
      if (expr === undefined) return;
      if (expr.kind === 'Reference' && expr.parts.length === 1) return;
      report(file, 'invalid-value', `\`${source(file, expr)}\` is not ${article(spec.value.noun)}; write a single name, such as \`warehouse\`.`, expr.span);
      return;
    }
    case 'function-code': {
      const expr = asExpr(file, property, value);
      if (expr === undefined) return;
      if (expr.kind === 'Code' && (FUNCTION_CODES as readonly string[]).includes(expr.raw)) return;
      report(file, 'invalid-value', `\`${source(file, expr)}\` is not a prevention function code; expected one of ${FUNCTION_CODES.join(', ')}.`, expr.span);
      return;
    }
    case 'weight': {
      const expr = asExpr(file, property, value);
      if (expr === undefined) return;
      const constant = constantOf(expr);
      if (constant?.type === 'percent' && constant.value !== undefined && constant.value >= 0 && constant.value <= 100) return;
      report(file, 'invalid-weight', `The weight \`${source(file, expr)}\` must be a percent from 0% to 100%, such as 50%.`, expr.span);
      return;
    }
    case 'points': {
      const expr = asExpr(file, property, value);
      if (expr === undefined) return;
      const constant = constantOf(expr);
      if (constant?.type === 'number' && constant.value !== undefined && constant.value > 0) return;
      report(file, 'invalid-points', `\`points\` must be a positive number such as 17, not \`${source(file, expr)}\`.`, expr.span);
      return;
    }
  }
}

function checkRange(
  workspace: Workspace,
  file: FileState,
  key: string,
  type: 'percent' | 'fiscal_year' | string,
  separator: 'to' | '..',
  value: PropertyValue,
): void {
  const example = type === 'percent' ? '40% to 80%' : '2024/25 .. 2026/27';
  if (value.kind !== 'Range') {
    report(file, 'invalid-value', `\`${key}\` needs a range such as ${example}.`, value.span);
    return;
  }
  if (value.separator !== separator) {
    report(file, 'invalid-value', `Write \`${key}\` with \`${separator}\` between the bounds, as in ${example}.`, value.span);
  }
  const bounds = [value.from, value.to].map((expr) => {
    if (expr === undefined) return undefined;
    const constant = constantOf(expr);
    if (constant !== undefined) workspace.types.set(expr, constant.type);
    if (type === 'percent') {
      if (constant?.type !== 'percent' || constant.value === undefined || constant.value < 0 || constant.value > 100) {
        report(file, 'invalid-threshold', `The threshold \`${source(file, expr)}\` must be a percent from 0% to 100%.`, expr.span);
        return undefined;
      }
    } else if (constant?.type !== type) {
      report(file, 'type-mismatch', `The bounds of \`${key}\` must be fiscal years such as 2024/25, but \`${source(file, expr)}\` is ${constant ? describeType(constant.type) : 'not a literal value'}.`, expr.span);
      return undefined;
    }
    return constant.value;
  });
  const [low, high] = bounds;
  if (low === undefined || high === undefined || value.to === undefined || value.from === undefined) return;
  if (type === 'percent' && low >= high) {
    report(file, 'invalid-threshold', `The upper threshold \`${source(file, value.to)}\` must be above the lower threshold \`${source(file, value.from)}\`.`, value.to.span);
  } else if (type === 'fiscal_year' && low > high) {
    report(file, 'invalid-value', `The ${key} ends in ${source(file, value.to)}, before it starts in ${source(file, value.from)}; put the earlier year first.`, value.to.span);
  }
}
