// `hewitt sql <file.hewitt>`: prints the SQL that computes the rule file's classifications,
// measures and metrics in a dialect, without running anything or reading any data. Exit 0, 1 when
// the file has errors (nothing rendered), 2 for a usage error or what the dialect cannot express.

import { relative, resolve, dirname } from 'node:path';
import { buildPlan } from '../../core/plan/build';
import { datasetShape } from '../../core/data/shape';
import { analyzeWorkspace } from '../../core/semantics';
import { DIALECT_NAMES } from '../../core/sql/dialect';
import { dialectOf } from '../../core/sql/dialects';
import { renderSql } from '../../core/sql/render';
import { LineIndex } from '../../core/text/line-index';
import { nodeHost } from '../../node/file-host';
import type { ParsedArgs } from '../args';
import { readInputs } from '../inputs';
import { EXIT, usageFailure, type CliIo } from '../io';
import type { Command } from './command';

export const sqlCommand: Command = {
  name: 'sql',
  summary: 'Print the SQL that computes a rule file in a warehouse dialect.',
  usage: 'hewitt sql [options] <file.hewitt>',
  description: [
    'Prints one statement per classification (each row with its category), measure and metric (its aggregates per group), each after a comment naming the declaration and where it is written. Nothing is run and no data is read. A dataset read from a file is read with read_csv in DuckDB; in other dialects it is the table named like the dataset.',
    'Exit status: 0 when rendered, 1 when the rule file has errors, 2 for a usage error or a construct the dialect cannot express.',
  ],
  options: [
    { kind: 'value', name: 'dialect', short: 'd', valueName: 'DIALECT', choices: DIALECT_NAMES, defaultValue: 'duckdb', description: `SQL dialect: ${DIALECT_NAMES.join(', ')} (default duckdb).` },
    { kind: 'value', name: 'declaration', valueName: 'NAMES', description: 'Only these declarations (comma-separated names).' },
  ],
  run: (args, io) => runSql(args, io),
};

async function runSql(args: ParsedArgs, io: CliIo): Promise<number> {
  if (args.positionals.length !== 1) return usageFailure(io, 'hewitt sql needs exactly one rule file (see hewitt sql --help)');
  const inputs = readInputs([args.positionals[0]], io.cwd);
  if (inputs.kind === 'error') return usageFailure(io, inputs.message);
  const dialect = dialectOf(args.values.get('dialect') ?? 'duckdb');
  if (dialect === undefined) return usageFailure(io, `unknown dialect '${args.values.get('dialect')}': use ${DIALECT_NAMES.join(', ')}`);
  const model = analyzeWorkspace(inputs.paths, nodeHost(io.cwd, inputs.texts));
  const errors = [...model.files.values()].some((f) => [...f.parseDiagnostics, ...f.semanticDiagnostics].some((d) => d.severity === 'error'));
  if (errors) {
    io.stderr(`hewitt: ${inputs.paths[0]} has errors, so no SQL was rendered (see hewitt check ${args.positionals[0]})\n`);
    return EXIT.problems;
  }
  const show = (path: string): string => relative(io.cwd, path).split('\\').join('/') || path;
  const textOf = (path: string): string => model.files.get(path)?.text ?? '';
  const rendered = renderSql(buildPlan(model, inputs.paths), dialect, (dataset) => {
    const { source, table } = datasetShape(dataset.dataset);
    if (table !== undefined) return dialect.table(table);
    const path = show(resolve(dirname(dataset.dataset.path), source ?? ''));
    const file = /\.parquet$/i.test(path) ? dialect.parquetFile(path) : dialect.csvFile(path);
    return source !== undefined && file !== undefined ? file : dialect.quote(dataset.dataset.name);
  }, { declarations: (args.values.get('declaration') ?? '').split(',').map((n) => n.trim()).filter((n) => n !== ''), showPath: show, textOf });
  if (rendered.unknown.length > 0) return usageFailure(io, `no declaration named ${rendered.unknown.join(', ')} in ${args.positionals[0]} or the files it imports`);
  if (rendered.problems.length > 0) {
    for (const p of rendered.problems) {
      const at = new LineIndex(textOf(p.path)).position(p.span.start);
      io.stderr(`${show(p.path)}:${at.line + 1}:${at.character + 1}: error: ${p.message}\n`);
    }
    return EXIT.usage;
  }
  io.stdout(rendered.text);
  return EXIT.ok;
}
