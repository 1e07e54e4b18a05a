// The diff benchmark (`npm run bench`, after a build): `hewitt diff` of the samples, both
// revisions evaluated, against one `hewitt eval` of the same files. Not a test: it prints figures
// against the target (a diff in under twice the time of one evaluation).
//
// A throwaway git repository holds the samples and their data; its work tree changes a category
// condition (rows move from unclassified to a category) and a metric's thresholds. `all.hewitt`
// imports both sample files, so one `hewitt eval` evaluates exactly what the diff evaluates twice.
// Each figure is the median of cold runs of the built CLI (a new process each time), the two
// commands taking turns.
//
// Options: --runs N (default 5).

import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, machineLine, median, ROOT, row, runNode } from './measure.mjs';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;

const repo = mkdtempSync(join(tmpdir(), 'hewitt-bench-diff-'));
try {
  for (const name of ['datasets.hewitt', 'prevention.hewitt', 'gp-contract.hewitt', 'data']) cpSync(join(ROOT, 'samples', name), join(repo, name), { recursive: true });
  writeFileSync(join(repo, 'all.hewitt'), 'import "prevention.hewitt"\nimport "gp-contract.hewitt"\n');
  const git = (...argv) => execFileSync('git', argv, { cwd: repo, env: { ...process.env, GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@b', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@b' } });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  const edit = (file, from, to) => writeFileSync(join(repo, file), readFileSync(join(repo, file), 'utf8').replace(from, to));
  edit('prevention.hewitt', 'when programme = "NHSHC"', 'when programme in ["NHSHC", "CHC"]');
  edit('gp-contract.hewitt', 'thresholds: 35% to 75%', 'thresholds: 40% to 75%');

  // The two commands alternate, so a change in the machine's load weighs on both alike.
  const once = (argv) => {
    const run = runNode(CLI, argv, { cwd: repo });
    if (run.status !== 0 && run.status !== 1) throw new Error(`hewitt ${argv.join(' ')} failed (exit ${run.status}):\n${run.stderr}`);
    return run.wallMs;
  };
  const evalTimes = [];
  const diffTimes = [];
  for (let i = 0; i < runs; i++) {
    evalTimes.push(once(['eval', 'all.hewitt', '--format', 'json']));
    diffTimes.push(once(['diff', '--base', 'main', '--format', 'json']));
  }
  const evalMs = median(evalTimes);
  const diffMs = median(diffTimes);
  const report = JSON.parse(runNode(CLI, ['diff', '--base', 'main', '--format', 'json'], { cwd: repo }).stdout);

  console.log(`\n## hewitt diff of the samples (median of ${runs} cold runs)\n`);
  console.log(machineLine());
  console.log(`Change: ${report.summary.rowsMoved} rows moved, ${report.summary.measuresChanged} measures changed, ${report.summary.targetFlips} target flips; ledger ${readFileSync(join(repo, 'data', 'ledger.csv')).length} bytes\n`);
  console.log('| figure | value | target |');
  console.log('|---|---|---|');
  console.log(row('one `hewitt eval` of the samples', evalMs, 'ms'));
  console.log(row('`hewitt diff` of the samples (both evaluated)', diffMs, 'ms', { limit: Math.round(2 * evalMs) }));
  console.log(`| ratio | ${(diffMs / evalMs).toFixed(2)}× | < 2×: ${diffMs < 2 * evalMs ? 'met' : 'MISSED'} |`);
} finally {
  rmSync(repo, { recursive: true, force: true });
}
