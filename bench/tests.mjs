// The rule-test benchmark (part of `npm run bench`, after a build): 500 tests in 50 test files over
// the sample rule files, run cold by the built CLI (`node dist/cli.js test DIR`, a new process
// each time, median of 3). Not a test: it prints the figures against the target.

import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, machineLine, median, ROOT, row, runNode } from './measure.mjs';

const FILES = 50;
const TESTS_PER_FILE = 10;
const TARGET_MS = 3000;
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;

/** The sample tests, one block each, named uniquely within the file they go into. */
function sampleTests() {
  const blocks = [];
  for (const name of ['prevention', 'gp-contract', 'screening']) {
    const text = readFileSync(join(ROOT, 'samples', 'tests', `${name}.test.hewitt`), 'utf8');
    for (const match of text.matchAll(/^test [\s\S]*?^}$/gm)) blocks.push({ from: name, text: match[0] });
  }
  return blocks;
}

function generate(dir) {
  for (const file of ['datasets.hewitt', 'prevention.hewitt', 'gp-contract.hewitt']) cpSync(join(ROOT, 'samples', file), join(dir, file));
  mkdirSync(join(dir, 'tests', 'fixtures'), { recursive: true });
  cpSync(join(ROOT, 'samples', 'tests', 'fixtures'), join(dir, 'tests', 'fixtures'), { recursive: true });
  const blocks = sampleTests();
  for (let f = 0; f < FILES; f++) {
    const parts = ['import "../prevention.hewitt"', 'import "../gp-contract.hewitt"', ''];
    for (let t = 0; t < TESTS_PER_FILE; t++) {
      const block = blocks[(f * TESTS_PER_FILE + t) % blocks.length];
      parts.push(block.text.replace(/^test (\w+)/, `test $1_${t}`), '');
    }
    writeFileSync(join(dir, 'tests', `suite-${String(f).padStart(2, '0')}.test.hewitt`), parts.join('\n'));
  }
}

function main() {
  const dir = mkdtempSync(join(tmpdir(), 'hewitt-bench-tests-'));
  try {
    generate(dir);
    const times = [];
    const cpu = [];
    let last;
    for (let i = 0; i < runs; i++) {
      last = runNode(CLI, ['test', join(dir, 'tests'), '--format', 'json']);
      if (last.status !== 0) throw new Error(`the tests did not all pass (exit ${last.status}):\n${last.stderr}\n${last.stdout.slice(0, 2000)}`);
      times.push(last.wallMs);
      // With /usr/bin/time, the CPU time too: on a busy machine it is the steadier figure.
      const user = Number(/User time \(seconds\): ([\d.]+)/.exec(last.stderr)?.[1]);
      const system = Number(/System time \(seconds\): ([\d.]+)/.exec(last.stderr)?.[1]);
      if (Number.isFinite(user + system)) cpu.push((user + system) * 1000);
    }
    const summary = JSON.parse(last.stdout).summary;
    const wallMs = median(times);
    console.log(
      [
        machineLine(),
        `Rule tests: ${FILES} files, ${summary.passed} tests passed, ${summary.failed} failed, ${summary.errors} errors`,
        '',
        '| measurement | value | target |',
        '|---|---|---|',
        row(`${FILES * TESTS_PER_FILE} tests in ${FILES} files, cold CLI run (median of ${runs})`, wallMs, 'ms', { limit: TARGET_MS }),
        row('per test', wallMs / (FILES * TESTS_PER_FILE), 'ms'),
        ...(cpu.length > 0 ? [row(`CPU time, user + system (median of ${runs})`, median(cpu), 'ms')] : []),
        row('peak memory', last.rssMb, 'MB'),
        `| runs | ${times.map((t) => `${t.toFixed(0)} ms`).join(', ')} | |`,
      ].join('\n'),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
