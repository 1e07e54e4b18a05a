// Rendering a rule file in a dialect in process, and parsing the statements with node-sql-parser
// in that dialect (Hive mode for Spark SQL, TransactSQL mode for T-SQL).

import { relative } from 'node:path';
import { Parser } from 'node-sql-parser';
import { expect } from 'vitest';
import { buildPlan } from '../../server/src/core/plan/build';
import { dialectOf } from '../../server/src/core/sql/dialects';
import { renderSql } from '../../server/src/core/sql/render';
import { modelOf, ROOT } from './support';

const PARSER_MODE = { spark: 'hive', tsql: 'transactsql' } as const;
export type Rendered = keyof typeof PARSER_MODE;

/** A rule file rendered in a dialect, as `hewitt sql` run from the repository root prints it. */
export function renderedSql(path: string, name: string): string {
  const dialect = dialectOf(name);
  if (dialect === undefined) throw new Error(`no dialect ${name}`);
  const model = modelOf(path);
  const rendered = renderSql(buildPlan(model, [path]), dialect, (dataset) => dialect.quote(dataset.dataset.name), {
    declarations: [],
    showPath: (p) => relative(ROOT, p).split('\\').join('/'),
    textOf: (p) => model.files.get(p)?.text ?? '',
  });
  expect(rendered.problems).toEqual([]);
  return rendered.text;
}

/** The statements of rendered SQL, comment lines left out. */
export function statementsOf(sql: string): string[] {
  return sql
    .split(/;\n/)
    .map((s) => s.split('\n').filter((line) => !line.startsWith('--')).join('\n').trim())
    .filter((s) => s !== '');
}

/** Parse failures, each with the statement's number and the parser's message. */
export function unparsed(sql: string, dialect: Rendered): string[] {
  const parser = new Parser();
  return statementsOf(sql).flatMap((statement, i) => {
    try {
      parser.astify(statement, { database: PARSER_MODE[dialect] });
      return [];
    } catch (error) {
      return [`statement ${i + 1}: ${(error as Error).message}`];
    }
  });
}

