// `hewitt test [paths…]`: runs the tests of `*.test.hewitt` files on their fixtures and reports
// them as text, JSON, JUnit XML or GitHub workflow commands. Exit 0 when every test passed, 1 when
// one failed or could not run (or none ran, with --fail-on-empty), 2 for a usage error, a path
// that cannot be read, or a test file with syntax errors (whose tests are not run).

import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeWorkspace } from '../../core/semantics';
import { coverageOf } from '../../core/tests/coverage';
import { testReport, type TestReport } from '../../core/tests/report';
import { runTestFile, type TestOutcome } from '../../core/tests/run';
import { isTestFile } from '../../core/syntax/test-ast';
import { LineIndex } from '../../core/text/line-index';
import { nodeDataHost } from '../../node/data-host';
import { loadFiles, nodeHost } from '../../node/file-host';
import { describeFsError } from '../../node/fs-paths';
import type { ParsedArgs } from '../args';
import { EXIT, usageFailure, type CliIo } from '../io';
import { expandPaths } from '../paths';
import { formatTestGithub } from '../test-report/github';
import { formatTestJunit } from '../test-report/junit';
import { formatTestPretty } from '../test-report/pretty';
import { writeFileAtomic } from '../write-file';
import type { Command } from './command';

export const TEST_FORMATS = ['pretty', 'json', 'junit', 'github'] as const;
type TestFormat = (typeof TEST_FORMATS)[number];

const TEST_FILE = /\.test\.hewitt$/;

const OPTIONS: Command['options'] = [
  { kind: 'value', name: 'format', short: 'f', valueName: 'FORMAT', choices: TEST_FORMATS, defaultValue: 'pretty', description: 'Output format: pretty, json, junit or github (default pretty).' },
  { kind: 'value', name: 'output', short: 'o', valueName: 'FILE', description: 'Write the results to FILE instead of standard output.' },
  { kind: 'value', name: 'filter', valueName: 'REGEX', description: 'Run only the tests whose name (or file::name) matches REGEX.' },
  { kind: 'flag', name: 'fail-on-empty', description: 'Exit 1 when no test ran.' },
  { kind: 'flag', name: 'coverage', description: 'Also list the categories no fixture row falls into and the measures, targets and metrics no expectation names.' },
];

export const testCommand: Command = {
  name: 'test',
  summary: 'Run the tests of *.test.hewitt files on their fixtures.',
  usage: 'hewitt test [options] [paths…]',
  description: [
    'Paths may be test files or folders (every *.test.hewitt below them). The default is the current folder. A test evaluates the rule files its file imports on the rows it gives, never on real data.',
    'Exit status: 0 when every test passed, 1 when a test failed or could not run (or none ran, with --fail-on-empty), 2 for a usage error, a path that cannot be read, or a test file with syntax errors.',
  ],
  options: OPTIONS,
  run: (args, io) => runTestCommand(args, io),
};

async function runTestCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const format = (TEST_FORMATS as readonly string[]).includes(args.values.get('format') ?? '') ? (args.values.get('format') as TestFormat) : 'pretty';
  const outputFile = args.values.get('output');
  let filter: RegExp | undefined;
  const written = args.values.get('filter');
  if (written !== undefined) {
    try {
      filter = new RegExp(written);
    } catch {
      return usageFailure(io, `--filter is not a regular expression: ${written}`);
    }
  }
  const notTests = args.positionals.filter((p) => p.endsWith('.hewitt') && !isTestFile(p));
  if (notTests.length > 0) return usageFailure(io, `not a test file (tests live in *.test.hewitt files): ${notTests[0]}`);
  const expanded = expandPaths(args.positionals, io.cwd, TEST_FILE);
  if (expanded.kind === 'error') return usageFailure(io, expanded.message);
  const paths = expanded.files.filter((p) => isTestFile(p));
  const loaded = loadFiles(paths, io.cwd);
  if (loaded.kind === 'error') return usageFailure(io, loaded.message);

  const model = analyzeWorkspace(paths, nodeHost(io.cwd, loaded.texts));
  const data = nodeDataHost(io.cwd, { parallel: false });
  const outcomes: TestOutcome[] = [];
  const runnable: string[] = [];
  let syntaxErrors = false;
  const rowCache = new Map();
  for (const path of paths) {
    const file = model.files.get(path);
    const errors = file?.parseDiagnostics.filter((d) => d.severity === 'error') ?? [];
    if (errors.length > 0 && file) {
      syntaxErrors = true;
      const index = new LineIndex(file.text);
      for (const d of errors) {
        const at = index.position(d.span.start);
        io.stderr(`${path}:${at.line + 1}:${at.character + 1}: ${d.code}: ${d.message}\n`);
      }
      io.stderr(`hewitt: ${path} has syntax errors, so none of its tests were run\n`);
      continue;
    }
    runnable.push(path);
    const accept = filter ? (p: string, name: string) => filter.test(name) || filter.test(`${p}::${name}`) : undefined;
    outcomes.push(...(await runTestFile(model, path, data, { now: () => performance.now(), rowCache, ...(accept ? { accept } : {}) })));
  }
  const report = testReport(model, outcomes, args.flags.has('coverage') ? coverageOf(model, runnable, outcomes) : undefined);
  const text = render(format, report);
  if (outputFile === undefined) io.stdout(text);
  else {
    try {
      writeFileAtomic(resolve(io.cwd, outputFile), text);
    } catch (error) {
      return usageFailure(io, `cannot write the results, ${describeFsError(error)}: ${outputFile}`);
    }
  }
  if (syntaxErrors) return EXIT.usage;
  const { failed, errors, passed } = report.summary;
  if (failed + errors > 0) return EXIT.problems;
  if (passed === 0 && args.flags.has('fail-on-empty')) {
    io.stderr('hewitt: no test ran (--fail-on-empty)\n');
    return EXIT.problems;
  }
  return EXIT.ok;
}

function render(format: TestFormat, report: TestReport): string {
  switch (format) {
    case 'json':
      return JSON.stringify(report, null, 2) + '\n';
    case 'junit':
      return formatTestJunit(report);
    case 'github':
      return formatTestGithub(report);
    case 'pretty':
      return formatTestPretty(report);
  }
}
