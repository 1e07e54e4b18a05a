// `hewitt eval --format xlsx` and `--format csv`: the workbook, read back with the library that
// wrote it, holds the figures of `hewitt eval --format json`; hostile text stays text.
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { evalCommand } from '../../server/src/cli/commands/eval';
import { runCommand } from '../../server/src/cli/run';
import { memoryIo, ROOT, runBuilt, tempFolder } from './support';

async function run(cwd: string, argv: string[]) {
  const io = memoryIo(cwd);
  const code = await runCommand(evalCommand, argv, io);
  return { code, out: io.out(), err: io.err() };
}

async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return workbook;
}

/** A sheet's rows as header → cell value records. */
function records(sheet: ExcelJS.Worksheet | undefined): Record<string, unknown>[] {
  if (sheet === undefined) throw new Error('no such sheet');
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const out: Record<string, unknown>[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const values = sheet.getRow(r).values as unknown[];
    out.push(Object.fromEntries(header.map((h, i) => [h, values[i + 1] ?? null])));
  }
  return out;
}

type JsonRow = { group: Record<string, string>; [field: string]: unknown };
const asNumber = (value: unknown): unknown => (typeof value === 'string' && /^-?\d+\.\d\d$/.test(value) ? Number(value) : value);

describe('the built command line', () => {
  it('writes a workbook through its own bundle of the workbook library, loaded only then', async () => {
    const cwd = tempFolder({});
    cpSync(join(ROOT, 'samples'), cwd, { recursive: true });
    const written = runBuilt(['eval', 'gp-contract.hewitt', '-o', 'out.xlsx'], cwd);
    expect([written.status, written.stderr]).toEqual([0, '']);
    const workbook = await readWorkbook(join(cwd, 'out.xlsx'));
    expect(records(workbook.getWorksheet('Data sources')).map((r) => r.dataset)).toContain('qof');
  });
});

describe.each(['prevention.hewitt', 'gp-contract.hewitt'])('the workbook of %s', (file) => {
  it('holds the same figures as --format json', async () => {
    const cwd = tempFolder({});
    cpSync(join(ROOT, 'samples'), cwd, { recursive: true });
    const json = JSON.parse((await run(cwd, [file, '--format', 'json'])).out);
    expect(await run(cwd, [file, '-o', 'out.xlsx'])).toMatchObject({ out: '', err: '' });
    const workbook = await readWorkbook(join(cwd, 'out.xlsx'));

    expect(records(workbook.getWorksheet('Data sources'))).toEqual(
      Object.entries(json.datasets as Record<string, { path: string; rowsRead: number; rowsRejected: number }>).map(([name, d]) => ({ dataset: name, path: d.path, 'rows read': d.rowsRead, 'rows rejected': d.rowsRejected })),
    );
    expect(records(workbook.getWorksheet('Checklist')).map((r) => [r.rule, r.state])).toEqual(json.checklist.map((c: { rule: string; state: string }) => [c.rule, c.state]));
    for (const [name, measure] of Object.entries(json.measures as Record<string, { rows: JsonRow[] }>)) {
      const sheet = records(workbook.getWorksheet(name.slice(0, 31)));
      for (const row of measure.rows) {
        const { year, ...rest } = row.group;
        const line = sheet.find((r) => Object.entries(rest).every(([k, v]) => r[k] === v));
        expect(line?.[year ?? 'value'], `${name} ${JSON.stringify(row.group)}`).toEqual(asNumber(row.value));
      }
    }
    for (const [name, metric] of Object.entries(json.metrics as Record<string, { rows: JsonRow[] }>)) {
      const sheet = records(workbook.getWorksheet(name.slice(0, 31)));
      expect(sheet).toHaveLength(metric.rows.length);
      metric.rows.forEach((row, i) => {
        const { group, ...figures } = row;
        expect(sheet[i]).toEqual({ ...group, ...Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, asNumber(v)])) });
      });
    }
    const classes = records(workbook.getWorksheet('Classifications'));
    for (const [name, c] of Object.entries(json.classifications as Record<string, { categories: { name: string; rows: number; amount: string | null }[]; unclassifiedAmount: string | null }>)) {
      for (const category of c.categories) {
        expect(classes.find((r) => r.classification === name && r.category === category.name)).toMatchObject({ rows: category.rows, amount: asNumber(category.amount) });
      }
      expect(classes.find((r) => r.classification === name && r.category === '(unclassified)')?.amount).toEqual(asNumber(c.unclassifiedAmount));
    }
  });
});

const HOSTILE = `dataset d "D" {
  source: "d.csv"
  owner: "Finance"
  columns {
    name: text
    amount: money
  }
}

measure spend "Spend" {
  from d
  value: sum(amount)
  by name
}
`;

describe('hostile cells', () => {
  const long = 'y'.repeat(40_000);
  const files = { 'rules.hewitt': HOSTILE, 'd.csv': `name,amount\n"=HYPERLINK(""http://example.org"",""x"")",1.00\n+cmd,2.00\n${long},3.00\n` };

  it('writes formulas from the data as text, and cuts text at the cell limit', async () => {
    const cwd = tempFolder(files);
    expect((await run(cwd, ['rules.hewitt', '--format', 'xlsx', '-o', 'out.xlsx'])).code).toBe(0);
    const sheet = (await readWorkbook(join(cwd, 'out.xlsx'))).getWorksheet('spend');
    const cells = [2, 3, 4].map((r) => sheet?.getRow(r).getCell(1));
    expect(cells.map((c) => c?.type)).toEqual([ExcelJS.ValueType.String, ExcelJS.ValueType.String, ExcelJS.ValueType.String]);
    expect(cells[0]?.value).toBe('+cmd');
    expect(cells[1]?.value).toBe('=HYPERLINK("http://example.org","x")');
    expect(String(cells[2]?.value)).toHaveLength(32_767);
  });

  it('writes long-form CSV with an apostrophe before text a spreadsheet would run', async () => {
    const cwd = tempFolder(files);
    const { code, out } = await run(cwd, ['rules.hewitt', '--format', 'csv']);
    expect(code).toBe(0);
    const lines = out.split('\r\n');
    expect(lines[0]).toBe('section,figure,name,recommendation,field,value');
    expect(lines).toContain('dataset,d,,,rows read,3');
    expect(lines).toContain("measure,spend,'+cmd,,value,2.00");
    expect(lines).toContain(`measure,spend,"'=HYPERLINK(""http://example.org"",""x"")",,value,1.00`);
    expect(lines).toContain('checklist,hewitt/data-transparency,,H-14,state,passed');
  });

  it('needs --output for a workbook', async () => {
    expect(await run(tempFolder(files), ['rules.hewitt', '--format', 'xlsx'])).toEqual({ code: 2, out: '', err: 'hewitt: --format xlsx writes a workbook: name the file with --output FILE.xlsx\n' });
  });
});
