// `hewitt eval <file.hewitt>`: checks a rule file, evaluates it against its data files and
// reports the results as a terminal table, Markdown, JSON or a self-contained HTML page.
// Exit 0 when no diagnostic reaches the fail level, 1 when one does (a rule file with errors is
// reported, not evaluated), 2 for a usage or path error, 130 when cancelled with Ctrl-C.

import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FileReport } from '../../core/check';
import { CATALOGUE } from '../../core/rules/catalogue';
import { evaluate } from '../../core/eval/evaluate';
import type { EvalResult } from '../../core/eval/result';
import { analyzeWorkspace } from '../../core/semantics';
import type { SemanticModel } from '../../core/semantics/model';
import { buildEvalReport, type BuiltReport } from '../../report/build';
import { formatEvalHtml } from '../../report/html';
import { formatEvalJson } from '../../report/json';
import { formatEvalMarkdown } from '../../report/markdown';
import type { EvalReport } from '../../report/model';
import { formatEvalTable } from '../../report/table';
import { formatEvalCsv } from '../../report/csv-export';
import { buildWorkbook } from '../../report/workbook';
import { workbookBytes } from '../../node/xlsx-write';
import type { ParsedArgs } from '../args';
import { nodeDataHost, type NodeDataHost, type ReadListener } from '../../node/data-host';
import { configFileProblem, configLookup } from '../../node/config';
import { readInputs } from '../inputs';
import { EXIT, usageFailure, type CliIo } from '../io';
import { nodeHost } from '../../node/file-host';
import { describeFsError } from '../../node/fs-paths';
import { FAIL_LEVELS, reachesFailLevel, type FailLevel } from '../report';
import { writeFileAtomic } from '../write-file';
import type { Command } from './command';
import { EngineError } from '../../node/engines/driver-error';
import { dialectOfEngine, EMBEDDED, evaluateOnEngine } from '../../node/engines/evaluate';
import { isTestFile } from '../../core/syntax/test-ast';
import { runExplain } from './explain';

export type EvalFormat = 'table' | 'markdown' | 'json' | 'html' | 'csv';
export const EVAL_FORMATS: readonly (EvalFormat | 'xlsx')[] = ['table', 'markdown', 'json', 'html', 'csv', 'xlsx'];

/** The exit status after Ctrl-C, as shells report a process ended by SIGINT. */
export const EXIT_CANCELLED = 130;

/** The evaluation core's entry point, as the command calls it. */
export type Evaluator = (
  model: SemanticModel,
  paths: readonly string[],
  data: NodeDataHost,
  options: { readonly signal?: AbortSignal },
) => Promise<EvalResult>;

export interface EvalDependencies {
  /** Undefined when this build has no evaluation; the command then says so. */
  readonly evaluate: Evaluator | undefined;
  /** Whether standard error is a terminal (the progress line is shown only then). */
  readonly stderrIsTTY: () => boolean;
  readonly now: () => number;
  /** Calls `cancel` on Ctrl-C until the returned function is called. */
  readonly onInterrupt: (cancel: () => void) => () => void;
}

const OPTIONS: Command['options'] = [
  { kind: 'value', name: 'format', short: 'f', valueName: 'FORMAT', choices: EVAL_FORMATS, description: 'Output format: table, markdown, json, html, csv or xlsx (default table, or as the --output file name ends: .md, .json, .html, .csv, .xlsx); xlsx needs --output.' },
  { kind: 'value', name: 'output', short: 'o', valueName: 'FILE', description: 'Write the report to FILE instead of standard output.' },
  { kind: 'value', name: 'fail-level', valueName: 'LEVEL', choices: FAIL_LEVELS, defaultValue: 'error', description: 'Lowest severity that makes the exit status 1: error, warning or info (default error).' },
  { kind: 'value', name: 'config', short: 'c', valueName: 'FILE', description: 'Use this configuration file (hewitt.config.json).' },
  { kind: 'value', name: 'engine', valueName: 'ENGINE', description: 'Where to compute: embedded (default), duckdb (in process, reading the data files) or an engine named in hewitt.config.json; see docs/engines.md.' },
  { kind: 'value', name: 'explain', valueName: 'FIGURE', description: 'List the rows behind one figure instead: NAME, NAME[column = value, …] or CLASSIFICATION.category[…] (also .unclassified, .excluded).' },
  { kind: 'value', name: 'rows', valueName: 'N', description: 'With --explain: list at most N rows (default 20); all are counted.' },
];

export function evalCommandWith(deps: EvalDependencies): Command {
  return {
    name: 'eval',
    summary: 'Evaluate a rule file against its data and report the results.',
    usage: 'hewitt eval [options] <file.hewitt>',
    description: [
      'Checks the rule file and the files it imports, reads the data files their datasets name, and reports classifications, measures, targets, metrics and funding. A rule file with errors is reported but not evaluated. For an HTML report: hewitt eval rules.hewitt -o report.html',
      'Exit status: 0 when no problem reaches the fail level, 1 when one does, 2 for a usage error or a path that cannot be read, 130 when cancelled with Ctrl-C.',
    ],
    options: OPTIONS,
    run: (args, io) => runEval(deps, args, io),
  };
}

/** How the real command line waits, tells time and hears Ctrl-C. */
export const NODE_EVAL_DEPENDENCIES: Omit<EvalDependencies, 'evaluate'> = {
  stderrIsTTY: () => process.stderr.isTTY === true,
  now: () => Date.now(),
  onInterrupt: (cancel) => {
    let presses = 0;
    const handler = (): void => {
      presses++;
      if (presses > 1) process.exit(EXIT_CANCELLED);
      cancel();
    };
    process.on('SIGINT', handler);
    return () => void process.off('SIGINT', handler);
  },
};

export const evalCommand: Command = evalCommandWith({ ...NODE_EVAL_DEPENDENCIES, evaluate });

export async function runEval(deps: EvalDependencies, args: ParsedArgs, io: CliIo): Promise<number> {
  const outputFile = args.values.get('output');
  const format = formatOf(args.values.get('format'), outputFile);
  const failLevel: FailLevel = FAIL_LEVELS.find((level) => level === args.values.get('fail-level')) ?? 'error';
  if (args.positionals.length !== 1) return usageFailure(io, 'hewitt eval needs exactly one rule file (see hewitt eval --help)');
  if (args.values.has('rows') && !args.values.has('explain')) return usageFailure(io, '--rows goes with --explain (see hewitt eval --help)');
  if (format === 'xlsx' && outputFile === undefined) return usageFailure(io, '--format xlsx writes a workbook: name the file with --output FILE.xlsx');
  const written = args.positionals[0];
  if (isTestFile(written)) return usageFailure(io, `is a test file, which runs on its fixtures, not on data; run it with hewitt test ${written}`);
  try {
    if (statSync(resolve(io.cwd, written)).isDirectory()) return usageFailure(io, `is a folder, not a rule file: ${written}`);
  } catch (error) {
    return usageFailure(io, `${describeFsError(error)}: ${written}`);
  }
  const inputs = readInputs([written], io.cwd);
  if (inputs.kind === 'error') return usageFailure(io, inputs.message);
  const file = inputs.paths[0];
  const configFile = args.values.get('config');
  const configProblem = configFile === undefined ? undefined : configFileProblem(io.cwd, configFile);
  if (configProblem !== undefined) return usageFailure(io, configProblem);

  const configs = configLookup(io.cwd, CATALOGUE, configFile);
  const model = analyzeWorkspace(inputs.paths, nodeHost(io.cwd, inputs.texts));
  const engine = args.values.get('engine') ?? EMBEDDED;
  const figure = args.values.get('explain');
  if (figure !== undefined) return runExplain({ io, model, file, figure, rows: args.values.get('rows'), format, outputFile, configFor: configs.configFor });
  const evaluator = deps.evaluate;
  const controller = new AbortController();
  let built: BuiltReport;
  try {
    built = await buildEvalReport(model, file, {
      configFor: configs.configFor,
      ...(engine !== EMBEDDED
        ? { evaluate: (m: SemanticModel, paths: readonly string[]) => evaluateOnEngine(engine, m, paths, { cwd: io.cwd, configFile, env: process.env }) }
        : evaluator === undefined
          ? {}
          : { evaluate: (m: SemanticModel, paths: readonly string[]) => evaluateWithProgress(deps, evaluator, m, paths, io, controller) }),
    });
  } catch (error) {
    if (error instanceof EngineError) return usageFailure(io, error.message);
    if (!controller.signal.aborted) throw error;
    io.stderr('hewitt: evaluation cancelled\n');
    return EXIT_CANCELLED;
  }
  if (built.hasErrors) io.stderr(`hewitt: ${file} has errors, so it was not evaluated (see hewitt check ${file})\n`);
  else if (!built.evaluated) io.stderr('hewitt: evaluation is not available in this build; only the checks were run\n');
  const onEngine = engine === EMBEDDED ? {} : { engine: { name: engine, dialect: dialectOfEngine(engine, [file], { cwd: io.cwd, configFile }) } };
  const report = { ...withConfigProblems(built.report, configs.reports()), ...onEngine };
  const result = report.result;

  const text =
    format === 'xlsx'
      ? await workbookBytes(buildWorkbook(report))
      : engine === EMBEDDED
        ? render(format, report)
        : renderOnEngine(format, report, dialectOfEngine(engine, [file], { cwd: io.cwd, configFile }));
  if (outputFile === undefined) io.stdout(text as string);
  else {
    try {
      writeFileAtomic(resolve(io.cwd, outputFile), text);
    } catch (error) {
      return usageFailure(io, `cannot write the report, ${describeFsError(error)}: ${outputFile}`);
    }
  }
  const failed = [...result.diagnostics.values()].some((list) => list.some((d) => reachesFailLevel(d.severity, failLevel)));
  return failed ? EXIT.problems : EXIT.ok;
}

function formatOf(value: string | undefined, outputFile: string | undefined): EvalFormat | 'xlsx' {
  const chosen = EVAL_FORMATS.find((format) => format === value);
  if (chosen !== undefined) return chosen;
  const extension = outputFile?.toLowerCase().split('.').pop();
  if (extension === 'html' || extension === 'htm') return 'html';
  if (extension === 'md' || extension === 'markdown') return 'markdown';
  if (extension === 'json') return 'json';
  if (extension === 'csv') return 'csv';
  if (extension === 'xlsx') return 'xlsx';
  return 'table';
}

export function render(format: EvalFormat, report: EvalReport): string {
  switch (format) {
    case 'table':
      return formatEvalTable(report);
    case 'markdown':
      return formatEvalMarkdown(report);
    case 'json':
      return formatEvalJson(report);
    case 'html':
      return formatEvalHtml(report);
    case 'csv':
      return formatEvalCsv(report);
  }
}

/** The report as `render` gives it; the JSON names the engine that computed it. */
function renderOnEngine(format: EvalFormat, report: EvalReport, engine: string): string {
  const text = render(format, report);
  if (format !== 'json') return text;
  return JSON.stringify({ engine, ...(JSON.parse(text) as object) }, null, 2) + '\n';
}

/** Problems in the configuration files join the report's diagnostics, under their own paths. */
function withConfigProblems(report: EvalReport, configReports: readonly FileReport[]): EvalReport {
  if (configReports.length === 0) return report;
  const diagnostics = new Map(report.result.diagnostics);
  const sources = new Map(report.sources);
  for (const config of configReports) {
    diagnostics.set(config.path, config.diagnostics);
    sources.set(config.path, config.text);
  }
  return { ...report, result: { ...report.result, diagnostics }, sources };
}

/** Runs the evaluation with a progress line and Ctrl-C wired in; rejects when cancelled. */
async function evaluateWithProgress(
  deps: EvalDependencies,
  evaluate: Evaluator,
  model: SemanticModel,
  paths: readonly string[],
  io: CliIo,
  controller: AbortController,
): Promise<EvalResult> {
  const progress = progressLine(io.stderr, deps.stderrIsTTY(), deps.now);
  const stopListening = deps.onInterrupt(() => controller.abort());
  try {
    return await evaluate(model, paths, nodeDataHost(io.cwd, { onRead: progress.onRead }), { signal: controller.signal });
  } finally {
    stopListening();
    progress.clear();
  }
}

/** Shown once a file has taken this long to read. */
export const PROGRESS_DELAY_MS = 500;
const PROGRESS_INTERVAL_MS = 100;

/** A single updating line, `Reading data/ledger.csv 45% (12 MB)`, on a terminal only, for slow reads. */
export function progressLine(write: (text: string) => void, isTTY: boolean, now: () => number): { onRead: ReadListener; clear: () => void } {
  let shown = false;
  let current = '';
  let startedAt = 0;
  let lastAt = 0;
  const onRead: ReadListener = (path, bytesRead, size) => {
    if (!isTTY) return;
    const time = now();
    if (path !== current) {
      current = path;
      startedAt = time;
      lastAt = 0;
    }
    const done = bytesRead >= size;
    if (time - startedAt < PROGRESS_DELAY_MS || (!done && time - lastAt < PROGRESS_INTERVAL_MS)) return;
    lastAt = time;
    shown = true;
    const percent = size > 0 ? Math.min(100, Math.floor((bytesRead / size) * 100)) : 100;
    write(`\r\x1b[KReading ${path} ${percent}% (${megabytes(bytesRead)})`);
  };
  const clear = (): void => {
    if (shown) write('\r\x1b[K');
    shown = false;
  };
  return { onRead, clear };
}

function megabytes(bytes: number): string {
  const mb = bytes / 1_000_000;
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}
