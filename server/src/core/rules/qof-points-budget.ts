// hewitt/qof-points-budget — Hewitt Review H-20: the QOF had 635 points in all in 2024/25. Reports
// the metric at which a contract's points, counted across the workspace, go over `max`.

import { docsPath, numberOption, type Rule } from './rule';

const NAME = 'qof-points-budget';

export const qofPointsBudget: Rule = {
  id: `hewitt/${NAME}`,
  defaultSeverity: 'warning',
  title: 'Contract points within the QOF total',
  recommendation: {
    id: 'H-20',
    summary: 'A new framework for GP contracts: the QOF is out of date, inflexible and bureaucratic; measure outcomes, not activity.',
  },
  options: [{ name: 'max', type: 'number', default: 635, minimum: 0, description: 'The most points the metrics of one contract may total (635 in the 2024/25 QOF).' }],
  docs: docsPath(NAME),
  needs: ['workspace'],
  checkWorkspace(ctx) {
    const max = numberOption(ctx.options, 'max', 635);
    const totals = new Map<string, number>();
    const reported = new Set<string>();
    for (const file of ctx.facts) {
      for (const metric of file.metrics) {
        const { contract, points: value, pointsSpan } = metric;
        if (contract === undefined || value === undefined || pointsSpan === undefined) continue;
        const total = (totals.get(contract) ?? 0) + value;
        totals.set(contract, total);
        if (total <= max || reported.has(contract)) continue;
        reported.add(contract);
        ctx.report(
          file.path,
          pointsSpan,
          `With metric \`${metric.name}\` the \`${contract}\` contract's metrics total ${total} points, more than ${max}; the 2024/25 QOF had 635 points in all and Hewitt recommendation H-20 asks for a simpler GP contract: remove or reweight metrics.`,
        );
      }
    }
  },
};
