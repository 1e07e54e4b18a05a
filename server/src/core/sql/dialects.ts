// Every dialect by name. A new dialect is one module answering the Dialect interface and one line here.

import { clickhouse } from './clickhouse';
import type { Dialect, DialectName } from './dialect';
import { duckdb } from './duckdb';
import { postgres } from './postgres';
import { spark } from './spark';
import { tsql } from './tsql';

const DIALECTS: Readonly<Record<DialectName, Dialect>> = { duckdb, postgres, clickhouse, spark, tsql };

export function dialectOf(name: string): Dialect | undefined {
  return Object.prototype.hasOwnProperty.call(DIALECTS, name) ? DIALECTS[name as DialectName] : undefined;
}
