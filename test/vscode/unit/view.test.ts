import { describe, expect, it } from 'vitest';
import hostile from '../fixtures/hostile-result.json';
import type { EvalJson, ToWebview } from '../../../client/webview/model';
import { INITIAL_STATE, sortTargetRows } from '../../../client/webview/sections';
import { view } from '../../../client/webview/view';
import { isSafeAttribute, textOf, toHtml, type VNode } from '../../../client/webview/vnode';

const result = hostile as unknown as EvalJson;
const message: ToWebview = {
  kind: 'result',
  file: '/work/rules.hewitt',
  version: 3,
  result,
  trusted: true,
  details: { targets: { share_up: { measure: 'prevention_share', baseline: '2022/23', horizon: '2023/24', change: 'at least +1pp', requiredChange: 1 } }, metrics: { bp_control: { lower: 40, upper: 90, points: 20 } } },
};

function elements(node: VNode): VNode[] {
  return node.kind === 'text' ? [] : [node, ...node.children.flatMap(elements)];
}

describe('results preview view', () => {
  it('shows hostile values from data and rule files as text, never as markup', () => {
    const tree = view(message, INITIAL_STATE);
    const html = toHtml(tree);
    expect(html).not.toMatch(/<img|<script|<b>/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(textOf(tree)).toContain(`The dataset "<script>alert('x')</script>" names no owner`);
    const tags = new Set(elements(tree).flatMap((n) => (n.kind === 'element' ? [n.tag] : [])));
    expect([...tags].sort()).toEqual(
      ['button', 'caption', 'circle', 'div', 'figcaption', 'figure', 'h2', 'h3', 'input', 'label', 'li', 'line', 'main', 'option', 'p', 'polyline', 'section', 'select', 'span', 'svg', 'table', 'tbody', 'td', 'text', 'th', 'thead', 'title', 'tr', 'ul'].sort(),
    );
    for (const node of elements(tree)) if (node.kind === 'element') for (const name of Object.keys(node.attrs)) expect(isSafeAttribute(name), name).toBe(true);
  });

  it('formats amounts, unclassified spend, targets, metrics and funding', () => {
    const text = textOf(view(message, INITIAL_STATE));
    for (const expected of ['£1,234,567.89', '−£12.50', 'unclassified', '£99.00', '4.25%', '+0.25pp', 'off track (projected)', 'met', '80.0%', '£2,500.00', 'Thresholds 40.0%–90.0%, up to 20 points', '−15pp', '£1,000,000.00', '2024/25, 2025/26', 'ledger: 1,234 rows read, 2 rejected']) {
      expect(text).toContain(expected);
    }
  });

  it('shows each funding line per year and the summary of all funding', () => {
    const withSummary: ToWebview = {
      ...message,
      result: {
        ...result,
        funding: { pot: { total: '300.00', recurrent: true, years: ['2024/25', '2025/26'], perYear: [{ year: '2024/25', amount: '150.00' }, { year: '2025/26', amount: '150.00' }] } },
        fundingSummary: { total: '300.00', byYear: [{ year: '2024/25', amount: '150.00' }, { year: '2025/26', amount: '150.00' }], recurrentShare: 100 },
      },
    };
    const text = textOf(view(withSummary, INITIAL_STATE));
    expect(text).toContain('£150.00');
    expect(text).toContain('All funding: £300.00, 100.0% recurrent. By year: 2024/25 £150.00; 2025/26 £150.00.');
  });

  it('draws a line per group and a dashed target line on the measure chart', () => {
    const html = toHtml(view(message, INITIAL_STATE));
    expect(html.match(/<polyline /g)).toHaveLength(2);
    expect(html.match(/<line class="target /g)).toHaveLength(2);
  });

  it('filters and sorts target rows', () => {
    const filtered = textOf(view(message, { filters: { share_up: 'met' }, sorts: {} }));
    expect(filtered).toContain('Status of share_up by group (1 of 3)');
    const rows = result.targets.share_up.rows;
    expect(sortTargetRows(rows, 'status').map((r) => r.status)).toEqual(['off-track', 'no-data', 'met']);
    expect(sortTargetRows(rows, 'change').map((r) => r.change)).toEqual([0.25, 1.5, null]);
  });

  it('lists problems by rule, each a button that reveals the place', () => {
    const tree = view(message, INITIAL_STATE);
    const buttons = elements(tree).filter((n) => n.kind === 'element' && n.action?.kind === 'post');
    const actions = buttons.map((b) => (b.kind === 'element' ? b.action : undefined));
    expect(actions).toContainEqual({ kind: 'post', message: { kind: 'reveal-location', path: 'rules.hewitt', line: 3, character: 2 } });
    expect(actions).toContainEqual({ kind: 'post', message: { kind: 'reveal-declaration', name: 'screening' } });
    expect(textOf(tree)).toContain('1 of 1 rule not met.');
  });

  it('has plain states for no file, a load error, no data and an untrusted folder', () => {
    expect(textOf(view({ kind: 'no-file' }, INITIAL_STATE))).toBe('Open a .hewitt rule file to see its results here.');
    expect(textOf(view({ kind: 'error', file: 'a/b.hewitt', message: 'data/x.csv: file not found' }, INITIAL_STATE))).toContain('The results could not be computed: data/x.csv: file not found');
    const empty: EvalJson = { version: 1, datasets: {}, classifications: {}, measures: {}, targets: {}, metrics: {}, funding: {}, diagnostics: [] };
    expect(textOf(view({ kind: 'result', file: 'b.hewitt', version: 1, result: empty, trusted: true }, INITIAL_STATE))).toContain('No data:');
    expect(textOf(view({ kind: 'result', file: 'b.hewitt', version: 1, result: empty, trusted: false }, INITIAL_STATE))).toContain('This folder is not trusted');
  });
});
