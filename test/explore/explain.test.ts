import { describe, expect, it } from 'vitest';
import { explainFigure, type ExplainOutcome } from '../../server/src/core/explore/explain';
import { parseFigureRef } from '../../server/src/core/explore/figure-ref';
import { ledgerModel } from './support';

async function explain(figure: string, limit?: number): Promise<ExplainOutcome> {
  const { model, data } = ledgerModel();
  const parsed = parseFigureRef(figure);
  if (parsed.kind === 'error') throw new Error(parsed.message);
  return explainFigure(model, ['/r/main.hewitt'], data, { figure: parsed.ref, ...(limit === undefined ? {} : { limit }) });
}

function summary(outcome: ExplainOutcome): unknown {
  if (outcome.kind === 'error') return outcome.message;
  const { explanation } = outcome;
  return {
    figure: explanation.figure,
    total: explanation.total,
    rows: explanation.rows.map((r) => [r.row, r.cells.join(','), r.countsIn.join(' | '), ...r.attributions.map((a) => JSON.stringify(a.outcome))]),
  };
}

describe('the rows behind a figure', () => {
  it("lists a measure group's rows with the category, weight and condition of each, or the exclusion", async () => {
    expect(summary(await explain('share[icb = QHM, year = 2023/24]'))).toMatchInlineSnapshot(`
      {
        "figure": "share[icb = QHM, year = 2023/24]",
        "rows": [
          [
            1,
            "QHM,2023/24,SCR-BOWEL,PH-T2W,100.00",
            "sum(amount where prevention) | sum(amount)",
            "{"kind":"category","category":"screening","weight":100,"condition":"programme starts with \\"SCR-\\"","alsoMatched":["weight"]}",
          ],
          [
            2,
            "QHM,2023/24,ACUTE,ACU-ELEC,900.00",
            "sum(amount)",
            "{"kind":"unclassified"}",
          ],
          [
            3,
            "QHM,2023/24,ACUTE,PH-T2W,50.00",
            "sum(amount where prevention) | sum(amount)",
            "{"kind":"category","category":"weight","weight":50,"condition":"cost_centre = \\"PH-T2W\\"","alsoMatched":[]}",
          ],
          [
            4,
            "QHM,2023/24,SCR-BREAST,SCR,-20.00",
            "sum(amount)",
            "{"kind":"excluded","condition":"amount <= £0"}",
          ],
        ],
        "total": 4,
      }
    `);
  });

  it("lists a category's rows, the unclassified rows and the excluded rows, with a filter", async () => {
    expect(summary(await explain('prevention.screening'))).toMatchObject({ total: 1 });
    expect(summary(await explain('prevention.unclassified[icb = QOP]'))).toMatchObject({ total: 3 });
    expect(summary(await explain('prevention.excluded'))).toMatchObject({ total: 1 });
    expect(summary(await explain('prevention'))).toMatchObject({ total: 7 });
  });

  it("lists a metric group's rows and the aggregates each counts in, up to the limit", async () => {
    const outcome = await explain('screened[icb = QHM]', 2);
    expect(summary(outcome)).toMatchObject({
      total: 4,
      rows: [
        [1, 'QHM,2023/24,SCR-BOWEL,PH-T2W,100.00', 'count(where prevention.screening) | count()', expect.stringContaining('screening')],
        [2, 'QHM,2023/24,ACUTE,ACU-ELEC,900.00', 'count()', '{"kind":"unclassified"}'],
      ],
    });
  });

  it('finds no rows for a group that does not exist', async () => {
    expect(summary(await explain('share[icb = XXX]'))).toMatchObject({ total: 0, rows: [] });
  });

  it('answers a bad request with a message, never a throw', async () => {
    expect(summary(await explain('nothing'))).toBe("there is no measure, metric or classification named 'nothing' (there are: share, screened, prevention)");
    expect(summary(await explain('share[region = X]'))).toBe("dataset 'ledger' has no column 'region' (its columns are: icb, year, programme, cost_centre, amount)");
    expect(summary(await explain('prevention.nope'))).toBe("classification 'prevention' has no category 'nope' (it has: screening, weight, unclassified, excluded)");
    expect(summary(await explain('share.x'))).toMatch(/only a classification's categories are named with a dot/);
  });
});

describe('figure references', () => {
  it.each([
    ['share', { name: 'share', key: [] }],
    ['share[icb = QHM, year = 2023/24]', { name: 'share', key: [{ column: 'icb', value: 'QHM' }, { column: 'year', value: '2023/24' }] }],
    ['p.screening[region = "North East, Yorkshire"]', { name: 'p', part: 'screening', key: [{ column: 'region', value: 'North East, Yorkshire' }] }],
    ['m[a = "say \\"hi\\""]', { name: 'm', key: [{ column: 'a', value: 'say "hi"' }] }],
    ['m[a = ]', { name: 'm', key: [{ column: 'a', value: '' }] }],
  ])('reads %s', (text, ref) => {
    expect(parseFigureRef(text)).toEqual({ kind: 'ok', ref });
  });

  it.each(['', '1x', 'm[a]', 'm[a = "open]', 'm[a = 1, a = 2]', 'm.', 'm junk'])('refuses %j with a message', (text) => {
    const parsed = parseFigureRef(text);
    expect(parsed.kind).toBe('error');
    if (parsed.kind === 'error') expect(parsed.message).toMatch(/write NAME or NAME\[column = value/);
  });
});
