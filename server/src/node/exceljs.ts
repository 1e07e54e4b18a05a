// exceljs, loaded when a workbook is read or written, so that commands which touch none start
// faster. In the CommonJS bundles it is require()d from its own bundle (dist/vendor-exceljs.js):
// import() would first scan the whole library for its exports.

import type ExcelJS from 'exceljs';

export async function loadExcelJs(): Promise<typeof ExcelJS> {
  return typeof require === 'function' ? (require('exceljs') as typeof ExcelJS) : (await import('exceljs')).default;
}
