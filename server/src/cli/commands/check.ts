// `hewitt check [paths…]`: checks rule files and reports their problems in one of several formats.
// Exit 0 when nothing reaches the fail level, 1 when something does, 2 for a usage or path error.

import { appendFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkFiles } from '../../core/check';
import type { RuleMeta } from '../../core/rules/meta';
import { CATALOGUE } from '../../core/rules/catalogue';
import type { ParsedArgs } from '../args';
import { configFileProblem, configLookup } from '../../node/config';
import { readInputs } from '../inputs';
import { EXIT, usageFailure, type CliIo } from '../io';
import { nodeHost } from '../../node/file-host';
import { describeFsError } from '../../node/fs-paths';
import { githubStepSummary } from '../report/github';
import { buildResult, FAIL_LEVELS, FORMAT_NAMES, isFormatName, reachesFailLevel, render, type FailLevel, type FormatName } from '../report';
import { TOOL } from '../../node/tool-info';
import { writeFileAtomic } from '../write-file';
import type { Command } from './command';

/** How files are checked; the core's checkFiles, or a stand-in in tests. */
export type Checker = typeof checkFiles;

const OPTIONS: Command['options'] = [
  { kind: 'value', name: 'format', short: 'f', valueName: 'FORMAT', choices: FORMAT_NAMES, defaultValue: 'pretty', description: 'Output format: pretty, json, sarif, github or junit (default pretty).' },
  { kind: 'value', name: 'fail-level', valueName: 'LEVEL', choices: FAIL_LEVELS, defaultValue: 'error', description: 'Lowest severity that makes the exit status 1: error, warning or info (default error).' },
  { kind: 'value', name: 'output', short: 'o', valueName: 'FILE', description: 'Write the report to FILE instead of standard output.' },
  { kind: 'value', name: 'config', short: 'c', valueName: 'FILE', description: 'Use this configuration file (hewitt.config.json).' },
  { kind: 'flag', name: 'quiet', short: 'q', description: 'Report only problems that reach the fail level, without a summary line.' },
  { kind: 'flag', name: 'no-color', description: 'Never colour the output (colour is used only on a terminal, and never when NO_COLOR is set).' },
];

/** The check command over `checker`, with `catalogue` giving the rules a configuration may set. */
export function checkCommandWith(checker: Checker, catalogue: readonly RuleMeta[] = []): Command {
  return {
    name: 'check',
    summary: 'Check rule files and report their problems.',
    usage: 'hewitt check [options] [paths…]',
    description: [
      'Paths may be files, folders (every *.hewitt below them, skipping node_modules and folders whose name starts with a dot) or quoted globs such as "rules/**/*.hewitt". The default is the current folder.',
      'Exit status: 0 when no problem reaches the fail level, 1 when one does, 2 for a usage error or a path that cannot be read.',
    ],
    options: OPTIONS,
    run: (args, io) => runCheck(checker, catalogue, args, io),
  };
}

export const checkCommand: Command = checkCommandWith(checkFiles, CATALOGUE);

async function runCheck(checker: Checker, catalogue: readonly RuleMeta[], args: ParsedArgs, io: CliIo): Promise<number> {
  const format = formatOf(args);
  const failLevel = failLevelOf(args);
  const outputFile = args.values.get('output');
  const configFile = args.values.get('config');
  const quiet = args.flags.has('quiet');

  const configProblem = configFile === undefined ? undefined : configFileProblem(io.cwd, configFile);
  if (configProblem !== undefined) return usageFailure(io, configProblem);
  const inputs = readInputs(args.positionals, io.cwd);
  if (inputs.kind === 'error') return usageFailure(io, inputs.message);

  const host = nodeHost(io.cwd, inputs.texts);
  const configs = configLookup(io.cwd, catalogue, configFile);
  const reports = checker(inputs.paths, host, { configFor: configs.configFor, catalogue: CATALOGUE });
  // Every configuration that governs a checked file is read, so its own problems are reported.
  for (const path of inputs.paths) configs.configFor(path);
  const result = buildResult([...reports, ...configs.reports()], (severity) => !quiet || reachesFailLevel(severity, failLevel));
  const color = outputFile === undefined && io.isTTY && !args.flags.has('no-color') && !io.env.NO_COLOR;
  const context = { failLevel, color, tool: TOOL, rootUri: rootUriOf(io.cwd) };
  const text = render(format, result, context, { quiet });

  if (outputFile === undefined) io.stdout(text);
  else {
    try {
      writeFileAtomic(resolve(io.cwd, outputFile), text);
    } catch (error) {
      return usageFailure(io, `cannot write the report, ${describeFsError(error)}: ${outputFile}`);
    }
  }
  const stepSummary = io.env.GITHUB_STEP_SUMMARY;
  if (format === 'github' && stepSummary) {
    try {
      appendFileSync(stepSummary, githubStepSummary(result), 'utf8');
    } catch (error) {
      io.stderr(`hewitt: could not add the job summary, ${describeFsError(error)}: ${stepSummary}\n`);
    }
  }
  const failed = result.files.some((file) => file.diagnostics.some((d) => reachesFailLevel(d.severity, failLevel)));
  return failed ? EXIT.problems : EXIT.ok;
}

function formatOf(args: ParsedArgs): FormatName {
  const value = args.values.get('format') ?? 'pretty';
  return isFormatName(value) ? value : 'pretty';
}

function failLevelOf(args: ParsedArgs): FailLevel {
  const value = args.values.get('fail-level');
  return FAIL_LEVELS.find((level) => level === value) ?? 'error';
}

function rootUriOf(cwd: string): string {
  const href = pathToFileURL(cwd).href;
  return href.endsWith('/') ? href : href + '/';
}
