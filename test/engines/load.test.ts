// `hewitt load`: a dataset's file moved into a configured engine's table without DDL; the engine
// then gives the embedded figures. Rejected cells are reported as for eval; an existing table is
// kept unless --replace is given.

import { describe, expect, it } from 'vitest';
import { ROOT, runBuilt, tempFolder } from '../cli/support';

const CONFIG = JSON.stringify({ engines: { lake: { dialect: 'duckdb', database: 'lake.duckdb' } } });
const RULES = `dataset ledger "Ledger" {
  source: "ledger.csv"
  owner: "Finance"
  columns {
    icb: text
    year: fiscal_year
    amount: money
    recurrent: bool
  }
}

measure spend "Spend" {
  from ledger
  value: sum(amount where recurrent = yes)
  by icb, year
}
`;
const CSV = 'icb,year,amount,recurrent\nQE1,2023/24,£1.10,yes\nQE1,2023-24,(2.25),no\nQE2,2024/25,"1,000.05",y\nQE2,2024/25,lots,yes\n';

function figures(stdout: string): unknown {
  const { engine: _, datasets: __, diagnostics: ___, ...rest } = JSON.parse(stdout) as Record<string, unknown>;
  return rest;
}

describe('hewitt load', () => {
  it('creates the table from the declared columns, reports rejected cells, and the engine gives the embedded figures', () => {
    const dir = tempFolder({ 'hewitt.config.json': CONFIG, 'rules.hewitt': RULES, 'ledger.csv': CSV });
    const load = runBuilt(['load', 'rules.hewitt', 'ledger', '--engine', 'lake'], dir);
    expect(load.status).toBe(0);
    expect(load.stdout).toBe('hewitt: loaded 3 rows of ledger into table ledger of engine lake (dialect duckdb); 1 rows rejected\n');
    expect(load.stderr).toMatch(/^rules\.hewitt:\d+:\d+: warning: .*lots/);
    const embedded = runBuilt(['eval', 'rules.hewitt', '-f', 'json'], dir);
    const lake = runBuilt(['eval', 'rules.hewitt', '-f', 'json', '--engine', 'lake'], dir);
    expect([lake.status, lake.stderr]).toEqual([embedded.status, '']);
    expect(figures(lake.stdout)).toEqual(figures(embedded.stdout));
    expect(JSON.parse(lake.stdout).datasets.ledger).toEqual({ path: 'table ledger', rowsRead: 3, rowsRejected: 0 });
  });

  it('keeps an existing table unless --replace is given', () => {
    const dir = tempFolder({ 'hewitt.config.json': CONFIG, 'rules.hewitt': RULES, 'ledger.csv': CSV });
    expect(runBuilt(['load', 'rules.hewitt', 'ledger', '--engine', 'lake'], dir).status).toBe(0);
    const again = runBuilt(['load', 'rules.hewitt', 'ledger', '--engine', 'lake'], dir);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/^hewitt: engine lake \(dialect duckdb\): .*ledger.*already exists/m);
    expect(runBuilt(['load', 'rules.hewitt', 'ledger', '--engine', 'lake', '--replace'], dir).status).toBe(0);
  });

  it.each([
    [['load', 'rules.hewitt'], 'hewitt: hewitt load needs a rule file and a dataset name (see hewitt load --help)\n'],
    [['load', 'rules.hewitt', 'ledger'], 'hewitt: hewitt load needs --engine NAME, an engine named in hewitt.config.json\n'],
    [['load', 'rules.hewitt', 'nothing', '--engine', 'lake'], 'hewitt: no dataset named nothing in rules.hewitt or the files it imports\n'],
    [['load', 'rules.hewitt', 'ledger', '--engine', 'sea'], 'hewitt: no engine named sea in hewitt.config.json "engines"\n'],
  ])('%j is a usage error: exit 2, one line', (args, message) => {
    const dir = tempFolder({ 'hewitt.config.json': CONFIG, 'rules.hewitt': RULES, 'ledger.csv': CSV });
    expect(runBuilt(args, dir)).toEqual({ status: 2, stdout: '', stderr: message });
  });

  it('is listed in the help', () => {
    expect(runBuilt(['load', '--help'], ROOT).stdout).toContain('hewitt load [options] <file.hewitt> <dataset> --engine NAME');
  });
});
