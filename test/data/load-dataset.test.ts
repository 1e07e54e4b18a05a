import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../server/src/core/data/load-dataset';
import type { Row } from '../../server/src/core/data/load';
import { DATA_FILE, datasetFrom, loadCsv, memoryDataHost, RULE_FILE } from './data-support';

const RULES = `dataset ledger {
  source: "data/d.csv"
  columns {
    icb: text
    year: fiscal_year
    amount: money
  }
}
`;

/** The span of the `nth` occurrence of `text` in the rule text. */
function spanOf(text: string, nth = 0): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = RULES.indexOf(text, start + 1);
  return { start, end: start + text.length };
}

async function load(csv: string | Uint8Array | undefined) {
  const host = memoryDataHost(csv === undefined ? {} : { [DATA_FILE]: csv });
  const rows: Row[] = [];
  const outcome = await loadDataset(datasetFrom(RULES), RULE_FILE, host, (r) => rows.push(r));
  return { rows, outcome, messages: outcome.diagnostics.map((d) => [d.code, d.severity, d.message, d.span]) };
}

const SOURCE = spanOf('"data/d.csv"');

describe('loading a dataset', () => {
  it('types rows in the order of the declared columns, ignoring extra columns', async () => {
    const { rows, outcome } = await load('Amount,extra,icb,year\n"£1,250.50",x,QE1,2023-24\n-300,y,QHG,2024/2025\n');
    expect(rows).toEqual([
      ['QE1', '2023/24', 125050n],
      ['QHG', '2024/25', -30000n],
    ]);
    expect(outcome).toEqual({ result: { path: 'data/d.csv', rowsRead: 2, rowsRejected: 0 }, diagnostics: [], path: RULE_FILE });
  });

  it('matches the header by exact name before ignoring case', async () => {
    const { rows } = await load('ICB,icb,year,amount\nwrong,QE1,2023/24,1\n');
    expect(rows).toEqual([['QE1', '2023/24', 100n]]);
  });

  it('skips blank lines and reads a file without a final line break', async () => {
    const { rows, outcome } = await load('icb,year,amount\r\n\r\nQE1,2023/24,1\r\n\r\nQE2,2023/24,2');
    expect(rows).toHaveLength(2);
    expect(outcome.result.rowsRead).toBe(2);
  });

  it('rejects a row with a bad cell, naming file, row, column, value and the expected type', async () => {
    const { rows, outcome, messages } = await load('icb,year,amount\nQE1,2023/24,1\nQE2,2023/24,12.3.4\nQE3,2023/25,x\n');
    expect(rows).toEqual([['QE1', '2023/24', 100n]]);
    expect(outcome.result).toEqual({ path: 'data/d.csv', rowsRead: 3, rowsRejected: 2 });
    expect(messages).toEqual([
      ['data-cell', 'warning', "/rules/data/d.csv row 3, column amount: '12.3.4' is not an amount of money such as 1250.50", spanOf('amount: money')],
      ['data-cell', 'warning', "/rules/data/d.csv row 4, column year: '2023/25' is not a fiscal year such as 2023/24 (two consecutive years)", spanOf('year: fiscal_year')],
      ['data-cell', 'warning', "/rules/data/d.csv row 4, column amount: 'x' is not an amount of money such as 1250.50", spanOf('amount: money')],
    ]);
  });

  it('counts the line a record starts on as its row', async () => {
    const { messages } = await load('icb,year,amount\n"two\nlines",2023/24,1\nQE1,2023/24,bad\n');
    expect(messages[0][2]).toBe("/rules/data/d.csv row 4, column amount: 'bad' is not an amount of money such as 1250.50");
  });

  it('rejects a row that is too short for a declared column', async () => {
    const { outcome, messages } = await load('icb,year,amount\nQE1,2023/24\n');
    expect(outcome.result).toEqual({ path: 'data/d.csv', rowsRead: 1, rowsRejected: 1 });
    expect(messages).toEqual([
      ['data-cell', 'warning', '/rules/data/d.csv row 2, column amount: the row has no cell for this column (it has 2 cells; the header has 3)', spanOf('amount: money')],
    ]);
  });

  it('lists at most 20 bad cells, then one summary with the total', async () => {
    const body = Array.from({ length: 30 }, (_, i) => `QE${i},2023/24,bad${i}`).join('\n');
    const { outcome, messages } = await load(`icb,year,amount\n${body}\n`);
    expect(outcome.result).toEqual({ path: 'data/d.csv', rowsRead: 30, rowsRejected: 30 });
    expect(messages).toHaveLength(21);
    expect(messages[19][2]).toContain("row 21, column amount: 'bad19'");
    expect(messages[20]).toEqual([
      'data-cell',
      'warning',
      "Data file '/rules/data/d.csv': 30 cells in 30 rows do not fit their column types; only the first 20 are listed.",
      SOURCE,
    ]);
  });
});

describe('a data file that cannot be used', () => {
  it('is missing', async () => {
    const { outcome, messages } = await load(undefined);
    expect(outcome.result).toEqual({ path: 'data/d.csv', rowsRead: 0, rowsRejected: 0 });
    expect(messages).toEqual([
      ['data-file', 'error', "Data file '/rules/data/d.csv' of dataset ledger cannot be found or read; check the source: path, which is relative to this rule file.", SOURCE],
    ]);
  });

  it.each(['', '\n\n', '\uFEFF'])('is empty (%j)', async (csv) => {
    const { outcome, messages } = await load(csv);
    expect(outcome.result).toEqual({ path: 'data/d.csv', rowsRead: 0, rowsRejected: 0 });
    expect(messages).toEqual([
      ['data-file', 'error', "Data file '/rules/data/d.csv' is empty: it needs a header row naming the columns (icb, year, amount).", SOURCE],
    ]);
  });

  it('is not UTF-8, with the offset of the first bad byte', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('icb,year,amount\nQE1,2023/24,'), 0xa3, 0x31, 0x0a]);
    const { rows, messages } = await load(bytes);
    expect(rows).toEqual([]);
    expect(messages).toEqual([
      ['data-file', 'error', "Data file '/rules/data/d.csv' is not UTF-8 text: the byte at offset 28 cannot be read; save the file as CSV UTF-8.", SOURCE],
    ]);
  });

  it('ends in the middle of a multi-byte character', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('icb,year,amount\n'), 0xe2, 0x82]);
    const { messages } = await load(bytes);
    expect(messages[0][2]).toBe("Data file '/rules/data/d.csv' is not UTF-8 text: the byte at offset 16 cannot be read; save the file as CSV UTF-8.");
  });

  it('lacks a declared column (reported on the column, nothing read)', async () => {
    const { rows, outcome, messages } = await load('icb,amount\nQE1,1\n');
    expect(rows).toEqual([]);
    expect(outcome.result).toEqual({ path: 'data/d.csv', rowsRead: 0, rowsRejected: 0 });
    expect(messages).toEqual([
      ['data-file', 'error', "Data file '/rules/data/d.csv' has no column 'year' in its header row; the header has 'icb', 'amount'.", spanOf('year: fiscal_year')],
    ]);
    expect(outcome.diagnostics[0].related).toEqual([{ path: RULE_FILE, span: SOURCE, message: 'The data file is named here.' }]);
  });

  it('ends inside a quoted cell', async () => {
    const { rows, outcome, messages } = await load('icb,year,amount\nQE1,2023/24,1\nQE2,"2023/24,2\n');
    expect(rows).toEqual([['QE1', '2023/24', 100n]]);
    expect(outcome.result).toEqual({ path: 'data/d.csv', rowsRead: 2, rowsRejected: 1 });
    expect(messages).toEqual([
      ['data-file', 'error', `Data file '/rules/data/d.csv' row 3: a quoted cell opened on line 3 is never closed; add the closing quote (").`, SOURCE],
    ]);
  });
});

describe('every column type through a file', () => {
  it('loads each type and an empty cell as null', async () => {
    const { rows } = await loadCsv(
      't: text, n: number, m: money, p: percent, y: fiscal_year, d: date, b: bool',
      't,n,m,p,y,d,b\nx,"1,234",£12.50,12.5%,2023-2024,2024-02-29,Yes\n,,,,,,\n',
    );
    expect(rows).toEqual([
      ['x', 1234, 1250n, 12.5, '2023/24', '2024-02-29', true],
      [null, null, null, null, null, null, null],
    ]);
  });
});
