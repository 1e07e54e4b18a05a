// The preview's measure at national scale: the wide table (fixed decimals, sorting, filter, long
// form), the row that highlights a group in the chart against grey context with the national line
// and its target, small multiples, and the chart's text alternative.
import { describe, expect, it } from 'vitest';
import type { EvalJson, ToWebview } from '../../../client/webview/model';
import type { ViewState } from '../../../client/webview/sections';
import { view } from '../../../client/webview/view';
import { textOf, toHtml, type VElement, type VNode } from '../../../client/webview/vnode';

const YEARS = ['2023/24', '2024/25', '2025/26'];
const SHARES: Record<string, [string, (number | null)[]]> = {
  QE1: ['North', [4.1, 4.1234, 4.5]],
  QF7: ['North', [5, null, 5.25]],
  QGH: ['North', [3.9, 4.2, 4.3]],
  QHM: ['South', [4.4, 4.6, 4.8]],
  QJ2: ['South', [6, 6.1, 6.2]],
  QK1: ['South', [3, 3.5, 3.75]],
  QKK: ['South', [4.8, 4.9, 5]],
};

const result: EvalJson = {
  version: 1,
  datasets: {},
  classifications: {},
  measures: {
    share: { unit: 'percent', rows: Object.entries(SHARES).flatMap(([icb, [, values]]) => values.map((value, i) => ({ group: { icb, year: YEARS[i] }, value }))) },
    by_region: { unit: 'percent', rows: Object.entries(SHARES).flatMap(([icb, [region, values]]) => values.map((value, i) => ({ group: { region, icb, year: YEARS[i] }, value }))) },
    national: { unit: 'percent', rows: YEARS.map((year, i) => ({ group: { year }, value: [4.4, 4.6, 4.75][i] })) },
  },
  targets: { shift: { rows: [{ group: { icb: 'QE1' }, baseline: 4.1, horizon: 4.9, change: 0.8, projected: true, status: 'off-track' }] } },
  metrics: {},
  funding: {},
  diagnostics: [],
};

function render(ui: Record<string, string> = {}): VElement {
  const message: ToWebview = {
    kind: 'result',
    file: '/work/rules.hewitt',
    version: 1,
    result,
    trusted: true,
    details: {
      titles: { national: 'England' },
      references: { share: 'national', by_region: 'national' },
      targets: { shift: { measure: 'share', baseline: '2023/24', horizon: '2027/28', change: 'at least +1pp', requiredChange: 1 } },
    },
  };
  const state: ViewState = { filters: {}, sorts: {}, ui };
  return view(message, state);
}

function all(node: VNode, test: (element: VElement) => boolean): VElement[] {
  if (node.kind === 'text') return [];
  return [...(test(node) ? [node] : []), ...node.children.flatMap((child) => all(child, test))];
}

const byClass = (node: VNode, tag: string, cls: string): VElement[] => all(node, (e) => e.tag === tag && (e.attrs.class ?? '').split(' ').includes(cls));
const section = (tree: VElement, measure: string): VElement => all(tree, (e) => e.tag === 'section' && e.attrs['data-measure'] === measure)[0]!;
const rowsOf = (node: VNode): string[][] => all(node, (e) => e.tag === 'tr').map((tr) => tr.children.map((cell) => textOf(cell).trim()));

describe('the wide table of a measure by fiscal year', () => {
  it('lays groups down and years across, each value with the same decimals', () => {
    const rows = rowsOf(section(render(), 'share'));
    expect(rows.slice(0, 4)).toEqual([
      ['icb', '2023/24', '2024/25', '2025/26'],
      ['QE1', '4.10%', '4.12%', '4.50%'],
      ['QF7', '5.00%', '–', '5.25%'],
      ['QGH', '3.90%', '4.20%', '4.30%'],
    ]);
    expect(rows).toHaveLength(8);
  });

  it.each([
    ['2:desc', ['QJ2', 'QKK', 'QHM', 'QGH', 'QE1', 'QK1', 'QF7']],
    ['2:asc', ['QK1', 'QE1', 'QGH', 'QHM', 'QKK', 'QJ2', 'QF7']],
    ['0:desc', ['QKK', 'QK1', 'QJ2', 'QHM', 'QGH', 'QF7', 'QE1']],
  ])('sorts by a column (%s), no data last', (sort, order) => {
    const rows = rowsOf(section(render({ 'sort:share': sort }), 'share')).slice(1);
    expect(rows.map((row) => row[0])).toEqual(order);
  });

  it('cycles a header through ascending, descending and the original order, and says which', () => {
    const headers = (ui: Record<string, string>) => all(section(render(ui), 'share'), (e) => e.tag === 'th' && e.attrs.scope === 'col');
    const next = (ui: Record<string, string>) => headers(ui).map((th) => (th.children[0] as VElement).action);
    expect(next({})[1]).toEqual({ kind: 'set', key: 'sort:share', value: '1:asc' });
    expect(next({ 'sort:share': '1:asc' })[1]).toEqual({ kind: 'set', key: 'sort:share', value: '1:desc' });
    expect(next({ 'sort:share': '1:desc' })[1]).toEqual({ kind: 'set', key: 'sort:share', value: '' });
    expect(headers({ 'sort:share': '1:desc' }).map((th) => th.attrs['aria-sort'])).toEqual(['none', 'descending', 'none', 'none']);
  });

  it('filters rows by their group, keeping the header', () => {
    const tree = section(render({ 'filter:share': ' qk' }), 'share');
    expect(rowsOf(tree).slice(1).map((row) => row[0])).toEqual(['QK1', 'QKK']);
    expect(textOf(all(tree, (e) => e.tag === 'caption')[0]!)).toBe('share: icb down, year across (2 of 7 groups)');
  });

  it('shows the long form, one row per group and year, on request', () => {
    const tree = section(render({ 'layout:share': 'long' }), 'share');
    const rows = rowsOf(tree);
    expect(rows[0]).toEqual(['icb', 'year', 'value']);
    expect(rows[2]).toEqual(['QE1', '2024/25', '4.12%']);
    expect(rows).toHaveLength(1 + 21);
    expect(all(tree, (e) => e.attrs.id === 'wide-layout-share')[0]?.action).toEqual({ kind: 'set', key: 'layout:share', value: 'wide' });
  });
});

describe('a long table', () => {
  it('draws the first 60 rows and the chosen one, with a button for the rest', () => {
    const long = section(render({ 'layout:share': 'long', 'chosen:share': 'QKK' }), 'share');
    expect(rowsOf(long)).toHaveLength(1 + 21);
    const many: EvalJson = { ...result, measures: { big: { unit: 'number', rows: Array.from({ length: 70 }, (_, i) => ({ group: { area: `A${String(i).padStart(2, '0')}`, year: '2023/24' }, value: i })) } } };
    const tree = view({ kind: 'result', file: 'x.hewitt', version: 1, result: many, trusted: true }, { filters: {}, sorts: {}, ui: { 'chosen:big': 'A65' } });
    const rows = rowsOf(section(tree, 'big')).slice(1).map((row) => row[0]);
    expect(rows).toHaveLength(61);
    expect(rows.slice(-2)).toEqual(['A59', 'A65']);
    expect(textOf(section(tree, 'big'))).toContain('Show all 70 rows');
    expect(rowsOf(section(view({ kind: 'result', file: 'x.hewitt', version: 1, result: many, trusted: true }, { filters: {}, sorts: {}, ui: { 'rows:big': 'all' } }), 'big'))).toHaveLength(71);
  });
});

describe('the chart of a measure at national scale', () => {
  it('draws every group in grey with the national line when nothing is chosen', () => {
    const tree = section(render(), 'share');
    expect(byClass(tree, 'polyline', 'context')).toHaveLength(7);
    expect(byClass(tree, 'polyline', 'chosen')).toHaveLength(0);
    expect(byClass(tree, 'polyline', 'reference')).toHaveLength(1);
    expect(textOf(byClass(tree, 'figcaption', 'chart-text')[0]!)).toBe(
      'share by year, 2023/24 to 2025/26, for 7 groups. Choose a group in the table to highlight it. England: 4.40% in 2023/24 to 4.75% in 2025/26.',
    );
  });

  it('highlights the row chosen in the table, with its target, projection and a sentence for screen readers', () => {
    const rowButton = all(section(render(), 'share'), (e) => e.tag === 'button' && e.attrs.class === 'choose')[0];
    expect(rowButton?.action).toEqual({ kind: 'set', key: 'chosen:share', value: 'QE1' });
    const tree = section(render({ 'chosen:share': 'QE1' }), 'share');
    const chosen = byClass(tree, 'polyline', 'chosen');
    expect(chosen.map((line) => line.attrs['data-key'])).toEqual(['QE1']);
    expect(byClass(tree, 'polyline', 'context')).toHaveLength(6);
    expect(byClass(tree, 'tr', 'chosen').map((tr) => tr.attrs['data-key'])).toEqual(['QE1']);
    expect(byClass(tree, 'line', 'target')).toHaveLength(1);
    expect(byClass(tree, 'line', 'projection')).toHaveLength(1);
    expect(byClass(tree, 'circle', 'target-point')).toHaveLength(2);
    expect(textOf(byClass(tree, 'figcaption', 'chart-text')[0]!)).toBe(
      'share by year, 2023/24 to 2027/28, for 7 groups. QE1: 4.10% in 2023/24 to 4.50% in 2025/26, 5th highest of 7 in 2025/26. shift asks for 5.10% by 2027/28 from 4.10% in 2023/24; projected 4.90% (off track). England: 4.40% in 2023/24 to 4.75% in 2025/26.',
    );
    expect(all(tree, (e) => e.tag === 'svg')[0]?.attrs.role).toBe('img');
  });

  it('draws small multiples by a second grouping column on one shared scale', () => {
    const one = section(render({ 'chosen:by_region': 'North\u001fQE1' }), 'by_region');
    expect(all(one, (e) => e.tag === 'svg')).toHaveLength(1);
    expect(all(one, (e) => e.tag === 'select')[0]?.action).toEqual({ kind: 'set', key: 'panels:by_region' });
    const tree = section(render({ 'chosen:by_region': 'North\u001fQE1', 'panels:by_region': 'region' }), 'by_region');
    const panels = byClass(tree, 'figure', 'panel');
    expect(panels.map((panel) => panel.attrs['data-panel'])).toEqual(['North', 'South']);
    expect(panels.map((panel) => byClass(panel, 'polyline', 'chosen').length)).toEqual([1, 0]);
    expect(panels.map((panel) => byClass(panel, 'polyline', 'context').length)).toEqual([2, 4]);
    const ticks = panels.map((panel) => byClass(panel, 'text', 'tick').map((t) => textOf(t)).join(' '));
    expect(ticks[0]).toBe(ticks[1]);
  });

  it('keeps every text from the data as text', () => {
    expect(toHtml(render({ 'filter:share': '<img src=x>' }))).not.toContain('<img');
  });
});
