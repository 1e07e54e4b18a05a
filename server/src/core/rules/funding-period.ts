// What the funding rules read: a funding declaration's period in years, and the fix that extends
// the period to a number of years.

import type { Fix } from '../diagnostics';
import type { FundingDecl, FiscalYearLiteral, Span } from '../syntax/ast';
import { replaceFix } from './fixes';
import { fiscalYearText, propertyOf } from './syntax';

export interface FundingPeriod {
  readonly from: FiscalYearLiteral;
  readonly to: FiscalYearLiteral;
  /** Fiscal years covered, both ends included. */
  readonly years: number;
  readonly span: Span;
}

export function periodOf(funding: FundingDecl): FundingPeriod | undefined {
  const value = propertyOf(funding.members, 'period')?.value;
  if (value?.kind !== 'Range' || value.from?.kind !== 'FiscalYear' || value.to?.kind !== 'FiscalYear') return undefined;
  const years = value.to.startYear - value.from.startYear + 1;
  return years >= 1 ? { from: value.from, to: value.to, years, span: value.span } : undefined;
}

/** Replaces the period's last year so that it covers `years` fiscal years. */
export function extendPeriodFix(period: FundingPeriod, years: number, preferred = false): Fix {
  const last = fiscalYearText(period.from.startYear + years - 1);
  return replaceFix(`Extend the period to ${years} years (${period.from.raw} .. ${last})`, period.to.span, last, preferred);
}
