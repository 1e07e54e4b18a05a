// The semantic model: symbols, references, scopes, units and lookups across two files.
import { describe, expect, it } from 'vitest';
import { datasetOf, lookupName, referencesTo, symbolAt, typeOfExpr, unitOf } from '../../server/src/core/semantics';
import { analyzeFixture } from '../support/fixture';

const SOURCE = `
  //- /data.hewitt
  dataset ledger {
    source: "ledger.csv"
    columns {
      year: fiscal_year
      amount: money
      programme: text
    }
  }
  classification prevention on ledger {
    category screening {
      level: secondary
      when programme starts with "SCR"
    }
  }
  //- /main.hewitt
  import "data.hewitt"
  measure share {
    from ledger
    value: sum(amount where prevention.screening) / sum(amount)
    by year
  }
  target up {
    measure: share
    baseline: 2023/24
    horizon: 2025/26
    change: at least +1pp
    scope: system
  }
`;

describe('the semantic model', () => {
  const { fixture, model } = analyzeFixture(SOURCE);
  const data = fixture.files.get('/data.hewitt')!;
  const main = fixture.files.get('/main.hewitt')!;

  it('holds both files with their symbols, members and scopes', () => {
    expect([...model.files.keys()].sort()).toEqual(['/data.hewitt', '/main.hewitt']);
    const dataFile = model.files.get('/data.hewitt')!;
    expect([...dataFile.symbols.keys()]).toEqual(['ledger', 'prevention']);
    expect(dataFile.declared.map((s) => `${s.kind} ${s.parent ? s.parent.name + '.' : ''}${s.name}`)).toEqual([
      'dataset ledger',
      'column ledger.year',
      'column ledger.amount',
      'column ledger.programme',
      'classification prevention',
      'category prevention.screening',
    ]);
    const ledger = dataFile.symbols.get('ledger')!;
    expect(ledger.members.get('amount')?.columnType).toBe('money');
    const mainFile = model.files.get('/main.hewitt')!;
    expect([...mainFile.scope.keys()].sort()).toEqual(['ledger', 'prevention', 'share', 'up']);
    expect(mainFile.imports).toMatchObject([{ target: '/data.hewitt', found: true }]);
    expect(mainFile.unresolved).toEqual([]);
    expect([...mainFile.parseDiagnostics, ...mainFile.semanticDiagnostics]).toEqual([]);
  });

  it('resolves references across files and finds them from either side', () => {
    const ledger = lookupName(model, '/main.hewitt', 'ledger')!;
    expect(ledger.path).toBe('/data.hewitt');
    expect(referencesTo(model, ledger).map((r) => [r.path, r.name.span.start])).toEqual([
      ['/data.hewitt', data.indexOf('on ledger') + 3],
      ['/main.hewitt', main.indexOf('from ledger') + 5],
    ]);
    const amount = ledger.members.get('amount')!;
    expect(referencesTo(model, amount)).toHaveLength(2);
    const screening = lookupName(model, '/main.hewitt', 'prevention')!.members.get('screening')!;
    expect(referencesTo(model, screening).map((r) => r.name.text)).toEqual(['screening']);
  });

  it('answers symbolAt on declarations and references', () => {
    const atUse = symbolAt(model, '/main.hewitt', main.indexOf('screening') + 2)!;
    expect(atUse).toMatchObject({ isDeclaration: false, symbol: { kind: 'category', name: 'screening', path: '/data.hewitt' } });
    const atDeclaration = symbolAt(model, '/data.hewitt', data.indexOf('screening'))!;
    expect(atDeclaration.isDeclaration).toBe(true);
    expect(atDeclaration.symbol).toBe(atUse.symbol);
    expect(symbolAt(model, '/main.hewitt', main.indexOf('measure: share') + 9)?.symbol.kind).toBe('measure');
    expect(symbolAt(model, '/main.hewitt', main.indexOf('{'))).toBeUndefined();
    expect(symbolAt(model, '/nowhere.hewitt', 0)).toBeUndefined();
  });

  it('knows the dataset read, the unit of a measure and the type of expressions', () => {
    const share = lookupName(model, '/main.hewitt', 'share')!;
    const ledger = lookupName(model, '/main.hewitt', 'ledger')!;
    expect(datasetOf(model, share)).toBe(ledger);
    expect(datasetOf(model, lookupName(model, '/main.hewitt', 'prevention')!)).toBe(ledger);
    expect(unitOf(model, share)).toBe('percent');
    const declaration = share.declaration;
    if (declaration.kind !== 'Measure') throw new Error('expected a measure');
    const value = declaration.members.find((m) => m.kind === 'Property' && m.key === 'value');
    if (value?.kind !== 'Property' || value.value === undefined || value.value.kind !== 'Binary') throw new Error('expected a division');
    expect(typeOfExpr(model, value.value)).toBe('percent');
    expect(typeOfExpr(model, value.value.left!)).toBe('money');
  });
});
