// hewitt/stratify-inequalities — the statutory aim of integrated care systems to tackle
// inequalities (and NHS England's Core20PLUS5: the most deprived 20% by IMD). Reports an outcome
// metric with no `stratify by`, so its gap between the most and least deprived is never shown.

import type { Fix } from '../diagnostics';
import { insertMemberFix } from './fixes';
import { docsPath, stringOption, type Rule } from './rule';
import { declarationsOf, wordOf, propertyOf } from './syntax';

const NAME = 'stratify-inequalities';

export const stratifyInequalities: Rule = {
  id: `hewitt/${NAME}`,
  defaultSeverity: 'info',
  title: 'Outcomes stratified by deprivation',
  recommendation: {
    id: 'aim',
    summary: 'Reduce health inequalities: the statutory aim of integrated care systems (Core20PLUS5: the most deprived 20% by IMD).',
  },
  options: [{ name: 'column', type: 'string', default: 'imd_quintile', description: 'The deprivation column the quick fix stratifies by, when the dataset has it.' }],
  docs: docsPath(NAME),
  needs: ['file'],
  check(ctx) {
    const column = stringOption(ctx.options, 'column', 'imd_quintile');
    for (const file of ctx.files) {
      for (const metric of declarationsOf(file, 'Metric')) {
        if (metric.name === undefined || wordOf(propertyOf(metric.members, 'kind')?.value) !== 'outcome') continue;
        if (metric.members.some((m) => m.kind === 'Stratify')) continue;
        const symbol = file.symbols.get(metric.name.text);
        const dataset = symbol === undefined ? undefined : ctx.model.datasets.get(symbol);
        const fixes: Fix[] =
          dataset?.members.has(column) && metric.bodySpan !== undefined
            ? [insertMemberFix(`Stratify by ${column}`, file.text, metric.span.start, metric.bodySpan, `stratify by ${column}`, 'last', true)]
            : [];
        ctx.report(
          file.path,
          metric.name.span,
          `Outcome metric \`${metric.name.text}\` is not stratified by deprivation; the inequalities aim of integrated care systems needs the gap between the most and least deprived shown: add \`stratify by ${column}\` (or another deprivation column).`,
          fixes,
        );
      }
    }
  },
};
