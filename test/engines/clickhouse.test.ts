// Differential: every sample rule file evaluated on a two-shard ClickHouse 18.16 cluster (two
// server processes started for this file, each holding half of each dataset's rows, queried
// through a Distributed table) gives the embedded evaluator's results.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { differences } from './compare';
import { evaluateClickHouse, useClickHouse } from './clickhouse-support';
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
