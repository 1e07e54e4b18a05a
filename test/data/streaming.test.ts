import { describe, expect, it } from 'vitest';
import { isAbortError } from '../../server/src/core/data/abort';
import { createDataCache } from '../../server/src/core/data/cache';
import type { DataHost } from '../../server/src/core/data/data-host';
import { loadDataset } from '../../server/src/core/data/load-dataset';
import type { LoadProgress, Row } from '../../server/src/core/data/load';
import { DATA_FILE, datasetFrom, datasetWith, loadCsv, memoryDataHost, RULE_FILE } from './data-support';

const CSV = 'icb,amount\nQE1,1.50\nQE2,bad\nQE3,(2)\n';

describe('progress and cancellation', () => {
  it('reports bytes read after each chunk against the size from stat', async () => {
    const progress: LoadProgress[] = [];
    await loadCsv('icb: text, amount: money', CSV, { onProgress: (p) => progress.push(p) });
    expect(progress.length).toBe(Math.ceil(CSV.length / 7));
    expect(progress.at(-1)).toEqual({ dataset: 'd', bytesRead: CSV.length, totalBytes: CSV.length });
    expect(progress.map((p) => p.bytesRead)).toEqual([...progress.map((p) => p.bytesRead)].sort((a, b) => a - b));
  });

  it('rejects with an AbortError when the signal fires between chunks', async () => {
    const controller = new AbortController();
    const rows: Row[] = [];
    const load = loadDataset(datasetWith('icb: text, amount: money'), RULE_FILE, memoryDataHost({ [DATA_FILE]: CSV }), (r) => rows.push(r), {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.bytesRead >= 14) controller.abort();
      },
    });
    const error = await load.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isAbortError(error)).toBe(true);
    expect(rows.length).toBeLessThan(2);
  });

  it('rejects at once when the signal has already fired', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(loadCsv('icb: text', CSV, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(isAbortError(new Error('other'))).toBe(false);
  });
});

describe('the data cache', () => {
  const dataset = datasetWith('icb: text, amount: money');

  async function run(host: DataHost, cache = createDataCache(), columns = dataset) {
    const rows: Row[] = [];
    const outcome = await loadDataset(columns, RULE_FILE, host, (r) => rows.push(r), { cache });
    return { rows, outcome };
  }

  it('replays an unchanged file without reading it again, with the same rows and diagnostics', async () => {
    const host = memoryDataHost({ [DATA_FILE]: CSV });
    const cache = createDataCache();
    const first = await run(host, cache);
    const second = await run(host, cache);
    expect(host.reads.get(DATA_FILE)).toBe(1);
    expect(second).toEqual(first);
    expect(first.rows).toEqual([
      ['QE1', 150n],
      ['QE3', -200n],
    ]);
    expect(first.outcome.result).toEqual({ path: 'data/d.csv', rowsRead: 3, rowsRejected: 1 });
    expect(cache.entries).toBe(1);
  });

  it('reads again when the size or modification time changes', async () => {
    const host = memoryDataHost({ [DATA_FILE]: CSV });
    const cache = createDataCache();
    await run(host, cache);
    host.set(DATA_FILE, CSV, 2);
    const changed = await run(host, cache);
    expect(host.reads.get(DATA_FILE)).toBe(2);
    host.set(DATA_FILE, CSV + 'QE4,4\n', 2);
    const grown = await run(host, cache);
    expect(host.reads.get(DATA_FILE)).toBe(3);
    expect(grown.rows.length).toBe(changed.rows.length + 1);
  });

  it('re-types the file when the declared columns change', async () => {
    const host = memoryDataHost({ [DATA_FILE]: CSV });
    const cache = createDataCache();
    await run(host, cache);
    const asText = await run(host, cache, datasetWith('icb: text, amount: text'));
    expect(host.reads.get(DATA_FILE)).toBe(2);
    expect(asText.rows).toEqual([
      ['QE1', '1.50'],
      ['QE2', 'bad'],
      ['QE3', '(2)'],
    ]);
  });

  it('streams a file larger than the budget every time and evicts the oldest file for a new one', async () => {
    const host = memoryDataHost({ [DATA_FILE]: CSV, '/rules/data/e.csv': CSV });
    const small = createDataCache({ maxBytes: CSV.length - 1 });
    await run(host, small);
    await run(host, small);
    expect(host.reads.get(DATA_FILE)).toBe(2);
    expect(small.entries).toBe(0);

    const one = createDataCache({ maxBytes: CSV.length });
    const e = datasetFrom('dataset e {\n  source: "data/e.csv"\n  columns {\n    icb: text\n  }\n}\n');
    await run(host, one);
    await run(host, one, e);
    expect(one.entries).toBe(1);
    await run(host, one, e);
    expect(host.reads.get('/rules/data/e.csv')).toBe(1);
    await run(host, one);
    expect(host.reads.get(DATA_FILE)).toBe(4);
    expect(one.bytes).toBe(CSV.length);
  });

  it('keeps every column type through the compact store', async () => {
    const host = memoryDataHost({
      [DATA_FILE]: 't,n,m,p,y,d,b\nx,1.5,£12.50,12.5%,2023-24,2024-02-29,yes\n,,,,,,\ny,-2,99999999999999999999.99,0,2024/25,2025-01-01,0\n',
    });
    const typed = datasetWith('t: text, n: number, m: money, p: percent, y: fiscal_year, d: date, b: bool');
    const cache = createDataCache();
    const first = await run(host, cache, typed);
    const second = await run(host, cache, typed);
    expect(host.reads.get(DATA_FILE)).toBe(1);
    expect(second.rows).toEqual(first.rows);
    expect(first.rows[2][2]).toBe(9999999999999999999999n);
  });
});

describe('a large file', () => {
  it('streams a million rows from an async generator through the sink', async () => {
    const total = 1_000_000;
    const encoder = new TextEncoder();
    const host: DataHost = {
      stat: async () => ({ size: 0, mtimeMs: 0 }),
      read: () =>
        (async function* () {
          yield encoder.encode('icb,year,amount\n');
          const batch = 10_000;
          for (let start = 0; start < total; start += batch) {
            let text = '';
            for (let i = start; i < start + batch; i++) text += `Q${i % 42},2024/25,${i % 1000}.${i % 100}\n`;
            yield encoder.encode(text);
          }
        })(),
    };
    let count = 0;
    let pence = 0n;
    const outcome = await loadDataset(datasetWith('icb: text, year: fiscal_year, amount: money'), RULE_FILE, host, (row) => {
      count++;
      pence += row[2] as bigint;
    });
    expect(count).toBe(total);
    expect(outcome.result).toEqual({ path: 'data/d.csv', rowsRead: total, rowsRejected: 0 });
    expect(pence).toBeGreaterThan(0n);
  });
});
