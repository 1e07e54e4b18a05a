// Reads one sheet of an Excel workbook (.xlsx) for the core's sheet loader (core/data/sheet.ts),
// with exceljs. Each cell becomes the text a CSV export of it would hold, so the core types it as
// a CSV cell: numbers to 15 significant digits (as Excel shows them), percent-formatted numbers
// as `68.4%`, dates as `2024-03-31`, yes/no as `true`/`false`. A formula is never evaluated, and
// its cached result is not used: the cell is its formula text (`=SUM(B2:B9)`). The workbook is
// read whole (a sheet holds at most 1,048,576 rows).

import { readFile } from 'node:fs/promises';
import type ExcelJS from 'exceljs';
import { loadExcelJs } from './exceljs';
import type { SheetRead, SheetRow } from '../core/data/sheet';

export async function readSheet(absolute: string, sheet: string | undefined): Promise<SheetRead> {
  let bytes: Buffer;
  try {
    bytes = await readFile(absolute);
  } catch (error) {
    return { kind: 'unreadable', reason: error instanceof Error && 'code' in error ? String(error.code) : 'the file cannot be opened' };
  }
  const excel = await loadExcelJs();
  const workbook = new excel.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    return { kind: 'unreadable', reason: error instanceof Error ? firstLine(error.message) : 'it is not a workbook' };
  }
  const worksheets = workbook.worksheets;
  const chosen = sheet === undefined ? worksheets[0] : worksheets.find((w) => w.name === sheet);
  if (chosen === undefined) return { kind: 'no-sheet', sheets: worksheets.map((w) => w.name) };
  return { kind: 'rows', sheet: chosen.name, rows: rowsOf(chosen) };
}

function* rowsOf(worksheet: ExcelJS.Worksheet): Generator<SheetRow> {
  const width = worksheet.columnCount;
  for (let line = 1; line <= worksheet.rowCount; line++) {
    const row = worksheet.getRow(line);
    const fields: string[] = [];
    for (let c = 1; c <= Math.max(width, row.cellCount); c++) fields.push(cellText(row.getCell(c)));
    while (fields.length > 1 && fields[fields.length - 1] === '') fields.pop();
    yield { line, fields };
  }
}

/** A cell as the text a CSV file would hold. */
export function cellText(cell: ExcelJS.Cell): string {
  return valueText(cell.value, cell.numFmt ?? '');
}

function valueText(value: ExcelJS.CellValue, format: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return isPercentFormat(format) ? `${shortest(value * 100)}%` : shortest(value);
  if (value instanceof Date) return dateText(value);
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = 'formula' in value && value.formula ? value.formula : 'sharedFormula' in value ? value.sharedFormula : '';
    return `=${formula}`;
  }
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : '';
  if ('error' in value) return String(value.error);
  return '';
}

/** A number to 15 significant digits, without binary noise: 0.1 + 0.2 → `0.3`. */
function shortest(value: number): string {
  if (!Number.isFinite(value)) return '';
  return String(Number(value.toPrecision(15)));
}

/** Whether a number format shows a percent (a `%` outside quotes and escapes). */
function isPercentFormat(format: string): boolean {
  return /%/.test(format.replace(/"[^"]*"|\\./g, ''));
}

function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const day = date.toISOString();
  return date.getUTCHours() === 0 && date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0 ? day.slice(0, 10) : day.slice(0, 19);
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/\.$/, '');
}
