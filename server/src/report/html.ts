// The HTML report: ONE self-contained page. Inline style, no script, no remote resource (the
// Content-Security-Policy forbids them), every text from a rule or data file escaped, tables
// with captions and header scopes, a line chart per measure grouped by year, and a checklist of
// the problems found.

import type { TargetStatus } from '../core/eval/result';
import { checklistSummary, type ChecklistItem, type ChecklistState } from './checklist';
import { escapeHtml, idFor } from './html-escape';
import { measureChart, type ChartTarget } from './html-chart';
import { HTML_STYLE } from './html-style';
import { displayChange, displayNumber, displayPercent, isEmptyResult, locateDiagnostics, NO_DATA_LEGEND, positionIn, titleOf, type EvalReport } from './model';
import { buildSections, statusText, usesNoData, type Block, type Section, type Table } from './sections';

/** Tables longer than this are folded (open them with a click; no script involved). */
const FOLDED_ROWS = 25;

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export function formatEvalHtml(report: EvalReport): string {
  const sections = buildSections(report).filter((section) => section.kind !== 'diagnostics');
  const title = `Evaluation of ${report.file}`;
  const body: string[] = [`<header><h1>${escapeHtml(title)}</h1>${summaryLine(report)}</header>`];
  if (sections.length > 0) {
    const links = ['<li><a href="#checklist">Checklist</a></li>', ...sections.map((s) => `<li><a href="#${s.kind}">${escapeHtml(s.title)}</a></li>`)];
    body.push(`<nav aria-label="Sections"><ul>${links.join('')}</ul></nav>`);
  }
  body.push(checklist(report));
  if (isEmptyResult(report.result)) body.push('<p>Nothing to evaluate: the file declares no classification, measure, target, metric or funding.</p>');
  for (const section of sections) body.push(sectionHtml(report, section));
  if (usesNoData(sections)) body.push(`<p class="note">${escapeHtml(NO_DATA_LEGEND)}</p>`);
  return [
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${HTML_STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function summaryLine(report: EvalReport): string {
  const rows = Object.values(report.result.datasets).reduce((sum, d) => sum + d.rowsRead, 0);
  const statuses = Object.values(report.result.targets).flatMap((t) => t.rows.map((row) => row.status));
  const counts = (['met', 'on-track', 'off-track', 'missed', 'no-data'] as const)
    .map((status) => ({ status, count: statuses.filter((s) => s === status).length }))
    .filter((entry) => entry.count > 0)
    .map((entry) => `${entry.count} ${statusText(entry.status)}`);
  const parts = [`${displayNumber(rows)} data ${rows === 1 ? 'row' : 'rows'} read`];
  if (counts.length > 0) parts.push(`targets: ${counts.join(', ')}`);
  return `<p class="muted">${escapeHtml(parts.join('; '))}.</p>`;
}

function checklist(report: EvalReport): string {
  if (report.checklist !== undefined) return recommendationChecklist(report, report.checklist);
  const diagnostics = locateDiagnostics(report);
  const items =
    diagnostics.length === 0
      ? ['<li class="clear">No problems found in the rules or the data.</li>']
      : diagnostics.map(
          (d) =>
            `<li class="${d.severity}"><span class="severity">${d.severity}</span><code>${escapeHtml(`${d.path}:${d.start.line + 1}:${d.start.character + 1}`)}</code> ${escapeHtml(d.message)} <span class="muted">(${escapeHtml(d.code)})</span></li>`,
        );
  return `<section id="checklist" aria-labelledby="checklist-title"><h2 id="checklist-title">Checklist</h2><ul class="checklist">${items.join('')}</ul></section>`;
}

const STATE_CLASS: Readonly<Record<ChecklistState, string>> = { failed: 'error', suppressed: 'info', passed: 'clear', off: 'hint' };

/** Each rule of the Hewitt Review catalogue: passed, failed (with the findings), suppressed (with the reasons) or off. */
function recommendationChecklist(report: EvalReport, items: readonly ChecklistItem[]): string {
  const where = (path: string, offset: number): string => {
    const position = positionIn(report, path, offset);
    return `<code>${escapeHtml(`${path}:${position.line + 1}:${position.character + 1}`)}</code>`;
  };
  const rows = items.map((item) => {
    const details = [
      ...item.findings.map((f) => `<li>${where(f.path, f.start)} ${escapeHtml(f.message)}</li>`),
      ...item.suppressions.map((s) => `<li>${where(s.path, s.start)} suppressed: ${escapeHtml(s.reason)}</li>`),
    ];
    const list = details.length > 0 ? `<ul>${details.join('')}</ul>` : '';
    return `<li class="${STATE_CLASS[item.state]}"><span class="severity">${item.state}</span><strong>${escapeHtml(item.recommendation.id)}</strong> ${escapeHtml(item.title)} <span class="muted">(${escapeHtml(item.rule)}; ${escapeHtml(item.recommendation.summary)})</span>${list}</li>`;
  });
  return `<section id="checklist" aria-labelledby="checklist-title"><h2 id="checklist-title">Recommendation checklist</h2><p class="muted">${escapeHtml(checklistSummary(items))}</p><ul class="checklist">${rows.join('')}</ul>${otherProblems(report)}</section>`;
}

/** Problems that are not catalogue findings (syntax, names, data cells), listed under the checklist. */
function otherProblems(report: EvalReport): string {
  const rules = new Set((report.checklist ?? []).map((item) => item.rule));
  const others = locateDiagnostics(report).filter((d) => !rules.has(d.code));
  if (others.length === 0) return '';
  const items = others.map(
    (d) =>
      `<li class="${d.severity}"><span class="severity">${d.severity}</span><code>${escapeHtml(`${d.path}:${d.start.line + 1}:${d.start.character + 1}`)}</code> ${escapeHtml(d.message)} <span class="muted">(${escapeHtml(d.code)})</span></li>`,
  );
  return `<h3>Other problems</h3><ul class="checklist">${items.join('')}</ul>`;
}

function sectionHtml(report: EvalReport, section: Section): string {
  const parts = [`<section id="${section.kind}" aria-labelledby="${section.kind}-title"><h2 id="${section.kind}-title">${escapeHtml(section.title)}</h2>`];
  for (const block of section.blocks) parts.push(blockHtml(report, section, block));
  parts.push('</section>');
  return parts.join('\n');
}

function blockHtml(report: EvalReport, section: Section, block: Block): string {
  const parts: string[] = [];
  const named = block.name !== '';
  if (named) parts.push(`<h3 id="${idFor(section.kind, block.name)}">${escapeHtml(block.heading)}</h3>`);
  if (section.kind === 'measures') parts.push(chartHtml(report, block.name));
  const statusColumn = section.kind === 'targets' ? block.table.columns.length - 1 : -1;
  parts.push(tableHtml(block.table, named ? block.name : block.heading, statusColumn, named));
  if (section.kind === 'metrics') parts.push(strataHtml(report, block.name));
  const notes = section.kind === 'metrics' ? block.notes.filter((note) => note.startsWith('Thresholds')) : block.notes;
  for (const note of notes) parts.push(`<p class="note">${escapeHtml(note)}</p>`);
  return parts.join('\n');
}

/** With `hideCaption`, the caption is for screen readers only (a heading above already shows it). */
function tableHtml(table: Table, caption: string, statusColumn: number, hideCaption = false): string {
  const head = table.columns.map((c) => `<th scope="col"${c.align === 'right' ? ' class="num"' : ''}>${escapeHtml(c.header)}</th>`).join('');
  const rows = table.rows.map((row) => {
    const cells = table.columns.map((column, i) => {
      const text = escapeHtml(row[i] ?? '');
      if (i === 0) return `<th scope="row">${text}</th>`;
      if (i === statusColumn) return `<td class="status status-${statusClass(row[i] ?? '')}">${text}</td>`;
      return `<td${column.align === 'right' ? ' class="num"' : ''}>${text}</td>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  const html = `<div class="table-wrap"><table><caption${hideCaption ? ' class="visually-hidden"' : ''}>${escapeHtml(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
  return table.rows.length > FOLDED_ROWS ? `<details><summary>Table of ${table.rows.length} rows</summary>${html}</details>` : html;
}

function statusClass(text: string): TargetStatus {
  const statuses: TargetStatus[] = ['met', 'missed', 'on-track', 'off-track', 'no-data'];
  return statuses.find((status) => statusText(status) === text) ?? 'no-data';
}

function chartHtml(report: EvalReport, name: string): string {
  const measure = report.result.measures[name];
  if (measure === undefined) return '';
  const targets: ChartTarget[] = [];
  for (const [target, details] of Object.entries(report.details?.targets ?? {})) {
    const result = report.result.targets[target];
    if (details.measure === name && result !== undefined) targets.push({ name: target, details, result });
  }
  const other = report.details?.references?.[name];
  const referenceMeasure = other === undefined ? undefined : report.result.measures[other];
  const reference = other === undefined || referenceMeasure === undefined ? undefined : { label: titleOf(report, other), measure: referenceMeasure };
  const chart = measureChart(name, measure, targets, reference);
  if (chart === undefined) return '';
  const legend = chart.legend.map((item) => `<li><span class="swatch ${item.swatch}" aria-hidden="true"></span>${escapeHtml(item.label)}</li>`).join('');
  const note = chart.note === undefined ? '' : `<p class="note">${escapeHtml(chart.note)}</p>`;
  const targetNote = chart.svg.includes('<line class="target ') ? '<p class="note">Dashed lines: what the target asks for, from each group’s baseline.</p>' : '';
  return `<figure>${chart.svg}<figcaption><ul class="legend">${legend}</ul>${note}${targetNote}</figcaption></figure>`;
}

function strataHtml(report: EvalReport, name: string): string {
  const metric = report.result.metrics[name];
  if (metric === undefined || metric.strata.length === 0) return '';
  const table: Table = {
    columns: [
      { header: 'deprivation stratum', align: 'left' },
      { header: 'numerator', align: 'right' },
      { header: 'denominator', align: 'right' },
      { header: 'achievement', align: 'right' },
    ],
    rows: metric.strata.map((s) => [s.stratum, displayNumber(s.numerator), displayNumber(s.denominator), displayPercent(s.achievement)]),
  };
  const gap = `<p class="note">Gap between the most and least deprived strata: ${escapeHtml(displayChange(metric.gap, 'pp'))}</p>`;
  return tableHtml(table, `${name} by deprivation stratum`, -1) + gap;
}
