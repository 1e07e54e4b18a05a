// Fiscal years in rule files must name two consecutive years: `2023/24`, not `2023/25`.

import { report, type FileState } from './context';
import { forEachExpr } from './walk';

export function checkFiscalYears(file: FileState): void {
  forEachExpr(file.ast, (expr) => {
    if (expr.kind !== 'FiscalYear' || expr.endYear === expr.startYear + 1) return;
    const next = String((expr.startYear + 1) % 100).padStart(2, '0');
    report(
      file,
      'invalid-fiscal-year',
      `${expr.raw} is not a fiscal year: the second year must follow the first (${expr.startYear}/${next}).`,
      expr.span,
    );
  });
}
