// The terminal format: one section per declaration kind, columns aligned (text to the left,
// numbers to the right), long tables cut short with a pointer to the JSON format, and a legend
// when a value could not be computed.

import { isEmptyResult, NO_DATA_LEGEND, type EvalReport } from './model';
import { buildSections, usesNoData, type Block, type Table } from './sections';

export interface TableOptions {
  /** Rows shown per table before the rest is summarised (default 20). */
  readonly maxRows?: number;
}

export const DEFAULT_MAX_ROWS = 20;

export function formatEvalTable(report: EvalReport, options: TableOptions = {}): string {
  const maxRows = Math.max(1, options.maxRows ?? DEFAULT_MAX_ROWS);
  const sections = buildSections(report);
  const out: string[] = [`Evaluation of ${report.file}`, ''];
  if (isEmptyResult(report.result)) out.push('Nothing to evaluate: the file declares no classification, measure, target, metric or funding.', '');
  for (const section of sections) {
    out.push(section.title.toUpperCase(), '');
    for (const block of section.blocks) out.push(...blockLines(block, maxRows, section.blocks.length > 1 || block.name !== ''), '');
  }
  if (usesNoData(sections)) out.push(NO_DATA_LEGEND, '');
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n') + '\n';
}

function blockLines(block: Block, maxRows: number, withHeading: boolean): string[] {
  const lines = withHeading ? [block.heading] : [];
  const shown = block.table.rows.length > maxRows ? { ...block.table, rows: block.table.rows.slice(0, maxRows) } : block.table;
  lines.push(...alignTable(shown).map((line) => `  ${line}`));
  const hidden = block.table.rows.length - shown.rows.length;
  if (hidden > 0) lines.push(`  … ${hidden} more ${hidden === 1 ? 'row' : 'rows'} (use --format json for all)`);
  lines.push(...block.notes.map((note) => `  ${note}`));
  return lines;
}

/** The header and rows with every column padded to its widest cell; trailing spaces trimmed. */
export function alignTable(table: Table): string[] {
  const all = [table.columns.map((column) => column.header), ...table.rows];
  const widths = table.columns.map((_, i) => Math.max(...all.map((row) => width(row[i] ?? ''))));
  return all.map((row) =>
    table.columns
      .map((column, i) => {
        const cell = row[i] ?? '';
        const pad = ' '.repeat(widths[i] - width(cell));
        return column.align === 'right' ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}

/** Width in terminal columns: one per code point (the report's own symbols are all narrow). */
function width(text: string): number {
  return [...text].length;
}
