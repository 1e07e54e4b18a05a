// Workbooks for the .xlsx tests, written with the same library that reads them: a CSV file turned
// into a sheet with typed cells (numbers, yes/no, dates and percents as Excel holds them).

import ExcelJS from 'exceljs';
import { createCsvReader } from '../../server/src/core/data/csv';

export type CellKind = 'text' | 'number' | 'bool' | 'percent' | 'date';

/** The records of a CSV text. */
export function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  const reader = createCsvReader((record) => records.push([...record.fields]));
  reader.feed(text);
  reader.end();
  return records.filter((r) => !(r.length === 1 && r[0] === ''));
}

function typed(raw: string, kind: CellKind): ExcelJS.CellValue {
  if (raw === '') return null;
  switch (kind) {
    case 'text':
      return raw;
    case 'number': {
      // As Excel holds `£1,250.50` typed into a currency-formatted cell.
      const value = Number(raw.replace(/[£,]/g, ''));
      return Number.isFinite(value) ? value : raw;
    }
    case 'bool':
      return raw === 'yes' || raw === 'true';
    case 'percent':
      return Number(raw.replace('%', '')) / 100;
    case 'date':
      return new Date(`${raw}T00:00:00Z`);
  }
}

/** Adds a sheet holding the CSV, each column typed by `kinds` (text when not named). */
export function addCsvSheet(workbook: ExcelJS.Workbook, name: string, csv: string, kinds: Readonly<Record<string, CellKind>> = {}): void {
  const [header, ...rows] = csvRecords(csv);
  const sheet = workbook.addWorksheet(name);
  sheet.addRow(header);
  const columnKinds = header.map((h) => kinds[h] ?? 'text');
  for (const row of rows) sheet.addRow(row.map((raw, i) => typed(raw, columnKinds[i])));
  columnKinds.forEach((kind, i) => {
    if (kind === 'percent') sheet.getColumn(i + 1).numFmt = '0.0%';
    if (kind === 'date') sheet.getColumn(i + 1).numFmt = 'dd/mm/yyyy';
  });
}

export async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
