import { describe, expect, it } from 'vitest';
import { evaluateRows, pounds } from './helpers';

const LEDGER = `
dataset ledger {
  source: "ledger.csv"
  columns {
    icb: text
    year: fiscal_year
    programme: text
    amount: money
    recurrent: bool
    visits: number
    paid_on: date
  }
}
classification prevention on ledger {
  category immunisation {
    level: primary
    when programme = "IMMS"
  }
  category weight_mgmt {
    level: primary
    when programme = "T2W"
    weight: 50%
  }
}
`;

const rows = [
  ['QE1', '2024/25', 'IMMS', pounds(100), true, 3, '2024-05-01'],
  ['QE1', '2024/25', 'T2W', pounds(100), false, 1, '2024-06-01'],
  ['QE1', '2024/25', 'ACUTE', pounds(800), true, null, '2024-04-02'],
  ['QE1', '2023/24', 'IMMS', pounds(50), true, 5, '2023-05-01'],
  ['QE1', '2023/24', 'ACUTE', pounds(950), true, 7, '2023-07-01'],
  ['AB2', '2023/24', 'ACUTE', pounds(0), true, 2, '2023-08-01'],
  ['AB2', '2023/24', 'ACUTE', pounds(-0), true, 2, null],
];

function measures(body: string) {
  return evaluateRows(`${LEDGER}\n${body}`, { ledger: rows }).then((r) => r.measures);
}

describe('measures', () => {
  it('divides two money sums into a percent per group, weights applied, zero denominators as no data', async () => {
    const result = await measures(`measure share {
  from ledger
  value: sum(amount where prevention) / sum(amount)
  by icb, year
}`);
    expect(result.share).toEqual({
      unit: 'percent',
      rows: [
        { group: { icb: 'AB2', year: '2023/24' }, value: null },
        { group: { icb: 'QE1', year: '2023/24' }, value: 5 },
        { group: { icb: 'QE1', year: '2024/25' }, value: 15 },
      ],
    });
  });

  it('limits a sum to one category and keeps money exact', async () => {
    const result = await measures(`
measure imms {
  from ledger
  value: sum(amount where prevention.immunisation)
  by year
}
measure gross {
  from ledger
  value: sum(amount where prevention.weight_mgmt) * 2
}
measure net {
  from ledger
  value: sum(amount where prevention and recurrent = no)
}`);
    expect(result.imms.rows).toEqual([
      { group: { year: '2023/24' }, value: pounds(50) },
      { group: { year: '2024/25' }, value: pounds(100) },
    ]);
    expect(result.imms.unit).toBe('money');
    expect(result.gross.rows).toEqual([{ group: {}, value: pounds(100) }]);
    expect(result.net.rows).toEqual([{ group: {}, value: pounds(50) }]);
  });

  it('counts, averages and takes extremes of member rows, unweighted', async () => {
    const result = await measures(`
measure lines {
  from ledger
  value: count(where prevention)
  by icb
}
measure all_lines {
  from ledger
  value: count()
}
measure mean_visits {
  from ledger
  value: mean(visits)
  by icb
}
measure mean_amount {
  from ledger
  value: mean(amount where programme = "T2W")
}
measure biggest {
  from ledger
  value: max(amount where prevention)
}
measure first_year {
  from ledger
  value: min(year where programme = "IMMS")
}
measure last_paid {
  from ledger
  value: max(paid_on)
}
measure none {
  from ledger
  value: mean(visits where programme = "NONE")
}`);
    expect(result.lines.rows).toEqual([
      { group: { icb: 'AB2' }, value: 0 },
      { group: { icb: 'QE1' }, value: 3 },
    ]);
    expect(result.all_lines.rows).toEqual([{ group: {}, value: 7 }]);
    expect(result.mean_visits.rows).toEqual([
      { group: { icb: 'AB2' }, value: 2 },
      { group: { icb: 'QE1' }, value: 4 },
    ]);
    expect(result.mean_amount.rows).toEqual([{ group: {}, value: pounds(100) }]);
    expect(result.biggest.rows).toEqual([{ group: {}, value: pounds(100) }]);
    expect(result.first_year.rows).toEqual([{ group: {}, value: null, text: '2023/24' }]);
    expect(result.last_paid.rows).toEqual([{ group: {}, value: null, text: '2024-06-01' }]);
    expect(result.none.rows).toEqual([{ group: {}, value: null }]);
  });

  it('evaluates conditions: comparisons, in, starts with, not, dates and empty cells', async () => {
    const result = await measures(`
measure a {
  from ledger
  value: count(where amount > £99.99 and not programme in ["ACUTE"])
}
measure b {
  from ledger
  value: count(where programme not in ["IMMS", "T2W"] or visits >= 7)
}
measure c {
  from ledger
  value: count(where paid_on < "2024-01-01")
}
measure d {
  from ledger
  value: count(where not visits = 1)
}
measure e {
  from ledger
  value: count(where year = 2024/25 and programme starts with "T")
}
measure f {
  from ledger
  value: sum(visits) / count()
  by year
}`);
    expect(result.a.rows[0].value).toBe(2);
    expect(result.b.rows[0].value).toBe(4);
    expect(result.c.rows[0].value).toBe(3);
    // the empty visits cell is unknown, so neither `visits = 1` nor its negation holds
    expect(result.d.rows[0].value).toBe(5);
    expect(result.e.rows[0].value).toBe(1);
    expect(result.f.rows).toEqual([
      { group: { year: '2023/24' }, value: 4 },
      { group: { year: '2024/25' }, value: 4 / 3 },
    ]);
  });
});
