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

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { generateWorkspace, standaloneFile } from './generate.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const FILES = 200;
const MIN_LINES = 100_000;
const WARM_LINES = 2_000;
const WARM_RUNS = 50;
const TARGETS = { wallMs: 1500, rssMb: 300, warmMs: 15 };

const args = process.argv.slice(2);
const coldRuns = Number(args[args.indexOf('--runs') + 1]) || 3;
const keep = args.includes('--keep');

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs the CLI once on `dir`; wall time in ms, peak RSS in MB (when it can be measured), and the summary. */
function coldCheck(dir) {
  const useTime = existsSync('/usr/bin/time');
  const command = useTime ? '/usr/bin/time' : process.execPath;
  const argv = useTime ? ['-v', process.execPath, CLI, 'check', dir, '--format', 'json'] : [join(ROOT, 'bench', 'rss-runner.mjs'), CLI, 'check', dir, '--format', 'json'];
  const started = process.hrtime.bigint();
  const child = spawnSync(command, argv, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (child.status !== 0 && child.status !== 1) throw new Error(`the check failed (exit ${child.status}):\n${child.stderr}`);
  const rssKb = useTime ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr)?.[1]) : Number(/^maxRSS (\d+)$/m.exec(child.stderr)?.[1]);
  return { wallMs, rssMb: rssKb / 1024, summary: JSON.parse(child.stdout).summary };
}

/** The core's checkFiles and memoryHost, bundled from source so the timing is of the shipped code. */
async function loadCore(dir) {
  const outfile = join(dir, 'core.cjs');
  await build({
    stdin: {
      contents: `export { checkFiles } from './server/src/core/check';\nexport { memoryHost } from './server/src/core/host';\nexport { parse } from './server/src/core/syntax/parse';\n`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
  });
  const module = await import(outfile);
  return module.default ?? module;
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

function row(name, value, unit, target) {
  const shown = `${value.toFixed(value >= 100 ? 0 : 1)} ${unit}`;
  const verdict = target === undefined ? '' : value < target.limit ? `< ${target.limit} ${unit}: met` : `< ${target.limit} ${unit}: MISSED`;
  return `| ${name} | ${shown} | ${verdict} |`;
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
      `Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version}, ${process.platform}`,
      `Workspace: ${files.length} files, ${lines.toLocaleString('en-GB')} lines, ${(bytes / 1e6).toFixed(2)} MB; ` +
        `check found ${summary.errors} errors, ${summary.warnings} warnings, ${summary.infos} infos`,
      `Single file: ${text.split('\n').length - 1} lines, ${soloDiagnostics} diagnostics`,
      '',
      '| measurement | value | target |',
      '|---|---|---|',
      row(`workspace, cold CLI check (median of ${coldRuns})`, wallMs, 'ms', { limit: TARGETS.wallMs }),
      row('workspace, throughput', bytes / 1e6 / (wallMs / 1000), 'MB/s'),
      row(`workspace, peak memory of the check (${existsSync('/usr/bin/time') ? '/usr/bin/time -v' : 'maxRSS'})`, rssMb, 'MB', { limit: TARGETS.rssMb }),
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
