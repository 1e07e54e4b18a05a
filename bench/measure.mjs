// Shared by the benchmarks: run a Node script in a child process and measure its wall time and
// peak resident memory; medians; table rows.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI = join(ROOT, 'dist', 'cli.js');

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The value below which `share` of the values lie (nearest rank). */
export function percentile(values, share) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))];
}

export const HAS_TIME = existsSync('/usr/bin/time');

/**
 * Runs `node script ...args` in a child process. Returns wall time (ms, from spawn to exit), peak
 * resident memory (MB), the exit status and the output.
 */
export function runNode(script, args, options = {}) {
  const command = HAS_TIME ? '/usr/bin/time' : process.execPath;
  const argv = HAS_TIME ? ['-v', process.execPath, script, ...args] : [join(ROOT, 'bench', 'rss-runner.mjs'), script, ...args];
  const started = process.hrtime.bigint();
  const child = spawnSync(command, argv, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, cwd: options.cwd });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const rssKb = HAS_TIME ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr)?.[1]) : Number(/^maxRSS (\d+)$/m.exec(child.stderr)?.[1]);
  return { wallMs, rssMb: rssKb / 1024, status: child.status, stdout: child.stdout, stderr: child.stderr };
}

export function machineLine() {
  return `Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version}, ${process.platform}`;
}

/** A Markdown table row: the figure and, with a target, whether it is met. */
export function row(name, value, unit, target) {
  const shown = `${value.toFixed(value >= 100 ? 0 : 1)} ${unit}`;
  const verdict = target === undefined ? '' : value < target.limit ? `< ${target.limit} ${unit}: met` : `< ${target.limit} ${unit}: MISSED`;
  return `| ${name} | ${shown} | ${verdict} |`;
}

/**
 * Bundles `exports` (lines such as `export { parse } from './server/src/core/syntax/parse';`,
 * relative to the repository) from source into `dir`, and imports the bundle: timings are then of
 * the shipped code, called in-process.
 */
export async function bundleSource(dir, exports) {
  const { build } = await import('esbuild');
  const outfile = join(dir, 'core.cjs');
  await build({
    stdin: { contents: exports.join('\n'), resolveDir: ROOT, loader: 'ts' },
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
