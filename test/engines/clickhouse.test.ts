// Differential: every sample rule file evaluated on a two-shard ClickHouse 18.16 cluster (two
// server processes started for this file, each holding half of each dataset's rows, queried
// through a Distributed table) gives the embedded evaluator's results.

import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetShape } from '../../server/src/core/data/shape';
import { buildPlan } from '../../server/src/core/plan/build';
import { runBuilt, tempFolder } from '../cli/support';
import { differences } from './compare';
import { postSql } from '../../server/src/node/engines/clickhouse';
import { evaluateClickHouse, loadSharded, useClickHouse } from './clickhouse-support';
import { evaluateEmbedded, hasErrors, modelOf, ROOT, ruleFiles } from './support';

const FILES = ruleFiles(join(ROOT, 'samples')).map((path) => [path.slice(ROOT.length + 1), path] as const);
const clickhouse = useClickHouse();

describe('ClickHouse (two shards) and the embedded evaluator agree', () => {
  it.each(FILES)('%s', async (_, path) => {
    const model = modelOf(path);
    if (hasErrors(model)) return expect(hasErrors(model)).toBe(true);
    const embedded = await evaluateEmbedded(model, path);
    const actual = await evaluateClickHouse(clickhouse.cluster(), model, path);
    expect(differences(embedded, actual)).toEqual([]);
  });
});

describe('the two shards', () => {
  it('each hold half of a dataset, and the Distributed table reads both', async () => {
    const cluster = clickhouse.cluster();
    const database = `hewitt_shards_${process.pid}`;
    try {
      const table = await loadSharded(cluster, database, 'ledger', join(ROOT, 'samples/data/ledger.csv'));
      const count = async (url: string, relation: string): Promise<number> => Number(JSON.parse(await postSql(url, `SELECT count() AS n FROM ${relation} FORMAT JSON`)).data[0].n);
      const local = `\`${database}\`.\`ledger_local\``;
      const [first, second] = [await count(cluster.urls[0], local), await count(cluster.urls[1], local)];
      expect(Math.abs(first - second)).toBeLessThanOrEqual(1);
      expect(first).toBeGreaterThan(0);
      expect(await count(cluster.url, table)).toBe(first + second);
    } finally {
      for (const url of cluster.urls) await postSql(url, `DROP DATABASE IF EXISTS \`${database}\``);
    }
  });
});

describe('hewitt eval --engine with a configured clickhouse engine', () => {
  it('prints the embedded figures, reading each dataset from the Distributed table named like it', async () => {
    const cluster = clickhouse.cluster();
    const sample = join(ROOT, 'samples/gp-contract.hewitt');
    const database = `hewitt_cli_${process.pid}`;
    for (const dataset of buildPlan(modelOf(sample), [sample]).datasets) {
      await loadSharded(cluster, database, dataset.dataset.name, resolve(dirname(dataset.dataset.path), datasetShape(dataset.dataset).source ?? ''));
    }
    const dir = tempFolder({ 'hewitt.config.json': JSON.stringify({ engines: { cluster: { dialect: 'clickhouse', url: { env: 'HEWITT_TEST_CLUSTER_URL' } } } }) });
    const embedded = runBuilt(['eval', sample, '-f', 'json'], dir);
    const onCluster = runBuilt(['eval', sample, '-f', 'json', '--engine', 'cluster', '--config', 'hewitt.config.json'], dir, { HEWITT_TEST_CLUSTER_URL: `${cluster.url}?database=${database}` });
    expect([onCluster.status, onCluster.stderr]).toEqual([0, '']);
    const { engine, datasets, ...figures } = JSON.parse(onCluster.stdout) as Record<string, unknown>;
    const { engine: _, datasets: expected, ...embeddedFigures } = JSON.parse(embedded.stdout) as Record<string, unknown>;
    expect(engine).toBe('clickhouse');
    expect((datasets as Record<string, unknown>).qof).toEqual({ path: 'table qof', rowsRead: (expected as Record<string, { rowsRead: number }>).qof.rowsRead, rowsRejected: 0 });
    expect(figures).toEqual(embeddedFigures);
  });

  it('a server that cannot be reached is one line naming the engine and dialect, exit 2', () => {
    const dir = tempFolder({ 'hewitt.config.json': JSON.stringify({ engines: { cluster: { dialect: 'clickhouse', url: { env: 'HEWITT_TEST_CLUSTER_URL' } } } }) });
    const run = runBuilt(['eval', join(ROOT, 'samples/gp-contract.hewitt'), '--engine', 'cluster', '--config', 'hewitt.config.json'], dir, { HEWITT_TEST_CLUSTER_URL: 'http://me:secret@127.0.0.1:1/' });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^hewitt: engine cluster \(dialect clickhouse\): cannot reach http:\/\/me:\*\*\*@127\.0\.0\.1:1\/: .+\n$/);
  });
});
