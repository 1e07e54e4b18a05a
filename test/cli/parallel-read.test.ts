// Reading a large data file on two cores (node/parallel-read.ts) gives byte-identical `hewitt eval
// --format json` output to reading it whole, on files that exercise the joins between the parts;
// files that are not safe to split are read whole (asserted by the reported choice, not timing).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { evalCommandWith, type Evaluator } from '../../server/src/cli/commands/eval';
import { nodeDataHost } from '../../server/src/node/data-host';
import type { ReadChoice } from '../../server/src/node/parallel-read';
import { runCommand } from '../../server/src/cli/run';
import { evaluate } from '../../server/src/core/eval/evaluate';
import { memoryIo, tempFolder } from './support';

const RULES = `dataset ledger "ICB spend" {
  source: "data/ledger.csv"
  owner: "ICB finance team"
  columns {
    icb: text
    year: fiscal_year
    amount: money
    share: percent
    recurrent: bool
    opened: date
  }
}

measure spend "Spend by ICB" {
  from ledger
  value: sum(amount)
  by icb, year
}

measure rows "Rows by ICB" {
  from ledger
  value: count()
  by icb
}
`;

const HEADER = 'icb,year,amount,share,recurrent,opened';
const ICBS = ['QE1', 'Ysbyty Gwynedd – Ŵ', 'QK1 ☂', 'QJK'];

let workerFile = '';

beforeAll(async () => {
  workerFile = join(tempFolder({}), 'read-worker.js');
  await build({ entryPoints: ['server/src/node/read-worker.ts'], outfile: workerFile, bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' });
});

/** `count` data lines; line i (0-based) is bad where `bad(i)` says so, blank where `blank(i)` does. */
function ledger(count: number, bad: (i: number) => boolean, blank: (i: number) => boolean = () => false): string {
  const lines = [HEADER];
  for (let i = 0; i < count; i++) {
    if (blank(i)) lines.push(i % 2 === 0 ? '' : '   ');
    const amount = bad(i) ? 'twelve' : `${(i * 37) % 5000}.${String(i % 100).padStart(2, '0')}`;
    lines.push(`${ICBS[i % ICBS.length]},${2020 + (i % 5)}/${21 + (i % 5)},${amount},${i % 100}%,${i % 3 === 0 ? 'yes' : 'no'},2024-0${1 + (i % 9)}-1${i % 10}`);
  }
  return lines.join('\n') + '\n';
}

interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
  readonly choices: ReadChoice[];
}

async function evalWith(cwd: string, parallel: boolean, cancelOnRead = false): Promise<Run> {
  const choices: ReadChoice[] = [];
  let cancel: () => void = () => undefined;
  const evaluator: Evaluator = (model, paths, _data, options) => {
    const host = nodeDataHost(cwd, {
      parallel: parallel ? { minBytes: 0, workerFile, onChoice: (_path, choice) => choices.push(choice) } : false,
      ...(cancelOnRead ? { onRead: () => cancel() } : {}),
    });
    return evaluate(model, paths, host, options);
  };
  const io = memoryIo(cwd);
  const command = evalCommandWith({
    evaluate: evaluator,
    stderrIsTTY: () => false,
    now: () => 0,
    onInterrupt: (c) => {
      cancel = c;
      return () => undefined;
    },
  });
  const code = await runCommand(command, ['rules.hewitt', '--format', 'json'], io);
  return { code, out: io.out(), err: io.err(), choices };
}

/** Evaluates `csv` both ways; returns the output of reading it in parts after checking it equals reading it whole. */
async function bothWays(csv: string | Buffer, expected: ReadChoice): Promise<Run> {
  const cwd = tempFolder({ 'rules.hewitt': RULES, 'data/ledger.csv': '' });
  writeFileSync(join(cwd, 'data', 'ledger.csv'), csv);
  const whole = await evalWith(cwd, false);
  const parts = await evalWith(cwd, true);
  expect(parts.choices).toEqual([expected]);
  expect(parts.out).toBe(whole.out);
  expect(parts.err).toBe(whole.err);
  expect(parts.code).toBe(whole.code);
  return parts;
}

function cellWarnings(out: string): string[] {
  const report = JSON.parse(out) as { diagnostics: { message: string; code: string }[] };
  return report.diagnostics.filter((d) => d.code === 'data-cell').map((d) => d.message);
}

describe('reading a data file on two cores', () => {
  it('matches reading it whole with more bad cells than are listed in both halves, blank lines and non-ASCII text', async () => {
    const run = await bothWays(ledger(2000, (i) => i % 40 === 7, (i) => i % 150 === 3), 'parts');
    const warnings = cellWarnings(run.out);
    expect(warnings).toHaveLength(21);
    expect(warnings.filter((w) => w.includes('50 cells in 50 rows do not fit'))).toHaveLength(1);
    expect(warnings.filter((w) => w.includes('row 1'))).not.toHaveLength(0);
  });

  it('lists the first bad cells of both halves, in file order, when there are few', async () => {
    const run = await bothWays(ledger(2000, (i) => i === 10 || i === 1990), 'parts');
    const warnings = cellWarnings(run.out);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('row 12,');
    expect(warnings[1]).toContain('row 1992,');
  });

  it('fills the list from the second half when the first has fewer bad cells than are listed', async () => {
    const run = await bothWays(ledger(2000, (i) => i === 5 || (i > 1200 && i % 20 === 0)), 'parts');
    expect(cellWarnings(run.out)).toHaveLength(21);
  });

  it('matches reading it whole when the last line has no line feed', async () => {
    await bothWays(ledger(999, (i) => i === 998).trimEnd(), 'parts');
  });

  it('matches reading it whole when the split falls right after the header', async () => {
    const header = `${HEADER},${'notes_'.repeat(200)}`;
    const csv = `${header}\nQE1,2023/24,10.00,5%,yes,2024-01-01,a\nQJK,2024/25,bad,5%,no,2024-01-02,b`;
    await bothWays(csv, 'parts');
  });

  it('matches reading it whole when the header lacks a declared column', async () => {
    const run = await bothWays(ledger(500, () => false).replace('amount', 'amt'), 'parts');
    expect(run.out).toContain("has no column 'amount'");
  });

  it('reads a file with a quote or a carriage return whole', async () => {
    await bothWays(ledger(500, () => false).replace('QE1', '"QE1"'), 'quote-or-cr');
    await bothWays(ledger(500, () => false).replace(/\n/g, '\r\n'), 'quote-or-cr');
  });

  it('reads a file that is not UTF-8 whole, reporting the byte as reading it whole does', async () => {
    const bytes = Buffer.from(ledger(500, () => false));
    bytes[bytes.length - 40] = 0xff;
    const run = await bothWays(bytes, 'not-utf8');
    expect(run.out).toContain('is not UTF-8 text');
  });

  it('reads a small file whole by default', async () => {
    const cwd = tempFolder({ 'rules.hewitt': RULES, 'data/ledger.csv': ledger(10, () => false) });
    const choices: ReadChoice[] = [];
    const host = nodeDataHost(cwd, { parallel: { workerFile, onChoice: (_path, choice) => choices.push(choice) } });
    expect(await host.readSplit?.({ path: 'data/ledger.csv', columns: [] })).toBeUndefined();
    expect(choices).toEqual(['small']);
  });

  it('reads a file larger than the limit whole', async () => {
    const cwd = tempFolder({ 'rules.hewitt': RULES, 'data/ledger.csv': ledger(10, () => false) });
    const choices: ReadChoice[] = [];
    const host = nodeDataHost(cwd, { parallel: { workerFile, minBytes: 0, maxBytes: 100, onChoice: (_path, choice) => choices.push(choice) } });
    expect(await host.readSplit?.({ path: 'data/ledger.csv', columns: [] })).toBeUndefined();
    expect(choices).toEqual(['large']);
  });

  it('stops and reports the evaluation cancelled when cancelled while reading in parts', async () => {
    const cwd = tempFolder({ 'rules.hewitt': RULES, 'data/ledger.csv': '' });
    writeFileSync(join(cwd, 'data', 'ledger.csv'), ledger(20000, () => false));
    const run = await evalWith(cwd, true, true);
    expect(run.choices).toEqual(['parts']);
    expect(run.code).toBe(130);
    expect(run.err).toContain('cancelled');
    expect(run.out).toBe('');
  });
});
