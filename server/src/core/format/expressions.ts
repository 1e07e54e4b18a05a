// Prints expressions and property values on one line in canonical spacing. Grouping is kept by
// printing the Paren nodes the user wrote; nothing else adds or removes parentheses.

import type { Expr, Literal, PropertyValue } from '../syntax/ast';

export function printValue(value: PropertyValue | undefined): string {
  if (value === undefined) return '';
  switch (value.kind) {
    case 'Range':
      return `${printExpr(value.from)} ${value.separator} ${printExpr(value.to)}`;
    case 'Change':
      return `${value.direction} ${printExpr(value.amount)}${value.relative ? ' relative' : ''}`;
    default:
      return printExpr(value);
  }
}

export function printExpr(expr: Expr | undefined): string {
  if (expr === undefined) return '';
  switch (expr.kind) {
    case 'Reference':
      return expr.parts.map((part) => part.text).join('.');
    case 'Binary':
      return `${printExpr(expr.left)} ${expr.op} ${printExpr(expr.right)}`;
    case 'Comparison':
      return `${printExpr(expr.left)} ${expr.op} ${printExpr(expr.right)}`;
    case 'Unary':
      return expr.op === 'not' ? `not ${printExpr(expr.operand)}` : `${expr.op}${printExpr(expr.operand)}`;
    case 'Paren':
      return `(${printExpr(expr.inner)})`;
    case 'InList':
      return `${printExpr(expr.subject)} ${expr.negated ? 'not in' : 'in'} ${printExpr(expr.list)}`;
    case 'StartsWith':
      return `${printExpr(expr.subject)} starts with ${printExpr(expr.prefix)}`;
    case 'Aggregate':
      return `${expr.fn}(${printAggregateInside(expr.argument, expr.where)})`;
    case 'List':
      return `[${expr.items.map((item) => printExpr(item)).join(', ')}]`;
    case 'Number':
    case 'Percent':
    case 'Pp':
    case 'Money':
    case 'FiscalYear':
    case 'Text':
    case 'Bool':
    case 'Code':
      return printLiteral(expr);
  }
}

function printAggregateInside(argument: Expr | undefined, where: Expr | undefined): string {
  const parts: string[] = [];
  if (argument !== undefined) parts.push(printExpr(argument));
  if (where !== undefined) parts.push(`where ${printExpr(where)}`);
  return parts.join(' ');
}

/** Literals are printed exactly as written (`£250k` stays `£250k`). */
export function printLiteral(literal: Literal): string {
  switch (literal.kind) {
    case 'Bool':
      return literal.value ? 'yes' : 'no';
    case 'Number':
    case 'Percent':
    case 'Pp':
    case 'Money':
    case 'FiscalYear':
    case 'Text':
    case 'Code':
      return literal.raw;
  }
}
