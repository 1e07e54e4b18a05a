import { describe, expect, it } from 'vitest';
import hostile from '../fixtures/hostile-result.json';
import type { EvalJson } from '../../../client/webview/model';
import { chooseExplore, EMPTY_EXPLORE, explorerView, figureText, receiveExplore, withExplorer } from '../../../client/webview/explorer';
import { textOf, toHtml, type VNode } from '../../../client/webview/vnode';
import { h } from '../../../client/webview/vnode';

const result = hostile as unknown as EvalJson;

function actions(node: VNode): unknown[] {
  return node.kind === 'text' ? [] : [...(node.action ? [node.action] : []), ...node.children.flatMap(actions)];
}

const UNCLASSIFIED = {
  evaluated: true,
  classifications: [
    {
      classification: 'prevention',
      dataset: 'ledger',
      rowsRead: 10,
      unclassifiedRows: 4,
      unclassifiedAmount: '1500.00',
      columns: [{ column: 'programme', byAmount: [{ value: '<b>ACUTE</b>', rows: 3, amount: '1200.00' }, { value: '', rows: 1, amount: '300.00' }], byRows: [{ value: '<b>ACUTE</b>', rows: 3, amount: '1200.00' }], complete: true }],
    },
  ],
};

describe('the explorer views', () => {
  it('lists the largest unclassified values as text, with Rows and Add category buttons', () => {
    const state = receiveExplore(EMPTY_EXPLORE, { kind: 'unclassified', response: UNCLASSIFIED });
    const tree = explorerView(result, state);
    expect(toHtml(tree)).not.toContain('<b>');
    expect(textOf(tree)).toContain('prevention: 4 of 10 rows unclassified, £1,500.00.');
    expect(actions(tree)).toContainEqual({ kind: 'post', message: { kind: 'add-category', classification: 'prevention', column: 'programme', value: '<b>ACUTE</b>' } });
    expect(actions(tree)).toContainEqual({ kind: 'post', message: { kind: 'explain', figure: 'prevention.unclassified[programme = "<b>ACUTE</b>"]' } });
    // An empty value cannot be matched by a category: no button for it.
    expect(actions(tree).filter((a) => JSON.stringify(a).includes('add-category'))).toHaveLength(1);
  });

  it('builds the figure from the chosen measure and group, and shows the rows behind it', () => {
    const measure = Object.keys(result.measures)[0];
    const group = result.measures[measure].rows[0].group;
    let state = chooseExplore(EMPTY_EXPLORE, 'figure', measure);
    const show = (s: typeof state) => actions(explorerView(result, s)).find((a) => JSON.stringify(a).includes('"explain"'));
    expect(show(state)).toEqual({ kind: 'post', message: { kind: 'explain', figure: figureText(measure, group) } });
    state = receiveExplore(state, {
      kind: 'explained',
      figure: 'f',
      response: {
        explanation: {
          figure: 'f',
          kind: 'measure',
          dataset: 'ledger',
          columns: ['programme', 'amount'],
          total: 30,
          rowsRead: 100,
          rows: [{ row: 7, cells: ['IMMS', '12.00'], countsIn: ['sum(amount)'], attributions: [{ classification: 'prevention', outcome: { kind: 'category', category: 'immunisation', weight: 50, condition: 'programme = "IMMS"', alsoMatched: [] } }] }],
        },
      },
    });
    const text = textOf(explorerView(result, state));
    expect(text).toContain('f: 30 rows behind it, of 100 read from ledger; the first 1.');
    expect(text).toContain('prevention: immunisation at 50%, because programme = "IMMS"');
    expect(textOf(explorerView(result, receiveExplore(state, { kind: 'explained', figure: 'g', response: { error: 'no such thing' } })))).toContain('g: no such thing');
  });

  it('quotes group values in a figure', () => {
    expect(figureText('m', { a: 'say "hi"', b: 'x\\y' })).toBe('m[a = "say \\"hi\\"", b = "x\\\\y"]');
    expect(figureText('p.screening', {})).toBe('p.screening');
  });

  it('joins the preview only after a result', () => {
    const main = h('main', {}, []);
    expect(withExplorer(main, undefined, EMPTY_EXPLORE)).toBe(main);
    expect(textOf(withExplorer(main, result, EMPTY_EXPLORE))).toContain('What is unclassified');
  });
});
