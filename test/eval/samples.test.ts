// End to end: the sample rule files evaluated through `evaluate` (the real data loader) against
// small CSV fixtures served from memory at the paths the samples name (samples/data/…).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DataHost } from '../../server/src/core/data/data-host';
import { evaluate } from '../../server/src/core/eval/evaluate';
import { modelOf } from './helpers';

const ROOT = join(__dirname, '..', '..');
const rules = (name: string): string => readFileSync(join(ROOT, 'samples', name), 'utf8');
const fixture = (name: string): Uint8Array => readFileSync(join(__dirname, 'fixtures', name));

const FILES: Record<string, string> = {
  '/samples/datasets.hewitt': rules('datasets.hewitt'),
  '/samples/prevention.hewitt': rules('prevention.hewitt'),
  '/samples/gp-contract.hewitt': rules('gp-contract.hewitt'),
};

const DATA = new Map<string, Uint8Array>([
  ['/samples/data/ledger.csv', fixture('ledger.csv')],
  ['/samples/data/qof.csv', fixture('qof.csv')],
  ['/samples/data/screening-uptake.csv', fixture('screening-uptake.csv')],
]);

const memoryData: DataHost = {
  stat: async (path) => {
    const bytes = DATA.get(path);
    return bytes === undefined ? undefined : { size: bytes.length, mtimeMs: 0 };
  },
  read: (path) => {
    const bytes = DATA.get(path);
    if (bytes === undefined) return undefined;
    return (async function* () {
      // in two chunks, so that a row may straddle them
      const half = Math.floor(bytes.length / 2);
      yield bytes.subarray(0, half);
      yield bytes.subarray(half);
    })();
  },
};

async function evaluateSamples() {
  const paths = ['/samples/prevention.hewitt', '/samples/gp-contract.hewitt'];
  return evaluate(modelOf(FILES, paths), paths, memoryData);
}

describe('the samples, end to end', () => {
  it('reads every dataset without rejecting a row', async () => {
    const result = await evaluateSamples();
    expect(result.datasets).toEqual({
      ledger: { path: 'data/ledger.csv', rowsRead: 117, rowsRejected: 0 },
      qof: { path: 'data/qof.csv', rowsRead: 30, rowsRejected: 0 },
      screening_uptake: { path: 'data/screening-uptake.csv', rowsRead: 24, rowsRejected: 0 },
    });
  });

  it('gives each ICB a prevention share between 2% and 10%', async () => {
    const result = await evaluateSamples();
    const rows = result.measures.prevention_share.rows;
    expect(rows).toHaveLength(9);
    for (const row of rows) {
      expect(typeof row.value).toBe('number');
      expect(row.value as number).toBeGreaterThan(2);
      expect(row.value as number).toBeLessThan(10);
    }
  });

  it('classifies, excludes credits and reports the overlap of screening and surveillance', async () => {
    const result = await evaluateSamples();
    const prevention = result.classifications.prevention;
    expect(prevention.excludedRows).toBe(9);
    expect(prevention.categories.find((c) => c.name === 'surveillance')?.overlapRows).toBe(9);
    const codes = [...result.diagnostics.values()].flat().map((d) => d.code);
    expect(codes).toContain('hewitt/no-double-count');
    expect(codes.filter((c) => c === 'data-cell' || c === 'data-file')).toEqual([]);
  });

  it('projects targets from three years of data and scores the QOF metrics', async () => {
    const result = await evaluateSamples();
    const shift = result.targets.prevention_shift.rows;
    expect(shift.map((r) => r.group.icb)).toEqual(['QE1', 'QKS', 'QOP']);
    expect(shift.every((r) => r.projected)).toBe(true);
    // QE1's prevention lines grow 10% a year against 2% for acute care: on track for +1pp
    expect(shift[0].status).toBe('on-track');
    expect(shift[1].status).toBe('off-track');
    const dm020 = result.metrics.dm020;
    expect(dm020.rows).toHaveLength(6);
    for (const row of dm020.rows) {
      expect(row.achievement).not.toBeNull();
      expect(row.points).toBeGreaterThanOrEqual(0);
      expect(row.points).toBeLessThanOrEqual(17);
    }
    expect(dm020.strata.map((s) => s.stratum)).toEqual(['1', '2', '3', '5']);
    expect(dm020.gap).toBeLessThan(0); // the fixtures' most deprived practices achieve less
    expect(result.funding.tobacco_dependence).toEqual({ total: 420_000_000n, recurrent: true, years: ['2024/25', '2025/26', '2026/27'] });
  });

  it('rejects with an AbortError when cancelled while reading', async () => {
    const paths = ['/samples/prevention.hewitt'];
    const controller = new AbortController();
    const cancelling: DataHost = {
      stat: memoryData.stat,
      read: (path, signal) => {
        const inner = memoryData.read(path, signal);
        if (inner === undefined) return undefined;
        return (async function* () {
          for await (const chunk of inner) {
            yield chunk;
            controller.abort();
          }
        })();
      },
    };
    await expect(evaluate(modelOf(FILES, paths), paths, cancelling, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    await expect(evaluate(modelOf(FILES, paths), paths, memoryData, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('gives the same result twice', async () => {
    const [a, b] = [await evaluateSamples(), await evaluateSamples()];
    expect(b).toEqual(a);
  });
});
