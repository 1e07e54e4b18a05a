// `hewitt load <file.hewitt> <dataset> --engine NAME`: creates a table named like the dataset in a
// configured engine, one column per declared column, and loads the dataset's file into it. Cells
// that do not fit their column are reported as `hewitt eval` reports them, and their rows left out.

import { relative } from 'node:path';
import { loadDataset } from '../../core/data/load-dataset';
import { datasetShape } from '../../core/data/shape';
import type { Row } from '../../core/data/load';
import { analyzeWorkspace } from '../../core/semantics';
import { LineIndex } from '../../core/text/line-index';
import { nodeDataHost } from '../../node/data-host';
import { EngineError } from '../../node/engines/driver-error';
import { openEngine } from '../../node/engines/evaluate';
import { createTableSql, insertRows } from '../../node/engines/load';
import { findEngine } from '../../node/engines/config';
import { nodeHost } from '../../node/file-host';
import type { ParsedArgs } from '../args';
import { readInputs } from '../inputs';
import { EXIT, usageFailure, type CliIo } from '../io';
import type { Command } from './command';

export const loadCommand: Command = {
  name: 'load',
  summary: "Create a dataset's table in a configured engine and load its file.",
  usage: 'hewitt load [options] <file.hewitt> <dataset> --engine NAME',
  description: [
    "Creates a table named like the dataset in the engine named in hewitt.config.json, with one column per declared column (money as DECIMAL(38, 2), numbers as floating point, yes/no as a boolean, the rest as text), and inserts the dataset's rows. Cells that do not fit their column are reported as for eval and their rows are left out.",
    'Exit status: 0 when loaded, 1 when the rule file has errors, 2 for a usage error or an engine that cannot be used (an existing table is kept unless --replace is given).',
  ],
  options: [
    { kind: 'value', name: 'engine', valueName: 'NAME', description: 'A postgres, duckdb or clickhouse engine named in hewitt.config.json "engines".' },
    { kind: 'value', name: 'config', valueName: 'FILE', description: 'The configuration file (default: the hewitt.config.json nearest the rule file).' },
    { kind: 'flag', name: 'replace', description: 'Drop the table first if it exists.' },
  ],
  run: (args, io) => runLoad(args, io),
};

async function runLoad(args: ParsedArgs, io: CliIo): Promise<number> {
  if (args.positionals.length !== 2) return usageFailure(io, 'hewitt load needs a rule file and a dataset name (see hewitt load --help)');
  const engine = args.values.get('engine');
  if (engine === undefined) return usageFailure(io, 'hewitt load needs --engine NAME, an engine named in hewitt.config.json');
  const inputs = readInputs([args.positionals[0]], io.cwd);
  if (inputs.kind === 'error') return usageFailure(io, inputs.message);
  const model = analyzeWorkspace(inputs.paths, nodeHost(io.cwd, inputs.texts));
  const symbol = [...model.files.values()].flatMap((f) => [...f.symbols.values()]).find((s) => s.kind === 'dataset' && s.name === args.positionals[1]);
  if (symbol === undefined) return usageFailure(io, `no dataset named ${args.positionals[1]} in ${args.positionals[0]} or the files it imports`);
  const options = { cwd: io.cwd, configFile: args.values.get('config'), env: process.env };
  try {
    if (findEngine(engine, inputs.paths[0], io.cwd, options.configFile) === undefined) return usageFailure(io, `no engine named ${engine} in hewitt.config.json "engines"`);
    const rows: Row[] = [];
    const outcome = await loadDataset(symbol, symbol.path, nodeDataHost(io.cwd), (row) => rows.push(row));
    const textOf = (path: string): string => model.files.get(path)?.text ?? '';
    for (const d of outcome.diagnostics) {
      const at = new LineIndex(textOf(outcome.path)).position(d.span.start);
      io.stderr(`${relative(io.cwd, outcome.path).split("\\").join("/")}:${at.line + 1}:${at.character + 1}: ${d.severity}: ${d.message}\n`);
    }
    if (outcome.diagnostics.some((d) => d.severity === 'error')) return EXIT.problems;
    const { session } = await openEngine(engine, inputs.paths, options);
    try {
      const columns = datasetShape(symbol).columns;
      if (args.flags.has('replace')) await session.query(`DROP TABLE IF EXISTS ${session.dialect.table(symbol.name)}`);
      await session.query(createTableSql(session.dialect, symbol.name, columns));
      const loaded = await insertRows(session, symbol.name, columns, rows);
      io.stdout(`hewitt: loaded ${loaded} rows of ${symbol.name} into table ${symbol.name} of engine ${engine} (dialect ${session.dialect.name}); ${outcome.result.rowsRejected} rows rejected\n`);
    } finally {
      await session.close();
    }
    return EXIT.ok;
  } catch (error) {
    if (error instanceof EngineError) {
      io.stderr(`hewitt: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
