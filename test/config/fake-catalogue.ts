// A small catalogue for configuration tests, independent of the real rules.
import type { RuleMeta } from '../../server/src/core/rules/meta';

export const FAKE_CATALOGUE: readonly RuleMeta[] = [
  {
    id: 'hewitt/national-priorities-limit',
    defaultSeverity: 'warning',
    title: 'Few national priorities',
    recommendation: { id: 'H-1', summary: 'Set no more than ten national priorities.' },
    options: [{ name: 'max', type: 'integer', default: 10, description: 'The most national targets allowed.', minimum: 1 }],
    docs: 'docs/rules/national-priorities-limit.md',
  },
  {
    id: 'hewitt/recurrent-funding',
    defaultSeverity: 'warning',
    title: 'Recurrent funding',
    recommendation: { id: 'H-2', summary: 'Give prevention funding for several years.' },
    options: [{ name: 'below', type: 'money', default: 0n, description: 'Only flag funding below this amount.', minimum: 0 }],
    docs: 'docs/rules/recurrent-funding.md',
  },
  {
    id: 'hewitt/data-transparency',
    defaultSeverity: 'info',
    title: 'Data owners',
    recommendation: { id: 'H-3', summary: 'Publish who owns each dataset.' },
    options: [],
    docs: 'docs/rules/data-transparency.md',
  },
  {
    id: 'hewitt/outcome-metrics',
    defaultSeverity: 'warning',
    title: 'Outcome metrics',
    recommendation: { id: 'H-4', summary: 'Pay for outcomes, not activity.' },
    options: [
      { name: 'share', type: 'number', default: 0.5, description: 'The share of points.', minimum: 0 },
      { name: 'strict', type: 'boolean', default: false, description: 'Also flag process metrics.' },
      { name: 'label', type: 'string', default: 'x', description: 'A label.' },
    ],
    docs: 'docs/rules/outcome-metrics.md',
  },
];
