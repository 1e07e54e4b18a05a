// The Markdown format: GitHub tables, one heading per section and per declaration. Cells are
// escaped so a `|` or a line break in a name or message cannot break the table.

import { isEmptyResult, NO_DATA_LEGEND, type EvalReport } from './model';
import { buildSections, usesNoData, type Table } from './sections';

export function formatEvalMarkdown(report: EvalReport): string {
  const sections = buildSections(report);
  const out: string[] = [`# Evaluation of ${inline(report.file)}`, ''];
  if (isEmptyResult(report.result)) out.push('Nothing to evaluate: the file declares no classification, measure, target, metric or funding.', '');
  for (const section of sections) {
    out.push(`## ${section.title}`, '');
    for (const block of section.blocks) {
      if (section.blocks.length > 1 || block.name !== '') out.push(`### ${inline(block.heading)}`, '');
      out.push(...markdownTable(block.table), '');
      if (block.notes.length > 0) out.push(...block.notes.map((note) => `- ${inline(note)}`), '');
    }
  }
  if (usesNoData(sections)) out.push(`_${inline(NO_DATA_LEGEND)}_`, '');
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n') + '\n';
}

export function markdownTable(table: Table): string[] {
  const header = `| ${table.columns.map((column) => cell(column.header)).join(' | ')} |`;
  const rule = `| ${table.columns.map((column) => (column.align === 'right' ? '---:' : ':---')).join(' | ')} |`;
  const rows = table.rows.map((row) => `| ${table.columns.map((_, i) => cell(row[i] ?? '')).join(' | ')} |`);
  return [header, rule, ...rows];
}

/** Text safe inside a table cell: pipes, backslashes and Markdown/HTML specials escaped, on one line. */
function cell(text: string): string {
  return inline(text).replace(/\|/g, '\\|');
}

/** Text that Markdown and GitHub's HTML filter show literally. */
function inline(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/\\/g, '\\\\')
    .replace(/[`*[\]<>#]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;');
}
