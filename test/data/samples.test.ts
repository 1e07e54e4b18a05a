// The committed sample CSV files load against the sample datasets with no rejected row.

import { createReadStream, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { DataHost } from '../../server/src/core/data/data-host';
import { loadDataset } from '../../server/src/core/data/load-dataset';
import { analyzeWorkspace } from '../../server/src/core/semantics';

const RULES = 'samples/datasets.hewitt';

const fsHost: DataHost = {
  async stat(path) {
    const s = await stat(path).catch(() => undefined);
    return s ? { size: s.size, mtimeMs: s.mtimeMs } : undefined;
  },
  read(path) {
    return (async function* () {
      for await (const chunk of createReadStream(path)) yield new Uint8Array(chunk as Buffer);
    })();
  },
};

describe('the sample data', () => {
  const model = analyzeWorkspace([RULES], { readFile: (p) => readFileSync(p, 'utf8') });
  const datasets = model.files.get(RULES)?.declared.filter((s) => s.kind === 'dataset') ?? [];

  it('declares the three sample datasets', () => {
    expect(datasets.map((d) => d.name)).toEqual(['ledger', 'qof', 'screening_uptake']);
  });

  it.each(['ledger', 'qof', 'screening_uptake'])('loads %s with no rejected row', async (name) => {
    const dataset = datasets.find((d) => d.name === name);
    if (!dataset) throw new Error(`no dataset ${name}`);
    let rows = 0;
    const outcome = await loadDataset(dataset, RULES, fsHost, () => rows++);
    expect(outcome.diagnostics).toEqual([]);
    expect(outcome.result.rowsRejected).toBe(0);
    expect(outcome.result.rowsRead).toBe(rows);
    expect(rows).toBeGreaterThan(500);
  });
});
