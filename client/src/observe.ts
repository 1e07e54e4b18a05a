// What the status bar reads from diagnostics and results. Pure apart from the types it names.

import type { EvalJson } from '../webview/model';
import type { DataState } from './status-text';

interface DiagnosticLike {
  readonly severity: number;
}

interface UriLike {
  readonly path: string;
}

/** Errors and warnings (severity 0 and 1) in rule files and hewitt.config.json. */
export function problemCount(all: readonly (readonly [UriLike, readonly DiagnosticLike[]])[]): number {
  let count = 0;
  for (const [uri, list] of all) {
    if (!uri.path.endsWith('.hewitt') && !uri.path.endsWith('/hewitt.config.json')) continue;
    count += list.filter((d) => d.severity <= 1).length;
  }
  return count;
}

/** Loaded when datasets were read, an error when a data file could not be read. */
export function dataState(result: EvalJson): DataState {
  const failure = result.diagnostics.find((d) => d.code === 'data-file' && d.severity === 'error');
  if (failure !== undefined) return { kind: 'error', message: failure.message };
  const datasets = Object.values(result.datasets);
  if (datasets.length === 0) return { kind: 'unknown' };
  return { kind: 'loaded', rows: datasets.reduce((sum, d) => sum + d.rowsRead, 0) };
}
