// What the one-scan plan does beyond the rendered SQL: key-only columns grouped by their cells as
// written and typed after grouping (plan/column-use.ts, sql/one-scan.ts), and classification
// overlaps tallied as bit masks (sql/compile.ts, sql/read.ts). Each case is compared with the
// embedded evaluator on DuckDB, PostgreSQL and two ClickHouse shards, diagnostics included.

import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../server/src/core/plan/build';
import { keyOnlyColumns, unreadTextColumns } from '../../server/src/core/plan/column-use';
import type { EvalResult } from '../../server/src/core/eval/result';
import { evaluateClickHouse, useClickHouse } from './clickhouse-support';
import { differences } from './compare';
import { evaluatePostgres, usePostgres } from './postgres-support';
import { errorsOf, evaluateDuckDb, evaluateEmbedded, modelOf } from './support';

const postgres = usePostgres();
const clickhouse = useClickHouse();

const DATASET = `dataset t "T" {
  source: "t.csv"
  owner: "O"
  columns {
    code: text
    year: fiscal_year
    day: date
    amount: money
    n: number
  }
}
`;

function workspace(rules: string, csv: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'hewitt-one-scan-'));
  chmodSync(dir, 0o755); // the PostgreSQL server reads the CSV file itself
  const path = join(dir, 'rules.hewitt');
  writeFileSync(path, DATASET + rules);
  writeFileSync(join(dir, 't.csv'), csv);
  return path;
}

/** The diagnostics of a result as comparable text: code, where, message. */
function findings(result: EvalResult): string[] {
  return [...result.diagnostics.values()].flat().filter((d) => d.code !== 'data-cell').map((d) => `${d.code} ${d.span.start} ${d.message}`).sort();
}

/** Evaluates everywhere and expects every engine to give the embedded evaluator's result. */
async function sameEverywhere(rules: string, csv: string): Promise<EvalResult> {
  const path = workspace(rules, csv);
  const model = modelOf(path);
  expect(errorsOf(model)).toEqual([]);
  const embedded = await evaluateEmbedded(model, path);
  const engines: [string, EvalResult][] = [
    ['DuckDB', await evaluateDuckDb(model, path)],
    ['PostgreSQL', await evaluatePostgres(postgres.url(), model, path)],
    ['ClickHouse', await evaluateClickHouse(clickhouse.cluster(), model, path)],
  ];
  for (const [name, result] of engines) {
    expect(differences(embedded, result), name).toEqual([]);
    expect(findings(result), name).toEqual(findings(embedded));
  }
  return embedded;
}

const measure = (name: string, value: string, by: string): string => `\nmeasure ${name} "${name}" {\n  from t\n  value: ${value}\n  by ${by}\n}\n`;

function use(rules: string, of: typeof keyOnlyColumns): string[] {
  const path = workspace(rules, 'code,year,day,amount,n\n');
  const model = modelOf(path);
  expect(errorsOf(model)).toEqual([]);
  const plan = buildPlan(model, [path]);
  return of(plan, plan.datasets[0]).map((c) => c.name);
}

const keyOnly = (rules: string): string[] => use(rules, keyOnlyColumns);

describe('key-only columns', () => {
  it('are the typed columns every grouping groups by and no row expression reads', () => {
    expect(keyOnly(measure('a', 'sum(amount)', 'year, day') + measure('b', 'count()', 'code, year'))).toEqual(['year']);
    expect(keyOnly(measure('a', 'sum(amount)', 'year, day'))).toEqual(['year', 'day']);
    // Read by a condition, an argument, or a classification's tally: typed row by row.
    expect(keyOnly(measure('a', 'count(where year >= 2023/24)', 'year'))).toEqual([]);
    expect(keyOnly(measure('a', 'sum(n)', 'n'))).toEqual([]);
    expect(keyOnly(measure('a', 'count()', 'amount') + `\nclassification k "K" on t {\n  category c "C" {\n    level: primary\n    when code = "x"\n  }\n}\n`)).toEqual([]);
    // Text keys, and groupings with a smallest or largest value, are never deferred.
    expect(keyOnly(measure('a', 'count()', 'code'))).toEqual([]);
    expect(keyOnly(measure('a', 'max(amount)', 'year'))).toEqual([]);
  });

  it('and the text columns nothing reads need not be read at all', () => {
    expect(use(measure('a', 'sum(amount)', 'year'), unreadTextColumns)).toEqual(['code']);
    expect(use(measure('a', 'sum(amount)', 'code'), unreadTextColumns)).toEqual([]);
    expect(use(measure('a', 'count(where code = "x")', 'year'), unreadTextColumns)).toEqual([]);
  });

  it('reject the rows of cells that do not fit and add up groups whose cells type alike', async () => {
    const rules = measure('spend', 'sum(amount)', 'year') + measure('by_day', 'sum(amount)', 'year, day') + `
classification k "K" on t {
  category big "Big" {
    level: primary
    when amount > £10
  }
}
`;
    const csv = [
      'code,year,day,amount,n',
      'a,2023/24,2024-01-31,12.00,1',
      'b,2023-24,2024-01-31,3.00,1',
      'c, 2023/24 ,2024-01-31,20.00,1',
      'd,2023/2024,2024-02-29,1.50,1',
      'e,2023/25,2024-01-31,100.00,1',
      'f,,2024-01-31,7.00,1',
      'g,2024/25,2023-02-29,1000.00,1',
      'h,2024/25,,5.00,1',
      'i,2024/25,2025-03-31,oops,1',
    ].join('\n');
    const result = await sameEverywhere(rules, `${csv}\n`);
    // 2023/25 is not two consecutive years, 2023-02-29 is no date, oops no amount; an empty year is its own group.
    expect(result.datasets.t).toMatchObject({ rowsRead: 9, rowsRejected: 3 });
    const spend = new Map(result.measures.spend.rows.map((r) => [r.group.year, r.value]));
    expect(spend).toEqual(new Map<unknown, unknown>([['', 700n], ['2023/24', 3650n], ['2024/25', 500n]]));
    expect(result.measures.by_day.rows.find((r) => r.group.year === '2023/24' && r.group.day === '2024-01-31')?.value).toBe(3500n);
    expect(result.classifications.k.categories[0]).toMatchObject({ rows: 2, amount: 3200n });
  });
});

describe('overlap masks', () => {
  it('tally the later categories that also hold, across more than one mask', async () => {
    // 33 categories: `n >= 0` … `n >= 32`. A row with n = k is in category 0 and also matches 1 … k.
    const categories = Array.from({ length: 33 }, (_, i) => `  category c${i} "At least ${i}" {\n    level: primary\n    when n >= ${i}\n  }`).join('\n');
    const rules = `\nclassification k "K" on t {\n${categories}\n  exclude when code = "x"\n}\n` + measure('share', 'sum(amount where k) / sum(amount)', 'code');
    const rows = [0, 1, 2, 29, 30, 31, 32, 40, -1].map((n, i) => `${i % 2 === 0 ? 'a' : 'b'},2023/24,2024-01-31,1.00,${n}`);
    const result = await sameEverywhere(rules, `code,year,day,amount,n\n${rows.join('\n')}\nx,2023/24,2024-01-31,1.00,5\n`);
    const { categories: tallied, overlapRows, excludedRows, unclassifiedRows } = result.classifications.k;
    expect([overlapRows, excludedRows, unclassifiedRows]).toEqual([7, 1, 1]);
    expect(tallied[0].rows).toBe(8);
    expect(tallied.map((c) => c.overlapRows)).toEqual([0, 7, 6, ...Array(26).fill(5), 5, 4, 3, 2]);
  });
});
