// `hewitt eval --engine`: the plan of the rule files compiled for an engine and run there. With
// `duckdb` and no configured engine of that name, an in-process DuckDB reads the datasets' files.

import { dirname, resolve } from 'node:path';
import { buildPlan } from '../../core/plan/build';
import type { DatasetPlan } from '../../core/plan/plan';
import { datasetShape } from '../../core/data/shape';
import type { EvalResult } from '../../core/eval/result';
import type { SemanticModel } from '../../core/semantics/model';
import { compilePlan, executePlan, type DatasetSource } from '../../core/sql/execute';
import { LineIndex } from '../../core/text/line-index';
import { EngineError } from './driver-error';
import { connectionString, databasePath, findEngine } from './config';
import { openDuckDb, type OpenSession } from './duckdb';
import { openPostgres } from './postgres';
import { openClickHouse } from './clickhouse';
import { engineOf, placeOf } from './dataset-place';

export const EMBEDDED = 'embedded';

/** A dataset read from its file by an engine that reads files. */
function fileSource(session: OpenSession, engine: string, model?: SemanticModel): (dataset: DatasetPlan) => DatasetSource {
  return (dataset) => {
    const { source, table } = datasetShape(dataset.dataset);
    if (source === undefined) {
      const where = `${placeOf(model, dataset.dataset, table === undefined ? 'source' : 'table')}: `;
      throw new EngineError(`${where}engine ${engine}: dataset ${dataset.dataset.name} is ${table === undefined ? 'not read from a file' : `read from table '${table}'`}; name an engine for it in hewitt.config.json "engines" and use --engine NAME`);
    }
    const file = resolve(dirname(dataset.dataset.path), source);
    const parquet = /\.parquet$/i.test(source);
    const relation = parquet ? session.dialect.parquetFile(file) : session.dialect.csvFile(file);
    if (relation === undefined) throw new EngineError(`engine ${engine} (dialect ${session.dialect.name}) cannot read files; give dataset ${dataset.dataset.name} a table: instead`);
    return { relation, shown: source };
  };
}

export interface EngineOptions {
  /** Where relative paths (the configuration file) are resolved. */
  readonly cwd: string;
  readonly configFile?: string;
  /** The environment the connection strings are read from. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** A dataset of a configured engine: its `table:`, else the table named like the dataset. */
function tableSource(session: OpenSession, engine: string, model?: SemanticModel): (dataset: DatasetPlan) => DatasetSource {
  return (dataset) => {
    const named = engineOf(dataset.dataset);
    if (named !== undefined && named !== engine) {
      throw new EngineError(`${placeOf(model, dataset.dataset, 'engine')}: dataset ${dataset.dataset.name} is read on engine ${named}, not ${engine}; evaluate it with --engine ${named}`);
    }
    const table = datasetShape(dataset.dataset).table ?? dataset.dataset.name;
    return { relation: session.dialect.table(table), shown: `table ${table}` };
  };
}

/** The session and dataset sources an engine name stands for (also used by hewitt load). */
export async function openEngine(engine: string, paths: readonly string[], options: EngineOptions, model?: SemanticModel): Promise<{ session: OpenSession; sourceOf: (dataset: DatasetPlan) => DatasetSource }> {
  const found = findEngine(engine, paths[0] ?? '', options.cwd, options.configFile);
  if (found === undefined) {
    if (engine !== 'duckdb') throw new EngineError(`unknown engine '${engine}': use embedded, duckdb or an engine named in hewitt.config.json "engines"`);
    const session = await openDuckDb(engine);
    return { session, sourceOf: fileSource(session, engine, model) };
  }
  const url = (): string => connectionString(found, options.env ?? {});
  const session =
    found.engine.dialect === 'postgres' ? await openPostgres(engine, url())
    : found.engine.dialect === 'clickhouse' ? await openClickHouse(engine, url())
    : await openDuckDb(engine, databasePath(found));
  return { session, sourceOf: tableSource(session, engine, model) };
}

/** Evaluates on the engine; the result and the dialect that computed it. */
export async function evaluateOnEngine(engine: string, model: SemanticModel, paths: readonly string[], options: EngineOptions): Promise<EvalResult> {
  const { session, sourceOf: named } = await openEngine(engine, paths, options, model);
  try {
    const plan = buildPlan(model, paths);
    const sourceOf = await withColumnTypes(session, plan.datasets, named);
    const { datasets, problems } = compilePlan(plan, session.dialect, sourceOf);
    if (problems.length > 0) {
      const shown = problems.map((p) => {
        const text = model.files.get(p.path)?.text ?? '';
        const at = new LineIndex(text).position(p.span.start);
        return `${p.path}:${at.line + 1}:${at.character + 1}: ${p.message}`;
      });
      throw new EngineError(`engine ${engine} (dialect ${session.dialect.name}) cannot run this file:\n  ${shown.join('\n  ')}`);
    }
    return await executePlan(plan, datasets, session, sourceOf);
  } catch (error) {
    if (error instanceof EngineError) throw error;
    // An answer the reader did not expect: still one message, never a stack trace.
    throw new EngineError(`engine ${engine} (dialect ${session.dialect.name}): an answer could not be read: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await session.close();
  }
}

/** The sources, with their columns' engine types (which columns exist, and their types) where the engine can tell them. */
async function withColumnTypes(session: OpenSession, datasets: readonly DatasetPlan[], sourceOf: (dataset: DatasetPlan) => DatasetSource): Promise<(dataset: DatasetPlan) => DatasetSource> {
  if (session.columnTypes === undefined) return sourceOf;
  const described = new Map<DatasetPlan, DatasetSource>();
  for (const dataset of datasets) {
    const source = sourceOf(dataset);
    described.set(dataset, { ...source, nativeTypes: await session.columnTypes(source.relation) });
  }
  return (dataset) => described.get(dataset) ?? sourceOf(dataset);
}

/** The dialect an engine name stands for (for the JSON output), without connecting. */
export function dialectOfEngine(engine: string, paths: readonly string[], options: EngineOptions): string {
  return findEngine(engine, paths[0] ?? '', options.cwd, options.configFile)?.engine.dialect ?? engine;
}
