import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../server/src/core/edits';
import { classificationAt, namesTestedBy, skeletonOffers } from '../../server/src/core/explore/skeleton-offers';
import { exploreUnclassified } from '../../server/src/core/explore/unclassified';
import { ledgerModel, RULES } from './support';

describe('the offers of a category for an unclassified value', () => {
  it('finds the classification whose header holds the cursor, and only there', () => {
    const { model } = ledgerModel();
    const file = model.files.get('/r/main.hewitt')!.ast;
    const at = (marker: string, shift = 0) => classificationAt(file, RULES.indexOf(marker) + shift);
    expect(at('classification prevention')?.name?.text).toBe('prevention');
    expect(at('prevention "Prevention"', 3)?.name?.text).toBe('prevention');
    expect(at('on ledger {', 10)?.name?.text).toBe('prevention');
    expect(at('category screening')).toBeUndefined();
    expect(at('measure share')).toBeUndefined();
  });

  it('offers the largest unclassified values of every text column, largest first, each with the button\'s edit', async () => {
    const { model, data } = ledgerModel();
    const [view] = await exploreUnclassified(model, ['/r/main.hewitt'], data, { top: 5 });
    const offers = skeletonOffers(model, view, { limit: 4 });
    expect(offers.map((o) => [o.title, o.category, o.tally.amount])).toEqual([
      ['Add a category for programme = "ACUTE"', 'acute', 155000n],
      ['Add a category for cost_centre = "ACU-ELEC"', 'acu_elec', 130000n],
      ['Add a category for icb = "QOP"', 'qop', 95000n],
      ['Add a category for icb = "QHM"', 'qhm', 90000n],
    ]);
    const edited = applyEdits(RULES, [offers[0].edit]);
    expect(edited).toContain(['  category acute "ACUTE" {', '    level: primary  // primary, secondary or tertiary; or a function: HC.6.1 … HC.6.6', '    when programme = "ACUTE"', '  }'].join('\n'));
    expect(offers[0].path).toBe('/r/main.hewitt');
  });

  it('keeps to the columns the classification already tests, when it tests any', async () => {
    const { model, data } = ledgerModel();
    const [view] = await exploreUnclassified(model, ['/r/main.hewitt'], data, { top: 5 });
    const declaration = classificationAt(model.files.get('/r/main.hewitt')!.ast, RULES.indexOf('classification prevention'))!;
    const used = namesTestedBy(declaration);
    expect([...used].sort()).toEqual(['amount', 'cost_centre', 'programme']);
    expect(skeletonOffers(model, view, { columns: used }).map((o) => `${o.column}=${o.tally.value}`)).toEqual(['programme=ACUTE', 'cost_centre=ACU-ELEC', 'programme=MH', 'cost_centre=MH-1', 'cost_centre=ACU-NEL']);
    expect(skeletonOffers(model, view, { columns: new Set(['nothing']), limit: 1 }).map((o) => o.column)).toEqual(['programme']);
  });

  it('leaves out empty cells and offers nothing for a classification with no unclassified rows', async () => {
    const { model, data } = ledgerModel();
    const [view] = await exploreUnclassified(model, ['/r/main.hewitt'], data, { top: 5 });
    const withEmpty = { ...view, columns: [{ ...view.columns[1], byAmount: [{ value: '', rows: 9, amount: 999999n }, ...view.columns[1].byAmount] }] };
    expect(skeletonOffers(model, withEmpty).map((o) => o.tally.value)).toEqual(['ACUTE', 'MH']);
    expect(skeletonOffers(model, { ...view, columns: view.columns.map((c) => ({ ...c, byAmount: [] })) })).toEqual([]);
  });
});
