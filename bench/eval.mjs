// The evaluation benchmark (`npm run bench`, after a build). Not a test: it prints figures.
//
//   1. a generated ledger of 1,000,000 rows (42 boards × 5 years): `hewitt eval` computing the
//      prevention share by board and year, end to end in a new process, against the same query in
//      DuckDB on the same CSV in the same run; the ratio, and both processes' peak memory;
//   2. flat memory: the same evaluation on a quarter of the rows, and with --large on 10,000,000;
//   3. re-evaluating the samples after a rule edit with the data cached, in-process (median of 20).
//
// Options: --rows N (default 1,000,000), --large (also 10,000,000 rows), --runs N (default 3).

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeBenchData } from './eval-data.mjs';
import { bundleSource, CLI, machineLine, median, ROOT, row, runNode } from './measure.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const ROWS = option('--rows', 1_000_000);
const RUNS = option('--runs', 3);
const TARGETS = { ratio: 2, rssMb: 300, reevalMs: 50 };

function evalOnce(dir) {
  const run = runNode(CLI, ['eval', 'bench.hewitt', '--format', 'json'], { cwd: dir });
  if (run.status !== 0 && run.status !== 1) throw new Error(`hewitt eval failed (exit ${run.status}):\n${run.stderr}`);
  const rows = JSON.parse(run.stdout).measures.prevention_share.rows;
  return { ...run, groups: rows.length, rows };
}

const DUCKDB = join(ROOT, 'bench', 'duckdb');

function duckOnce(dir) {
  const run = runNode(join(DUCKDB, 'query.mjs'), [join(dir, 'ledger.csv')]);
  if (run.status !== 0) throw new Error(`the DuckDB query failed (exit ${run.status}):\n${run.stderr}`);
  return { ...run, rows: run.stdout.trim().split('\n').map((line) => JSON.parse(line)) };
}

/** The largest difference between the two answers, in pp. */
function largestDifference(ours, duck) {
  const byKey = new Map(duck.map((r) => [`${r.icb} ${r.year}`, r.share]));
  let largest = 0;
  for (const r of ours) largest = Math.max(largest, Math.abs(r.value - (byKey.get(`${r.group.icb} ${r.group.year}`) ?? NaN)));
  return largest;
}

async function timeOneSize(rows) {
  const dir = mkdtempSync(join(tmpdir(), 'hewitt-eval-bench-'));
  try {
    const bytes = await writeBenchData(dir, rows);
    const ours = [];
    const duck = [];
    for (let i = 0; i < RUNS; i++) {
      ours.push(evalOnce(dir));
      duck.push(duckOnce(dir));
    }
    return { rows, bytes, ours, duck, difference: largestDifference(ours[0].rows, duck[0].rows) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Re-evaluation of the samples after an edit, with the data cache warm: median ms of 20. */
async function reevaluation() {
  const dir = mkdtempSync(join(tmpdir(), 'hewitt-eval-core-'));
  try {
    const core = await bundleSource(dir, [
      "export { analyzeWorkspace } from './server/src/core/semantics';",
      "export { evaluate } from './server/src/core/eval/evaluate';",
      "export { createDataCache } from './server/src/core/data/cache';",
      "export { memoryHost } from './server/src/core/host';",
      "export { nodeDataHost } from './server/src/node/data-host';",
    ]);
    const files = ['samples/datasets.hewitt', 'samples/prevention.hewitt', 'samples/gp-contract.hewitt'];
    const texts = Object.fromEntries(files.map((f) => [f, readFileSync(join(ROOT, f), 'utf8')]));
    const data = core.nodeDataHost(ROOT);
    const cache = core.createDataCache();
    const run = async (edit) => {
      const edited = { ...texts, 'samples/prevention.hewitt': texts['samples/prevention.hewitt'] + `\n// edit ${edit}\n` };
      const model = core.analyzeWorkspace(files, core.memoryHost(edited));
      return core.evaluate(model, files, data, { cache });
    };
    let started = process.hrtime.bigint();
    await run(0);
    const firstMs = Number(process.hrtime.bigint() - started) / 1e6;
    const times = [];
    for (let i = 1; i <= 20; i++) {
      started = process.hrtime.bigint();
      await run(i);
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    return { firstMs, medianMs: median(times) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const main = await timeOneSize(ROWS);
  const quarter = await timeOneSize(Math.floor(ROWS / 4));
  const large = args.includes('--large') ? await timeOneSize(10_000_000) : undefined;
  const ourMs = median(main.ours.map((r) => r.wallMs));
  const duckMs = median(main.duck.map((r) => r.wallMs));
  const again = await reevaluation();
  const rss = (size) => Math.max(...size.ours.map((r) => r.rssMb));
  const n = (value) => value.toLocaleString('en-GB');
  const out = [
    machineLine(),
    `Ledger: ${n(main.rows)} rows, ${(main.bytes / 1e6).toFixed(1)} MB, ${main.ours[0].groups} groups; largest difference from DuckDB ${main.difference.toExponential(2)} pp`,
    '',
    '| measurement | value | target |',
    '|---|---|---|',
    row(`hewitt eval, prevention share by ICB and year, ${n(main.rows)} rows (median of ${RUNS})`, ourMs, 'ms'),
    row(`DuckDB, the same query on the same CSV (median of ${RUNS})`, duckMs, 'ms'),
    row('ratio hewitt / DuckDB', ourMs / duckMs, '×', { limit: TARGETS.ratio }),
    row(`hewitt eval peak memory, ${n(main.rows)} rows`, rss(main), 'MB', { limit: TARGETS.rssMb }),
    row(`hewitt eval peak memory, ${n(quarter.rows)} rows`, rss(quarter), 'MB'),
    ...(large === undefined ? [] : [row(`hewitt eval peak memory, ${n(large.rows)} rows`, rss(large), 'MB', { limit: TARGETS.rssMb }), row(`hewitt eval, ${n(large.rows)} rows`, median(large.ours.map((r) => r.wallMs)), 'ms')]),
    row('DuckDB peak memory', Math.max(...main.duck.map((r) => r.rssMb)), 'MB'),
    row('samples, first evaluation in-process (data read)', again.firstMs, 'ms'),
    row('samples, re-evaluation after an edit, data cached (median of 20)', again.medianMs, 'ms', { limit: TARGETS.reevalMs }),
  ];
  console.log(out.join('\n'));
}

main().catch((error) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
