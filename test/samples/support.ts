// Shared by the sample tests: where the samples are, and the `.expected` text of a file's
// diagnostics, one line each, `line:col code message` with 1-based lines and columns as the pretty
// format prints them.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { JsonDiagnostic } from '../../server/src/cli/report/json';

export const ROOT = join(__dirname, '..', '..');

/** The names of the deliberately broken samples, sorted. */
export function brokenFiles(): string[] {
  return readdirSync(join(ROOT, 'samples', 'broken'))
    .filter((name) => name.endsWith('.hewitt'))
    .sort();
}

/** `cycle-a.hewitt` → `cycle-a.expected`. */
export function expectedPathOf(name: string): string {
  return name.replace(/\.hewitt$/, '.expected');
}

/** One line per diagnostic, in the order given; a line break inside a message is written `\n`. */
export function expectedText(diagnostics: readonly JsonDiagnostic[]): string {
  return diagnostics
    .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.message.replace(/\r?\n/g, '\\n')}\n`)
    .join('');
}
