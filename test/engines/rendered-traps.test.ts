// Each dialect trap of the engines contract, tested on the SQL rendered for Spark SQL and T-SQL
// from a rule file that springs all of them (fixtures/traps): integer division, NULLIF on every
// divisor, no FILTER, no LIMIT, trailing spaces and collation, LIKE wildcards, hostile strings.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spark } from '../../server/src/core/sql/spark';
import { tsql } from '../../server/src/core/sql/tsql';
import { clickhouse } from '../../server/src/core/sql/clickhouse';
import { renderedSql, statementsOf, unparsed } from './rendered-support';

const TRAPS = join(__dirname, 'fixtures', 'traps', 'rules.hewitt');
const sql = { spark: renderedSql(TRAPS, 'spark'), tsql: renderedSql(TRAPS, 'tsql') };

describe.each(['spark', 'tsql'] as const)('%s traps', (dialect) => {
  const text = sql[dialect];

  it('parses', () => {
    expect(unparsed(text, dialect)).toEqual([]);
  });

  it('divides whole numbers as floating point, through NULLIF', () => {
    const double = dialect === 'tsql' ? 'FLOAT' : 'DOUBLE';
    const visits = dialect === 'tsql' ? '[visits]' : '`visits`';
    const staff = dialect === 'tsql' ? '[staff]' : '`staff`';
    expect(text).toContain(`(CAST(${visits} AS ${double}) / NULLIF(CAST(${staff} AS ${double}), 0))`);
    // Every `/` outside string literals and comments has NULLIF right after it, or divides a weight by a constant.
    const code = statementsOf(text).join('\n').replace(/N?'(?:[^'\\]|''|\\.)*'/g, "''");
    for (const division of code.match(/\/ [^\s]+/g) ?? []) expect(division).toMatch(/^\/ (NULLIF\(|\(100000000\))/);
  });

  it('has no FILTER clause, no LIMIT and no LIKE', () => {
    const code = statementsOf(text).join('\n').replace(/N?'(?:[^'\\]|''|\\.)*'/g, "''");
    expect(code).not.toMatch(/\bFILTER\s*\(/i);
    expect(code).not.toMatch(/\bLIMIT\b/i);
    expect(code).not.toMatch(/\bLIKE\b/i);
  });

  it('tests a prefix with % and _ in it without wildcards', () => {
    expect(text).toContain(
      dialect === 'tsql'
        ? "(LEFT([code], LEN((N'50%_[x]''' + NCHAR(92) + N'') + N'.') - 1) = (N'50%_[x]''' + NCHAR(92) + N''))"
        : "startswith(`code`, '50%_[x]\\'\\\\')",
    );
  });

  it('escapes hostile strings', () => {
    expect(text).toContain(dialect === 'tsql' ? "N'''; DROP TABLE ledger; --'" : "'\\'; DROP TABLE ledger; --'");
    expect(text).toContain(dialect === 'tsql' ? "(N'back' + NCHAR(92) + N'slash')" : "'back\\\\slash'");
  });
});

describe('dialect answers', () => {
  it('T-SQL says in its header that text equality ignores trailing spaces and follows the collation', () => {
    expect(sql.tsql.split('\n')[2]).toMatch(/^-- T-SQL: text equality ignores trailing spaces and follows the database collation/);
    expect(sql.spark.split('\n')[2]).toMatch(/^-- Spark SQL/);
  });

  it('T-SQL orders text by code unit, not by the collation', () => {
    expect(sql.tsql).toContain('MIN([year] COLLATE Latin1_General_100_BIN2)');
    expect(tsql.binaryText('CASE WHEN (x) THEN [a]]b] END')).toBe('CASE WHEN (x) THEN [a]]b] COLLATE Latin1_General_100_BIN2 END');
    expect(tsql.binaryText("N'x'")).toBe("(N'x') COLLATE Latin1_General_100_BIN2");
  });

  it('T-SQL keeps a condition in a column as 1/0 and tests it with = 1 (no boolean type, no IS TRUE)', () => {
    expect(sql.tsql).not.toMatch(/\bIS TRUE\b|\bTRUE\b|\bBOOLEAN\b/);
    expect(tsql.flag('(a = 1)')).toBe('CASE WHEN (a = 1) THEN 1 WHEN NOT ((a = 1)) THEN 0 END');
    expect(tsql.test('[fits:x]')).toBe('([fits:x] = 1)');
  });

  it('integer division of weights is exact in every dialect', () => {
    expect(tsql.integerDivide('a', '100000000')).toBe('(a) / (100000000)');
    expect(spark.integerDivide('a', '100000000')).toBe('CAST(CAST((a) - pmod(a, 100000000) AS DECIMAL(38, 0)) / (100000000) AS BIGINT)');
    expect(clickhouse.integerDivide('a', '100000000')).toBe('intDiv(a, 100000000)');
  });

  it('quotes names in each dialect, closing quotes doubled or escaped', () => {
    expect(tsql.quote('a]b')).toBe('[a]]b]');
    expect(spark.quote('a`b')).toBe('`a``b`');
    expect(clickhouse.quote('a`b\\')).toBe('`a\\`b\\\\`');
    expect(spark.text("it's\n\\")).toBe("'it\\'s\\n\\\\'");
    expect(clickhouse.text("it's\\")).toBe("'it\\'s\\\\'");
  });
});
