// The pull-request comment's shape: the marker first, the summary before any detail, sections
// folded, and never more than the budget; what does not fit is cut whole and said so.
import { describe, expect, it } from 'vitest';
import type { DeclarationChange, DiffReport, MeasureDiff } from '../../server/src/core/diff/model';
import { COMMENT_BUDGET, DIFF_MARKER, formatDiffMarkdown } from '../../server/src/report/diff/markdown';

function bigReport(count: number): DiffReport {
  const declarations: DeclarationChange[] = Array.from({ length: count }, (_, i) => ({
    kind: 'measure',
    name: `measure_${String(i).padStart(5, '0')}`,
    change: 'changed',
    properties: [{ path: 'value', before: `sum(amount where programme = "P${i}")`, after: `sum(amount where programme = "Q${i}")` }],
    basePath: 'rules.hewitt',
    headPath: 'rules.hewitt',
  }));
  const measure: MeasureDiff = { presence: 'both', unit: 'money', onlyBase: [], onlyHead: [], groupsChanged: 12, top: Array.from({ length: 12 }, (_, i) => ({ group: { icb: `Q${i}` }, base: 100n, head: 250n, change: 150n })) };
  return {
    version: 1,
    base: { rev: 'main', commit: 'a'.repeat(40), evaluated: true, notes: [] },
    head: { rev: 'work tree', evaluated: true, notes: [] },
    declarations,
    classifications: {},
    measures: { spend: measure },
    targets: {},
    metrics: {},
    checklist: { newlyFailing: [], newlyPassing: [] },
    diagnostics: { new: [], resolved: [] },
    summary: {
      declarations: { added: 0, removed: 0, changed: count, affected: 0, metadata: 0 },
      rowsMoved: 0,
      amountMoved: 0n,
      measuresChanged: 1,
      targetFlips: 0,
      pointsChange: 0,
      paymentChange: 0n,
      checklistNewlyFailing: 0,
      checklistNewlyPassing: 0,
      newDiagnostics: 0,
      resolvedDiagnostics: 0,
    },
  };
}

describe('the diff as a pull-request comment', () => {
  it('a small diff: marker, summary, then folded sections', () => {
    const text = formatDiffMarkdown(bigReport(2));
    expect(text.split('\n')[0]).toBe(DIFF_MARKER);
    expect(text.indexOf('| Definitions | 2 changed |')).toBeLessThan(text.indexOf('<details>'));
    expect(text.match(/<details>/g)).toHaveLength(2);
    expect(text.match(/<\/details>/g)).toHaveLength(2);
    expect(text).toContain('**spend (money): 12 groups changed**');
  });

  it('a diff larger than the budget is cut whole sections at a time, with a line saying how much and where the rest is', () => {
    const text = formatDiffMarkdown(bigReport(3000), { detailsUrl: 'https://ci.example.org/runs/42' });
    expect(text.length).toBeLessThanOrEqual(COMMENT_BUDGET);
    expect(text.split('\n')[0]).toBe(DIFF_MARKER);
    expect(text).toContain('| Definitions | 3,000 changed |');
    expect(text).toMatch(/_[\d,]+ characters were cut to fit a comment \(Definitions \(3,000\), Measures \(1\)\); the full report is at https:\/\/ci\.example\.org\/runs\/42\._\n$/);
    expect(text.match(/<details>/g)?.length ?? 0).toBe(text.match(/<\/details>/g)?.length ?? 0);
  });

  it('a budget that fits the first section but not the second cuts only the second', () => {
    const whole = formatDiffMarkdown(bigReport(5));
    const text = formatDiffMarkdown(bigReport(5), { budget: whole.length - 1 });
    expect(text).toContain('<summary>Definitions (5)</summary>');
    expect(text).not.toContain('<summary>Measures');
    expect(text).toContain('(Measures (1)); run `hewitt diff --format html` for the full report._');
  });
});
