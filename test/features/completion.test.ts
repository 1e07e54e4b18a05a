import { describe, expect, it } from 'vitest';
import { completionsAt } from '../../server/src/core/features';
import { rangedFixture } from '../support/ranges';
import { withLedger } from '../support/workspace';

function labels(body: string): string[] {
  const f = rangedFixture(withLedger(body));
  return completionsAt(f.model, f.cursor.path, f.cursor.offset).map((item) => item.label);
}

// Each case: a body for /main.hewitt (which imports the ledger prelude), and labels that must all be offered.
const OFFERS: Record<string, [string, string[]]> = {
  'declaration keywords at top level': ['$0', ['dataset', 'measure', 'target', 'metric', 'funding', 'classification', 'import', 'measure …']],
  'members of a measure': ['measure m {\n  $0\n}', ['from', 'value', 'by']],
  'members of a category': ['classification c on ledger {\n  category x {\n    $0\n  }\n}', ['function', 'level', 'when', 'weight']],
  'levels': ['classification c on ledger {\n  category x {\n    level: $0\n  }\n}', ['primary', 'secondary', 'tertiary']],
  'SHA codes': ['classification c on ledger {\n  category x {\n    function: HC$0\n  }\n}', ['HC.6.1', 'HC.6.6']],
  'scopes': ['target t {\n  scope: $0\n}', ['national', 'system', 'place']],
  'contracts': ['metric q {\n  contract: $0\n}', ['gms', 'pcn_des', 'community']],
  'metric kinds': ['metric q {\n  kind: $0\n}', ['outcome', 'process']],
  'fiscal years': ['target t {\n  baseline: 20$0\n}', ['2023/24', '2028/29']],
  'measures in scope': ['target t {\n  measure: $0\n}', ['prevention_share', 'spend']],
  'datasets after from': ['measure m {\n  from $0\n}', ['ledger', 'qof']],
  'datasets after on': ['classification c on $0', ['ledger', 'qof']],
  'columns in an aggregate': ['measure m {\n  from ledger\n  value: sum($0)\n}', ['amount', 'visits', 'icb']],
  'columns in a when condition': ['classification c on qof {\n  category x {\n    when $0\n  }\n}', ['eligible', 'uptake']],
  'columns after by': ['measure m {\n  from ledger\n  value: sum(amount)\n  by $0\n}', ['icb', 'year']],
  'categories after a classification': ['measure m {\n  from ledger\n  value: sum(amount where prevention.$0)\n}', ['immunisation', 'screening']],
  'members in an unfinished body': ['measure m {\n  $0', ['from', 'value']],
  'classifications after where, unfinished': ['measure m {\n  from ledger\n  value: sum(amount where $0', ['prevention', 'amount']],
  'relative after a change': ['target t {\n  change: at least +1% $0\n}', ['relative']],
  'column types': ['dataset d {\n  columns {\n    x: $0\n  }\n}', ['text', 'money', 'fiscal_year', 'date']],
};

describe('completionsAt offers', () => {
  for (const [name, [body, expected]] of Object.entries(OFFERS)) {
    it(name, () => {
      expect(labels(body)).toEqual(expect.arrayContaining(expected));
    });
  }
});

describe('completionsAt leaves out', () => {
  it('members already given once', () => {
    const offered = labels('measure m {\n  from ledger\n  $0\n}');
    expect(offered).not.toContain('from');
    expect(offered).toContain('value');
  });

  it('columns of another dataset', () => {
    expect(labels('measure m {\n  from ledger\n  value: sum($0)\n}')).not.toContain('eligible');
  });

  it('everything inside comments and texts', () => {
    expect(labels('// mea$0')).toEqual([]);
    expect(labels('dataset d {\n  source: "da$0ta"\n}')).toEqual([]);
  });
});

describe('completion items', () => {
  it('replace the word being typed and carry SHA titles', () => {
    const f = rangedFixture(withLedger('classification c on ledger {\n  category x {\n    function: HC.6$0\n  }\n}'));
    const item = completionsAt(f.model, f.cursor.path, f.cursor.offset).find((i) => i.label === 'HC.6.2');
    expect(item).toMatchObject({ kind: 'code', detail: 'Immunisation programmes' });
  });

  it('snippets for whole declarations', () => {
    const f = rangedFixture(withLedger('tar$0'));
    const item = completionsAt(f.model, f.cursor.path, f.cursor.offset).find((i) => i.label === 'target …');
    expect(item).toMatchObject({ kind: 'snippet', isSnippet: true });
    expect(f.text.slice(item!.replace!.start, item!.replace!.end)).toBe('tar');
  });
});
