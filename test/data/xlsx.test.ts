// .xlsx dataset sources: the same figures as the same data in CSV, cells typed as CSV cells are,
// and hostile cells (formulas, very long text) read as text.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalCommand } from '../../server/src/cli/commands/eval';
import { runCommand } from '../../server/src/cli/run';
import { loadDataset } from '../../server/src/core/data/load-dataset';
import type { Row } from '../../server/src/core/data/load';
import { nodeDataHost } from '../../server/src/node/data-host';
import { memoryIo, tempFolder } from '../cli/support';
import { datasetFrom } from './data-support';
import { addCsvSheet, workbookBytes } from './xlsx-support';

const ROOT = join(__dirname, '..', '..');

async function evalJson(cwd: string): Promise<Record<string, unknown>> {
  const io = memoryIo(cwd);
  const code = await runCommand(evalCommand, ['prevention.hewitt', '--format', 'json'], io);
  expect(io.err()).toBe('');
  expect(code).toBe(0);
  return JSON.parse(io.out());
}

describe('an .xlsx dataset source', () => {
  it('gives the same results as the same data in CSV', async () => {
    const cwd = tempFolder({});
    cpSync(join(ROOT, 'samples'), cwd, { recursive: true });
    // A third of the ledger keeps the test quick; both sources hold the same rows.
    const ledger = readFileSync(join(cwd, 'data/ledger.csv'), 'utf8').split('\n').slice(0, 4001).join('\n') + '\n';
    writeFileSync(join(cwd, 'data/ledger.csv'), ledger);
    const fromCsv = await evalJson(cwd);
    const uptake = readFileSync(join(cwd, 'data/screening-uptake.csv'), 'utf8');
    writeFileSync(
      join(cwd, 'data/spend.xlsx'),
      await workbookBytes((wb) => {
        addCsvSheet(wb, 'Notes', 'note\nThe ledger is on the next sheets.\n');
        addCsvSheet(wb, 'Ledger', ledger, { amount: 'number', recurrent: 'bool' });
        addCsvSheet(wb, 'Uptake', uptake, { eligible: 'number', uptake: 'percent', published_on: 'date' });
      }),
    );
    const datasets = readFileSync(join(cwd, 'datasets.hewitt'), 'utf8')
      .replace('source: "data/ledger.csv"', 'source: "data/spend.xlsx"\n  sheet: "Ledger"')
      .replace('source: "data/screening-uptake.csv"', 'source: "data/spend.xlsx"\n  sheet: "Uptake"');
    writeFileSync(join(cwd, 'datasets.hewitt'), datasets);
    const fromXlsx = await evalJson(cwd);
    const { datasets: csvSets, ...csvRest } = fromCsv;
    const { datasets: xlsxSets, ...xlsxRest } = fromXlsx;
    expect(xlsxRest).toEqual(csvRest);
    expect(xlsxSets).toEqual({
      ...(csvSets as object),
      ledger: { ...(csvSets as Record<string, object>).ledger, path: 'data/spend.xlsx' },
      screening_uptake: { ...(csvSets as Record<string, object>).screening_uptake, path: 'data/spend.xlsx' },
    });
  });
});

const DATASET = `dataset d {
  source: "d.xlsx"
  columns {
    name: text
    amount: money
  }
}
`;

async function load(bytes: Buffer, rule = DATASET) {
  const cwd = tempFolder({});
  writeFileSync(join(cwd, 'd.xlsx'), bytes);
  const rows: Row[] = [];
  const outcome = await loadDataset(datasetFrom(rule, join(cwd, 'rules.hewitt')), join(cwd, 'rules.hewitt'), nodeDataHost(cwd), (row) => rows.push(row));
  return { rows, outcome, messages: outcome.diagnostics.map((d) => d.message.replace(cwd + '/', '')) };
}

describe('cells of a workbook', () => {
  it('reads formulas as their text, never their value, and keeps very long text whole', async () => {
    const long = 'x'.repeat(40_000);
    const bytes = await workbookBytes((wb) => {
      const sheet = wb.addWorksheet('S');
      sheet.addRow(['name', 'amount']);
      sheet.addRow([{ formula: 'HYPERLINK("http://example.org","click")', result: 'click' }, 12.5]);
      sheet.addRow([long, 3]);
      sheet.addRow(['sum', { formula: 'B2+B3', result: 15.5 }]);
    });
    const { rows, outcome, messages } = await load(bytes);
    expect(rows).toEqual([
      ['=HYPERLINK("http://example.org","click")', 1250n],
      [long, 300n],
    ]);
    expect(outcome.result).toMatchObject({ rowsRead: 3, rowsRejected: 1 });
    expect(messages).toEqual([expect.stringMatching(/^d\.xlsx row 4, column amount: '=B2\+B3' is not an amount of money/)]);
  });

  it('reads the sheet named by sheet:, else the first, and names the sheets when one is missing', async () => {
    const bytes = await workbookBytes((wb) => {
      addCsvSheet(wb, 'First', 'name,amount\na,1\n', { amount: 'number' });
      addCsvSheet(wb, 'Second', 'name,amount\nb,2\n', { amount: 'number' });
    });
    expect((await load(bytes)).rows).toEqual([['a', 100n]]);
    expect((await load(bytes, DATASET.replace('source: "d.xlsx"', 'source: "d.xlsx"\n  sheet: "Second"'))).rows).toEqual([['b', 200n]]);
    expect((await load(bytes, DATASET.replace('source: "d.xlsx"', 'source: "d.xlsx"\n  sheet: "Third"'))).messages).toEqual([
      "Data file 'd.xlsx' has no sheet named 'Third'; its sheets are: 'First', 'Second'.",
    ]);
  });

  it('reports a file that is not a workbook, and a sheet without a header', async () => {
    expect((await load(Buffer.from('name,amount\n'))).messages).toEqual([expect.stringMatching(/^Data file 'd\.xlsx' cannot be read as an Excel workbook \(\.xlsx\): /)]);
    const empty = await workbookBytes((wb) => void wb.addWorksheet('Empty'));
    expect((await load(empty)).messages).toEqual(["Data file 'd.xlsx', sheet Empty, is empty: it needs a header row naming the columns (name, amount)."]);
  });
});
