// `hewitt report <file.hewitt> -o report.html`: the evaluation as one self-contained HTML page for
// reviewers without an editor. The same run as `hewitt eval --format html`, written to a file.

import type { ParsedArgs } from '../args';
import type { Command } from './command';
import { evalCommand, runEval, type EvalDependencies } from './eval';

export const DEFAULT_REPORT_FILE = 'report.html';

/** The options of hewitt eval the report takes as they are. */
const SHARED = ['fail-level', 'engine', 'config'].flatMap((name) => evalCommand.options.filter((option) => option.name === name));

export function reportCommandWith(deps: EvalDependencies): Command {
  return {
    name: 'report',
    summary: 'Write the results and the recommendation checklist as one HTML page.',
    usage: 'hewitt report [options] <file.hewitt>',
    description: [
      `Evaluates the rule file as hewitt eval does and writes a self-contained HTML page (no network, no scripts; it opens from disk): the recommendation checklist, classification breakdowns, a chart of each measure against its targets, metric achievement, strata and gaps. Without --output the page is written to ${DEFAULT_REPORT_FILE} in the current folder. With --engine the figures are computed on that engine, as hewitt eval --engine does, and the page says so.`,
      'Exit status: as for hewitt eval.',
    ],
    options: [
      { kind: 'value', name: 'output', short: 'o', valueName: 'FILE', description: `Where to write the page (default ${DEFAULT_REPORT_FILE}).` },
      ...SHARED,
    ],
    run: async (args, io) => {
      const output = args.values.get('output') ?? DEFAULT_REPORT_FILE;
      const values = new Map(args.values);
      values.set('format', 'html');
      values.set('output', output);
      const asEval: ParsedArgs = { ...args, values };
      const code = await runEval(deps, asEval, io);
      if (code === 0 || code === 1) io.stderr(`hewitt: wrote the report to ${output}\n`);
      return code;
    },
  };
}

