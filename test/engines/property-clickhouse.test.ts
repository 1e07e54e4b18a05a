// Property-based, on the two-shard ClickHouse cluster: the generated classifications, measures, a
// metric and awkward data of generate.ts (bracketed amounts, empty and unfit cells, non-ASCII,
// quotes, backslashes, % and _, injection strings, line breaks) give the embedded evaluator's
// results when the rows are split across two shards and read through a Distributed table.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateClickHouse, useClickHouse } from './clickhouse-support';
import { differences } from './compare';
import { PROPERTY_SEED, REGRESSIONS, workspaces, type Workspace } from './generate';
import { errorsOf, evaluateEmbedded, modelOf } from './support';

const clickhouse = useClickHouse();

describe('generated workspaces on two ClickHouse shards', () => {
  it('give the embedded evaluator results', async () => {
    await fc.assert(
      fc.asyncProperty(workspaces, async ({ rules, csv }) => {
        const dir = mkdtempSync(join(tmpdir(), 'hewitt-ch-engines-'));
        try {
          const path = join(dir, 'rules.hewitt');
          writeFileSync(path, rules);
          writeFileSync(join(dir, 'ledger.csv'), csv);
          const model = modelOf(path);
          expect(errorsOf(model)).toEqual([]);
          const embedded = await evaluateEmbedded(model, path);
          expect(differences(embedded, await evaluateClickHouse(clickhouse.cluster(), model, path)), 'ClickHouse').toEqual([]);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 20, examples: REGRESSIONS.map((workspace) => [workspace] as [Workspace]), seed: PROPERTY_SEED },
    );
  }, 300_000);
});
