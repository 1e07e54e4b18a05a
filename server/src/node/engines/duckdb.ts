// DuckDB in process through @duckdb/node-api, loaded only when an evaluation asks for it, so the
// language server and the extension never need the native package.

import type { EngineSession } from '../../core/sql/execute';
import { duckdb } from '../../core/sql/duckdb';
import type { SqlRow } from '../../core/sql/read';
import { driverMessage, EngineError } from './driver-error';

export interface OpenSession extends EngineSession {
  close(): Promise<void>;
}

export async function openDuckDb(engine: string, database = ':memory:'): Promise<OpenSession> {
  let api: typeof import('@duckdb/node-api');
  try {
    // require() in the CommonJS bundle: import() would first scan every file of the package for its exports.
    api = typeof require === 'function' ? (require('@duckdb/node-api') as typeof import('@duckdb/node-api')) : await import('@duckdb/node-api');
  } catch {
    throw new EngineError(`engine ${engine} (dialect duckdb): the DuckDB driver is not installed; install it beside hewitt with \`npm install @duckdb/node-api\``);
  }
  let instance: import('@duckdb/node-api').DuckDBInstance;
  let connection: import('@duckdb/node-api').DuckDBConnection;
  try {
    instance = await api.DuckDBInstance.create(database);
    connection = await instance.connect();
  } catch (error) {
    throw new EngineError(`engine ${engine} (dialect duckdb): cannot open the database ${database}: ${driverMessage(error)}`);
  }
  return {
    dialect: duckdb,
    async query(sql: string): Promise<readonly SqlRow[]> {
      try {
        const reader = await connection.runAndReadAll(sql);
        return reader.getRowObjectsJS() as SqlRow[];
      } catch (error) {
        throw new EngineError(`engine ${engine} (dialect duckdb): ${driverMessage(error)}`);
      }
    },
    async columnTypes(relation: string): Promise<ReadonlyMap<string, string>> {
      try {
        const reader = await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${relation}`);
        return new Map(reader.getRowObjectsJS().map((row) => [String(row.column_name), String(row.column_type)]));
      } catch (error) {
        throw new EngineError(`engine ${engine} (dialect duckdb): ${driverMessage(error)}`);
      }
    },
    async close(): Promise<void> {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
