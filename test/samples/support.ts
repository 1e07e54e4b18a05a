// Shared by the sample tests: where the samples are (the broken ones, and those in samples/rules/
// that show each catalogue rule firing), and the `.expected` text of a file's diagnostics, one
// line each, `line:col code message` with 1-based lines and columns as the pretty format prints
// them.

import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { JsonDiagnostic } from '../../server/src/cli/report/json';

export const ROOT = join(__dirname, '..', '..');

/** The names of the deliberately broken samples, sorted. */
export function brokenFiles(): string[] {
  return readdirSync(join(ROOT, 'samples', 'broken'))
    .filter((name) => name.endsWith('.hewitt'))
    .sort();
}

/** The folders of samples that are expected to report problems, so left out of the clean-sample checks. */
export const WARNING_FOLDERS: readonly string[] = ['samples/broken/', 'samples/rules/'];

/** Whether a sample path (`samples/…`, forward slashes) lies in a folder expected to report problems. */
export function expectedToWarn(path: string): boolean {
  return WARNING_FOLDERS.some((folder) => path.startsWith(folder));
}

/** The rule samples: every `.hewitt` file below samples/rules/, as `samples/rules/…` paths, sorted. */
export function ruleSampleFiles(): string[] {
  const walk = (relative: string): string[] =>
    readdirSync(join(ROOT, relative))
      .sort()
      .flatMap((name) => {
        const path = `${relative}/${name}`;
        if (statSync(join(ROOT, path)).isDirectory()) return walk(path);
        return name.endsWith('.hewitt') ? [path] : [];
      });
  return walk('samples/rules');
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
