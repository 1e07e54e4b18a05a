// The diff as a summary and sections of plain tables of display text. The terminal, Markdown and
// HTML formats all lay out these same tables, so they agree cell by cell.

import type { ClassificationDiff, DeclarationChange, DiffReport, MeasureDiff, MetricDiff, RevisionInfo } from '../../core/diff/model';
import type { Value, ValueUnit } from '../../core/eval/result';
import { displayNumber, displayValue, groupLabel, NO_DATA } from '../model';
import { displayPounds } from '../money';
import { statusText, type Table } from '../sections';

export interface DiffBlock {
  /** Shown above the table; empty for a section's only block. */
  readonly heading: string;
  readonly table?: Table;
  readonly notes: readonly string[];
}

export type DiffSectionKind = 'definitions' | 'classifications' | 'measures' | 'targets' | 'metrics' | 'checklist' | 'diagnostics';

export interface DiffSection {
  readonly kind: DiffSectionKind;
  readonly title: string;
  readonly blocks: readonly DiffBlock[];
}

/** `main (1a2b3c4)`, `work tree`. */
export function revisionLabel(info: RevisionInfo): string {
  return info.commit === undefined || info.commit.startsWith(info.rev) ? info.rev.slice(0, 12) : `${info.rev} (${info.commit.slice(0, 7)})`;
}

export function signedPounds(pence: bigint): string {
  return pence > 0n ? `+${displayPounds(pence)}` : displayPounds(pence);
}

export function signedNumber(value: number): string {
  return value > 0 ? `+${displayNumber(value)}` : displayNumber(value);
}

const plural = (n: number, one: string, many = `${one}s`): string => `${displayNumber(n)} ${n === 1 ? one : many}`;

/** The summary, one line per kind of change that happened; empty when nothing did. */
export function summaryRows(report: DiffReport): [string, string][] {
  const s = report.summary;
  const rows: [string, string][] = [];
  const declarations = (['changed', 'added', 'removed', 'affected', 'metadata'] as const)
    .filter((kind) => s.declarations[kind] > 0)
    .map((kind) => `${displayNumber(s.declarations[kind])} ${kind === 'metadata' ? 'with metadata changes only' : kind}`);
  if (declarations.length > 0) rows.push(['Definitions', declarations.join(', ')]);
  if (s.rowsMoved > 0) rows.push(['Rows moving between categories', `${plural(s.rowsMoved, 'row')} (${displayPounds(s.amountMoved)})`]);
  if (s.measuresChanged > 0) rows.push(['Measures with changed figures', displayNumber(s.measuresChanged)]);
  if (s.targetFlips > 0) rows.push(['Target status changes', displayNumber(s.targetFlips)]);
  const metricsChanged = Object.keys(report.metrics).length;
  if (metricsChanged > 0) rows.push(['Metric points and payment', `${signedNumber(s.pointsChange)} points, ${signedPounds(s.paymentChange)} in ${plural(metricsChanged, 'metric')}`]);
  if (s.checklistNewlyFailing + s.checklistNewlyPassing > 0) rows.push(['Checklist', `${s.checklistNewlyFailing} newly failing, ${s.checklistNewlyPassing} newly passing`]);
  if (s.newDiagnostics + s.resolvedDiagnostics > 0) rows.push(['Diagnostics', `${s.newDiagnostics} new, ${s.resolvedDiagnostics} resolved`]);
  return rows;
}

const columns = (...spec: string[]): Table['columns'] =>
  spec.map((header) => (header.startsWith('>') ? { header: header.slice(1), align: 'right' as const } : { header, align: 'left' as const }));

export function buildDiffSections(report: DiffReport): DiffSection[] {
  const sections: DiffSection[] = [];
  const add = (kind: DiffSectionKind, title: string, blocks: DiffBlock[]): void => void (blocks.length > 0 && sections.push({ kind, title, blocks }));
  add('definitions', `Definitions (${displayNumber(report.declarations.length)})`, report.declarations.length === 0 ? [] : [{ heading: '', table: definitionsTable(report.declarations), notes: [] }]);
  add('classifications', 'Classifications', Object.keys(report.classifications).sort().flatMap((name) => classificationBlocks(name, report.classifications[name])));
  add('measures', `Measures (${Object.keys(report.measures).length})`, Object.keys(report.measures).sort().map((name) => measureBlock(name, report.measures[name])));
  const flips = Object.keys(report.targets)
    .sort()
    .flatMap((name) => report.targets[name].flips.map((f) => [name, groupLabel(f.group), f.before ? statusText(f.before) : 'absent', f.after ? statusText(f.after) : 'absent']));
  const targetNotes = Object.keys(report.targets).sort().flatMap((name) => presenceNote(name, report.targets[name].presence));
  if (flips.length > 0 || targetNotes.length > 0) {
    add('targets', `Targets (${flips.length} status ${flips.length === 1 ? 'change' : 'changes'})`, [
      { heading: '', ...(flips.length > 0 ? { table: { columns: columns('Target', 'Group', 'Before', 'After'), rows: flips } } : {}), notes: targetNotes },
    ]);
  }
  add('metrics', `Metrics (${Object.keys(report.metrics).length})`, Object.keys(report.metrics).sort().map((name) => metricBlock(name, report.metrics[name])));
  const checklist = [
    ...report.checklist.newlyFailing.map((c) => ['newly failing', c.rule, c.title, c.before ?? 'absent', c.after ?? 'absent']),
    ...report.checklist.newlyPassing.map((c) => ['newly passing', c.rule, c.title, c.before ?? 'absent', c.after ?? 'absent']),
  ];
  if (checklist.length > 0) add('checklist', 'Recommendation checklist', [{ heading: '', table: { columns: columns('Change', 'Rule', 'Recommendation', 'Before', 'After'), rows: checklist }, notes: [] }]);
  const diagnostics = [
    ...report.diagnostics.new.map((d) => ['new', `${d.path}:${d.line}`, d.severity, d.code, d.message]),
    ...report.diagnostics.resolved.map((d) => ['resolved', `${d.path}:${d.line}`, d.severity, d.code, d.message]),
  ];
  if (diagnostics.length > 0) add('diagnostics', 'Diagnostics', [{ heading: '', table: { columns: columns('Change', 'Where', 'Severity', 'Code', 'Message'), rows: diagnostics }, notes: [] }]);
  return sections;
}

function definitionsTable(changes: readonly DeclarationChange[]): Table {
  const rows: string[][] = [];
  for (const d of changes) {
    const name = `${d.kind} ${d.name}`;
    const where = d.basePath !== undefined && d.headPath !== undefined && d.basePath !== d.headPath ? ` (moved from ${d.basePath} to ${d.headPath})` : '';
    if (d.change === 'added' || d.change === 'removed') rows.push([name, d.change, `in ${d.headPath ?? d.basePath}`, '', '']);
    else if (d.change === 'affected') rows.push([name, 'affected', `reads ${(d.reads ?? []).join(', ')}${where}`, '', '']);
    else d.properties.forEach((p, i) => rows.push([i === 0 ? name : '', i === 0 ? d.change : '', p.path + (i === 0 ? where : ''), p.before ?? '(none)', p.after ?? '(none)']));
  }
  return { columns: columns('Declaration', 'Change', 'Property', 'Before', 'After'), rows };
}

function presenceNote(name: string, presence: string): string[] {
  return presence === 'added' ? [`${name} is new in the head.`] : presence === 'removed' ? [`${name} is only in the base.`] : [];
}

function rowsCell(n: number | undefined): string {
  return n === undefined ? NO_DATA : displayNumber(n);
}

function moneyCell(pence: bigint | null | undefined): string {
  return pence === null || pence === undefined ? NO_DATA : displayPounds(pence);
}

function classificationBlocks(name: string, diff: ClassificationDiff): DiffBlock[] {
  const rows = diff.categories.map((c) => {
    const rowsChange = (c.head?.rows ?? 0) - (c.base?.rows ?? 0);
    const amountChange = c.base?.amount != null || c.head?.amount != null ? signedPounds((c.head?.amount ?? 0n) - (c.base?.amount ?? 0n)) : NO_DATA;
    return [c.name, rowsCell(c.base?.rows), rowsCell(c.head?.rows), signedNumber(rowsChange), moneyCell(c.base?.amount), moneyCell(c.head?.amount), amountChange];
  });
  const blocks: DiffBlock[] = [
    { heading: name, table: { columns: columns('Category', '>Base rows', '>Head rows', '>Change', '>Base amount', '>Head amount', '>Change'), rows }, notes: presenceNote(name, diff.presence) },
  ];
  if (diff.movements !== undefined && diff.movements.length > 0) {
    const moved = diff.movements.map((m) => [m.from, m.to, displayNumber(m.rows), moneyCell(m.amount)]);
    blocks.push({ heading: `${name}: rows moving between categories`, table: { columns: columns('From', 'To', '>Rows', '>Amount'), rows: moved }, notes: ['Amounts are the rows\u2019 money before any category weight.'] });
  } else if (diff.movementNote !== undefined) blocks.push({ heading: `${name}: rows moving between categories`, notes: [diff.movementNote] });
  return blocks;
}

function valueCell(value: Value, unit: ValueUnit, text?: string): string {
  return text ?? displayValue(value, unit);
}

function changeCell(value: Value, unit: ValueUnit): string {
  if (value === null) return NO_DATA;
  if (typeof value === 'bigint') return signedPounds(value);
  if (unit === 'money') return signedPounds(BigInt(Math.round(value)));
  const suffix = unit === 'percent' || unit === 'pp' ? 'pp' : '';
  return `${signedNumber(value)}${suffix}`;
}

function measureBlock(name: string, diff: MeasureDiff): DiffBlock {
  const rows = diff.top.map((g) => [groupLabel(g.group), valueCell(g.base, diff.unit, g.baseText), valueCell(g.head, diff.unit, g.headText), changeCell(g.change, diff.unit)]);
  const notes = [...presenceNote(name, diff.presence)];
  if (diff.groupsChanged > diff.top.length) notes.push(`${diff.groupsChanged - diff.top.length} more changed ${diff.groupsChanged - diff.top.length === 1 ? 'group' : 'groups'} not shown (see --top).`);
  if (diff.onlyBase.length > 0) notes.push(`Only in the base: ${listGroups(diff.onlyBase)}.`);
  if (diff.onlyHead.length > 0) notes.push(`Only in the head: ${listGroups(diff.onlyHead)}.`);
  const heading = `${name} (${diff.unit}): ${plural(diff.groupsChanged, 'group')} changed`;
  return { heading, ...(rows.length > 0 ? { table: { columns: columns('Group', '>Base', '>Head', '>Change'), rows } } : {}), notes };
}

function listGroups(groups: readonly { readonly [column: string]: string }[]): string {
  const shown = groups.slice(0, 10).map(groupLabel).join('; ');
  return groups.length > 10 ? `${shown} and ${groups.length - 10} more` : shown;
}

function metricBlock(name: string, diff: MetricDiff): DiffBlock {
  const points = (n: number | null): string => (n === null ? NO_DATA : displayNumber(n));
  const rows = diff.top.map((g) => [
    groupLabel(g.group),
    points(g.basePoints),
    points(g.headPoints),
    signedNumber(g.pointsChange),
    moneyCell(g.basePayment),
    moneyCell(g.headPayment),
    signedPounds(g.paymentChange),
  ]);
  const t = diff.total;
  rows.push(['Total (all groups)', displayNumber(t.basePoints), displayNumber(t.headPoints), signedNumber(Math.round((t.headPoints - t.basePoints) * 100) / 100), displayPounds(t.basePayment), displayPounds(t.headPayment), signedPounds(t.headPayment - t.basePayment)]);
  const notes = [...presenceNote(name, diff.presence)];
  if (diff.groupsChanged > diff.top.length) notes.push(`${diff.groupsChanged - diff.top.length} more changed ${diff.groupsChanged - diff.top.length === 1 ? 'group' : 'groups'} not shown (see --top).`);
  return {
    heading: `${name}: ${plural(diff.groupsChanged, 'group')} changed`,
    table: { columns: columns('Group', '>Base points', '>Head points', '>Change', '>Base payment', '>Head payment', '>Change'), rows },
    notes,
  };
}
