// hewitt/outcome-metrics — Hewitt Review H-20 (and H-08): a new framework for GP contracts that
// measures outcomes, not activity. Reports GP-contract metrics of kind `activity`; notes a GP
// contract whose points, in one file, sit mostly in process and activity metrics.

import type { Fix } from '../diagnostics';
import type { FileModel } from '../semantics/model';
import type { MetricDecl, Span } from '../syntax/ast';
import { commentAboveFix, replaceFix } from './fixes';
import { docsPath, numberOption, type Rule, type RuleContext } from './rule';
import { declarationsOf, numberOf, propertyOf, wordOf } from './syntax';

const NAME = 'outcome-metrics';

/** The contracts of general practice: the QOF and the Primary Care Network DES. */
export const GP_CONTRACTS: readonly string[] = ['gms', 'pms', 'apms', 'pcn_des'];

interface ContractTally {
  readonly first: { readonly path: string; readonly span: Span };
  total: number;
  processOrActivity: number;
}

export const outcomeMetrics: Rule = {
  id: `hewitt/${NAME}`,
  defaultSeverity: 'warning',
  title: 'GP contracts pay for outcomes',
  recommendation: {
    id: 'H-20',
    summary: 'A new framework for GP contracts: the QOF is out of date, inflexible and bureaucratic; measure outcomes, not activity.',
  },
  options: [
    {
      name: 'share',
      type: 'number',
      default: 0.5,
      minimum: 0,
      description: 'Note a GP contract when more than this share (0–1) of its points sits in process and activity metrics.',
    },
  ],
  docs: docsPath(NAME),
  needs: ['file'],
  check(ctx) {
    for (const file of ctx.files) {
      const tallies = new Map<string, ContractTally>();
      for (const metric of declarationsOf(file, 'Metric')) {
        const contract = propertyOf(metric.members, 'contract');
        const contractName = wordOf(contract?.value);
        if (contractName === undefined || contract?.value === undefined || !GP_CONTRACTS.includes(contractName)) continue;
        const kind = wordOf(propertyOf(metric.members, 'kind')?.value);
        if (kind === 'activity') reportActivity(ctx.report.bind(ctx), file, metric, contractName);
        const tally = tallies.get(contractName) ?? { first: { path: file.path, span: contract.value.span }, total: 0, processOrActivity: 0 };
        tallies.set(contractName, tally);
        const points = numberOf(propertyOf(metric.members, 'points')?.value) ?? 0;
        tally.total += points;
        if (kind === 'process' || kind === 'activity') tally.processOrActivity += points;
      }
      reportShares(ctx, tallies);
    }
  },
};

function reportShares(ctx: RuleContext, tallies: ReadonlyMap<string, ContractTally>): void {
  const share = numberOption(ctx.options, 'share', 0.5);
  for (const [contract, tally] of tallies) {
    if (tally.total <= 0 || tally.processOrActivity / tally.total <= share) continue;
    const percent = Math.round((tally.processOrActivity / tally.total) * 100);
    ctx.report(
      tally.first.path,
      tally.first.span,
      `${percent}% of the \`${contract}\` contract's points in this file (${tally.processOrActivity} of ${tally.total}) sit in process and activity metrics; Hewitt recommendation H-20 asks GP contracts to measure outcomes: move points to outcome metrics.`,
      undefined,
      'minor',
    );
  }
}

type Report = (path: string, span: Span, message: string, fixes?: readonly Fix[]) => void;

function reportActivity(report: Report, file: FileModel, metric: MetricDecl, contract: string): void {
  const kind = propertyOf(metric.members, 'kind')?.value;
  if (kind === undefined) return;
  const name = metric.name?.text ?? 'metric';
  report(
    file.path,
    kind.span,
    `Metric \`${name}\` pays the \`${contract}\` GP contract for activity; Hewitt recommendation H-20 asks GP contracts to measure outcomes, not activity: measure the outcome the activity is for, or record why activity is right here.`,
    [
      replaceFix('Change the kind to outcome', kind.span, 'outcome'),
      commentAboveFix(
        'Suppress with a reason',
        file.text,
        metric.span.start,
        `// hewitt-ignore hewitt/${NAME}: <why paying for this activity is right here>`,
      ),
    ],
  );
}
