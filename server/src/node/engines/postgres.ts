// PostgreSQL through node-postgres (`pg`), loaded only when an evaluation asks for it. Numbers
// the driver returns as text (counts, NUMERIC sums) are read exactly by the core's reader.

import type { SqlRow } from '../../core/sql/read';
import { postgres } from '../../core/sql/postgres';
import { driverMessage, EngineError } from './driver-error';
import type { OpenSession } from './duckdb';

/** The URL without its password, to name the server in a message. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(a URL that cannot be parsed)';
  }
}

export async function openPostgres(engine: string, url: string): Promise<OpenSession> {
  let pg: { Client: typeof import('pg').Client };
  try {
    // require() in the CommonJS bundles (whose import() the command line's code cache cannot serve).
    const module = typeof require === 'function' ? (require('pg') as typeof import('pg')) : await import('pg');
    pg = module.default ?? module;
  } catch {
    throw new EngineError(`engine ${engine} (dialect postgres): the PostgreSQL driver is not installed; install it beside hewitt with \`npm install pg\``);
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    throw new EngineError(`engine ${engine} (dialect postgres): cannot connect to ${redactUrl(url)}: ${driverMessage(error) || 'the server did not answer'}`);
  }
  return {
    dialect: postgres,
    async query(sql: string): Promise<readonly SqlRow[]> {
      try {
        return (await client.query(sql)).rows as SqlRow[];
      } catch (error) {
        throw new EngineError(`engine ${engine} (dialect postgres): ${driverMessage(error)}`);
      }
    },
    async close(): Promise<void> {
      await client.end().catch(() => undefined);
    },
  };
}
