// A change to the sample classification that moves rows from unclassified to a category: the
// diff's moved rows, amount, measure changes and target flips, checked against a computation made
// here from the CSV itself (rows and pence) and against `hewitt eval` of each revision.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffCommand } from '../../server/src/cli/commands/diff';
import { evalCommand } from '../../server/src/cli/commands/eval';
import { runCommand } from '../../server/src/cli/run';
import { memoryIo } from '../cli/support';
import { testRepo } from './git-repo';

const SAMPLES = join(__dirname, '..', '..', 'samples');
const read = (name: string): string => readFileSync(join(SAMPLES, name), 'utf8');
const LEDGER = read('data/ledger.csv');
const BEFORE = 'when programme = "NHSHC"';
const AFTER = 'when programme in ["NHSHC", "CHC"]';

/** Fields of one CSV line, quotes honoured. */
function fields(line: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') (current += '"'), i++;
    else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) out.push(current), (current = '');
    else current += c;
  }
  return [...out, current];
}

/** `1234.5`, `£1,234.50`, `-£3.20` as pence. */
function pence(text: string): bigint {
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = text.replace(/[-£,]/g, '').split('.');
  const value = BigInt(whole) * 100n + BigInt((fraction + '00').slice(0, 2));
  return negative ? -value : value;
}

/** The CHC rows: every one is unclassified before the change (no category names CHC or its cost centres) and not excluded. */
function expectedMove(): { rows: number; amount: bigint; byYear: Map<string, bigint> } {
  const [header, ...lines] = LEDGER.trim().split('\n');
  const columns = fields(header);
  const at = (name: string): number => columns.indexOf(name);
  let rows = 0;
  let amount = 0n;
  const byYear = new Map<string, bigint>();
  for (const line of lines) {
    const row = fields(line);
    if (row[at('programme')] !== 'CHC') continue;
    expect(row[at('cost_centre')].startsWith('PH-')).toBe(false);
    const money = pence(row[at('amount')]);
    if (money <= 0n && row[at('recurrent')] === 'no') continue;
    rows++;
    amount += money;
    const year = row[at('year')];
    byYear.set(year, (byYear.get(year) ?? 0n) + money);
  }
  return { rows, amount, byYear };
}

const toPence = (pounds: string): bigint => pence(pounds);

describe('hewitt diff on the samples: rows moving from unclassified to a category', () => {
  it('moved rows, amount, measure changes and target flips agree with an independent computation', async () => {
    const repo = testRepo({
      'samples/datasets.hewitt': read('datasets.hewitt'),
      'samples/prevention.hewitt': read('prevention.hewitt'),
      'samples/data/ledger.csv': LEDGER,
      'samples/data/qof.csv': read('data/qof.csv'),
      'samples/data/screening-uptake.csv': read('data/screening-uptake.csv'),
    });
    repo.commit('base');
    const evalJson = async (): Promise<{ targets: Record<string, { rows: { group: Record<string, string>; status: string }[] }> }> => {
      const io = memoryIo(repo.root);
      await runCommand(evalCommand, ['samples/prevention.hewitt', '--format', 'json'], io);
      return JSON.parse(io.out());
    };
    const before = await evalJson();
    expect(read('prevention.hewitt')).toContain(BEFORE);
    repo.write({ 'samples/prevention.hewitt': read('prevention.hewitt').replace(BEFORE, AFTER) });
    const after = await evalJson();

    const io = memoryIo(repo.root);
    expect(await runCommand(diffCommand, ['--base', 'main', '--format', 'json', '--top', '100', 'samples'], io)).toBe(0);
    const report = JSON.parse(io.out());
    const expected = expectedMove();
    expect(expected.rows).toBeGreaterThan(100);

    expect(report.classifications.prevention.movements).toEqual([{ from: '(unclassified)', to: 'health_checks', rows: expected.rows, amount: pounds(expected.amount) }]);
    expect(report.summary.rowsMoved).toBe(expected.rows);
    expect(report.summary.amountMoved).toBe(pounds(expected.amount));
    const checks = report.classifications.prevention.categories.find((c: { name: string }) => c.name === 'health_checks');
    expect(toPence(checks.head.amount) - toPence(checks.base.amount)).toBe(expected.amount);

    // Prevention spend per year rises by the moved rows' money (health checks weigh 100%). Each
    // year's total is rounded to the penny once (tier 2 weight management counts at 50%), so the
    // difference of two totals may be a penny off the exact sum of the moved rows.
    const spend = report.measures.national_prevention_spend;
    expect(spend.groupsChanged).toBe(expected.byYear.size);
    for (const row of spend.top) {
      const off = toPence(row.change) - expected.byYear.get(row.group.year)!;
      expect(off >= -1n && off <= 1n, `${row.group.year}: ${row.change}`).toBe(true);
    }

    // Target flips: exactly the statuses that differ between `hewitt eval` of the two revisions.
    const flips: string[] = [];
    for (const [name, target] of Object.entries(after.targets)) {
      for (const row of target.rows) {
        const old = before.targets[name]?.rows.find((r) => JSON.stringify(r.group) === JSON.stringify(row.group));
        if (old?.status !== row.status) flips.push(`${name} ${JSON.stringify(row.group)} ${old?.status} → ${row.status}`);
      }
    }
    const reported = Object.entries(report.targets as Record<string, { flips: { group: object; before: string; after: string }[] }>).flatMap(([name, t]) =>
      t.flips.map((f) => `${name} ${JSON.stringify(f.group)} ${f.before} → ${f.after}`),
    );
    expect(reported.sort()).toEqual(flips.sort());
    expect(flips.length).toBeGreaterThan(0);
    expect(report.declarations[0]).toMatchObject({ kind: 'classification', name: 'prevention', change: 'changed' });
  });
});

function pounds(value: bigint): string {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  return `${negative ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}
