// What a suppression comment covers: the next top-level declaration after it or, when the comment
// sits inside a body, the next category, column or member of that body.

import type { Declaration, Member, SourceFile, Span } from '../syntax/ast';

/** A node that may be covered, with the nodes inside its body (empty when it has none). */
interface Node {
  readonly span: Span;
  readonly children: readonly Node[];
}

/** The span covered by the suppression comment at `comment`, or undefined when nothing follows it. */
export function suppressionTarget(file: SourceFile, comment: Span): Span | undefined {
  let siblings: readonly Node[] = file.declarations.map(declarationNode);
  for (;;) {
    const container = siblings.find((n) => n.span.start < comment.start && comment.end <= n.span.end);
    if (container === undefined) break;
    siblings = container.children;
  }
  return siblings.find((n) => n.span.start >= comment.end)?.span;
}

function declarationNode(declaration: Declaration): Node {
  switch (declaration.kind) {
    case 'Import':
      return { span: declaration.span, children: [] };
    case 'Dataset':
    case 'Classification':
    case 'Measure':
    case 'Target':
    case 'Metric':
    case 'Funding':
      return { span: declaration.span, children: declaration.members.map(memberNode) };
  }
}

function memberNode(member: Member): Node {
  switch (member.kind) {
    case 'Columns':
      return { span: member.span, children: member.columns.map((c) => ({ span: c.span, children: [] })) };
    case 'Category':
      return { span: member.span, children: member.members.map(memberNode) };
    case 'Property':
    case 'From':
    case 'By':
    case 'Stratify':
    case 'When':
    case 'Exclude':
      return { span: member.span, children: [] };
  }
}
