// The definitions diff on in-memory workspaces: matched by kind and name, property by property;
// layout, comments, spelling of literals and position are no change; metadata stays metadata;
// readers of a changed declaration are affected, transitively.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffDefinitions } from '../../server/src/core/diff';
import { formatText } from '../../server/src/core/format';
import { memoryHost } from '../../server/src/core/host';
import { analyzeWorkspace } from '../../server/src/core/semantics';

const ROOT = join(__dirname, '..', '..');

function model(files: Record<string, string>) {
  return analyzeWorkspace(Object.keys(files), memoryHost(files));
}

function diff(before: Record<string, string>, after: Record<string, string>) {
  return diffDefinitions(model(before), model(after));
}

const LEDGER = `dataset ledger "Spend" {
  source: "ledger.csv"
  owner: "Finance"
  columns {
    icb: text
    year: fiscal_year
    programme: text
    amount: money
  }
}
`;

const RULES = `import "ledger.hewitt"

/// What counts as prevention.
classification prevention "Prevention" on ledger {
  basis: "SHA 2011"

  category screening "Screening" {
    function: HC.6.3
    when programme starts with "SCR-"
  }

  category checks "Checks" {
    function: HC.6.4
    when programme = "NHSHC" and amount > £1_000
  }
}

measure share "Share" {
  from ledger
  value: sum(amount where prevention) / sum(amount)
  by icb, year
}

target shift "Shift" {
  measure: share
  baseline: 2023/24
  horizon: 2026/27
  change: at least +1pp
  scope: system
}

measure total "Total" {
  from ledger
  value: sum(amount)
  by year
}
`;

const BASE = { 'ledger.hewitt': LEDGER, 'rules.hewitt': RULES };

function sampleFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sampleFiles(path);
    return path.endsWith('.hewitt') ? [path] : [];
  });
}

describe('definitions diff', () => {
  it('a revision against itself is empty', () => {
    expect(diff(BASE, BASE)).toEqual([]);
  });

  it('every sample: reformatting (a messy layout, then hewitt fmt) is no change', () => {
    const files = sampleFiles(join(ROOT, 'samples'));
    expect(files.length).toBeGreaterThan(10);
    let compared = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const messy = text.replace(/^ +/gm, (indent) => ' '.repeat(indent.length * 3)).replace(/\n\n/g, '\n\n\n');
      const formatted = formatText(messy);
      if (formatted.kind !== 'formatted') continue;
      const name = relative(ROOT, file);
      expect(diff({ [name]: text }, { [name]: messy }), name).toEqual([]);
      expect(diff({ [name]: text }, { [name]: formatted.text }), name).toEqual([]);
      compared++;
    }
    expect(compared).toBeGreaterThan(10);
  });

  it('comments, literal spelling and moving a declaration to another file are no change', () => {
    const edited = RULES.replace('£1_000', '£1000').replace('/// What counts as prevention.\n', '// A plain comment.\n/// What counts as prevention.\n');
    expect(diff(BASE, { ...BASE, 'rules.hewitt': edited })).toEqual([]);
    const start = RULES.indexOf('measure total');
    const moved = { 'ledger.hewitt': LEDGER, 'rules.hewitt': RULES.slice(0, start), 'more.hewitt': `import "ledger.hewitt"\n\n${RULES.slice(start)}` };
    expect(diff(BASE, moved)).toEqual([]);
  });

  it('a condition change: changed property by property, and its readers affected transitively', () => {
    const after = { ...BASE, 'rules.hewitt': RULES.replace('programme = "NHSHC"', 'programme in ["NHSHC", "SMOK"]') };
    expect(diff(BASE, after)).toEqual([
      {
        kind: 'classification',
        name: 'prevention',
        change: 'changed',
        properties: [{ path: 'category checks.when', before: 'programme = "NHSHC" and amount > £1_000', after: 'programme in ["NHSHC", "SMOK"] and amount > £1_000' }],
        basePath: 'rules.hewitt',
        headPath: 'rules.hewitt',
      },
      { kind: 'measure', name: 'share', change: 'affected', properties: [], reads: ['prevention'], basePath: 'rules.hewitt', headPath: 'rules.hewitt' },
      { kind: 'target', name: 'shift', change: 'affected', properties: [], reads: ['share'], basePath: 'rules.hewitt', headPath: 'rules.hewitt' },
    ]);
  });

  it('category order and weight are properties; added and removed declarations are reported', () => {
    const swapped = RULES.replace(/ {2}category screening[\s\S]*?\n {2}\}\n\n( {2}category checks[\s\S]*?\n {2}\}\n)/, (_, checks: string) =>
      `${checks.replace('amount > £1_000', 'amount > £1_000\n    weight: 50%')}\n  category screening "Screening" {\n    function: HC.6.3\n    when programme starts with "SCR-"\n  }\n`,
    ).replace(/measure total[\s\S]*$/, 'measure lines "Lines" {\n  from ledger\n  value: count()\n}\n');
    const changes = diff(BASE, { ...BASE, 'rules.hewitt': swapped });
    expect(changes.map((c) => [c.kind, c.name, c.change])).toEqual([
      ['classification', 'prevention', 'changed'],
      ['measure', 'lines', 'added'],
      ['measure', 'share', 'affected'],
      ['measure', 'total', 'removed'],
      ['target', 'shift', 'affected'],
    ]);
    expect(changes[0].properties).toEqual([
      { path: 'category screening.order', before: '1 of 2', after: '2 of 2' },
      { path: 'category checks.order', before: '2 of 2', after: '1 of 2' },
      { path: 'category checks.weight', before: null, after: '50%' },
    ]);
  });

  it('titles, doc comments, owner and basis only: metadata, and nothing downstream is affected', () => {
    const rules = RULES.replace('"Prevention"', '"Prevention spend"').replace('What counts', 'What we count').replace('SHA 2011', 'SHA 2011 HC.6');
    const ledger = LEDGER.replace('"Finance"', '"ICB finance"');
    const changes = diff(BASE, { 'ledger.hewitt': ledger, 'rules.hewitt': rules });
    expect(changes.map((c) => [c.kind, c.name, c.change, c.properties.map((p) => p.path)])).toEqual([
      ['dataset', 'ledger', 'metadata', ['owner']],
      ['classification', 'prevention', 'metadata', ['title', 'doc', 'basis']],
    ]);
  });

  it('a dataset column type change affects what reads the dataset', () => {
    const changes = diff(BASE, { ...BASE, 'ledger.hewitt': LEDGER.replace('programme: text', 'programme: code') });
    expect(changes[0]).toMatchObject({ kind: 'dataset', name: 'ledger', change: 'changed', properties: [{ path: 'columns.programme', before: 'text', after: 'code' }] });
    expect(changes.slice(1).map((c) => `${c.change} ${c.name}`)).toEqual(['affected prevention', 'affected share', 'affected total', 'affected shift']);
  });
});
