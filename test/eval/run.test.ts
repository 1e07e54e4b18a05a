import { describe, expect, it } from 'vitest';
import { runEvaluation, type DatasetLoader } from '../../server/src/core/eval/run';
import { modelOf, NO_DATA_HOST, rowsLoader } from './helpers';

const RULES = `
dataset d {
  source: "d.csv"
  columns {
    name: text
    size: number
    year: fiscal_year
    amount: money
  }
}
dataset unused {
  source: "unused.csv"
  columns {
    code: text
  }
}
classification c on d {
  category big {
    level: primary
    when size >= 10
  }
}
measure by_size {
  from d
  value: count()
  by size
}
measure by_name {
  from d
  value: sum(amount where c)
  by name, year
}
`;

const rows = [
  ['b', 10, '2024/25', 1n],
  ['B', 2, '2023/24', 2n],
  ['a', 2, '2099/00', 3n],
  ['a', 10, '1999/00', 4n],
  ['Ä', 100, '2024/25', 5n],
];

describe('evaluation pass', () => {
  it('reads each dataset once and fans its rows out to every consumer', async () => {
    const loads: string[] = [];
    const model = modelOf({ '/main.hewitt': RULES });
    const result = await runEvaluation(rowsLoader({ d: rows }, loads), model, ['/main.hewitt'], NO_DATA_HOST, {});
    expect(loads).toEqual(['d', 'unused']);
    expect(result.datasets).toEqual({
      d: { path: 'd.csv', rowsRead: 5, rowsRejected: 0 },
      unused: { path: 'unused.csv', rowsRead: 0, rowsRejected: 0 },
    });
    expect(result.classifications.c.categories[0].rows).toBe(3);
  });

  it('sorts groups: numbers numerically, fiscal years chronologically, text by code point', async () => {
    const model = modelOf({ '/main.hewitt': RULES });
    const result = await runEvaluation(rowsLoader({ d: rows }), model, ['/main.hewitt'], NO_DATA_HOST, {});
    expect(result.measures.by_size.rows.map((r) => r.group.size)).toEqual(['2', '10', '100']);
    expect(result.measures.by_name.rows.map((r) => `${r.group.name} ${r.group.year}`)).toEqual([
      'B 2023/24',
      'a 1999/00',
      'a 2099/00',
      'b 2024/25',
      'Ä 2024/25',
    ]);
    const again = await runEvaluation(rowsLoader({ d: [...rows].reverse() }), model, ['/main.hewitt'], NO_DATA_HOST, {});
    expect(again.measures).toEqual(result.measures);
  });

  it('evaluates the files a rule file imports', async () => {
    const model = modelOf({ '/main.hewitt': 'import "lib.hewitt"\n', '/lib.hewitt': RULES });
    const result = await runEvaluation(rowsLoader({ d: rows }), model, ['/main.hewitt'], NO_DATA_HOST, {});
    expect(Object.keys(result.measures)).toEqual(['by_size', 'by_name']);
  });

  it('passes the signal to the loader and rejects with an AbortError when cancelled', async () => {
    const model = modelOf({ '/main.hewitt': RULES });
    const controller = new AbortController();
    const seen: (AbortSignal | undefined)[] = [];
    const inner = rowsLoader({ d: rows });
    const cancelling: DatasetLoader = (dataset, ruleFile, host, sink, options) => {
      seen.push(options.signal);
      return inner(dataset, ruleFile, host, (row) => {
        sink(row);
        controller.abort();
      }, options);
    };
    const run = runEvaluation(cancelling, model, ['/main.hewitt'], NO_DATA_HOST, { signal: controller.signal });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toEqual([controller.signal]);
  });

  it('rejects at once when the signal is already aborted', async () => {
    const model = modelOf({ '/main.hewitt': RULES });
    const loads: string[] = [];
    const run = runEvaluation(rowsLoader({ d: rows }, loads), model, ['/main.hewitt'], NO_DATA_HOST, { signal: AbortSignal.abort() });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(loads).toEqual([]);
  });
});
