import { describe, expect, it } from 'vitest';
import type { RuleMeta } from '../../server/src/core/rules/meta';
import { buildChecklist, checklistSummary } from '../../server/src/report/checklist';
import { formatEvalHtml } from '../../server/src/report/html';
import { toEvalJson } from '../../server/src/report/json';
import { HOSTILE, REPORT } from './fixture';

const rule = (name: string, recommendation: string): RuleMeta => ({
  id: `hewitt/${name}`,
  defaultSeverity: 'warning',
  title: name.replace(/-/g, ' '),
  recommendation: { id: recommendation, summary: `summary of ${recommendation}` },
  options: [],
  docs: `docs/rules/${name}.md`,
});
const CATALOGUE = [rule('prevention-shift', 'H-01'), rule('outcome-metrics', 'H-05'), rule('local-priorities', 'H-03'), rule('data-transparency', 'H-09')];
const at = (start: number) => ({ start, end: start + 1 });

const items = buildChecklist({
  catalogue: CATALOGUE,
  severityOf: (id) => (id === 'hewitt/data-transparency' ? 'off' : 'warning'),
  diagnostics: new Map([
    ['b.hewitt', [{ code: 'hewitt/prevention-shift', severity: 'warning' as const, message: 'second', span: at(9) }]],
    ['a.hewitt', [
      { code: 'hewitt/prevention-shift', severity: 'warning' as const, message: 'first', span: at(3) },
      { code: 'unknown-name', severity: 'error' as const, message: 'not a rule', span: at(0) },
    ]],
  ]),
  suppressed: new Map([['a.hewitt', [{ rule: 'hewitt/outcome-metrics', reason: HOSTILE, comment: at(1) }]]]),
});

describe('recommendation checklist', () => {
  it('gives each rule one state: failed, suppressed, passed or off, failures first', () => {
    expect(items.map((item) => [item.rule, item.state])).toEqual([
      ['hewitt/prevention-shift', 'failed'],
      ['hewitt/outcome-metrics', 'suppressed'],
      ['hewitt/local-priorities', 'passed'],
      ['hewitt/data-transparency', 'off'],
    ]);
    expect(checklistSummary(items)).toBe('1 failed, 1 suppressed, 1 passed, 1 off');
  });

  it('lists findings by file and place, and keeps the reason of each suppression', () => {
    expect(items[0].findings.map((f) => `${f.path}@${f.start} ${f.message}`)).toEqual(['a.hewitt@3 first', 'b.hewitt@9 second']);
    expect(items[1].suppressions).toEqual([{ path: 'a.hewitt', start: 1, reason: HOSTILE }]);
  });

  it('appears in the JSON with 0-based positions', () => {
    const json = toEvalJson({ ...REPORT, checklist: items }) as { checklist: { rule: string; state: string; suppressions: unknown[] }[] };
    expect(json.checklist[1]).toMatchObject({ rule: 'hewitt/outcome-metrics', state: 'suppressed', suppressions: [{ path: 'a.hewitt', line: 0, character: 0, reason: HOSTILE }] });
  });

  it('is the first section of the HTML report, with every reason escaped', () => {
    const html = formatEvalHtml({ ...REPORT, checklist: items });
    expect(html).toContain('Recommendation checklist');
    expect(html).toContain('1 failed, 1 suppressed, 1 passed, 1 off');
    expect(html).not.toContain(HOSTILE);
    expect(html.indexOf('Recommendation checklist')).toBeLessThan(html.indexOf('<section id="classifications"'));
  });
});
