// Building quick fixes that keep the file's layout: replacing a value, inserting a member line
// into a body with the body's own indentation, inserting a comment line above a declaration.

import type { Fix } from '../diagnostics';
import type { Span } from '../syntax/ast';

/** The spaces and tabs at the start of the line holding `offset`. */
export function indentationAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

export function replaceFix(title: string, span: Span, newText: string, preferred = false): Fix {
  return { title, edits: [{ span, newText }], ...(preferred ? { preferred } : {}) };
}

/**
 * Inserts `line` into a `{ … }` body: first (after the `{`) or last (before the `}`), indented as
 * the body's members are (or one level, two spaces, deeper than the declaration when it is empty).
 */
export function insertMemberFix(title: string, text: string, declarationStart: number, body: Span, line: string, where: 'first' | 'last', preferred = false): Fix {
  const outer = indentationAt(text, declarationStart);
  const inner = memberIndentation(text, body) ?? `${outer}  `;
  const close = body.end - 1;
  const bodyIsOneLine = !text.slice(body.start, body.end).includes('\n');
  if (bodyIsOneLine) {
    // `{ a b }` → `{\n  line\n  a b\n}` would re-lay the body; keep it simple and add the line inside.
    const at = where === 'first' ? body.start + 1 : close;
    return { title, edits: [{ span: { start: at, end: at }, newText: where === 'first' ? ` ${line}` : `${line} ` }], ...(preferred ? { preferred } : {}) };
  }
  if (where === 'first') {
    const at = body.start + 1;
    return { title, edits: [{ span: { start: at, end: at }, newText: `\n${inner}${line}` }], ...(preferred ? { preferred } : {}) };
  }
  const lineStart = text.lastIndexOf('\n', close - 1) + 1;
  const beforeClose = text.slice(lineStart, close);
  const at = beforeClose.trim() === '' ? lineStart : close;
  const newText = beforeClose.trim() === '' ? `${inner}${line}\n` : `\n${inner}${line}\n${outer}`;
  return { title, edits: [{ span: { start: at, end: at }, newText }], ...(preferred ? { preferred } : {}) };
}

/** A comment line above the declaration starting at `declarationStart`, at its indentation. */
export function commentAboveFix(title: string, text: string, declarationStart: number, comment: string): Fix {
  const lineStart = text.lastIndexOf('\n', declarationStart - 1) + 1;
  const indent = indentationAt(text, declarationStart);
  return { title, edits: [{ span: { start: lineStart, end: lineStart }, newText: `${indent}${comment}\n` }] };
}

/** The indentation of the first non-blank line inside a multi-line body, if any. */
function memberIndentation(text: string, body: Span): string | undefined {
  const inside = text.slice(body.start + 1, body.end - 1).split('\n').slice(1);
  const line = inside.find((l) => l.trim() !== '' && !l.trim().startsWith('}'));
  return line === undefined ? undefined : /^[ \t]*/.exec(line)![0];
}
