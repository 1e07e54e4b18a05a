// The preview of a comparison ("Hewitt: Compare Results with…"): what changed in the definitions
// (each with a button that opens its text diff), rows moving between categories, base and head
// side by side in tables and bar charts, target flips, metric payments, checklist and problems.
// Pure: same input, same tree.

import { formatChange, formatCount, formatMoney, formatValue, groupText, toNumber } from './format';
import type { DeclarationJson, DiffJson, MeasureDiffJson } from './diff-model';
import type { TargetStatus } from './model';
import { table, type Cell } from './table';
import { h, s, type VElement } from './vnode';

export function diffView(diff: DiffJson): VElement {
  const sections = [definitions(diff), classifications(diff), measures(diff), targets(diff), metrics(diff), checklist(diff), problems(diff)].flat();
  const notes = [...diff.base.notes.map((n) => `Base: ${n}`), ...diff.head.notes.map((n) => `Work tree: ${n}`)];
  return h('main', {}, [
    h('h2', {}, [`Compared with ${label(diff.base)}`]),
    h('p', { class: 'muted' }, [`${label(diff.base)} → ${label(diff.head)}, both evaluated on the work tree's data. Edit or save a rule file to return to its results.`]),
    ...notes.map((note) => h('p', { class: 'warning', role: 'status' }, [note])),
    ...(sections.length === 0 ? [h('p', {}, ['No change: the definitions and the figures are the same.'])] : sections),
  ]);
}

function label(revision: DiffJson['base']): string {
  return revision.commit === null ? revision.rev : `${revision.rev} (${revision.commit.slice(0, 7)})`;
}

function definitions(diff: DiffJson): VElement[] {
  if (diff.declarations.length === 0) return [];
  const rows = diff.declarations.map((d): Cell[] => [textDiffButton(d), d.change, describe(d)]);
  return [h('h3', {}, ['Definitions']), table('Declarations that differ', [{ title: 'Declaration' }, { title: 'Change' }, { title: 'What' }], rows)];
}

function textDiffButton(d: DeclarationJson): Cell {
  const title = `${d.kind} ${d.name}`;
  if (d.change === 'affected') return title;
  return h('button', { type: 'button', class: 'link', title: `Open the text diff of ${title}` }, [title], { kind: 'post', message: { kind: 'open-declaration-diff', declarationKind: d.kind, name: d.name } });
}

function describe(d: DeclarationJson): string {
  if (d.change === 'affected') return `reads ${(d.reads ?? []).join(', ')}`;
  if (d.change === 'added' || d.change === 'removed') return `in ${d.headPath ?? d.basePath ?? ''}`;
  return d.properties.map((p) => `${p.path}: ${p.before ?? '(none)'} → ${p.after ?? '(none)'}`).join('; ');
}

function classifications(diff: DiffJson): VElement[] {
  return Object.entries(diff.classifications).flatMap(([name, c]) => {
    const rows = c.categories.map((category): Cell[] => [
      category.name,
      formatCount(category.base?.rows ?? null),
      formatCount(category.head?.rows ?? null),
      formatMoney(category.base?.amount ?? null),
      formatMoney(category.head?.amount ?? null),
    ]);
    const moves = (c.movements ?? []).map((m): Cell[] => [`${m.from} → ${m.to}`, formatCount(m.rows), formatMoney(m.amount)]);
    return [
      h('h3', {}, [`Classification ${name}`]),
      pairedBars(`Rows by category in ${name}`, c.categories.map((category) => ({ label: category.name, base: category.base?.rows ?? 0, head: category.head?.rows ?? 0 }))),
      table(`Categories of ${name}`, [{ title: 'Category' }, { title: 'Base rows', numeric: true }, { title: 'Head rows', numeric: true }, { title: 'Base amount', numeric: true }, { title: 'Head amount', numeric: true }], rows),
      moves.length > 0 ? table(`Rows moving between categories of ${name}`, [{ title: 'From → to' }, { title: 'Rows', numeric: true }, { title: 'Amount', numeric: true }], moves) : null,
      c.movementNote !== undefined ? h('p', { class: 'muted' }, [c.movementNote]) : null,
    ].filter((node): node is VElement => node !== null);
  });
}

function measures(diff: DiffJson): VElement[] {
  return Object.entries(diff.measures).flatMap(([name, m]) => present([
    h('h3', {}, [`Measure ${name}: ${m.groupsChanged} ${m.groupsChanged === 1 ? 'group' : 'groups'} changed`]),
    pairedBars(`Largest changes in ${name}`, m.top.filter((row) => row.base !== null && row.head !== null).map((row) => ({ label: groupText(row.group), base: toNumber(row.base), head: toNumber(row.head) }))),
    measureTable(name, m),
    ...only('Only in the base', m.onlyBase.map((g) => groupText(g))),
    ...only('Only in the work tree', m.onlyHead.map((g) => groupText(g))),
  ]));
}

function present(nodes: readonly (VElement | null)[]): VElement[] {
  return nodes.filter((node): node is VElement => node !== null);
}

function measureTable(name: string, m: MeasureDiffJson): VElement {
  const rows = m.top.map((row): Cell[] => [groupText(row.group), formatValue(row.base, m.unit), formatValue(row.head, m.unit), formatChange(row.change, m.unit === 'percent' ? 'pp' : m.unit)]);
  return table(`Largest changes in ${name}`, [{ title: 'Group' }, { title: 'Base', numeric: true }, { title: 'Head', numeric: true }, { title: 'Change', numeric: true }], rows);
}

function only(title: string, groups: readonly string[]): VElement[] {
  return groups.length === 0 ? [] : [h('p', { class: 'muted' }, [`${title}: ${groups.slice(0, 10).join('; ')}${groups.length > 10 ? ` and ${groups.length - 10} more` : ''}`])];
}

const STATUS: Readonly<Record<TargetStatus, string>> = { met: 'met', missed: 'missed', 'on-track': 'on track', 'off-track': 'off track', 'no-data': 'no data' };

function targets(diff: DiffJson): VElement[] {
  const rows = Object.entries(diff.targets).flatMap(([name, t]) =>
    t.flips.map((f): Cell[] => [name, groupText(f.group), status(f.before), status(f.after)]),
  );
  return rows.length === 0 ? [] : [h('h3', {}, ['Target status changes']), table('Targets whose status changed', [{ title: 'Target' }, { title: 'Group' }, { title: 'Before' }, { title: 'After' }], rows)];
}

function status(value: TargetStatus | null): Cell {
  return value === null ? 'absent' : h('span', { class: `status ${value}` }, [STATUS[value]]);
}

function metrics(diff: DiffJson): VElement[] {
  return Object.entries(diff.metrics).flatMap(([name, m]) => {
    const rows = m.top.map((row): Cell[] => [groupText(row.group), formatCount(row.basePoints), formatCount(row.headPoints), formatMoney(row.basePayment), formatMoney(row.headPayment), signed(row.paymentChange)]);
    rows.push(['Total', formatCount(m.total.basePoints), formatCount(m.total.headPoints), formatMoney(m.total.basePayment), formatMoney(m.total.headPayment), signed(m.total.paymentChange)]);
    return [
      h('h3', {}, [`Metric ${name}: ${m.groupsChanged} ${m.groupsChanged === 1 ? 'group' : 'groups'} changed`]),
      table(`Points and payment of ${name}`, [{ title: 'Group' }, { title: 'Base points', numeric: true }, { title: 'Head points', numeric: true }, { title: 'Base payment', numeric: true }, { title: 'Head payment', numeric: true }, { title: 'Change', numeric: true }], rows),
    ];
  });
}

function signed(pounds: string): string {
  return pounds.startsWith('-') || /^0(\.0+)?$/.test(pounds) ? formatMoney(pounds) : `+${formatMoney(pounds)}`;
}

function checklist(diff: DiffJson): VElement[] {
  const rows = [
    ...diff.checklist.newlyFailing.map((c): Cell[] => [c.title, 'newly failing', c.rule]),
    ...diff.checklist.newlyPassing.map((c): Cell[] => [c.title, 'newly passing', c.rule]),
  ];
  return rows.length === 0 ? [] : [h('h3', {}, ['Recommendation checklist']), table('Checklist rules that changed', [{ title: 'Recommendation' }, { title: 'Change' }, { title: 'Rule' }], rows)];
}

function problems(diff: DiffJson): VElement[] {
  const rows = [
    ...diff.diagnostics.new.map((d): Cell[] => [`${d.path}:${d.line}`, 'new', `${d.severity} ${d.code}: ${d.message}`]),
    ...diff.diagnostics.resolved.map((d): Cell[] => [`${d.path}:${d.line}`, 'resolved', `${d.severity} ${d.code}: ${d.message}`]),
  ];
  return rows.length === 0 ? [] : [h('h3', {}, ['Problems']), table('Problems new or resolved', [{ title: 'Where' }, { title: 'Change' }, { title: 'Problem' }], rows)];
}

const BAR_WIDTH = 360;
const LABEL_WIDTH = 160;
const ROW_HEIGHT = 22;

/** Base and head as two bars per item, scaled to the largest magnitude; nothing when all are zero. */
function pairedBars(title: string, items: readonly { label: string; base: number; head: number }[]): VElement | null {
  const max = Math.max(0, ...items.flatMap((i) => [Math.abs(i.base), Math.abs(i.head)]));
  if (max === 0 || items.length === 0) return null;
  const width = (v: number): string => String(Math.max(1, Math.round((Math.abs(v) / max) * BAR_WIDTH)));
  const height = items.length * ROW_HEIGHT + 20;
  return h('figure', {}, [
    s('svg', { class: 'chart bars', viewBox: `0 0 ${LABEL_WIDTH + BAR_WIDTH + 8} ${height}`, role: 'img', 'aria-label': title }, [
      ...items.flatMap((item, i) => {
        const y = i * ROW_HEIGHT;
        return [
          s('text', { class: 'tick', x: '0', y: String(y + 14) }, [item.label.length > 22 ? `${item.label.slice(0, 21)}…` : item.label]),
          s('rect', { class: 'series-3', x: String(LABEL_WIDTH), y: String(y + 3), width: width(item.base), height: '7' }, [s('title', {}, [`${item.label}, base: ${item.base}`])]),
          s('rect', { class: 'series-0', x: String(LABEL_WIDTH), y: String(y + 11), width: width(item.head), height: '7' }, [s('title', {}, [`${item.label}, head: ${item.head}`])]),
        ];
      }),
      s('rect', { class: 'series-3', x: String(LABEL_WIDTH), y: String(height - 12), width: '10', height: '7' }),
      s('text', { class: 'tick', x: String(LABEL_WIDTH + 14), y: String(height - 5) }, ['base']),
      s('rect', { class: 'series-0', x: String(LABEL_WIDTH + 60), y: String(height - 12), width: '10', height: '7' }),
      s('text', { class: 'tick', x: String(LABEL_WIDTH + 74), y: String(height - 5) }, ['work tree']),
    ]),
  ]);
}
