import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../server/src/core/edits';
import { exploreUnclassified } from '../../server/src/core/explore/unclassified';
import { categorySkeleton } from '../../server/src/core/explore/skeleton';
import { formatText } from '../../server/src/core/format';
import { memoryHost } from '../../server/src/core/host';
import { analyzeWorkspace } from '../../server/src/core/semantics';
import { memoryDataHost } from '../data/data-support';
import { join } from 'node:path';
import { checkModel } from '../../server/src/core/check';
import { defaultConfig } from '../../server/src/core/config/config';
import { CATALOGUE } from '../../server/src/core/rules/catalogue';
import { nodeHost } from '../../server/src/node/file-host';

const ROOT = join(__dirname, '..', '..');
const SAMPLE = join(ROOT, 'samples', 'prevention.hewitt');
import { LEDGER, ledgerModel, RULES } from './support';

describe('the unclassified explorer', () => {
  it("tallies each text column's values over the unclassified rows, by amount and by rows", async () => {
    const { model, data } = ledgerModel();
    const [view] = await exploreUnclassified(model, ['/r/main.hewitt'], data, { top: 2 });
    const show = (list: readonly { value: string; rows: number; amount: bigint | null }[]) => list.map((t) => `${t.value}:${t.rows}:${t.amount}`);
    expect({ ...view, columns: undefined }).toEqual({
      classification: 'prevention',
      title: 'Prevention',
      path: '/r/main.hewitt',
      dataset: 'ledger',
      rowsRead: 7,
      unclassifiedRows: 4,
      unclassifiedAmount: 185000n,
      columns: undefined,
    });
    expect(view.columns.map((c) => [c.column, show(c.byAmount), show(c.byRows), c.distinct, c.complete])).toEqual([
      ['icb', ['QOP:3:95000', 'QHM:1:90000'], ['QOP:3:95000', 'QHM:1:90000'], 2, true],
      ['programme', ['ACUTE:3:155000', 'MH:1:30000'], ['ACUTE:3:155000', 'MH:1:30000'], 2, true],
      ['cost_centre', ['ACU-ELEC:2:130000', 'MH-1:1:30000'], ['ACU-ELEC:2:130000', 'MH-1:1:30000'], 3, true],
    ]);
  });

  it('lists by rows when the dataset has no money column', async () => {
    const rules = RULES.replace('amount: money', 'amount: number').replace('amount <= £0', 'amount <= 0');
    const { model, data } = ledgerModel(rules);
    const [view] = await exploreUnclassified(model, ['/r/main.hewitt'], data, { top: 1 });
    expect(view.unclassifiedAmount).toBeNull();
    expect(view.columns[1].byAmount).toEqual([{ value: 'ACUTE', rows: 3, amount: null }]);
  });
});

describe('the category skeleton', () => {
  it('fits the sample: the edited file checks clean and the formatter leaves it as it is', () => {
    const model = analyzeWorkspace([SAMPLE], nodeHost(ROOT));
    const outcome = categorySkeleton(model, { classification: 'prevention', column: 'programme', value: 'ACUTE' });
    if (outcome.kind !== 'edit') throw new Error(outcome.message);
    const text = applyEdits(model.files.get(SAMPLE)!.text, [outcome.edit]);
    expect(formatText(text)).toMatchObject({ kind: 'formatted', changed: false });
    const edited = analyzeWorkspace([SAMPLE], nodeHost(ROOT, new Map([[SAMPLE, text]])));
    expect(checkModel(edited, [SAMPLE], { configFor: () => defaultConfig(CATALOGUE), catalogue: CATALOGUE }).flatMap((r) => r.diagnostics.filter((d) => d.severity === 'error'))).toEqual([]);
  });

  it('adds a category after the last one that checks clean, keeps its formatting and takes the rows', async () => {
    const { model } = ledgerModel();
    const outcome = categorySkeleton(model, { classification: 'prevention', column: 'programme', value: 'ACUTE' });
    if (outcome.kind !== 'edit') throw new Error(outcome.message);
    const text = applyEdits(RULES, [outcome.edit]);
    expect(text).toContain(`    weight: 50%
  }

  category acute "ACUTE" {
    level: primary  // primary, secondary or tertiary; or a function: HC.6.1 … HC.6.6
    when programme = "ACUTE"
  }
  exclude when amount <= £0`);
    expect(formatText(RULES)).toMatchObject({ kind: 'formatted', changed: false });
    expect(formatText(text)).toMatchObject({ kind: 'formatted', changed: false });
    const edited = analyzeWorkspace(['/r/main.hewitt'], memoryHost({ '/r/main.hewitt': text }));
    const errors = [...edited.files.values()].flatMap((f) => [...f.parseDiagnostics, ...f.semanticDiagnostics]).filter((d) => d.severity === 'error');
    expect(errors).toEqual([]);
    const [view] = await exploreUnclassified(edited, ['/r/main.hewitt'], memoryDataHost({ '/r/ledger.csv': LEDGER }, 64));
    expect(view.unclassifiedRows).toBe(1);
  });

  it('names the category from the value, uniquely', () => {
    const { model } = ledgerModel();
    const name = (value: string) => {
      const outcome = categorySkeleton(model, { classification: 'prevention', column: 'programme', value });
      return outcome.kind === 'edit' ? outcome.category : outcome.message;
    };
    expect([name('SCR-BOWEL'), name('2024 pilot'), name('screening'), name('when'), name('say "hi"')]).toEqual(['scr_bowel', 'c_2024_pilot', 'screening_2', 'when_category', 'say_hi']);
  });

  it.each([
    [{ classification: 'nope', column: 'programme', value: 'X' }, "there is no classification named 'nope'"],
    [{ classification: 'prevention', column: 'nope', value: 'X' }, "classification 'prevention' has no column 'nope' in its dataset"],
    [{ classification: 'prevention', column: 'amount', value: '1' }, "column 'amount' is not text: write a category on it by hand"],
    [{ classification: 'prevention', column: 'programme', value: '' }, 'an empty cell cannot be matched by a category: write its `when` by hand'],
  ])('refuses %j', (request, message) => {
    expect(categorySkeleton(ledgerModel().model, request)).toEqual({ kind: 'error', message });
  });
});
