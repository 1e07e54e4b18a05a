// `hewitt eval` in-process on temporary folders, with a stand-in evaluation that reads the data
// through the command's DataHost, so the command's own behaviour (formats, output files, exit
// codes, cancelling, progress) is tested on its own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalCommandWith, progressLine, type EvalDependencies, type Evaluator } from '../../server/src/cli/commands/eval';
import { nodeDataHost } from '../../server/src/node/data-host';
import { runCommand } from '../../server/src/cli/run';
import type { EvalResult } from '../../server/src/core/eval/result';
import { memoryIo, tempFolder } from './support';

const RULES = `dataset ledger "ICB spend" {
  source: "data/ledger.csv"
  owner: "ICB finance team"
  columns {
    icb: text
    year: fiscal_year
    amount: money
  }
}

measure spend "Spend by ICB" {
  from ledger
  value: sum(amount)
  by icb, year
}
`;

const FILES = {
  'rules.hewitt': RULES,
  'data/ledger.csv': 'icb,year,amount\nQE1,2023/24,100.00\nQE1,2024/25,250.50\n',
  'broken.hewitt': 'measure m "M" {\n  from nowhere\n  value: count()\n}\n',
};

/** Counts the data lines and reports a warning on the row count when there are any. */
const standIn: Evaluator = async (model, paths, data) => {
  let text = '';
  for await (const chunk of data.read('data/ledger.csv') ?? []) text += Buffer.from(chunk).toString('utf8');
  const rows = text.split('\n').filter((line) => line !== '').length - 1;
  const result: EvalResult = {
    version: 1,
    datasets: { ledger: { path: 'data/ledger.csv', rowsRead: rows, rowsRejected: 0 } },
    classifications: {},
    measures: {
      spend: {
        unit: 'money',
        rows: [
          { group: { icb: 'QE1', year: '2023/24' }, value: 10000n },
          { group: { icb: 'QE1', year: '2024/25' }, value: 25050n },
        ],
      },
    },
    targets: {},
    metrics: {},
    funding: {},
    diagnostics: new Map([[paths[0], [{ code: 'data-cell', severity: 'warning', message: `Read ${rows} rows.`, span: { start: 0, end: 7 } }]]]),
  };
  expect(model.files.has(paths[0])).toBe(true);
  return result;
};

function deps(overrides: Partial<EvalDependencies> = {}): EvalDependencies {
  return { evaluate: standIn, stderrIsTTY: () => false, now: () => 0, onInterrupt: () => () => undefined, ...overrides };
}

async function runEval(argv: string[], options: { cwd?: string; deps?: Partial<EvalDependencies> } = {}) {
  const cwd = options.cwd ?? tempFolder(FILES);
  const io = memoryIo(cwd);
  const code = await runCommand(evalCommandWith(deps(options.deps)), argv, io);
  return { code, out: io.out(), err: io.err(), cwd };
}

describe('hewitt eval', () => {
  it('prints a table by default and exits 0 when nothing reaches the fail level', async () => {
    const { code, out, err } = await runEval(['rules.hewitt']);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toContain('spend — Spend by ICB (money)\n  icb  2023/24  2024/25\n  QE1  £100.00  £250.50\n');
  });

  it('writes the JSON contract with the evaluation diagnostics located', async () => {
    const json = JSON.parse((await runEval(['rules.hewitt', '--format', 'json'])).out);
    expect(json.datasets).toEqual({ ledger: { path: 'data/ledger.csv', rowsRead: 2, rowsRejected: 0 } });
    expect(json.measures.spend.rows[1]).toEqual({ group: { icb: 'QE1', year: '2024/25' }, value: '250.50' });
    expect(json.diagnostics).toEqual([
      { path: 'rules.hewitt', code: 'data-cell', severity: 'warning', message: 'Read 2 rows.', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 7 } } },
    ]);
  });

  it('exits 1 when a diagnostic reaches --fail-level', async () => {
    expect((await runEval(['rules.hewitt', '--fail-level', 'warning'])).code).toBe(1);
  });

  it('writes the report to --output, choosing the format from the file name', async () => {
    const { code, out, cwd } = await runEval(['rules.hewitt', '-o', 'report.html']);
    expect({ code, out }).toEqual({ code: 0, out: '' });
    const html = readFileSync(join(cwd, 'report.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<svg class="chart"');
    const markdown = await runEval(['rules.hewitt', '-o', 'report.md'], { cwd });
    expect(readFileSync(join(markdown.cwd, 'report.md'), 'utf8')).toContain('| icb | 2023/24 | 2024/25 |');
    await runEval(['rules.hewitt', '-o', 'report.html', '--format', 'json'], { cwd });
    expect(JSON.parse(readFileSync(join(cwd, 'report.html'), 'utf8')).version).toBe(1);
  });

  it('reports a rule file with errors without evaluating it, and exits 1', async () => {
    let called = false;
    const { code, out, err } = await runEval(['broken.hewitt', '--format', 'json'], { deps: { evaluate: async () => ((called = true), Promise.reject(new Error('no'))) } });
    expect(called).toBe(false);
    expect(code).toBe(1);
    expect(err).toBe('hewitt: broken.hewitt has errors, so it was not evaluated (see hewitt check broken.hewitt)\n');
    const json = JSON.parse(out);
    expect(json.measures).toEqual({});
    expect(json.diagnostics[0]).toMatchObject({ path: 'broken.hewitt', code: 'unknown-name', severity: 'error', range: { start: { line: 1, character: 7 } } });
  });

  it.each([
    [[], 'hewitt: hewitt eval needs exactly one rule file (see hewitt eval --help)\n'],
    [['rules.hewitt', 'broken.hewitt'], 'hewitt: hewitt eval needs exactly one rule file (see hewitt eval --help)\n'],
    [['data'], 'hewitt: is a folder, not a rule file: data\n'],
    [['missing.hewitt'], 'hewitt: no such file or directory: missing.hewitt\n'],
    [['rules.hewitt', '--format', 'pdf'], "hewitt: option '--format' must be one of table, markdown, json, html, csv, xlsx; got 'pdf'\n"],
    [['rules.hewitt', '-o', 'no/such/folder/report.html'], 'hewitt: cannot write the report, no such file or directory: no/such/folder/report.html\n'],
  ])('%j is a usage error: exit 2, one line', async (argv, message) => {
    const { code, err } = await runEval(argv);
    expect({ code, err }).toEqual({ code: 2, err: message });
  });

  it('cancels cleanly on Ctrl-C through the abort signal', async () => {
    let interrupt: () => void = () => undefined;
    let listening = false;
    const waitForAbort: Evaluator = (_model, _paths, _data, { signal }) =>
      new Promise((_resolve, reject) => {
        signal?.addEventListener('abort', () => reject(new Error('aborted')));
        interrupt();
      });
    const onInterrupt = (cancel: () => void) => {
      interrupt = cancel;
      listening = true;
      return () => void (listening = false);
    };
    const { code, out, err } = await runEval(['rules.hewitt'], { deps: { evaluate: waitForAbort, onInterrupt } });
    expect({ code, out, err }).toEqual({ code: 130, out: '', err: 'hewitt: evaluation cancelled\n' });
    expect(listening).toBe(false);
  });

  it('says so when this build cannot evaluate, and still reports the checks', async () => {
    const { code, out, err } = await runEval(['rules.hewitt', '--format', 'json'], { deps: { evaluate: undefined } });
    expect(code).toBe(0);
    expect(err).toBe('hewitt: evaluation is not available in this build; only the checks were run\n');
    expect(JSON.parse(out).measures).toEqual({});
  });

  it('shows no progress when standard error is not a terminal', async () => {
    let time = 0;
    const { err } = await runEval(['rules.hewitt'], { deps: { now: () => (time += 1000) } });
    expect(err).toBe('');
  });
});

describe('progress line', () => {
  it('appears only once a read is slow, updates in place and is cleared', () => {
    let out = '';
    let time = 0;
    const progress = progressLine((text) => void (out += text), true, () => time);
    progress.onRead('data/ledger.csv', 1_000_000, 26_000_000);
    time = 400;
    progress.onRead('data/ledger.csv', 2_000_000, 26_000_000);
    expect(out).toBe('');
    time = 600;
    progress.onRead('data/ledger.csv', 11_700_000, 26_000_000);
    time = 650;
    progress.onRead('data/ledger.csv', 12_000_000, 26_000_000);
    time = 800;
    progress.onRead('data/ledger.csv', 26_000_000, 26_000_000);
    progress.clear();
    expect(out).toBe('\r\x1b[KReading data/ledger.csv 45% (12 MB)\r\x1b[KReading data/ledger.csv 100% (26 MB)\r\x1b[K');
  });

  it('writes nothing when not on a terminal', () => {
    let out = '';
    let time = 0;
    const progress = progressLine((text) => void (out += text), false, () => (time += 1000));
    progress.onRead('a.csv', 1, 2);
    progress.clear();
    expect(out).toBe('');
  });
});

describe('the command line DataHost', () => {
  it('streams a file in chunks and reports each chunk', async () => {
    const cwd = tempFolder({ 'data/big.csv': 'x'.repeat(10_000) });
    const seen: number[] = [];
    const host = nodeDataHost(cwd, { chunkSize: 4096, onRead: (_path, bytes, size) => seen.push(bytes, size) });
    expect((await host.stat('data/big.csv'))?.size).toBe(10_000);
    let total = 0;
    for await (const chunk of host.read('data/big.csv') ?? []) total += chunk.length;
    expect(total).toBe(10_000);
    expect(seen).toEqual([4096, 10_000, 8192, 10_000, 10_000, 10_000]);
  });

  it('answers undefined for a missing file or a folder', async () => {
    const cwd = tempFolder({ 'data/a.csv': 'a\n' });
    const host = nodeDataHost(cwd);
    expect(await host.stat('missing.csv')).toBeUndefined();
    expect(host.read('missing.csv')).toBeUndefined();
    expect(await host.stat('data')).toBeUndefined();
    expect(host.read('data')).toBeUndefined();
  });
});
