// Reading `// hewitt-ignore <rule>: <reason>` line comments.

import type { Comment, Span } from '../syntax/ast';

export interface SuppressionComment {
  /** The whole comment. */
  readonly span: Span;
  /** The rule id as written; empty when none is given. */
  readonly rule: string;
  readonly ruleSpan: Span;
  /** The text after the colon, trimmed; empty when none is given. */
  readonly reason: string;
}

const SHAPE = /^\/\/\s*hewitt-ignore(?=\s|:|$)(\s*)([^\s:]*)\s*(?::\s*(.*))?$/;

/** The suppression comments among `comments` (line comments only), in source order. */
export function readSuppressions(comments: readonly Comment[]): SuppressionComment[] {
  const result: SuppressionComment[] = [];
  for (const comment of comments) {
    if (comment.style !== 'line') continue;
    const match = SHAPE.exec(comment.text.trimEnd());
    if (!match) continue;
    const ruleStart = comment.span.start + comment.text.indexOf('hewitt-ignore') + 'hewitt-ignore'.length + match[1].length;
    const rule = match[2];
    result.push({
      span: comment.span,
      rule,
      ruleSpan: { start: ruleStart, end: ruleStart + rule.length },
      reason: (match[3] ?? '').trim(),
    });
  }
  return result;
}
