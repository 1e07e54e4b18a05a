// hewitt/recurrent-funding — Hewitt Review H-06: end small, in-year, non-recurrent funding pots
// with heavy reporting; recurrent funding should be the norm. Reports funding with `recurrent: no`
// whose period lies within one financial year (optionally only below an amount).

import { docsPath, moneyOption, type Rule } from './rule';
import { extendPeriodFix, periodOf } from './funding-period';
import { replaceFix } from './fixes';
import { declarationsOf, exprOf, propertyOf } from './syntax';

const NAME = 'recurrent-funding';

export const recurrentFunding: Rule = {
  id: `hewitt/${NAME}`,
  defaultSeverity: 'warning',
  title: 'No small in-year funding pots',
  recommendation: { id: 'H-06', summary: 'End small, in-year, non-recurrent funding pots with heavy reporting; make recurrent funding the norm.' },
  options: [
    {
      name: 'below',
      type: 'money',
      default: 0n,
      minimum: 0,
      description: 'Only report pots smaller than this amount (for example "£1m"); 0, the default, reports every in-year non-recurrent pot.',
    },
  ],
  docs: docsPath(NAME),
  needs: ['file'],
  check(ctx) {
    const below = moneyOption(ctx.options, 'below', 0n);
    for (const file of ctx.files) {
      for (const funding of declarationsOf(file, 'Funding')) {
        const recurrent = exprOf(propertyOf(funding.members, 'recurrent')?.value);
        const period = periodOf(funding);
        if (recurrent?.kind !== 'Bool' || recurrent.value || period === undefined || period.years !== 1) continue;
        const amount = exprOf(propertyOf(funding.members, 'amount')?.value);
        if (below > 0n && (amount?.kind !== 'Money' || amount.pence >= below)) continue;
        const name = funding.name?.text ?? 'funding';
        ctx.report(
          file.path,
          recurrent.span,
          `Funding \`${name}\` is a non-recurrent pot within ${period.from.raw} only; Hewitt recommendation H-06 asks for recurrent funding rather than small in-year pots: make it \`recurrent: yes\` or fund it over several years.`,
          [replaceFix('Make the funding recurrent (recurrent: yes)', recurrent.span, 'yes', true), extendPeriodFix(period, 3)],
        );
      }
    }
  },
};
