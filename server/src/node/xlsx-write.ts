// Writes the report's workbook (report/workbook.ts) as an .xlsx file with exceljs: a bold, frozen
// header row, number formats by column (money in pounds, percents and pp with their sign after
// the figure, which the cell holds in percent units as the JSON report does). Text is always
// written as text, so a cell such as `=HYPERLINK(…)` from the data is never a formula.

import { loadExcelJs } from './exceljs';
import type { CellFormat, Sheet } from '../report/workbook';

const FORMATS: Readonly<Record<CellFormat, string | undefined>> = {
  text: '@',
  integer: '#,##0',
  number: '#,##0.####',
  money: '"£"#,##0.00;-"£"#,##0.00',
  percent: '0.00"%"',
  pp: '+0.00"pp";-0.00"pp"',
};

export async function workbookBytes(sheets: readonly Sheet[]): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Hewitt Rules';
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.columns = sheet.columns.map((column) => ({
      header: column.header,
      width: Math.min(60, Math.max(10, column.header.length + 2)),
    }));
    worksheet.getRow(1).font = { bold: true };
    for (const row of sheet.rows) {
      const added = worksheet.addRow([]);
      row.forEach((value, i) => {
        const cell = added.getCell(i + 1);
        // Set as a plain value: a string is stored as text whatever it starts with.
        cell.value = value;
        const format = FORMATS[sheet.columns[i]?.format ?? 'text'];
        if (format !== undefined && typeof value === 'number') cell.numFmt = format;
      });
    }
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
