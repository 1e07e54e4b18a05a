// The dialect traps of docs/engines.md, each on a small workspace whose right answer is known,
// checked on the embedded evaluator, DuckDB, PostgreSQL and two ClickHouse shards alike.

import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EvalResult } from '../../server/src/core/eval/result';
import { duckdb } from '../../server/src/core/sql/duckdb';
import { postgres as postgresDialect } from '../../server/src/core/sql/postgres';
import { evaluatePostgres, usePostgres } from './postgres-support';
import { evaluateClickHouse, useClickHouse } from './clickhouse-support';
import { errorsOf, evaluateDuckDb, evaluateEmbedded, modelOf } from './support';

const postgres = usePostgres();
const clickhouse = useClickHouse();

const DATASET = `dataset t "T" {
  source: "t.csv"
  owner: "O"
  columns {
    code: text
    n: number
    amount: money
  }
}
`;

/** The workspace evaluated by all three engines. */
async function everywhere(measures: string, csv: string): Promise<EvalResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'hewitt-traps-'));
  chmodSync(dir, 0o755);
  const path = join(dir, 'rules.hewitt');
  writeFileSync(path, DATASET + measures);
  writeFileSync(join(dir, 't.csv'), csv);
  const model = modelOf(path);
  expect(errorsOf(model)).toEqual([]);
  return [await evaluateEmbedded(model, path), await evaluateDuckDb(model, path), await evaluatePostgres(postgres.url(), model, path), await evaluateClickHouse(clickhouse.cluster(), model, path)];
}

const measure = (name: string, value: string, by = ''): string => `\nmeasure ${name} "${name}" {\n  from t\n  value: ${value}\n  ${by}\n}\n`;

describe('dialect traps', () => {
  it('division is never integer division, and a zero denominator is no data', async () => {
    const results = await everywhere(measure('third', 'count(where n > 0) / count()') + measure('none', 'sum(n where n > 5) / sum(n where n > 5)'), 'code,n,amount\na,1,1\nb,0,1\nc,0,1\n');
    for (const r of results) {
      expect(r.measures.third.rows[0].value).toBeCloseTo(1 / 3, 12);
      expect(r.measures.none.rows[0].value).toBeNull();
    }
  });

  it('a sum of no rows is zero, not NULL', async () => {
    const results = await everywhere(measure('nothing', 'sum(amount where code = "zz")') + measure('count_none', 'count(where code = "zz")'), 'code,n,amount\na,1,2.50\n');
    for (const r of results) expect([r.measures.nothing.rows[0].value, r.measures.count_none.rows[0].value]).toEqual([0n, 0]);
  });

  it('with every row rejected, or none at all, the counts are right and a measure with no `by` still answers', async () => {
    const measures = measure('total', 'sum(amount)') + measure('rows', 'count()') + measure('by_code', 'count()', 'by code');
    for (const csv of ['code,n,amount\na,1,lots\nb,x,1\n', 'code,n,amount\n']) {
      const results = await everywhere(measures, csv);
      for (const r of results) {
        expect([r.measures.total.rows.map((row) => row.value), r.measures.rows.rows.map((row) => row.value), r.measures.by_code.rows]).toEqual([[0n], [0], []]);
      }
      expect(new Set(results.map((r) => JSON.stringify({ ...r.datasets.t, path: '' })))).toEqual(new Set([JSON.stringify({ ...results[0].datasets.t, path: '' })]));
    }
  });

  it('an empty cell neither holds nor fails a comparison', async () => {
    const results = await everywhere(measure('holds', 'count(where n >= 0)') + measure('fails', 'count(where not n >= 0)'), 'code,n,amount\na,,1\nb,2,1\nc,-1,1\n');
    for (const r of results) expect([r.measures.holds.rows[0].value, r.measures.fails.rows[0].value]).toEqual([1, 1]);
  });

  it('starts with takes % and _ literally', async () => {
    const results = await everywhere(measure('percent', 'count(where code starts with "a%")') + measure('under', 'count(where code starts with "_")'), 'code,n,amount\nab,1,1\na%b,1,1\nxb,1,1\n_x,1,1\n');
    for (const r of results) expect([r.measures.percent.rows[0].value, r.measures.under.rows[0].value]).toEqual([1, 1]);
  });

  it('hostile strings round-trip as groups and literals', async () => {
    const hostile = ["'; DROP TABLE t; --", 'say "hi"', 'back\\slash', 'two\nlines', 'Ünïcödé'];
    const csv = `code,n,amount\n${hostile.map((h) => `"${h.replace(/"/g, '""')}",1,1`).join('\n')}\n`;
    const results = await everywhere(measure('by_code', 'count()', 'by code') + measure('quoted', `count(where code = "'; DROP TABLE t; --")`), csv);
    for (const r of results) {
      expect(r.measures.by_code.rows.map((row) => row.group.code).sort()).toEqual([...hostile].sort());
      expect(r.measures.quoted.rows[0].value).toBe(1);
    }
  });

  it('identifiers are always quoted and literals always escaped', () => {
    for (const d of [duckdb, postgresDialect]) {
      expect(d.quote('a"b')).toBe('"a""b"');
      expect(d.text("it's \\ fine")).toBe("'it''s \\ fine'");
      expect(d.table('finance.icb ledger')).toBe('"finance"."icb ledger"');
    }
    expect(postgresDialect.binaryText('"code"')).toBe('("code") COLLATE "C"');
  });
});
