// Range markers for feature fixtures: `[|text|]` marks an expected span, on top of the
// `//- /path` headers and `$0` cursor of fixture.ts. Markers are removed before analysis and
// the cursor is moved to match.

import { memoryHost } from '../../server/src/core/host';
import { analyzeWorkspace } from '../../server/src/core/semantics/analyze';
import type { SemanticModel } from '../../server/src/core/semantics/model';
import { parseFixture } from './fixture';

export interface MarkedRange {
  readonly path: string;
  readonly start: number;
  readonly end: number;
}

export interface RangedFixture {
  readonly files: ReadonlyMap<string, string>;
  readonly ranges: readonly MarkedRange[];
  readonly cursor: { readonly path: string; readonly offset: number };
  readonly model: SemanticModel;
  /** The text of the cursor's file. */
  readonly text: string;
}

function stripRanges(path: string, text: string, ranges: MarkedRange[]): { text: string; removedBefore: (offset: number) => number } {
  const removed: number[] = [];
  let out = '';
  const open: number[] = [];
  let i = 0;
  while (i < text.length) {
    if (text.startsWith('[|', i)) {
      open.push(out.length);
      removed.push(i);
      i += 2;
    } else if (text.startsWith('|]', i) && open.length > 0) {
      ranges.push({ path, start: open.pop()!, end: out.length });
      removed.push(i);
      i += 2;
    } else out += text[i++];
  }
  return { text: out, removedBefore: (offset) => removed.filter((at) => at < offset).length * 2 };
}

/** Parses and analyses a fixture with `[|…|]` ranges; every file is analysed. */
export function rangedFixture(source: string): RangedFixture {
  const fixture = parseFixture(source);
  const files = new Map<string, string>();
  const ranges: MarkedRange[] = [];
  let cursor = fixture.cursor ?? { path: [...fixture.files.keys()][0], offset: 0 };
  for (const [path, raw] of fixture.files) {
    const stripped = stripRanges(path, raw, ranges);
    files.set(path, stripped.text);
    if (cursor.path === path) cursor = { path, offset: cursor.offset - stripped.removedBefore(cursor.offset) };
  }
  ranges.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.start - b.start));
  const model = analyzeWorkspace([...files.keys()], memoryHost(files));
  return { files, ranges, cursor, model, text: files.get(cursor.path) ?? '' };
}

/** Each span as `path:"text"`, for readable assertions. */
export function showSpans(files: ReadonlyMap<string, string>, spans: readonly { path: string; span?: { start: number; end: number }; start?: number; end?: number }[]): string[] {
  return spans.map((s) => {
    const start = s.span?.start ?? s.start ?? 0;
    const end = s.span?.end ?? s.end ?? 0;
    return `${s.path}:${start}-${end}:${JSON.stringify((files.get(s.path) ?? '').slice(start, end))}`;
  });
}
