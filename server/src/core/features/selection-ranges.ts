// Expand selection: the spans of the syntax nodes around the offset, innermost first, each
// strictly larger than the one before, ending with the whole file.

import type { SourceFile, Span } from '../syntax/ast';
import { nodePathAt } from './syntax-path';

export function selectionRangesAt(file: SourceFile, offset: number): Span[] {
  const spans = nodePathAt(file, offset).map((node) => node.span).reverse();
  spans.push(file.span);
  const result: Span[] = [];
  for (const span of spans) {
    const last = result[result.length - 1];
    if (span.end < span.start) continue;
    if (last === undefined || (span.start <= last.start && span.end >= last.end && span.end - span.start > last.end - last.start)) {
      result.push({ start: span.start, end: span.end });
    }
  }
  return result;
}
