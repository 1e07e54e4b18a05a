// A throwaway PostgreSQL cluster per test file (scripts/engines/postgres.mjs), the datasets'
// CSV files loaded into it as text tables, and the plan run there.

import { chmodSync, copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { datasetShape } from '../../server/src/core/data/shape';
import { buildPlan } from '../../server/src/core/plan/build';
import type { EvalResult } from '../../server/src/core/eval/result';
import type { LogicalPlan } from '../../server/src/core/plan/plan';
import type { SemanticModel } from '../../server/src/core/semantics/model';
import { compilePlan, executePlan, type DatasetSource } from '../../server/src/core/sql/execute';
import { openPostgres } from '../../server/src/node/engines/postgres';
import type { OpenSession } from '../../server/src/node/engines/duckdb';
// @ts-expect-error: a plain ES module of the set-up scripts, without types.
import { startPostgres, stopPostgres } from '../../scripts/engines/postgres.mjs';

/** Starts a cluster for this test file; `url()` gives its connection string once started. */
export function usePostgres(): { url: () => string } {
  const stateFile = join(tmpdir(), `hewitt-postgres-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
  let url: string | undefined;
  beforeAll(async () => {
    url = ((await startPostgres({ stateFile })) as { url: string }).url;
  });
  afterAll(() => stopPostgres({ stateFile }));
  return {
    url: () => {
      if (url === undefined) throw new Error('the PostgreSQL cluster did not start');
      return url;
    },
  };
}

/** The header row of a CSV file: its column names (the samples quote none). */
function headerOf(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  const line = text.slice(0, text.search(/\r?\n|$/));
  return line.split(',').map((name) => name.replace(/^"|"$/g, ''));
}

let schemas = 0;

/** Creates a text table per dataset of the plan (in `schema`, or the default one) and copies its CSV file in. */
export async function loadCsvTables(session: OpenSession, schema: string | undefined, plan: LogicalPlan): Promise<Map<string, DatasetSource>> {
  const d = session.dialect;
  const sources = new Map<string, DatasetSource>();
  // The server reads the file itself (COPY FROM a file) as its own unprivileged user, which may not
  // reach a checkout below a private folder: each file is staged in a folder it can read.
  const staging = mkdtempSync(join(tmpdir(), 'hewitt-pg-copy-'));
  chmodSync(staging, 0o755);
  try {
    for (const dataset of plan.datasets) await loadOne(dataset);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return sources;

  async function loadOne(dataset: LogicalPlan['datasets'][number]): Promise<void> {
    const source = datasetShape(dataset.dataset).source ?? '';
    const file = resolve(dirname(dataset.dataset.path), source);
    const table = `${schema === undefined ? '' : `${d.quote(schema)}.`}${d.quote(dataset.dataset.name)}`;
    const columns = headerOf(file);
    const staged = join(staging, `${sources.size}.csv`);
    copyFileSync(file, staged);
    chmodSync(staged, 0o644);
    await session.query(`CREATE TABLE ${table} (${columns.map((c) => `${d.quote(c)} TEXT`).join(', ')})`);
    await session.query(`COPY ${table} FROM ${d.text(staged)} WITH (FORMAT csv, HEADER true, ENCODING 'UTF8')`);
    sources.set(dataset.dataset.name, { relation: table, shown: source });
  }
}

/** Loads every dataset's CSV file into a fresh schema as text columns and runs the plan there. */
export async function evaluatePostgres(url: string, model: SemanticModel, path: string): Promise<EvalResult> {
  const session: OpenSession = await openPostgres('test', url);
  const d = session.dialect;
  const schema = `hewitt test ${process.pid} ${++schemas}`;
  try {
    await session.query(`CREATE SCHEMA ${d.quote(schema)}`);
    const plan = buildPlan(model, [path]);
    const sources = await loadCsvTables(session, schema, plan);
    const sourceOf = (dataset: { dataset: { name: string } }): DatasetSource => sources.get(dataset.dataset.name)!;
    const { datasets, problems } = compilePlan(plan, d, sourceOf);
    if (problems.length > 0) throw new Error(problems.map((p) => p.message).join('\n'));
    return await executePlan(plan, datasets, session, sourceOf);
  } finally {
    await session.query(`DROP SCHEMA IF EXISTS ${d.quote(schema)} CASCADE`).catch(() => undefined);
    await session.close();
  }
}
