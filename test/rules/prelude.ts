// A clean workspace prelude for rule tests: `/base.hewitt` fires no rule of the catalogue.
// `withBase(body)` makes a fixture whose `/main.hewitt` imports it.

import { dedentText } from '../support/fixture';

export const BASE = `dataset ledger "ICB programme spend" {
  source: "data/ledger.csv"
  owner: "ICB finance team"
  columns {
    icb: text
    year: fiscal_year
    programme: text
    amount: money
  }
}

dataset qof {
  source: "data/qof.csv"
  owner: "Primary care team"
  columns {
    practice: text
    year: fiscal_year
    achieved: number
    eligible: number
    imd_quintile: number
  }
}

dataset visits {
  source: "data/visits.csv"
  owner: "Primary care team"
  columns {
    practice: text
    achieved: number
    eligible: number
  }
}

classification prevention "Prevention" on ledger {
  basis: "SHA 2011 HC.6"
  category immunisation {
    function: HC.6.2
    when programme = "IMMS"
  }
  category screening {
    level: secondary
    when programme starts with "SCR"
  }
}

measure prevention_share {
  from ledger
  value: sum(amount where prevention) / sum(amount)
  by icb, year
}

measure spend {
  from ledger
  value: sum(amount)
  by icb, year
}

target shift {
  measure: prevention_share
  baseline: 2023/24
  horizon: 2028/29
  change: at least +1pp
  scope: system
}
`;

export function withBase(body: string): string {
  return `//- /base.hewitt\n${BASE}\n//- /main.hewitt\nimport "base.hewitt"\n${dedentText(body)}\n`;
}
