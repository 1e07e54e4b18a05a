// A shared, valid workspace prelude for semantic fixtures: `/ledger.hewitt` declares datasets, a
// classification and measures; `withLedger(body)` makes a fixture whose `/main.hewitt` imports it.

import { dedentText } from './fixture';

export const LEDGER = `dataset ledger "ICB programme spend" {
  source: "data/ledger.csv"
  owner: "ICB finance team"
  columns {
    icb: text
    year: fiscal_year
    programme: text
    cost_centre: text
    amount: money
    recurrent: bool
    share: percent
    visits: number
    paid_on: date
  }
}

classification prevention "Prevention" on ledger {
  category immunisation {
    function: HC.6.2
    level: primary
    when programme in ["IMMS", "FLU"]
  }
  category screening {
    level: secondary
    when programme starts with "SCR"
  }
}

dataset qof {
  source: "data/qof.csv"
  columns {
    practice: text
    year: fiscal_year
    achieved: number
    eligible: number
    pca: number
    imd_quintile: number
    uptake: percent
  }
}

classification qof_scope on qof {
  category all {
    level: primary
    when eligible > 0
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

measure visits_total {
  from ledger
  value: sum(visits)
  by year
}

measure share_by_icb {
  from ledger
  value: sum(amount where prevention) / sum(amount)
  by icb
}
`;

/** A fixture of two files: the prelude and `/main.hewitt`, which imports it, holding `body`. */
export function withLedger(body: string): string {
  return `//- /ledger.hewitt\n${LEDGER}\n//- /main.hewitt\nimport "ledger.hewitt"\n${dedentText(body)}\n`;
}
