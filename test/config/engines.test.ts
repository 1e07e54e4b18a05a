// The `engines` entry of hewitt.config.json: usable engines, and each mistake as a located problem;
// a literal connection string is `config-secret`.

import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../server/src/core/config/config';
import { readEngines } from '../../server/src/core/config/engines';

function problems(text: string): string[] {
  return resolveConfig(text, 'hewitt.config.json', []).diagnostics.map((d) => `${d.severity} ${d.code} [${text.slice(d.span.start, d.span.end)}] ${d.message}`);
}

describe('engines in hewitt.config.json', () => {
  it('reads engines whose connection strings come from environment variables', () => {
    const text = '{ "engines": { "warehouse": { "dialect": "postgres", "url": { "env": "HEWITT_WAREHOUSE_URL" } }, "lake": { "dialect": "duckdb", "database": "lake.duckdb" } } }';
    expect(problems(text)).toEqual([]);
    expect(readEngines(text)).toEqual({
      engines: [
        { name: 'warehouse', dialect: 'postgres', urlVariable: 'HEWITT_WAREHOUSE_URL' },
        { name: 'lake', dialect: 'duckdb', database: 'lake.duckdb' },
      ],
      problems: [],
    });
  });

  it('a literal URL is config-secret, on the URL', () => {
    expect(problems('{ "engines": { "w": { "dialect": "postgres", "url": "postgres://me:pw@db/x" } } }')).toEqual([
      'error config-secret ["postgres://me:pw@db/x"] Engine `w`: a connection string must not be written in the configuration (it would be committed with its password); name an environment variable instead: "url": { "env": "HEWITT_W_URL" }.',
      'error config-invalid ["w"] Engine `w` (postgres) needs `url`: { "env": "NAME" }.',
    ]);
  });

  it('reports an unknown dialect, a missing dialect, an unknown setting and a wrong shape', () => {
    expect(problems('{ "engines": { "a": { "dialect": "oracle" }, "b": {}, "c": { "dialect": "duckdb", "host": "x" }, "d": 3 } }')).toEqual([
      'error config-invalid ["oracle"] Engine `a`: the dialect must be one of duckdb, postgres, clickhouse.',
      'error config-invalid ["b"] Engine `b` needs a `dialect` (duckdb, postgres, clickhouse).',
      'error config-invalid ["host"] Engine `c` has no setting `host`; expected `dialect`, `url` or `database`.',
      'error config-invalid [3] Engine `d` must be an object such as { "dialect": "postgres", "url": { "env": "HEWITT_WAREHOUSE_URL" } }.',
    ]);
  });
});
