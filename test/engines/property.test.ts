// Property-based: generated classifications, measures, a metric and awkward data (see
// generate.ts) give the same results on the embedded evaluator, DuckDB and PostgreSQL.

import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { differences } from './compare';
import { PROPERTY_SEED, REGRESSIONS, workspaces, type Workspace } from './generate';
import { evaluatePostgres, usePostgres } from './postgres-support';
import { errorsOf, evaluateDuckDb, evaluateEmbedded, modelOf } from './support';

const postgres = usePostgres();

describe('generated workspaces', () => {
  it('give the same results on every engine', async () => {
    await fc.assert(
      fc.asyncProperty(workspaces, async ({ rules, csv }) => {
        const dir = mkdtempSync(join(tmpdir(), 'hewitt-engines-'));
        chmodSync(dir, 0o755); // the PostgreSQL server reads the CSV file itself (COPY FROM a file)
        try {
          const path = join(dir, 'rules.hewitt');
          writeFileSync(path, rules);
          writeFileSync(join(dir, 'ledger.csv'), csv);
          const model = modelOf(path);
          expect(errorsOf(model)).toEqual([]);
          const embedded = await evaluateEmbedded(model, path);
          expect(differences(embedded, await evaluateDuckDb(model, path)), 'DuckDB').toEqual([]);
          expect(differences(embedded, await evaluatePostgres(postgres.url(), model, path)), 'PostgreSQL').toEqual([]);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 40, examples: REGRESSIONS.map((workspace) => [workspace] as [Workspace]), seed: PROPERTY_SEED },
    );
  }, 600_000); // forty workspaces on three engines: minutes on a busy machine
});
