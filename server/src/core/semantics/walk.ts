// Visits every expression of a file, in source order, nested ones included.

import type { Expr, Member, PropertyValue, SourceFile } from '../syntax/ast';

export function forEachExpr(file: SourceFile, visit: (expr: Expr) => void): void {
  for (const declaration of file.declarations) {
    if (declaration.kind !== 'Import') walkMembers(declaration.members, visit);
  }
}

function walkMembers(members: readonly Member[], visit: (expr: Expr) => void): void {
  for (const member of members) {
    switch (member.kind) {
      case 'Property':
        if (member.value) walkValue(member.value, visit);
        break;
      case 'Category':
        walkMembers(member.members, visit);
        break;
      case 'When':
      case 'Exclude':
        if (member.condition) walkExpr(member.condition, visit);
        break;
      case 'Columns':
      case 'From':
      case 'By':
      case 'Stratify':
        break;
    }
  }
}

function walkValue(value: PropertyValue, visit: (expr: Expr) => void): void {
  switch (value.kind) {
    case 'Range':
      if (value.from) walkExpr(value.from, visit);
      if (value.to) walkExpr(value.to, visit);
      return;
    case 'Change':
      if (value.amount) walkExpr(value.amount, visit);
      return;
    default:
      walkExpr(value, visit);
  }
}

/** Depth-first, iteratively (expressions can be deep after a long chain of `and`). */
export function walkExpr(root: Expr, visit: (expr: Expr) => void): void {
  const stack: Expr[] = [root];
  while (stack.length > 0) {
    const expr = stack.pop()!;
    visit(expr);
    const children = childrenOf(expr);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

function childrenOf(expr: Expr): Expr[] {
  const present = (...items: (Expr | undefined)[]): Expr[] => items.filter((e): e is Expr => e !== undefined);
  switch (expr.kind) {
    case 'Binary':
    case 'Comparison':
      return present(expr.left, expr.right);
    case 'Unary':
      return present(expr.operand);
    case 'Paren':
      return present(expr.inner);
    case 'InList':
      return present(expr.subject, expr.list);
    case 'StartsWith':
      return present(expr.subject, expr.prefix);
    case 'Aggregate':
      return present(expr.argument, expr.where);
    case 'List':
      return [...expr.items];
    case 'Number':
    case 'Percent':
    case 'Pp':
    case 'Money':
    case 'FiscalYear':
    case 'Text':
    case 'Bool':
    case 'Code':
    case 'Reference':
      return [];
  }
}
