// A throwaway two-shard ClickHouse cluster per test file (scripts/engines/clickhouse.mjs): each
// dataset's CSV rows are dealt alternately to a MergeTree table on each shard, a Distributed table
// over both is the dataset's relation, and the plan runs through it on the first shard.

import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { createCsvReader } from '../../server/src/core/data/csv';
import { datasetShape } from '../../server/src/core/data/shape';
import { buildPlan } from '../../server/src/core/plan/build';
import type { EvalResult } from '../../server/src/core/eval/result';
import type { SemanticModel } from '../../server/src/core/semantics/model';
import { compilePlan, executePlan, type DatasetSource } from '../../server/src/core/sql/execute';
import { clickhouse as d } from '../../server/src/core/sql/clickhouse';
import { openClickHouse, postSql } from '../../server/src/node/engines/clickhouse';
// @ts-expect-error: a plain ES module of the set-up scripts, without types.
import { startClickHouse, stopClickHouse } from '../../scripts/engines/clickhouse.mjs';

export interface ClickHouseCluster {
  /** The first shard's HTTP URL, and both shards'. */
  readonly url: string;
  readonly urls: readonly string[];
  readonly cluster: string;
}

/** Starts two shards for this test file; `cluster()` gives their URLs once started. */
export function useClickHouse(): { cluster: () => ClickHouseCluster } {
  const stateFile = join(tmpdir(), `hewitt-clickhouse-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
  let started: ClickHouseCluster | undefined;
  beforeAll(async () => {
    started = (await startClickHouse({ stateFile })) as ClickHouseCluster;
  }, 120_000);
  afterAll(() => stopClickHouse({ stateFile }), 60_000);
  return {
    cluster: () => {
      if (started === undefined) throw new Error('the ClickHouse cluster did not start');
      return started;
    },
  };
}

/** The records of a CSV file: its header, then every row. */
function csvRecords(path: string): { header: string[]; rows: string[][] } {
  const records: string[][] = [];
  const reader = createCsvReader((record) => records.push([...record.fields]));
  reader.feed(readFileSync(path, 'utf8'));
  reader.end();
  const [header = [], ...rows] = records;
  return { header, rows: rows.filter((r) => !(r.length === 1 && r[0] === '')) };
}

/** Creates the dataset's table on each shard, deals the rows out, and a Distributed table over them. */
export async function loadSharded(cluster: ClickHouseCluster, database: string, name: string, file: string): Promise<string> {
  const { header, rows } = csvRecords(file);
  const local = `${d.quote(database)}.${d.quote(`${name}_local`)}`;
  const columns = header.map((c) => `${d.quote(c)} Nullable(String)`).join(', ');
  for (const [shard, url] of cluster.urls.entries()) {
    await postSql(url, `CREATE DATABASE IF NOT EXISTS ${d.quote(database)}`);
    await postSql(url, `CREATE TABLE ${local} (${columns}) ENGINE = MergeTree() ORDER BY tuple()`);
    const mine = rows.filter((_, i) => i % cluster.urls.length === shard);
    if (mine.length === 0) continue;
    const lines = mine.map((row) => JSON.stringify(Object.fromEntries(header.map((c, i) => [c, row[i] ?? null]))));
    await postSql(url, `INSERT INTO ${local} FORMAT JSONEachRow\n${lines.join('\n')}\n`);
  }
  const distributed = `${d.quote(database)}.${d.quote(name)}`;
  await postSql(cluster.url, `CREATE TABLE ${distributed} AS ${local} ENGINE = Distributed(${d.quote(cluster.cluster)}, ${d.quote(database)}, ${d.quote(`${name}_local`)})`);
  return distributed;
}

let databases = 0;

/** Loads every dataset's CSV file across both shards and runs the plan through the Distributed tables. */
export async function evaluateClickHouse(cluster: ClickHouseCluster, model: SemanticModel, path: string): Promise<EvalResult> {
  const database = `hewitt_test_${process.pid}_${++databases}`;
  const session = await openClickHouse('test', cluster.url);
  try {
    const plan = buildPlan(model, [path]);
    const sources = new Map<string, DatasetSource>();
    for (const dataset of plan.datasets) {
      const source = datasetShape(dataset.dataset).source ?? '';
      const relation = await loadSharded(cluster, database, dataset.dataset.name, resolve(dirname(dataset.dataset.path), source));
      sources.set(dataset.dataset.name, { relation, shown: source });
    }
    const sourceOf = (dataset: { dataset: { name: string } }): DatasetSource => sources.get(dataset.dataset.name)!;
    const { datasets, problems } = compilePlan(plan, d, sourceOf);
    if (problems.length > 0) throw new Error(problems.map((p) => p.message).join('\n'));
    return await executePlan(plan, datasets, session, sourceOf);
  } finally {
    for (const url of cluster.urls) await postSql(url, `DROP DATABASE IF EXISTS ${d.quote(database)}`).catch(() => undefined);
    await session.close();
  }
}
