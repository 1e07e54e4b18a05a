import { describe, expect, it } from 'vitest';
import { evaluateRows, pounds } from './helpers';

const LEDGER = `
dataset ledger {
  source: "ledger.csv"
  columns {
    icb: text
    programme: text
    cost_centre: text
    amount: money
    recurrent: bool
  }
}
classification prevention on ledger {
  category immunisation {
    level: primary
    when programme in ["IMMS", "FLU"]
  }
  category screening {
    level: secondary
    when programme starts with "SCR" or cost_centre = "IMMS-SCR"
  }
  category weight_mgmt {
    level: primary
    when cost_centre = "PH-T2W"
    weight: 50%
  }
  exclude when programme = "ACUTE"
}
`;

const rows = [
  ['A', 'IMMS', 'X', pounds(100), true],
  ['A', 'IMMS', 'IMMS-SCR', pounds(40), true], // immunisation first, overlaps screening
  ['A', 'SCR-BOWEL', 'X', pounds(60), true],
  ['B', 'MISC', 'PH-T2W', pounds(33.33), false], // weighted 50%: 16.665 → 16.66 (half to even)
  ['B', 'MISC', 'PH-T2W', pounds(0.01), false],
  ['B', 'ACUTE', 'PH-T2W', pounds(1000), true], // excluded
  ['B', 'OTHER', 'X', pounds(500), true],
  ['B', 'OTHER', 'X', null, true],
];

describe('classification', () => {
  it('attributes each row to its first matching category, with weights, exclusions and overlaps', async () => {
    const result = await evaluateRows(LEDGER, { ledger: rows });
    expect(result.classifications.prevention).toEqual({
      categories: [
        { name: 'immunisation', rows: 2, amount: pounds(140), overlapRows: 0 },
        { name: 'screening', rows: 1, amount: pounds(60), overlapRows: 1 },
        // (3333 + 1) × 50% = 1667 pence exactly
        { name: 'weight_mgmt', rows: 2, amount: 1667n, overlapRows: 0 },
      ],
      excludedRows: 1,
      overlapRows: 1,
      unclassifiedRows: 2,
      unclassifiedAmount: pounds(500),
    });
  });

  it('rounds a weighted amount half to even once, at the end', async () => {
    const result = await evaluateRows(LEDGER, { ledger: [['A', 'M', 'PH-T2W', 1n, true], ['A', 'M', 'PH-T2W', 2n, true]] });
    // 0.5 + 1 = 1.5 pence → 2 (half to even); rounding each row would give 0 + 1 = 1.
    expect(result.classifications.prevention.categories[2].amount).toBe(2n);
    const one = await evaluateRows(LEDGER, { ledger: [['A', 'M', 'PH-T2W', 1n, true]] });
    expect(one.classifications.prevention.categories[2].amount).toBe(0n);
  });

  it('gives null amounts for a dataset without a money column', async () => {
    const result = await evaluateRows(
      `dataset d {
  source: "d.csv"
  columns {
    code: text
  }
}
classification c on d {
  category a {
    level: primary
    when code = "A"
  }
}`,
      { d: [['A'], ['B']] },
    );
    expect(result.classifications.c).toEqual({
      categories: [{ name: 'a', rows: 1, amount: null, overlapRows: 0 }],
      excludedRows: 0,
      overlapRows: 0,
      unclassifiedRows: 1,
      unclassifiedAmount: null,
    });
  });
});
