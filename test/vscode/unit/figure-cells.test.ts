// The figures of the preview's result tables that show the rows behind them: which cells are
// buttons, the figure each carries (as `hewitt eval --explain` reads it), and what activating one
// does to the explorer (the request posted, the picker's choice, the pending line, the answer).
import { describe, expect, it } from 'vitest';
import { EMPTY_EXPLORE, explorerView, receiveExplore, ROWS_SECTION_ID, showRows } from '../../../client/webview/explorer';
import type { EvalJson, ToWebview } from '../../../client/webview/model';
import { view } from '../../../client/webview/view';
import { textOf, type UiAction, type VElement, type VNode } from '../../../client/webview/vnode';

const result: EvalJson = {
  version: 1,
  datasets: {},
  classifications: {
    prevention: {
      categories: [{ name: 'screening', rows: 12, amount: '1200.00', overlapRows: 0 }],
      excludedRows: 3,
      overlapRows: 0,
      unclassifiedRows: 5,
      unclassifiedAmount: '500.00',
    },
  },
  measures: {
    share: {
      unit: 'percent',
      rows: [
        { group: { icb: 'QE1', year: '2023/24' }, value: 4.1 },
        { group: { icb: 'QE1', year: '2024/25' }, value: 4.2 },
        { group: { icb: 'North "East"', year: '2024/25' }, value: 5 },
      ],
    },
    // Grouped year first: the figure keeps the result's order.
    spend: { unit: 'money', rows: [{ group: { year: '2023/24', region: 'North' }, value: '10.00' }] },
    total: { unit: 'money', rows: [{ group: {}, value: '99.00' }] },
  },
  targets: {},
  metrics: {
    bp: {
      rows: [{ group: { practice: 'P1' }, numerator: 8, denominator: 10, achievement: 80, points: 10, payment: '100.00' }],
      strata: [],
      gap: null,
    },
  },
  funding: {},
  diagnostics: [],
};

function render(ui: Record<string, string> = {}): VElement {
  const message: ToWebview = { kind: 'result', file: '/work/rules.hewitt', version: 1, result, trusted: true };
  return view(message, { filters: {}, sorts: {}, ui });
}

function all(node: VNode, test: (element: VElement) => boolean): VElement[] {
  if (node.kind === 'text') return [];
  return [...(test(node) ? [node] : []), ...node.children.flatMap((child) => all(child, test))];
}

const figures = (node: VNode): VElement[] => all(node, (e) => e.tag === 'button' && e.attrs.class === 'figure');
const figureOf = (button: VElement): string => button.attrs['data-figure'] ?? '';
const section = (tree: VElement, label: string): VElement => all(tree, (e) => e.tag === 'section' && e.attrs['aria-label'] === label)[0]!;

describe('the figures of the result tables', () => {
  it('makes each value of a wide measure table a button for its group and year', () => {
    const buttons = figures(section(render(), 'Measure share'));
    expect(buttons.map((b) => [textOf(b), figureOf(b)])).toEqual([
      ['4.1%', 'share[icb = "QE1", year = "2023/24"]'],
      ['4.2%', 'share[icb = "QE1", year = "2024/25"]'],
      // No cell for 2023/24: nothing to show, no button.
      ['5.0%', 'share[icb = "North \\"East\\"", year = "2024/25"]'],
    ]);
    for (const button of buttons) {
      expect(button.attrs.type).toBe('button');
      expect(button.attrs.title).toBe(`Show the rows behind ${figureOf(button)}`);
    }
    expect(buttons[0]?.action).toEqual({ kind: 'show-rows', choice: 'share', group: { icb: 'QE1', year: '2023/24' } });
  });

  it('keeps the buttons in the long form and writes the group in the result\'s order', () => {
    expect(figures(section(render({ 'layout:share': 'long' }), 'Measure share')).map(figureOf)).toEqual([
      'share[icb = "QE1", year = "2023/24"]',
      'share[icb = "QE1", year = "2024/25"]',
      'share[icb = "North \\"East\\"", year = "2024/25"]',
    ]);
    expect(figures(section(render(), 'Measure spend')).map(figureOf)).toEqual(['spend[year = "2023/24", region = "North"]']);
    expect(figures(section(render(), 'Measure total')).map((b) => [textOf(b), figureOf(b)])).toEqual([['£99.00', 'total']]);
  });

  it('names a category, the unclassified and the excluded rows of a classification', () => {
    expect(figures(section(render(), 'Classification prevention')).map((b) => [textOf(b), figureOf(b)])).toEqual([
      ['12', 'prevention.screening'],
      ['£1,200.00', 'prevention.screening'],
      ['5', 'prevention.unclassified'],
      ['£500.00', 'prevention.unclassified'],
      ['3 rows excluded', 'prevention.excluded'],
    ]);
  });

  it('names a metric\'s group from its numerator, denominator and achievement', () => {
    expect(figures(section(render(), 'Metric bp')).map((b) => [textOf(b), figureOf(b)])).toEqual([
      ['8', 'bp[practice = "P1"]'],
      ['10', 'bp[practice = "P1"]'],
      ['80.0%', 'bp[practice = "P1"]'],
    ]);
  });

  it('names the measure behind a target\'s baseline and measured horizon, not a projection', () => {
    const withTarget: EvalJson = {
      ...result,
      targets: {
        up: {
          rows: [
            { group: { icb: 'QE1' }, baseline: 4.1, horizon: 4.2, change: 0.1, projected: false, status: 'missed' },
            { group: { icb: 'North "East"' }, baseline: null, horizon: 5, change: null, projected: true, status: 'no-data' },
          ],
        },
      },
    };
    const message: ToWebview = {
      kind: 'result',
      file: '/work/rules.hewitt',
      version: 1,
      result: withTarget,
      trusted: true,
      details: { targets: { up: { measure: 'share', baseline: '2023/24', horizon: '2024/25', change: 'at least +1pp' } } },
    };
    const tree = view(message, { filters: {}, sorts: {} });
    expect(figures(section(tree, 'Target up')).map((b) => [textOf(b), figureOf(b)])).toEqual([
      ['4.1%', 'share[icb = "QE1", year = "2023/24"]'],
      ['4.2%', 'share[icb = "QE1", year = "2024/25"]'],
    ]);
    // Without the target's details, no figure is known.
    expect(figures(section(view({ ...message, details: {} }, { filters: {}, sorts: {} }), 'Target up'))).toEqual([]);
  });

  it('leaves the figures that cannot be explained as plain text', () => {
    const tree = render();
    const explained = new Set(figures(tree).map((b) => figureOf(b).replace(/[.[].*$/, '')));
    expect([...explained].sort()).toEqual(['bp', 'prevention', 'share', 'spend', 'total']);
    // Points and payment come from the achievement; their cells are not buttons.
    expect(figures(section(tree, 'Metric bp')).map((b) => textOf(b))).not.toContain('£100.00');
  });
});

describe('activating a figure', () => {
  const activate = (action: UiAction | undefined) => {
    if (action?.kind !== 'show-rows') throw new Error(`not a figure: ${JSON.stringify(action)}`);
    return showRows(EMPTY_EXPLORE, action.choice, action.group);
  };

  it('posts the same request as the picker, and the picker shows the figure', () => {
    const button = figures(section(render(), 'Measure share'))[1]!;
    const shown = activate(button.action);
    expect(shown.message).toEqual({ kind: 'explain', figure: 'share[icb = "QE1", year = "2024/25"]' });
    const explorer = explorerView(result, shown.state);
    const selected = all(explorer, (e) => e.tag === 'option' && 'selected' in e.attrs).map((o) => o.attrs.value);
    expect(selected).toEqual(['share', 'QE1, 2024/25']);
    const show = all(explorer, (e) => e.attrs.id === 'explore-show-rows')[0];
    expect(show?.action).toEqual({ kind: 'post', message: shown.message });
    expect(all(explorer, (e) => e.attrs.id === ROWS_SECTION_ID)[0]?.attrs.tabindex).toBe('-1');
  });

  it('says it is reading the rows until they arrive, then shows them', () => {
    const shown = activate(figures(section(render(), 'Classification prevention'))[0]!.action);
    expect(shown.message.figure).toBe('prevention.screening');
    expect(textOf(explorerView(result, shown.state))).toContain('Reading the rows behind prevention.screening…');
    // An answer for an earlier request does not end the wait.
    const early = receiveExplore(shown.state, { kind: 'explained', figure: 'share', response: { error: 'old' } });
    expect(textOf(explorerView(result, early))).toContain('Reading the rows behind prevention.screening…');
    const answered = receiveExplore(early, {
      kind: 'explained',
      figure: 'prevention.screening',
      response: { explanation: { figure: 'prevention.screening', kind: 'classification', dataset: 'ledger', columns: ['programme'], total: 1, rowsRead: 9, rows: [{ row: 4, cells: ['SCR-BOWEL'], countsIn: [], attributions: [] }] } },
    });
    const text = textOf(explorerView(result, answered));
    expect(text).not.toContain('Reading the rows');
    expect(text).toContain('prevention.screening: 1 row behind it, of 9 read from ledger.');
  });
});
