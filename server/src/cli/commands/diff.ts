// `hewitt diff [--base REV] [--head REV | --worktree] [PATH…]`: what a change does. Both revisions
// are read with git (no checkout), evaluated on the same data as `hewitt eval` would, and
// compared: definitions (added, removed, changed, affected, metadata), rows moving between
// categories, measures, target statuses, metric points and payments, the checklist and the
// diagnostics. Exit 0 whatever changed unless --fail-on matches (then 1); 2 for a bad revision,
// no git, a shallow clone that lacks the base, or a usage error; 130 when cancelled.

import { resolve } from 'node:path';
import type { DiffReport } from '../../core/diff/model';
import { DEFAULT_TOP, isEmptyDiff } from '../../core/diff';
import { GitProblem } from '../../node/git';
import { describeFsError } from '../../node/fs-paths';
import { diffRepository } from '../../node/revision-diff';
import { formatDiffHtml } from '../../report/diff/html';
import { formatDiffJson } from '../../report/diff/json';
import { formatDiffMarkdown } from '../../report/diff/markdown';
import { formatDiffPretty } from '../../report/diff/pretty';
import type { ParsedArgs } from '../args';
import { EXIT, usageFailure, type CliIo } from '../io';
import { writeFileAtomic } from '../write-file';
import type { Command } from './command';
import { EXIT_CANCELLED, NODE_EVAL_DEPENDENCIES } from './eval';

export type DiffFormat = 'pretty' | 'markdown' | 'json' | 'html';
export const DIFF_FORMATS: readonly DiffFormat[] = ['pretty', 'markdown', 'json', 'html'];
export type FailOn = 'none' | 'target-status' | 'payment' | 'any';
export const FAIL_ON: readonly FailOn[] = ['none', 'target-status', 'payment', 'any'];

const OPTIONS: Command['options'] = [
  { kind: 'value', name: 'base', valueName: 'REV', description: "The revision to compare from (default: the merge base of HEAD and the remote's default branch, or HEAD)." },
  { kind: 'value', name: 'head', valueName: 'REV', description: 'The revision to compare to (default: the work tree).' },
  { kind: 'flag', name: 'worktree', description: 'Compare to the work tree as it is on disk (the default).' },
  { kind: 'value', name: 'format', short: 'f', valueName: 'FORMAT', choices: DIFF_FORMATS, description: 'Output format: pretty, markdown, json or html (default pretty, or as the --output file name ends).' },
  { kind: 'value', name: 'output', short: 'o', valueName: 'FILE', description: 'Write the diff to FILE instead of standard output.' },
  { kind: 'value', name: 'data', valueName: 'SIDE', choices: ['head', 'base'], defaultValue: 'head', description: "Whose data files both revisions are evaluated on: head (default) or base." },
  { kind: 'value', name: 'top', valueName: 'N', description: `How many groups to list per measure and metric, largest change first (default ${DEFAULT_TOP}).` },
  { kind: 'value', name: 'fail-on', valueName: 'WHAT', choices: FAIL_ON, defaultValue: 'none', description: 'Exit 1 when a target status changes (target-status), a payment changes (payment), or anything changes (any); default none.' },
  { kind: 'value', name: 'details-url', valueName: 'URL', description: 'Where the full report is, named when Markdown output is cut to fit a pull-request comment.' },
  { kind: 'flag', name: 'no-color', description: 'Never colour the output (colour is used only on a terminal, and never when NO_COLOR is set).' },
];

export const diffCommand: Command = {
  name: 'diff',
  summary: 'Show what a change to rule files does: definitions and figures, base against head.',
  usage: 'hewitt diff [options] [paths…]',
  description: [
    'Reads both revisions with git (no checkout; the work tree is not changed), matches declarations by kind and name (moving or reformatting one is no change), evaluates both revisions on the same data and reports rows moving between categories, measure changes, target status flips, metric points and payments, checklist rules newly failing or passing, and new or resolved diagnostics. Paths limit the rule files compared. For a pull-request comment: hewitt diff --base origin/main --format markdown',
    'Exit status: 0 whatever changed unless --fail-on matches (then 1); 2 for a bad revision, a folder that is not a git repository, a shallow clone that lacks the base, or a usage error; 130 when cancelled with Ctrl-C.',
  ],
  options: OPTIONS,
  run: (args, io) => runDiff(args, io),
};

export async function runDiff(args: ParsedArgs, io: CliIo): Promise<number> {
  const outputFile = args.values.get('output');
  const format = formatOf(args.values.get('format'), outputFile);
  const head = args.values.get('head');
  if (head !== undefined && args.flags.has('worktree')) return usageFailure(io, '--head and --worktree cannot be used together');
  const topText = args.values.get('top') ?? String(DEFAULT_TOP);
  if (!/^\d+$/.test(topText) || Number(topText) < 1) return usageFailure(io, `option '--top' must be a whole number of at least 1; got '${topText}'`);
  const failOn = FAIL_ON.find((value) => value === args.values.get('fail-on')) ?? 'none';
  const base = args.values.get('base');
  const controller = new AbortController();
  const stopListening = NODE_EVAL_DEPENDENCIES.onInterrupt(() => controller.abort());
  let report: DiffReport;
  try {
    const outcome = await diffRepository({
      cwd: io.cwd,
      ...(base !== undefined ? { base } : {}),
      ...(head !== undefined ? { head } : {}),
      paths: args.positionals,
      data: args.values.get('data') === 'base' ? 'base' : 'head',
      top: Number(topText),
      signal: controller.signal,
    });
    report = outcome.report;
  } catch (error) {
    if (error instanceof GitProblem) return usageFailure(io, error.message);
    if (!controller.signal.aborted) throw error;
    io.stderr('hewitt: diff cancelled\n');
    return EXIT_CANCELLED;
  } finally {
    stopListening();
  }
  for (const note of [...report.base.notes.map((n) => `base: ${n}`), ...report.head.notes.map((n) => `head: ${n}`)]) io.stderr(`hewitt: ${note}\n`);
  const color = outputFile === undefined && io.isTTY && !args.flags.has('no-color') && !io.env.NO_COLOR;
  const detailsUrl = args.values.get('details-url');
  const text = render(format, report, { color, ...(detailsUrl !== undefined ? { detailsUrl } : {}) });
  if (outputFile === undefined) io.stdout(text);
  else {
    try {
      writeFileAtomic(resolve(io.cwd, outputFile), text);
    } catch (error) {
      return usageFailure(io, `cannot write the diff, ${describeFsError(error)}: ${outputFile}`);
    }
  }
  return failsOn(report, failOn) ? EXIT.problems : EXIT.ok;
}

export function render(format: DiffFormat, report: DiffReport, options: { color: boolean; detailsUrl?: string }): string {
  switch (format) {
    case 'pretty':
      return formatDiffPretty(report, { color: options.color });
    case 'markdown':
      return formatDiffMarkdown(report, options.detailsUrl !== undefined ? { detailsUrl: options.detailsUrl } : {});
    case 'json':
      return formatDiffJson(report);
    case 'html':
      return formatDiffHtml(report);
  }
}

/** Whether the diff matches `--fail-on`. */
export function failsOn(report: DiffReport, failOn: FailOn): boolean {
  const s = report.summary;
  switch (failOn) {
    case 'none':
      return false;
    case 'target-status':
      return s.targetFlips > 0;
    case 'payment':
      return s.paymentChange !== 0n || Object.values(report.metrics).some((m) => m.top.some((row) => row.paymentChange !== 0n));
    case 'any':
      return !isEmptyDiff(report);
  }
}

function formatOf(value: string | undefined, outputFile: string | undefined): DiffFormat {
  const chosen = DIFF_FORMATS.find((format) => format === value);
  if (chosen !== undefined) return chosen;
  const extension = outputFile?.toLowerCase().split('.').pop();
  if (extension === 'html' || extension === 'htm') return 'html';
  if (extension === 'md' || extension === 'markdown') return 'markdown';
  if (extension === 'json') return 'json';
  return 'pretty';
}
