// Differential: every sample rule file evaluated in process by DuckDB gives the embedded
// evaluator's results (money to the penny, numbers to a relative 1e-9, the same groups, no-data
// values and statuses, rows read and rejected).

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { differences } from './compare';
import { evaluateDuckDb, evaluateEmbedded, hasErrors, modelOf, ROOT, ruleFiles } from './support';

const FILES = ruleFiles(join(ROOT, 'samples')).map((path) => [path.slice(ROOT.length + 1), path] as const);

describe('DuckDB and the embedded evaluator agree', () => {
  it('covers every sample', () => {
    expect(FILES.length).toBeGreaterThan(10);
  });

  it.each(FILES)('%s', async (_, path) => {
    const model = modelOf(path);
    if (hasErrors(model)) return expect(hasErrors(model)).toBe(true);
    const embedded = await evaluateEmbedded(model, path);
    const duckdb = await evaluateDuckDb(model, path);
    expect(differences(embedded, duckdb)).toEqual([]);
  });
});
