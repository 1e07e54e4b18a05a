// Code actions: every quick fix a diagnostic carries, and for the catalogue's rules
// (`hewitt/…`) a "Suppress <rule> here…" action that writes a `// hewitt-ignore` comment above
// the declaration (or category) the diagnostic is in, at its indentation.

import type { Diagnostic } from '../diagnostics';
import type { TextEdit } from '../edits';
import type { SourceFile, Span } from '../syntax/ast';
import { contains, declarationAt } from './syntax-path';
import type { CodeAction } from './types';

const REASON = 'explain why this is acceptable';

function overlaps(a: Span, b: Span): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** The start of the declaration or category the offset is in. */
function suppressionAnchor(file: SourceFile, offset: number): number | undefined {
  const declaration = declarationAt(file, offset);
  if (declaration === undefined) return undefined;
  if (declaration.kind === 'Import') return declaration.span.start;
  const category = declaration.members.find((m) => m.kind === 'Category' && contains(m.span, offset));
  return (category ?? declaration).span.start;
}

function suppressEdit(file: SourceFile, text: string, diagnostic: Diagnostic): TextEdit | undefined {
  const anchor = suppressionAnchor(file, diagnostic.span.start);
  if (anchor === undefined || anchor > text.length) return undefined;
  const lineStart = text.lastIndexOf('\n', anchor - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, anchor))?.[0] ?? '';
  // Only when the declaration starts its line; otherwise the comment would swallow code.
  if (indent.length !== anchor - lineStart) return undefined;
  return { span: { start: lineStart, end: lineStart }, newText: `${indent}// hewitt-ignore ${diagnostic.code}: ${REASON}\n` };
}

export function codeActionsFor(file: SourceFile, text: string, diagnostics: readonly Diagnostic[], range: Span): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (!overlaps(diagnostic.span, range)) continue;
    for (const fix of diagnostic.fixes ?? []) {
      actions.push({ title: fix.title, kind: 'quickfix', diagnostic, edits: [...fix.edits], ...(fix.preferred ? { preferred: true } : {}) });
    }
    if (!diagnostic.code.startsWith('hewitt/')) continue;
    const edit = suppressEdit(file, text, diagnostic);
    if (edit) actions.push({ title: `Suppress ${diagnostic.code} here…`, kind: 'quickfix', diagnostic, edits: [edit] });
  }
  return actions;
}
