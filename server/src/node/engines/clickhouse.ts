// ClickHouse over its HTTP interface with plain requests (node:http): the body of a POST is the
// statement; a SELECT gets `FORMAT JSON` appended and its `data` rows are read back. No client
// library: the official one sends settings ClickHouse 18.16 does not know. A user and password in
// the URL are sent as HTTP basic authentication, never shown in a message.

import { request } from 'node:http';
import { request as requestTls } from 'node:https';
import { clickhouse } from '../../core/sql/clickhouse';
import type { SqlRow } from '../../core/sql/read';
import { EngineError } from './driver-error';
import type { OpenSession } from './duckdb';
import { redactUrl } from './postgres';

const RETURNS_ROWS = /^\s*(SELECT|WITH)\b/i;

/** One statement sent; the text of the answer, or an error with ClickHouse's first line. */
export function postSql(url: string, sql: string): Promise<string> {
  const target = new URL(url);
  const auth = target.username === '' ? undefined : `${decodeURIComponent(target.username)}:${decodeURIComponent(target.password)}`;
  target.username = '';
  target.password = '';
  const send = target.protocol === 'https:' ? requestTls : request;
  return new Promise((resolve, reject) => {
    const req = send(target, { method: 'POST', auth, headers: { 'Content-Type': 'text/plain; charset=utf-8' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        if (res.statusCode === 200) resolve(body);
        else reject(new Error(body.split('\n')[0].replace(/, e\.what\(\) = DB::Exception$/, '').trim() || `HTTP ${res.statusCode}`));
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(sql);
  });
}

export async function openClickHouse(engine: string, url: string): Promise<OpenSession> {
  const shown = redactUrl(url);
  try {
    await postSql(url, 'SELECT 1');
  } catch (error) {
    throw new EngineError(`engine ${engine} (dialect clickhouse): cannot reach ${shown}: ${(error as Error).message || 'the server did not answer'}`);
  }
  return {
    dialect: clickhouse,
    async query(sql: string): Promise<readonly SqlRow[]> {
      const rows = RETURNS_ROWS.test(sql);
      let body: string;
      try {
        body = await postSql(url, rows ? `${sql}\nFORMAT JSON` : sql);
      } catch (error) {
        throw new EngineError(`engine ${engine} (dialect clickhouse): ${(error as Error).message}`);
      }
      return rows ? ((JSON.parse(body) as { data: SqlRow[] }).data ?? []) : [];
    },
    async close(): Promise<void> {
      // Nothing is kept open between requests.
    },
  };
}
