// The diff as a pull-request comment: a marker line CI finds to edit the comment in place, the
// summary table first, every section folded in <details>, and at most 60,000 characters (GitHub
// refuses comments over 65,536); sections that do not fit are cut whole, with a line saying how
// much was cut and where the full report is.

import type { DiffReport } from '../../core/diff/model';
import type { Table } from '../sections';
import { buildDiffSections, revisionLabel, summaryRows, type DiffSection } from './sections';

export const DIFF_MARKER = '<!-- hewitt-diff -->';
export const COMMENT_BUDGET = 60_000;

export interface MarkdownOptions {
  /** Where the full report is, for the line that says what was cut. */
  readonly detailsUrl?: string;
  /** The most characters the text may have (default 60,000). */
  readonly budget?: number;
}

export function formatDiffMarkdown(report: DiffReport, options: MarkdownOptions = {}): string {
  const budget = options.budget ?? COMMENT_BUDGET;
  const head: string[] = [DIFF_MARKER, `### Hewitt diff: ${code(revisionLabel(report.base))} → ${code(revisionLabel(report.head))}`, ''];
  const summary = summaryRows(report);
  if (summary.length === 0) head.push('No change: the definitions and the figures are the same.', '');
  else head.push(...table({ columns: [{ header: 'What changed', align: 'left' }, { header: '', align: 'left' }], rows: summary }, new Set()), '');
  for (const [side, info] of [['base', report.base], ['head', report.head]] as const) {
    for (const note of info.notes) head.push(`> **${side}:** ${text(note)}`, '>');
  }
  if (head[head.length - 1] === '>') head[head.length - 1] = '';
  let out = head.join('\n');
  const sections = buildDiffSections(report).map((section) => ({ title: section.title, text: sectionText(section) }));
  const cut: { title: string; size: number }[] = [];
  for (const section of sections) {
    const reserve = cut.length > 0 || sections.indexOf(section) < sections.length - 1 ? cutLineLength(options) : 0;
    if (cut.length === 0 && out.length + section.text.length + reserve <= budget) out += section.text;
    else cut.push({ title: section.title, size: section.text.length });
  }
  if (cut.length > 0) {
    const size = cut.reduce((sum, c) => sum + c.size, 0);
    out += `\n${cutLine(size, cut.map((c) => c.title), options)}\n`;
  }
  return out.endsWith('\n') ? out : `${out}\n`;
}

function sectionText(section: DiffSection): string {
  const lines = ['', `<details><summary>${escapeHtmlText(section.title)}</summary>`, ''];
  for (const block of section.blocks) {
    if (block.heading !== '') lines.push(`**${text(block.heading)}**`, '');
    if (block.table !== undefined) lines.push(...table(block.table, section.kind === 'definitions' ? CODE_COLUMNS : new Set()), '');
    if (block.notes.length > 0) lines.push(...block.notes.map((note) => `- ${text(note)}`), '');
  }
  lines.push('</details>', '');
  return lines.join('\n');
}

/** In the definitions table, values read best as code. */
const CODE_COLUMNS: ReadonlySet<number> = new Set([3, 4]);

function table(t: Table, codeColumns: ReadonlySet<number>): string[] {
  const header = `| ${t.columns.map((c) => text(c.header)).join(' | ')} |`;
  const rule = `| ${t.columns.map((c) => (c.align === 'right' ? '---:' : ':---')).join(' | ')} |`;
  const rows = t.rows.map((row) => `| ${t.columns.map((_, i) => cell(row[i] ?? '', codeColumns.has(i))).join(' | ')} |`);
  return [header, rule, ...rows];
}

function cell(value: string, asCode: boolean): string {
  if (!asCode || value === '') return text(value);
  // Inside a code span only the pipe needs escaping (GitHub splits cells on it first).
  return code(value.replace(/\r\n|\r|\n/g, ' ')).replace(/\|/g, '\\|');
}

const CUT_LINE_ROOM = 400;

function cutLineLength(options: MarkdownOptions): number {
  return CUT_LINE_ROOM + (options.detailsUrl?.length ?? 0);
}

function cutLine(size: number, titles: readonly string[], options: MarkdownOptions): string {
  const where = options.detailsUrl !== undefined ? `the full report is at ${options.detailsUrl}` : 'run `hewitt diff --format html` for the full report';
  const names = titles.slice(0, 6).join(', ') + (titles.length > 6 ? ` and ${titles.length - 6} more` : '');
  return `_${size.toLocaleString('en-GB')} characters were cut to fit a comment (${text(names)}); ${where}._`;
}

function code(value: string): string {
  return value.includes('`') ? `\`\` ${value} \`\`` : `\`${value}\``;
}

/** Text that Markdown and GitHub's HTML filter show literally, on one line. */
function text(value: string): string {
  return value
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/\\/g, '\\\\')
    .replace(/[`*[\]<>#|]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;');
}

function escapeHtmlText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
