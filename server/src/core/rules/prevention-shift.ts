// hewitt/prevention-shift — Hewitt Review H-01: the share of ICS budgets spent on prevention should
// rise by at least 1% (read as one percentage point) over five years. Checks the targets on
// prevention-share measures; notes prevention shares no target tracks. With data, the evaluation
// reports the groups that miss or are projected to miss the target under this same id.

import type { Fix } from '../diagnostics';
import { constantOf } from '../semantics/constants';
import type { FileModel } from '../semantics/model';
import type { ChangeValue, TargetDecl } from '../syntax/ast';
import { replaceFix } from './fixes';
import { isPreventionShare, measureOfTarget } from './prevention-share';
import { docsPath, numberOption, type Rule, type RuleContext } from './rule';
import { count, declarationsOf, exprOf, fiscalYearText, propertyOf, startYearOf } from './syntax';

const NAME = 'prevention-shift';

export const preventionShift: Rule = {
  id: `hewitt/${NAME}`,
  defaultSeverity: 'warning',
  title: 'Prevention share up by at least 1pp in five years',
  recommendation: {
    id: 'H-01',
    summary: 'The share of total NHS budgets at ICS level spent on prevention should rise by at least 1% over the next five years, reported publicly.',
  },
  options: [
    { name: 'minChange', type: 'number', default: 1, minimum: 0, description: 'The smallest rise, in percentage points, a prevention-share target may ask for.' },
    { name: 'maxYears', type: 'integer', default: 5, minimum: 1, description: 'The most years a prevention-share target may take from baseline to horizon.' },
  ],
  docs: docsPath(NAME),
  needs: ['workspace', 'data'],
  check(ctx) {
    for (const file of ctx.files) for (const target of declarationsOf(file, 'Target')) checkTarget(ctx, file, target);
    // The data part (groups that miss the target) is reported by the evaluation, under this id.
  },
  checkWorkspace(ctx) {
    const tracked = new Set(ctx.facts.flatMap((file) => file.targets.flatMap((target) => (target.measure === undefined ? [] : [target.measure]))));
    for (const file of ctx.facts) {
      for (const measure of file.preventionShares) {
        if (tracked.has(measure.key)) continue;
        ctx.report(
          file.path,
          measure.nameSpan,
          `Measure \`${measure.name}\` is a prevention share but no target tracks it; Hewitt recommendation H-01 asks for the share to rise by at least 1pp over five years and be reported publicly: add a target on it.`,
          undefined,
          'minor',
        );
      }
    }
  },
};

function checkTarget(ctx: RuleContext, file: FileModel, target: TargetDecl): void {
  const measure = measureOfTarget(file, target);
  if (measure === undefined || !isPreventionShare(ctx.model, measure)) return;
  const name = target.name?.text ?? 'target';
  const change = propertyOf(target.members, 'change')?.value;
  if (change?.kind === 'Change') checkChange(ctx, file, name, change);
  checkYears(ctx, file, target, name);
}

function checkChange(ctx: RuleContext, file: FileModel, name: string, change: ChangeValue): void {
  if (change.direction === 'at most' || change.amount === undefined) return;
  const minChange = numberOption(ctx.options, 'minChange', 1);
  const constant = constantOf(change.amount);
  if (constant?.value === undefined) return;
  const span = { start: change.amount.span.start, end: change.relative?.end ?? change.amount.span.end };
  const written = file.text.slice(span.start, span.end);
  const wanted = `+${minChange}pp`;
  const fix: Fix = replaceFix(`Set the change to ${wanted}`, span, wanted, true);
  if (constant.type === 'pp' && change.relative === undefined && constant.value < minChange) {
    ctx.report(
      file.path,
      span,
      `Target \`${name}\` asks for ${written}; Hewitt recommendation H-01 asks for at least ${wanted} over five years: raise the change to ${wanted}.`,
      [fix],
    );
  } else if (constant.type === 'percent' && change.relative !== undefined) {
    const example = (5 * (1 + constant.value / 100)).toFixed(2).replace(/0$/, '');
    ctx.report(
      file.path,
      span,
      `Target \`${name}\` asks for ${written}, a change relative to the baseline (a 5.0% share would only need to reach ${example}%); Hewitt recommendation H-01 is read as at least ${wanted} of total spend over five years: write ${wanted}.`,
      [fix],
    );
  }
}

function checkYears(ctx: RuleContext, file: FileModel, target: TargetDecl, name: string): void {
  const maxYears = numberOption(ctx.options, 'maxYears', 5);
  const baseline = startYearOf(exprOf(propertyOf(target.members, 'baseline')?.value));
  const horizonProperty = propertyOf(target.members, 'horizon');
  const horizon = exprOf(horizonProperty?.value);
  const end = startYearOf(horizon);
  if (baseline === undefined || end === undefined || horizon === undefined || end - baseline <= maxYears) return;
  const latest = fiscalYearText(baseline + maxYears);
  ctx.report(
    file.path,
    horizon.span,
    `Target \`${name}\` runs ${count(end - baseline, 'year')} from ${fiscalYearText(baseline)} to ${fiscalYearText(end)}; Hewitt recommendation H-01 asks for the prevention shift within ${count(maxYears, 'year')}: set the horizon to ${latest} or earlier.`,
    [replaceFix(`Set the horizon to ${latest}`, horizon.span, latest, true)],
  );
}
