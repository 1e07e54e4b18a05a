// Differential: every sample rule file evaluated on a two-shard ClickHouse 18.16 cluster (two
// server processes started for this file, each holding half of each dataset's rows, queried
// through a Distributed table) gives the embedded evaluator's results.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
