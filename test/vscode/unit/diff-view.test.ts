// The preview of a comparison, from a real `hewitt diff --format json` document (the
// category-condition golden): every section present, base and head side by side, a button that
// asks for a declaration's text diff, and hostile names shown as text only.
import { describe, expect, it } from 'vitest';
import golden from '../../diff/golden/category-condition.json';
import type { DiffJson } from '../../../client/webview/diff-model';
import { isDiffMessage } from '../../../client/webview/diff-model';
import { diffView } from '../../../client/webview/diff-view';
import { textOf, toHtml, type VElement, type VNode } from '../../../client/webview/vnode';

const diff = golden as unknown as DiffJson;

function elements(node: VNode): VElement[] {
  return node.kind === 'text' ? [] : [node, ...node.children.flatMap(elements)];
}

describe('comparison view', () => {
  it('shows definitions, moved rows, measures with both revisions, target flips, checklist and problems', () => {
    const tree = diffView(diff);
    const text = textOf(tree);
    expect(text).toContain('Compared with main (');
    for (const heading of ['Definitions', 'Classification prevention', 'Measure prevention_share: 4 groups changed', 'Target status changes', 'Recommendation checklist', 'Problems']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('category checks.when: programme = "NHSHC" → programme in ["NHSHC", "SMOK"]');
    expect(text).toContain('(unclassified) → checks');
    const bars = elements(tree).filter((n) => n.tag === 'svg');
    expect(bars.map((n) => n.attrs['aria-label'])).toEqual(['Rows by category in prevention', 'Largest changes in prevention_share']);
    expect(elements(tree).filter((n) => n.tag === 'rect' && n.attrs.class === 'series-0').length).toBeGreaterThan(4);
  });

  it('a changed declaration asks for its text diff; an affected one has no button', () => {
    const buttons = elements(diffView(diff)).filter((n) => n.tag === 'button');
    expect(buttons.map((b) => [textOf(b), b.action])).toEqual([
      ['classification prevention', { kind: 'post', message: { kind: 'open-declaration-diff', declarationKind: 'classification', name: 'prevention' } }],
    ]);
  });

  it('names from rule files stay text', () => {
    const hostile: DiffJson = { ...diff, declarations: [{ ...diff.declarations[0], name: '<img src=x onerror=alert(1)>' }] };
    const html = toHtml(diffView(hostile));
    expect(html).not.toMatch(/<img/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('recognises the message that carries a comparison', () => {
    expect(isDiffMessage({ kind: 'diff', diff })).toBe(true);
    expect(isDiffMessage({ kind: 'result' })).toBe(false);
    expect(isDiffMessage(null)).toBe(false);
  });
});
