// Fixtures: rule files with their expected diagnostics written as marker lines below the code.
//
//   measure m { from ledger value: sum(icb) }
//   //                                  ^^^ type-mismatch sum needs
//
// The carets give the exact range on the nearest code line above; the word after them is the
// code; any further text must be a substring of the message. `//- /path.hewitt` starts a new
// file; `$0` marks a cursor. Marker lines and `$0` are removed before checking. The fixture is
// dedented first, so it can be written indented in a template literal.

import { expect } from 'vitest';
import { checkFiles } from '../../server/src/core/check';
import { memoryHost, type Host } from '../../server/src/core/host';
import { analyzeWorkspace } from '../../server/src/core/semantics/analyze';
import type { SemanticModel } from '../../server/src/core/semantics/model';

export interface ExpectedDiagnostic {
  readonly path: string;
  readonly start: number;
  readonly end: number;
  readonly code: string;
  readonly messagePart: string;
}

export interface Fixture {
  /** Files in the order written; text with markers removed. */
  readonly files: ReadonlyMap<string, string>;
  readonly expected: readonly ExpectedDiagnostic[];
  /** Where `$0` was, if anywhere. */
  readonly cursor?: { readonly path: string; readonly offset: number };
}

const MARKER = /^(\s*(?:\/\/)?\s*)(\^+)\s+([A-Za-z][\w/-]*)(?:\s+(.*))?$/;
const HEADER = /^\/\/-\s+(\S+)\s*$/;
const DEFAULT_PATH = '/main.hewitt';

/** The source without its common indentation and surrounding blank lines. */
export function dedentText(source: string): string {
  return dedent(source).join('\n');
}

function dedent(source: string): string[] {
  const lines = source.replace(/\r\n/g, '\n').split('\n');
  while (lines.length > 0 && lines[0].trim() === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length);
  const cut = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut));
}

export function parseFixture(source: string): Fixture {
  const files = new Map<string, string>();
  const expected: ExpectedDiagnostic[] = [];
  let cursor: Fixture['cursor'];
  let path = DEFAULT_PATH;
  let out: string[] = [];
  let offset = 0;
  let lastLineStart = -1;
  const flush = (): void => {
    if (out.length > 0 || path !== DEFAULT_PATH) files.set(path, out.length > 0 ? out.join('\n') + '\n' : '');
  };
  for (const raw of dedent(source)) {
    const header = HEADER.exec(raw);
    if (header) {
      flush();
      path = header[1];
      out = [];
      offset = 0;
      lastLineStart = -1;
      continue;
    }
    const marker = MARKER.exec(raw);
    if (marker && lastLineStart >= 0) {
      const start = lastLineStart + marker[1].length;
      expected.push({ path, start, end: start + marker[2].length, code: marker[3], messagePart: (marker[4] ?? '').trim() });
      continue;
    }
    let line = raw;
    const at = line.indexOf('$0');
    if (at >= 0) {
      cursor = { path, offset: offset + at };
      line = line.slice(0, at) + line.slice(at + 2);
    }
    lastLineStart = offset;
    out.push(line);
    offset += line.length + 1;
  }
  flush();
  if (files.size === 0) files.set(DEFAULT_PATH, '');
  return { files, expected, ...(cursor ? { cursor } : {}) };
}

/** A single-file fixture with a cursor: the text without `$0`, and the cursor's offset. */
export function withCursor(source: string): { text: string; offset: number; path: string } {
  const fixture = parseFixture(source);
  if (fixture.cursor === undefined) throw new Error('The fixture has no $0 cursor marker.');
  return { text: fixture.files.get(fixture.cursor.path) ?? '', offset: fixture.cursor.offset, path: fixture.cursor.path };
}

export function fixtureHost(fixture: Fixture): Host {
  return memoryHost(fixture.files);
}

/** Analyses every file of a fixture. */
export function analyzeFixture(source: string): { fixture: Fixture; model: SemanticModel } {
  const fixture = parseFixture(source);
  return { fixture, model: analyzeWorkspace([...fixture.files.keys()], fixtureHost(fixture)) };
}

function describe(path: string, text: string, start: number, end: number, code: string, message: string): string {
  const before = text.slice(0, start);
  const line = before.split('\n').length;
  const column = start - before.lastIndexOf('\n');
  return `${path}:${line}:${column} ${JSON.stringify(text.slice(start, end))} ${code}: ${message}`;
}

/** Checks every file of the fixture and asserts the diagnostics are exactly the markers. */
export function checkFixture(source: string): void {
  const fixture = parseFixture(source);
  const paths = [...fixture.files.keys()];
  const reports = checkFiles(paths, fixtureHost(fixture));
  const unmatched = [...fixture.expected];
  const unexpected: string[] = [];
  for (const report of reports) {
    for (const d of report.diagnostics) {
      const index = unmatched.findIndex(
        (e) => e.path === report.path && e.start === d.span.start && e.end === d.span.end && e.code === d.code && d.message.includes(e.messagePart),
      );
      if (index >= 0) unmatched.splice(index, 1);
      else unexpected.push(describe(report.path, report.text, d.span.start, d.span.end, d.code, d.message));
    }
  }
  const missing = unmatched.map((e) => describe(e.path, fixture.files.get(e.path) ?? '', e.start, e.end, e.code, e.messagePart));
  expect({ unexpected, missing }).toEqual({ unexpected: [], missing: [] });
}
