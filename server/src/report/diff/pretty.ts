// The terminal format of the diff: the summary first, then each section's tables with columns
// aligned. Colour (on a terminal only) marks removed lines red and added lines green.

import type { DiffReport } from '../../core/diff/model';
import { alignTable } from '../table';
import { buildDiffSections, revisionLabel, summaryRows } from './sections';

export interface PrettyOptions {
  readonly color?: boolean;
}

export function formatDiffPretty(report: DiffReport, options: PrettyOptions = {}): string {
  const bold = (text: string): string => (options.color ? `\x1b[1m${text}\x1b[22m` : text);
  const out: string[] = [bold(`Diff of ${revisionLabel(report.base)} → ${revisionLabel(report.head)}`), ''];
  for (const [side, info] of [['base', report.base], ['head', report.head]] as const) {
    for (const note of info.notes) out.push(`Note (${side}): ${note}`);
  }
  if (report.base.notes.length + report.head.notes.length > 0) out.push('');
  const summary = summaryRows(report);
  if (summary.length === 0) out.push('No change: the definitions and the figures are the same.');
  else out.push(...alignTable({ columns: [{ header: 'Summary', align: 'left' }, { header: '', align: 'left' }], rows: summary }).map((line) => `  ${line}`));
  for (const section of buildDiffSections(report)) {
    out.push('', bold(section.title.toUpperCase()));
    for (const block of section.blocks) {
      out.push('');
      if (block.heading !== '') out.push(block.heading);
      if (block.table !== undefined) out.push(...alignTable(block.table).map((line) => `  ${line}`));
      out.push(...block.notes.map((note) => `  ${note}`));
    }
  }
  return out.join('\n') + '\n';
}
