import { describe, expect, it } from 'vitest';
import type { EvalResult } from '../../server/src/core/eval/result';
import { escapeHtml } from '../../server/src/report/html-escape';
import { formatEvalHtml } from '../../server/src/report/html';
import type { EvalReport } from '../../server/src/report/model';
import { HOSTILE, REPORT, RESULT } from './fixture';

const ESCAPED = '&lt;script&gt;alert(1)&lt;/script&gt;&quot;onmouseover=&#39;x&#39; &amp;amp;';

/** Every text a rule or data file can put in a report, set to a hostile value. */
function hostileReport(): EvalReport {
  const h = HOSTILE;
  const result: EvalResult = {
    version: 1,
    datasets: { [h]: { path: h, rowsRead: 1, rowsRejected: 0 } },
    classifications: { [h]: { categories: [{ name: h, rows: 1, amount: 1n, overlapRows: 0 }], excludedRows: 0, overlapRows: 0, unclassifiedRows: 0, unclassifiedAmount: null } },
    measures: {
      [h]: {
        unit: 'percent',
        rows: [
          { group: { [h]: h, year: '2023/24' }, value: 1 },
          { group: { [h]: h, year: h }, value: 2 },
        ],
      },
    },
    targets: { [h]: { rows: [{ group: { [h]: h }, baseline: 1, horizon: 2, change: 1, projected: false, status: 'met' }] } },
    metrics: { [h]: { rows: [{ group: { [h]: h }, numerator: 1, denominator: 2, achievement: 50, points: 1, payment: 1n }], strata: [{ stratum: h, numerator: 1, denominator: 2, achievement: 50 }], gap: 1 } },
    funding: { [h]: { total: 1n, recurrent: true, years: [h] } },
    diagnostics: new Map([[h, [{ code: h, severity: 'error', message: h, span: { start: 0, end: 1 } }]]]),
  };
  return {
    result,
    file: h,
    sources: new Map([[h, 'x']]),
    details: { titles: { [h]: h }, targets: { [h]: { measure: h, baseline: h, horizon: '2024/25', change: h, requiredChange: 1 } }, metrics: { [h]: { lower: 1, upper: 2 } } },
  };
}

describe('HTML report', () => {
  it('escapes the five HTML specials', () => {
    expect(escapeHtml(HOSTILE)).toBe(ESCAPED);
  });

  it('escapes every text that comes from a rule or data file', () => {
    const html = formatEvalHtml(hostileReport());
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('"onmouseover');
    expect(html).not.toContain("'x'");
    expect(html).not.toMatch(/&amp;(?!amp;|lt;|gt;|quot;|#39;)/);
    expect(html.split(ESCAPED).length).toBeGreaterThan(15);
    const withoutEscaped = html.split(ESCAPED).join('');
    expect(withoutEscaped).not.toContain('alert(1)');
  });

  it('is one self-contained page: no script, no remote resource, a strict CSP', () => {
    const html = formatEvalHtml(REPORT);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en-GB">')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|@import|url\(|https?:\/\/(?!www\.w3\.org\/2000\/svg)/i);
    expect(html).toContain('@media (prefers-color-scheme: dark)');
  });

  it('writes accessible tables', () => {
    const html = formatEvalHtml(REPORT);
    expect(html).toContain(
      '<table><caption class="visually-hidden">prevention_shift</caption><thead><tr><th scope="col">icb</th><th scope="col" class="num">baseline</th><th scope="col" class="num">horizon</th><th scope="col" class="num">change</th><th scope="col">projected</th><th scope="col">status</th></tr></thead><tbody><tr><th scope="row">QE1</th><td class="num">4.12%</td><td class="num">5.31%</td><td class="num">+1.19pp</td><td>no</td><td class="status status-met">met</td></tr>',
    );
    expect(html).toContain('<td class="status status-no-data">no data</td>');
    expect(html).toContain('<caption>dm_hba1c by deprivation stratum</caption>');
    expect(html).toContain('Thresholds: lower 40%, upper 90%, up to 17 points.');
    expect(html).toContain('Gap between the most and least deprived strata: -6.3pp');
  });

  it('lists the problems as a checklist, or says there are none', () => {
    const html = formatEvalHtml(REPORT);
    expect(html).toContain(
      '<li class="error"><span class="severity">error</span><code>rules/prevention.hewitt:1:9</code> The amount in row 7 is not an amount of money. <span class="muted">(data-cell)</span></li>',
    );
    const clean = formatEvalHtml({ ...REPORT, result: { ...RESULT, diagnostics: new Map() } });
    expect(clean).toContain('<li class="clear">No problems found in the rules or the data.</li>');
  });

  it('charts a measure by year with the target as a dashed line', () => {
    const html = formatEvalHtml(REPORT);
    const svg = /<svg class="chart"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
    expect(svg).toContain('<title>Line chart of prevention_share by year for 2 groups, with the target as dashed lines.</title>');
    expect(svg).toContain('<polyline class="line s0"');
    expect(svg).toContain('<line class="target s0"');
    expect(svg).toContain('<title>QE1: prevention_shift asks for 5.12% by 2028/29</title>');
    expect(svg).toContain('>2026/27</text>');
    expect(html.match(/<svg class="chart"/g)).toHaveLength(1);
  });

  it('past ten groups, draws every group in grey with the national line on top, and says so', () => {
    const rows = Array.from({ length: 12 }, (_, i) => [
      { group: { icb: `Q${String(i).padStart(2, '0')}`, year: '2023/24' }, value: i },
      { group: { icb: `Q${String(i).padStart(2, '0')}`, year: '2024/25' }, value: i + 1 },
    ]).flat();
    const national = { unit: 'number' as const, rows: [{ group: { year: '2023/24' }, value: 5 }, { group: { year: '2024/25' }, value: 6 }] };
    const report = {
      ...REPORT,
      result: { ...RESULT, measures: { many: { unit: 'number' as const, rows }, all_of_them: national } },
      details: { ...REPORT.details, titles: { all_of_them: 'England' }, references: { many: 'all_of_them' } },
    };
    const html = formatEvalHtml(report);
    const svg = /<svg class="chart"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
    expect(svg.match(/<polyline class="line context"/g)).toHaveLength(12);
    expect(svg.match(/<polyline class="line reference"/g)).toHaveLength(1);
    expect(svg).toContain('<title>Line chart of many by year for 12 groups in grey, and England as a dark line.</title>');
    expect(html).toContain('<li><span class="swatch context" aria-hidden="true"></span>12 groups</li><li><span class="swatch reference" aria-hidden="true"></span>England</li>');
    expect(html).toContain('Each of the 12 groups is a grey line, to show the spread');
  });

  it('folds long tables so the page stays readable', () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({ group: { icb: `Q${String(i).padStart(2, '0')}` }, value: i }));
    const html = formatEvalHtml({ ...REPORT, result: { ...RESULT, measures: { many: { unit: 'number' as const, rows } } } });
    expect(html).toContain('<details><summary>Table of 30 rows</summary><div class="table-wrap"><table>');
  });
});
