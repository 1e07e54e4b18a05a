// The formatter's safety net: two trees mean the same when they are equal apart from positions,
// and the two files hold the same comments in the same order.

import type { SourceFile } from '../syntax/ast';
import { commentText } from './lines';
import { sameTests } from './tests';

/** Positions differ after formatting; `relative` is a span whose presence is what matters. */
const POSITION_KEYS = new Set(['span', 'keySpan', 'fnSpan', 'bodySpan']);

export function sameMeaning(before: SourceFile, after: SourceFile): boolean {
  const commentsBefore = before.comments.map(commentText);
  const commentsAfter = after.comments.map(commentText);
  return sameValue(before.declarations, after.declarations) && sameValue(commentsBefore, commentsAfter) && sameTests(before.tests, after.tests);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((key) => !POSITION_KEYS.has(key) && (a as Record<string, unknown>)[key] !== undefined);
  const keysB = Object.keys(b).filter((key) => !POSITION_KEYS.has(key) && (b as Record<string, unknown>)[key] !== undefined);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => {
    const valueA = (a as Record<string, unknown>)[key];
    const valueB = (b as Record<string, unknown>)[key];
    if (key === 'relative') return valueB !== undefined;
    return sameValue(valueA, valueB);
  });
}
