// hewitt/multi-year-horizon — Hewitt Review H-07: multi-year funding horizons. Reports a funding
// period shorter than `minYears` fiscal years (default 3).

import { docsPath, numberOption, type Rule } from './rule';
import { extendPeriodFix, periodOf } from './funding-period';
import { count, declarationsOf } from './syntax';

const NAME = 'multi-year-horizon';

export const multiYearHorizon: Rule = {
  id: `hewitt/${NAME}`,
  defaultSeverity: 'info',
  title: 'Multi-year funding horizons',
  recommendation: { id: 'H-07', summary: 'Give systems multi-year funding horizons.' },
  options: [{ name: 'minYears', type: 'integer', default: 3, minimum: 1, description: 'The fewest fiscal years a funding period should cover.' }],
  docs: docsPath(NAME),
  needs: ['file'],
  check(ctx) {
    const minYears = numberOption(ctx.options, 'minYears', 3);
    for (const file of ctx.files) {
      for (const funding of declarationsOf(file, 'Funding')) {
        const period = periodOf(funding);
        if (period === undefined || period.years >= minYears) continue;
        const name = funding.name?.text ?? 'funding';
        ctx.report(
          file.path,
          period.span,
          `Funding \`${name}\` covers ${count(period.years, 'year')}; Hewitt recommendation H-07 asks for multi-year funding horizons: extend the period to at least ${count(minYears, 'year')}.`,
          [extendPeriodFix(period, minYears, true)],
        );
      }
    }
  },
};
