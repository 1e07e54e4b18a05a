// The data a test's evaluation sees: a `DataHost` that answers for each dataset's `source:` path
// with the test's fixture (its table as CSV, or its CSV file), and with an empty file (the header
// only) for every other dataset in scope. It never forwards a dataset's own path, so a test never
// reads real data; fixture files are read through the shell's host.

import type { DataFileStat, DataHost } from '../data/data-host';
import { datasetShape } from '../data/shape';
import { resolveRelative } from '../host';
import type { SemanticModel, SemanticSymbol } from '../semantics/model';
import type { GivenDecl } from '../syntax/test-ast';
import { csvCell } from './values';

type Served = { readonly kind: 'bytes'; readonly bytes: Uint8Array } | { readonly kind: 'file'; readonly path: string };

/** The rule files a file sees: itself and everything it imports, transitively. */
export function filesSeenFrom(model: SemanticModel, path: string): string[] {
  const seen = new Set<string>();
  const visit = (p: string): void => {
    if (seen.has(p)) return;
    const file = model.files.get(p);
    if (file === undefined) return;
    seen.add(p);
    for (const link of file.imports) if (link.found) visit(link.target);
  };
  visit(path);
  return [...seen];
}

export function datasetsSeenFrom(model: SemanticModel, path: string): SemanticSymbol[] {
  return filesSeenFrom(model, path).flatMap((p) => [...(model.files.get(p)?.symbols.values() ?? [])].filter((s) => s.kind === 'dataset'));
}

function columnNames(dataset: SemanticSymbol): string[] {
  return [...dataset.members.values()].filter((m) => m.kind === 'column').map((m) => m.name);
}

const encoder = new TextEncoder();

/** A given table as the dataset's CSV: every declared column, the ones the table omits left empty. */
export function tableCsv(dataset: SemanticSymbol, given: GivenDecl, onlyRow?: number): string {
  const columns = columnNames(dataset);
  const table = given.table;
  const header = table?.header.map((n) => n.text) ?? [];
  const rows = (table?.rows ?? []).filter((_, i) => onlyRow === undefined || i === onlyRow);
  const lines = [columns.join(',')];
  for (const row of rows) {
    lines.push(columns.map((column) => {
      const at = header.indexOf(column);
      const cell = at < 0 ? undefined : row.cells[at];
      return cell === undefined ? '' : csvCell(cell);
    }).join(','));
  }
  return lines.join('\n') + '\n';
}

/** What a test's data source serves: each dataset's resolved `source:` path and its bytes or fixture file. */
export interface Fixtures {
  readonly served: ReadonlyMap<string, Served>;
  /** The resolved `source:` path of each dataset in scope. */
  readonly paths: ReadonlyMap<SemanticSymbol, string>;
  readonly given: ReadonlyMap<SemanticSymbol, GivenDecl>;
}

/** Builds the test's data once; `fixtureHost` serves it (or one row of one table of it). */
export function prepareFixtures(model: SemanticModel, testPath: string, given: ReadonlyMap<SemanticSymbol, GivenDecl>): Fixtures {
  const served = new Map<string, Served>();
  const paths = new Map<SemanticSymbol, string>();
  for (const dataset of datasetsSeenFrom(model, testPath)) {
    const source = datasetShape(dataset).source;
    if (source === undefined) continue;
    const path = resolveRelative(dataset.path, source);
    paths.set(dataset, path);
    const g = given.get(dataset);
    if (g?.source) served.set(path, { kind: 'file', path: resolveRelative(testPath, g.source.value) });
    else served.set(path, { kind: 'bytes', bytes: encoder.encode(g ? tableCsv(dataset, g) : columnNames(dataset).join(',') + '\n') });
  }
  return { served, paths, given };
}

export interface FixtureOptions {
  /** Serve only this row (0-based) of the given table of this dataset. */
  readonly onlyRow?: { readonly dataset: SemanticSymbol; readonly row: number };
}

export function fixtureHost(fixtures: Fixtures, files: DataHost, options: FixtureOptions = {}): DataHost {
  let served = fixtures.served;
  const only = options.onlyRow;
  const onlyPath = only ? fixtures.paths.get(only.dataset) : undefined;
  const onlyGiven = only ? fixtures.given.get(only.dataset) : undefined;
  if (only && onlyPath !== undefined && onlyGiven) {
    const copy = new Map(served);
    copy.set(onlyPath, { kind: 'bytes', bytes: encoder.encode(tableCsv(only.dataset, onlyGiven, only.row)) });
    served = copy;
  }
  return {
    async stat(path: string): Promise<DataFileStat | undefined> {
      const entry = served.get(path);
      if (entry === undefined) return undefined;
      return entry.kind === 'bytes' ? { size: entry.bytes.length, mtimeMs: 0 } : files.stat(entry.path);
    },
    read(path: string, signal?: AbortSignal): AsyncIterable<Uint8Array> | undefined {
      const entry = served.get(path);
      if (entry === undefined) return undefined;
      if (entry.kind === 'file') return files.read(entry.path, signal);
      const bytes = entry.bytes;
      return (async function* () {
        yield bytes;
      })();
    },
  };
}
