// The chain of syntax nodes around an offset, outermost first: the shared locator that
// completion, hover, selection ranges and signature help start from.

import type { ColumnDecl, Declaration, Expr, Member, Name, PropertyValue, SourceFile, Span, TextLiteral } from '../syntax/ast';

export type SyntaxNode = Declaration | Member | ColumnDecl | PropertyValue | Expr | Name | TextLiteral;

export function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

export function isInside(span: Span, offset: number): boolean {
  return span.start < offset && offset < span.end;
}

function present<T>(...items: (T | undefined)[]): T[] {
  return items.filter((item): item is T => item !== undefined);
}

/** The direct children of a node, in source order. */
export function childrenOf(node: SyntaxNode): SyntaxNode[] {
  switch (node.kind) {
    case 'Import':
      return present<SyntaxNode>(node.path);
    case 'Dataset':
    case 'Measure':
    case 'Target':
    case 'Metric':
    case 'Funding':
      return present<SyntaxNode>(node.name, node.title, ...node.members);
    case 'Classification':
      return present<SyntaxNode>(node.name, node.title, node.dataset, ...node.members);
    case 'Category':
      return present<SyntaxNode>(node.name, node.title, ...node.members);
    case 'Property':
      return present<SyntaxNode>(node.value);
    case 'Columns':
      return [...node.columns];
    case 'Column':
      return present<SyntaxNode>(node.name, node.type);
    case 'From':
      return present<SyntaxNode>(node.dataset);
    case 'By':
      return [...node.columns];
    case 'Stratify':
      return present<SyntaxNode>(node.column);
    case 'When':
    case 'Exclude':
      return present<SyntaxNode>(node.condition);
    case 'Range':
      return present<SyntaxNode>(node.from, node.to);
    case 'Change':
      return present<SyntaxNode>(node.amount);
    case 'Binary':
    case 'Comparison':
      return present<SyntaxNode>(node.left, node.right);
    case 'Unary':
      return present<SyntaxNode>(node.operand);
    case 'Paren':
      return present<SyntaxNode>(node.inner);
    case 'InList':
      return present<SyntaxNode>(node.subject, node.list);
    case 'StartsWith':
      return present<SyntaxNode>(node.subject, node.prefix);
    case 'Aggregate':
      return present<SyntaxNode>(node.argument, node.where);
    case 'List':
      return [...node.items];
    case 'Reference':
      return [...node.parts];
    case 'Name':
    case 'Number':
    case 'Percent':
    case 'Pp':
    case 'Money':
    case 'FiscalYear':
    case 'Text':
    case 'Bool':
    case 'Code':
      return [];
  }
}

/**
 * The nodes whose span contains the offset (ends included), outermost first. Iterative, so a
 * deeply nested expression cannot overflow the stack.
 */
export function nodePathAt(file: SourceFile, offset: number): SyntaxNode[] {
  const path: SyntaxNode[] = [];
  let candidates: readonly SyntaxNode[] = file.declarations;
  for (;;) {
    // Prefer a node that starts at the offset over one that ends there.
    let next: SyntaxNode | undefined;
    for (const node of candidates) {
      if (!contains(node.span, offset)) continue;
      if (next === undefined || node.span.start > next.span.start) next = node;
    }
    if (next === undefined) return path;
    path.push(next);
    candidates = childrenOf(next);
  }
}

/** The top-level declaration whose span contains the offset. */
export function declarationAt(file: SourceFile, offset: number): Declaration | undefined {
  let found: Declaration | undefined;
  for (const declaration of file.declarations) {
    if (contains(declaration.span, offset) && (found === undefined || declaration.span.start > found.span.start)) found = declaration;
  }
  return found;
}

/** Every node of the file, depth-first, in source order. */
export function forEachNode(file: SourceFile, visit: (node: SyntaxNode) => void): void {
  const stack: SyntaxNode[] = [...file.declarations].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    visit(node);
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}
