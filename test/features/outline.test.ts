import { describe, expect, it } from 'vitest';
import { documentLinks, documentSymbols, foldingRanges, selectionRangesAt, workspaceSymbols } from '../../server/src/core/features';
import { parse } from '../../server/src/core/syntax/parse';
import { rangedFixture } from '../support/ranges';
import { LEDGER, withLedger } from '../support/workspace';

describe('documentSymbols', () => {
  it('outlines declarations with their columns and categories', () => {
    const { file } = parse(LEDGER);
    const outline = documentSymbols(file).map((s) => `${s.kind} ${s.name}: ${s.children.map((c) => c.name).join(' ')}`);
    expect(outline).toEqual([
      'Dataset ledger: icb year programme cost_centre amount recurrent share visits paid_on',
      'Classification prevention: immunisation screening',
      'Dataset qof: practice year achieved eligible pca imd_quintile uptake',
      'Classification qof_scope: all',
      'Measure prevention_share: ',
      'Measure spend: ',
      'Measure visits_total: ',
      'Measure share_by_icb: ',
    ]);
    const [ledger] = documentSymbols(file);
    expect(ledger.detail).toBe('ICB programme spend');
    expect(LEDGER.slice(ledger.selection.start, ledger.selection.end)).toBe('ledger');
  });
});

describe('workspaceSymbols', () => {
  it('matches names by their characters in order, ignoring case', () => {
    const f = rangedFixture(withLedger('measure my_share {\n}'));
    const found = workspaceSymbols(f.model, 'SHR').map((s) => `${s.path} ${s.name}`);
    expect(found).toEqual(['/ledger.hewitt share', '/ledger.hewitt prevention_share', '/ledger.hewitt share_by_icb', '/main.hewitt my_share']);
  });
});

describe('foldingRanges', () => {
  it('folds bodies, blocks, comment runs and import runs', () => {
    const text = 'import "a.hewitt"\nimport "b.hewitt"\n// one\n// two\ndataset d {\n  columns {\n    c: text\n  }\n}\n';
    const ranges = foldingRanges(parse(text).file, text).map((r) => `${r.kind ?? 'region'}:${JSON.stringify(text.slice(r.start, r.end))}`);
    expect(ranges).toEqual([
      'imports:"import \\"a.hewitt\\"\\nimport \\"b.hewitt\\""',
      'comment:"// one\\n// two"',
      'region:"dataset d {\\n  columns {\\n    c: text\\n  }\\n}"',
      'region:"columns {\\n    c: text\\n  }"',
    ]);
  });
});

describe('selectionRangesAt', () => {
  it('grows from the name outwards', () => {
    const f = rangedFixture(withLedger('measure m {\n  from ledger\n  value: sum(am$0ount where prevention) / sum(amount)\n}'));
    const spans = selectionRangesAt(f.model.files.get('/main.hewitt')!.ast, f.cursor.offset).map((s) => f.text.slice(s.start, s.end));
    expect(spans.slice(0, 5)).toEqual([
      'amount',
      'sum(amount where prevention)',
      'sum(amount where prevention) / sum(amount)',
      'value: sum(amount where prevention) / sum(amount)',
      'measure m {\n  from ledger\n  value: sum(amount where prevention) / sum(amount)\n}',
    ]);
    expect(spans[spans.length - 1]).toBe(f.text);
  });
});

describe('documentLinks', () => {
  it('resolves imports and sources against the file', () => {
    const text = 'import "../shared/a.hewitt"\ndataset d {\n  source: "data/d.csv"\n}\n';
    expect(documentLinks(parse(text).file, '/w/rules/main.hewitt').map((l) => `${text.slice(l.span.start, l.span.end)} → ${l.target}`)).toEqual([
      '"../shared/a.hewitt" → /w/shared/a.hewitt',
      '"data/d.csv" → /w/rules/data/d.csv',
    ]);
  });
});
