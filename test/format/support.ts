// Helpers for the formatter's tests: the tree without positions, and the comments as written.

import { parse } from '../../server/src/core/syntax/parse';

const POSITION_KEYS = new Set(['span', 'keySpan', 'fnSpan', 'bodySpan']);

/** The tree with every position removed (`relative` becomes `true`), for comparing meaning. */
export function stripSpans(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripSpans);
  if (typeof value !== 'object' || value === null) return value;
  const result: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (POSITION_KEYS.has(key) || field === undefined) continue;
    result[key] = key === 'relative' ? true : stripSpans(field);
  }
  return result;
}

/** The declarations of a file without positions. */
export function meaningOf(text: string): unknown {
  return stripSpans(parse(text).file.declarations);
}

/** The comment texts of a file in order; trailing spaces of a line comment do not count. */
export function commentsOf(text: string): string[] {
  return parse(text).file.comments.map((c) => (c.style === 'block' ? c.text : c.text.trimEnd()));
}

export function syntaxErrorsOf(text: string): number {
  return parse(text).diagnostics.filter((d) => d.severity === 'error').length;
}
