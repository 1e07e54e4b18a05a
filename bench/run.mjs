// The benchmark (`npm run bench`, after a build): how fast the checker is on a large workspace
// and on one large file. Not a test: it prints a table of figures against their targets.
//
//   1. a workspace of 200 generated files, at least 100,000 lines, checked cold by the built CLI
//      (`node dist/cli.js check DIR --format json`, a new process each time, median of 3): wall
//      time, throughput and the child's peak memory;
//   2. one 2,000-line file parsed and checked warm, in-process, through the core bundled with
//      esbuild (median of 50 after warming up).
//
// Options: --runs N (cold runs, default 3), --keep (leave the generated workspace in place).

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateWorkspace, standaloneFile } from './generate.mjs';
import { bundleSource, CLI, HAS_TIME, machineLine, median, row, runNode } from './measure.mjs';

const FILES = 200;
const MIN_LINES = 100_000;
const WARM_LINES = 2_000;
const WARM_RUNS = 50;
const TARGETS = { wallMs: 1500, rssMb: 300, warmMs: 15 };

const args = process.argv.slice(2);
const coldRuns = Number(args[args.indexOf('--runs') + 1]) || 3;
const keep = args.includes('--keep');

/** Runs the CLI once on `dir`; wall time in ms, peak RSS in MB (when it can be measured), and the summary. */
function coldCheck(dir) {
  const run = runNode(CLI, ['check', dir, '--format', 'json']);
  if (run.status !== 0 && run.status !== 1) throw new Error(`the check failed (exit ${run.status}):\n${run.stderr}`);
  return { wallMs: run.wallMs, rssMb: run.rssMb, summary: JSON.parse(run.stdout).summary };
}

/** The core's checkFiles and memoryHost, bundled from source so the timing is of the shipped code. */
async function loadCore(dir) {
  return bundleSource(dir, [
    "export { checkFiles } from './server/src/core/check';",
    "export { memoryHost } from './server/src/core/host';",
    "export { parse } from './server/src/core/syntax/parse';",
  ]);
}

/** Median ms of `runs` calls of `work`, after as many warm-up calls. */
function timeWarm(work, runs) {
  for (let i = 0; i < runs; i++) work();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    work();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return median(times);
}

async function main() {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first (or `npm run bench`).');
  const dir = mkdtempSync(join(tmpdir(), 'hewitt-bench-'));
  try {
    const workspace = join(dir, 'workspace');
    const files = generateWorkspace(workspace, FILES, MIN_LINES);
    const lines = files.reduce((sum, f) => sum + f.lines, 0);
    const bytes = files.reduce((sum, f) => sum + f.bytes, 0);

    const runs = [];
    for (let i = 0; i < coldRuns; i++) runs.push(coldCheck(workspace));
    const wallMs = median(runs.map((r) => r.wallMs));
    const rssMb = Math.max(...runs.map((r) => r.rssMb));
    const summary = runs[0].summary;

    const core = await loadCore(dir);
    const text = standaloneFile(WARM_LINES);
    const host = core.memoryHost({ '/solo.hewitt': text });
    const warmMs = timeWarm(() => core.checkFiles(['/solo.hewitt'], host), WARM_RUNS);
    const parseMs = timeWarm(() => core.parse(text), WARM_RUNS);
    const soloDiagnostics = core.checkFiles(['/solo.hewitt'], host)[0].diagnostics.length;

    const out = [
      machineLine(),
      `Workspace: ${files.length} files, ${lines.toLocaleString('en-GB')} lines, ${(bytes / 1e6).toFixed(2)} MB; ` +
        `check found ${summary.errors} errors, ${summary.warnings} warnings, ${summary.infos} infos`,
      `Single file: ${text.split('\n').length - 1} lines, ${soloDiagnostics} diagnostics`,
      '',
      '| measurement | value | target |',
      '|---|---|---|',
      row(`workspace, cold CLI check (median of ${coldRuns})`, wallMs, 'ms', { limit: TARGETS.wallMs }),
      row('workspace, throughput', bytes / 1e6 / (wallMs / 1000), 'MB/s'),
      row(`workspace, peak memory of the check (${HAS_TIME ? '/usr/bin/time -v' : 'maxRSS'})`, rssMb, 'MB', { limit: TARGETS.rssMb }),
      row(`${WARM_LINES.toLocaleString('en-GB')}-line file, parse + check warm (median of ${WARM_RUNS})`, warmMs, 'ms', { limit: TARGETS.warmMs }),
      row(`${WARM_LINES.toLocaleString('en-GB')}-line file, parse only warm (median of ${WARM_RUNS})`, parseMs, 'ms'),
      `| cold runs | ${runs.map((r) => `${r.wallMs.toFixed(0)} ms`).join(', ')} | |`,
    ];
    console.log(out.join('\n'));
    if (keep) console.log(`\nThe workspace is kept in ${workspace}`);
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
