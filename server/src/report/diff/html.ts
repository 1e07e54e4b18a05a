// The diff as ONE self-contained HTML page (inline style, no script, no remote resource): the
// summary, then each section's tables, with a paired bar chart (base and head side by side) for
// each classification's categories and each measure's largest changes.

import type { DiffReport, MeasureDiff } from '../../core/diff/model';
import { escapeHtml, idFor } from '../html-escape';
import { HTML_STYLE } from '../html-style';
import { groupLabel } from '../model';
import type { Table } from '../sections';
import { buildDiffSections, revisionLabel, summaryRows, type DiffBlock, type DiffSection } from './sections';

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const DIFF_STYLE = `
.bars { display: grid; grid-template-columns: minmax(8rem, max-content) 1fr; gap: .15rem .75rem; align-items: center; margin: .5rem 0 1rem; font-size: .9em; }
.bar { height: .6rem; border-radius: 2px; min-width: 1px; }
.bar.base { background: var(--s7); } .bar.head { background: var(--s0); }
.pair { display: flex; flex-direction: column; gap: 2px; }
.key { font-size: .85em; color: var(--muted); }
td.removed { color: var(--bad); } td.added { color: var(--ok); }
`;

export function formatDiffHtml(report: DiffReport): string {
  const title = `Diff of ${revisionLabel(report.base)} → ${revisionLabel(report.head)}`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${HTML_STYLE}${DIFF_STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<header><h1>${escapeHtml(title)}</h1></header>`,
    diffHtmlBody(report),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The page's content without the document around it (the editor's preview embeds it). */
export function diffHtmlBody(report: DiffReport): string {
  const out: string[] = [];
  const notes = [...report.base.notes.map((n) => `base: ${n}`), ...report.head.notes.map((n) => `head: ${n}`)];
  if (notes.length > 0) out.push(`<ul class="note">${notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>`);
  const summary = summaryRows(report);
  if (summary.length === 0) out.push('<p>No change: the definitions and the figures are the same.</p>');
  else out.push(tableHtml({ columns: [{ header: 'What changed', align: 'left' }, { header: '', align: 'left' }], rows: summary }, 'Summary'));
  for (const section of buildDiffSections(report)) out.push(sectionHtml(report, section));
  return out.join('\n');
}

function sectionHtml(report: DiffReport, section: DiffSection): string {
  const parts = [`<section id="${section.kind}"><h2>${escapeHtml(section.title)}</h2>`];
  for (const block of section.blocks) parts.push(blockHtml(report, section, block));
  parts.push('</section>');
  return parts.join('\n');
}

function blockHtml(report: DiffReport, section: DiffSection, block: DiffBlock): string {
  const parts: string[] = [];
  if (block.heading !== '') parts.push(`<h3>${escapeHtml(block.heading)}</h3>`);
  const name = block.heading.split(/[ :]/)[0];
  if (section.kind === 'classifications' && report.classifications[name] !== undefined && !block.heading.includes(':')) {
    const items = report.classifications[name].categories.map((c) => ({ label: c.name, base: c.base?.rows ?? 0, head: c.head?.rows ?? 0 }));
    parts.push(pairedBars(items, 'rows'));
  }
  if (section.kind === 'measures' && report.measures[name] !== undefined) parts.push(measureBars(report.measures[name]));
  if (block.table !== undefined) parts.push(tableHtml(block.table, block.heading || section.title, section.kind === 'definitions'));
  if (block.notes.length > 0) parts.push(`<ul class="note">${block.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>`);
  return parts.join('\n');
}

function measureBars(diff: MeasureDiff): string {
  const items = diff.top.flatMap((g) => (g.base === null || g.head === null ? [] : [{ label: groupLabel(g.group), base: Number(g.base), head: Number(g.head) }]));
  return items.length === 0 ? '' : pairedBars(items, diff.unit);
}

/** Two bars per item, base above head, scaled to the largest magnitude. */
function pairedBars(items: readonly { label: string; base: number; head: number }[], unit: string): string {
  const max = Math.max(...items.flatMap((i) => [Math.abs(i.base), Math.abs(i.head)]), 0);
  if (max === 0) return '';
  const width = (v: number): string => `${Math.round((Math.abs(v) / max) * 1000) / 10}%`;
  const rows = items.map(
    (i) =>
      `<span>${escapeHtml(i.label)}</span><span class="pair" role="img" aria-label="${escapeHtml(`${i.label}: base ${i.base}, head ${i.head} ${unit}`)}"><span class="bar base" style="width:${width(i.base)}"></span><span class="bar head" style="width:${width(i.head)}"></span></span>`,
  );
  return `<figure><div class="bars">${rows.join('')}</div><figcaption class="key"><span class="swatch s7"></span>base <span class="swatch s0"></span>head</figcaption></figure>`;
}

function tableHtml(table: Table, caption: string, definitions = false): string {
  const head = table.columns.map((c) => `<th scope="col"${c.align === 'right' ? ' class="num"' : ''}>${escapeHtml(c.header)}</th>`).join('');
  const rows = table.rows.map((row) => {
    const cells = table.columns.map((c, i) => {
      const text = row[i] ?? '';
      const classes = [c.align === 'right' ? 'num' : '', definitions && i === 3 && text !== '' ? 'removed' : '', definitions && i === 4 && text !== '' ? 'added' : ''].filter(Boolean);
      const id = definitions && i === 0 && text !== '' ? ` id="${idFor('decl', text)}"` : '';
      return `<td${id}${classes.length > 0 ? ` class="${classes.join(' ')}"` : ''}>${definitions && i > 1 && text !== '' ? `<code>${escapeHtml(text)}</code>` : escapeHtml(text)}</td>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<div class="table-wrap"><table><caption class="visually-hidden">${escapeHtml(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}
