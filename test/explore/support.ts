// A small ledger for the explorer tests: a rule file with a classification (an exclusion, a
// weighted category, an overlap) and a measure over it, and its CSV in memory.

import { memoryHost } from '../../server/src/core/host';
import { analyzeWorkspace } from '../../server/src/core/semantics';
import type { SemanticModel } from '../../server/src/core/semantics/model';
import { memoryDataHost, type MemoryDataHost } from '../data/data-support';

export const RULES = `dataset ledger "Ledger" {
  source: "ledger.csv"
  owner: "Finance"
  columns {
    icb: text
    year: fiscal_year
    programme: text
    cost_centre: text
    amount: money
  }
}

classification prevention "Prevention" on ledger {
  basis: "Local"
  category screening "Screening" {
    level: secondary
    when programme starts with "SCR-"
  }
  category weight "Weight management" {
    level: primary
    when cost_centre = "PH-T2W"
    weight: 50%
  }
  exclude when amount <= £0
}

measure share "Prevention share" {
  from ledger
  value: sum(amount where prevention) / sum(amount)
  by icb, year
}

metric screened "Screening lines" {
  contract: local
  kind: process
  from ledger
  numerator: count(where prevention.screening)
  denominator: count()
  thresholds: 40% to 80%
  points: 10
  by icb
}
`;

export const LEDGER = [
  'icb,year,programme,cost_centre,amount',
  'QHM,2023/24,SCR-BOWEL,PH-T2W,100.00',
  'QHM,2023/24,ACUTE,ACU-ELEC,900.00',
  'QHM,2023/24,ACUTE,PH-T2W,50.00',
  'QHM,2023/24,SCR-BREAST,SCR,-20.00',
  'QOP,2023/24,ACUTE,ACU-ELEC,400.00',
  'QOP,2023/24,MH,MH-1,300.00',
  'QOP,2024/25,ACUTE,ACU-NEL,250.00',
  '',
].join('\n');

export function ledgerModel(rules = RULES): { model: SemanticModel; data: MemoryDataHost } {
  const model = analyzeWorkspace(['/r/main.hewitt'], memoryHost({ '/r/main.hewitt': rules }));
  return { model, data: memoryDataHost({ '/r/ledger.csv': LEDGER }, 64) };
}
