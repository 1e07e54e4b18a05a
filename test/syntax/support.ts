// Helpers shared by the parser's tests: golden files and a one-line-per-diagnostic listing.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Diagnostic } from '../../server/src/core/diagnostics';
import { LineIndex } from '../../server/src/core/text/line-index';

export const casesDir = join(__dirname, 'cases');

/** The `.hewitt` files of a case folder, sorted. */
export function caseFiles(folder: 'valid' | 'invalid'): string[] {
  return readdirSync(join(casesDir, folder))
    .filter((name) => name.endsWith('.hewitt'))
    .sort();
}

export function readCase(folder: 'valid' | 'invalid', name: string): string {
  return readFileSync(join(casesDir, folder, name), 'utf8');
}

/** Asserts the golden file holds `actual`, or rewrites it when UPDATE_GOLDEN=1. */
export function expectGolden(path: string, actual: string): void {
  if (process.env.UPDATE_GOLDEN === '1') {
    writeFileSync(path, actual);
    return;
  }
  expect(existsSync(path), `${path} is missing; run the tests with UPDATE_GOLDEN=1`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

/** `line:col-line:col code message`, 1-based as an editor shows them, sorted by position. */
export function errorLines(text: string, diagnostics: readonly Diagnostic[]): string {
  const index = new LineIndex(text);
  const at = (offset: number): string => {
    const p = index.position(offset);
    return `${p.line + 1}:${p.character + 1}`;
  };
  return diagnostics
    .slice()
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end)
    .map((d) => `${at(d.span.start)}-${at(d.span.end)} ${d.code} ${d.message}\n`)
    .join('');
}
