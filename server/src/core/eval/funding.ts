// Funding lines: the amount, every fiscal year of the period and whether the money is recurrent.

import type { SemanticSymbol } from '../semantics/model';
import { property } from './bindings';
import type { FundingResult } from './result';

function yearText(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

export function fundingResult(symbol: SemanticSymbol): FundingResult {
  const members = symbol.declaration.kind === 'Funding' ? symbol.declaration.members : [];
  const amount = property(members, 'amount');
  const period = property(members, 'period');
  const recurrent = property(members, 'recurrent');
  const years: string[] = [];
  if (period?.kind === 'Range' && period.from?.kind === 'FiscalYear' && period.to?.kind === 'FiscalYear') {
    // A period never spans more than a century; the bound guards against a typo such as 2024/25 .. 9024/25.
    for (let y = period.from.startYear; y <= period.to.startYear && years.length < 100; y++) years.push(yearText(y));
  } else if (period?.kind === 'FiscalYear') {
    years.push(yearText(period.startYear));
  }
  return {
    total: amount?.kind === 'Money' ? amount.pence : null,
    recurrent: recurrent?.kind === 'Bool' ? recurrent.value : null,
    years,
  };
}
