import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../server/src/core/host';
import { analyzeWorkspace } from '../../server/src/core/semantics';
import { reportDetails } from '../../server/src/report/details';

function detailsOf(files: Record<string, string>) {
  return reportDetails(analyzeWorkspace(Object.keys(files).slice(0, 1), memoryHost(files)));
}

describe('report details from the rule files', () => {
  it('reads titles, what targets ask and metric thresholds from the samples', () => {
    const read = (name: string) => readFileSync(`samples/${name}`, 'utf8');
    const details = detailsOf({
      'prevention.hewitt': read('prevention.hewitt'),
      'datasets.hewitt': read('datasets.hewitt'),
    });
    expect(details.titles?.prevention_share).toBe('Share of ICB spend on prevention');
    expect(details.targets?.prevention_shift).toEqual({ measure: 'prevention_share', baseline: '2023/24', horizon: '2028/29', change: 'at least +1pp', requiredChange: 1 });
    expect(details.targets?.fewer_short_term_pots?.requiredChange).toBe(-25000000);
    expect(details.references).toEqual({ prevention_share: 'national_prevention_share' });
    expect(details.targets?.stop_smoking_growth).toEqual({ measure: 'stop_smoking_spend', baseline: '2023/24', horizon: '2026/27', change: 'at least +10% relative' });
  });

  it('reads metric thresholds and points', () => {
    const details = detailsOf({
      'm.hewitt': 'metric m "M" {\n  thresholds: 40% to 80%\n  points: 17\n}\n',
    });
    expect(details.metrics?.m).toEqual({ lower: 40, upper: 80, points: 17 });
  });

  it('finds the measure of the same value by year alone: the national line of a chart', () => {
    const measure = (name: string, by: string, value = 'sum(a)') => `measure ${name} {\n  from d\n  value:  ${value}\n  by ${by}\n}\n`;
    const details = detailsOf({
      'm.hewitt': [measure('share', 'icb, year'), measure('other', 'year', 'sum(b)'), measure('national', 'year', 'sum(a) '), measure('regional', 'region, year'), measure('alone', 'year')].join(''),
    });
    expect(details.references).toEqual({ share: 'national', regional: 'national' });
  });
});
