// Differential: every sample rule file evaluated by PostgreSQL 15 (a throwaway cluster started for
// this file) gives the embedded evaluator's results. The cluster sorts text by an ICU English
// collation, so code-point order has to be asked for where it matters.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { differences } from './compare';
import { evaluatePostgres, usePostgres } from './postgres-support';
import { evaluateEmbedded, hasErrors, modelOf, ROOT, ruleFiles } from './support';

const FILES = ruleFiles(join(ROOT, 'samples')).map((path) => [path.slice(ROOT.length + 1), path] as const);
const postgres = usePostgres();

describe('PostgreSQL and the embedded evaluator agree', () => {
  it.each(FILES)('%s', async (_, path) => {
    const model = modelOf(path);
    if (hasErrors(model)) return expect(hasErrors(model)).toBe(true);
    const embedded = await evaluateEmbedded(model, path);
    const actual = await evaluatePostgres(postgres.url(), model, path);
    expect(differences(embedded, actual)).toEqual([]);
  });
});
