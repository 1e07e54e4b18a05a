// One evaluation path: for fixtures cut from samples/data, a test whose expectations are the
// figures `hewitt eval` computes (every group of every measure, every target's status, every
// metric's achievement, points and payment) passes, and reads no data file but its fixture.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../server/src/core/eval/evaluate';
import type { EvalResult, Group } from '../../server/src/core/eval/result';
import { memoryHost } from '../../server/src/core/host';
import { analyzeWorkspace } from '../../server/src/core/semantics/analyze';
import type { SemanticModel } from '../../server/src/core/semantics/model';
import { runTestFile } from '../../server/src/core/tests/run';
import { memoryDataHost } from '../data/data-support';
import { ROOT } from './support';

const sample = (path: string): string => readFileSync(join(ROOT, path), 'utf8');
const RULES: Record<string, string> = {
  'samples/datasets.hewitt': sample('samples/datasets.hewitt'),
  'samples/prevention.hewitt': sample('samples/prevention.hewitt'),
  'samples/gp-contract.hewitt': sample('samples/gp-contract.hewitt'),
};
const EMPTY: Record<string, string> = {
  'samples/data/ledger.csv': sample('samples/data/ledger.csv').split('\n')[0] + '\n',
  'samples/data/qof.csv': sample('samples/data/qof.csv').split('\n')[0] + '\n',
  'samples/data/screening-uptake.csv': sample('samples/data/screening-uptake.csv').split('\n')[0] + '\n',
};

function lines(path: string, limit: number): { header: string; rows: string[] } {
  const [header, ...rows] = sample(path).split('\n').filter((line) => line !== '');
  return { header: header!, rows: rows.slice(0, limit) };
}

function money(pence: bigint): string {
  const magnitude = pence < 0n ? -pence : pence;
  return `${pence < 0n ? '-' : ''}£${magnitude / 100n}.${(magnitude % 100n).toString().padStart(2, '0')}`;
}

/** A value as an expectation writes it, with a tolerance far below any rounding of the evaluation. */
function literal(value: number | bigint | null, unit: string, text?: string): string {
  if (text !== undefined) return /^\d{4}-/.test(text) ? JSON.stringify(text) : text;
  if (value === null) return 'no-data';
  if (typeof value === 'bigint' || unit === 'money') return money(BigInt(value));
  const suffix = unit === 'percent' ? '%' : unit === 'pp' ? 'pp' : '';
  const tolerance = unit === 'percent' || unit === 'pp' ? '0.000001pp' : '0.000001';
  return Number.isInteger(value) && unit === 'number' ? String(value) : `${value.toFixed(9)}${suffix} within ${tolerance}`;
}

function keys(group: Group, textColumns: ReadonlySet<string>): string | undefined {
  const entries = Object.entries(group);
  if (entries.some(([, value]) => value === '')) return undefined;
  return entries.length === 0 ? '' : `[${entries.map(([column, value]) => `${column} = ${textColumns.has(column) ? JSON.stringify(value) : value}`).join(', ')}]`;
}

/** Every figure of the result, as expectations. */
function expectationsOf(result: EvalResult, textColumns: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const [name, measure] of Object.entries(result.measures)) {
    for (const row of measure.rows) {
      const k = keys(row.group, textColumns);
      if (k !== undefined) out.push(`expect ${name}${k} = ${literal(row.value, measure.unit, row.text)}`);
    }
  }
  for (const [name, target] of Object.entries(result.targets)) {
    for (const row of target.rows) {
      const k = keys(row.group, textColumns);
      if (k !== undefined) out.push(`expect ${name}${k} status = ${row.status}`);
    }
  }
  for (const [name, metric] of Object.entries(result.metrics)) {
    for (const row of metric.rows) {
      const k = keys(row.group, textColumns);
      if (k === undefined) continue;
      out.push(`expect ${name}${k} achievement = ${literal(row.achievement, 'percent')}`);
      out.push(`expect ${name}${k} points = ${literal(row.points, 'points')}`);
      out.push(`expect ${name}${k} payment = ${literal(row.payment, 'money')}`);
    }
    if (metric.gap !== null || metric.strata.length > 0) out.push(`expect ${name} gap = ${literal(metric.gap, 'pp')}`);
  }
  return out;
}

function textColumnsOf(model: SemanticModel): Set<string> {
  const names = new Set<string>();
  for (const file of model.files.values()) {
    for (const symbol of file.symbols.values()) {
      if (symbol.kind !== 'dataset') continue;
      for (const column of symbol.members.values()) if (column.columnType === 'text') names.add(column.name);
    }
  }
  return names;
}

async function sameFigures(ruleFile: string, dataset: string, dataPath: string, csv: string): Promise<void> {
  const evalModel = analyzeWorkspace([ruleFile], memoryHost(RULES));
  const result = await evaluate(evalModel, [ruleFile], memoryDataHost({ ...EMPTY, [dataPath]: csv }, 4096));
  const expectations = expectationsOf(result, textColumnsOf(evalModel));
  const testPath = 'samples/tests/cut.test.hewitt';
  const text = [`import "../${ruleFile.split('/').at(-1)}"`, '', 'test cut "Figures of a cut of the sample data" {', `  given ${dataset} from "cut.csv"`, ...expectations.map((e) => `  ${e}`), '}', ''].join('\n');
  const model = analyzeWorkspace([testPath], memoryHost({ ...RULES, [testPath]: text }));
  const files = memoryDataHost({ 'samples/tests/cut.csv': csv }, 4096);
  const [outcome] = await runTestFile(model, testPath, files);
  expect(outcome?.error).toBeUndefined();
  expect(outcome?.failures).toEqual([]);
  expect(outcome?.status).toBe('pass');
  expect([...files.reads.keys()]).toEqual(['samples/tests/cut.csv']);
}

const CASES = [
  { ruleFile: 'samples/prevention.hewitt', dataset: 'ledger', dataPath: 'samples/data/ledger.csv', rows: 3000 },
  { ruleFile: 'samples/gp-contract.hewitt', dataset: 'qof', dataPath: 'samples/data/qof.csv', rows: 3000 },
];

describe('a test and hewitt eval compute the same figures', () => {
  it.each(CASES)('for rows cut from $dataPath', async ({ ruleFile, dataset, dataPath, rows: limit }) => {
    const { header, rows } = lines(dataPath, limit);
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.integer({ min: 0, max: rows.length - 1 }), { minLength: 1, maxLength: 40 }), async (picked) => {
        const csv = [header, ...picked.map((i) => rows[i])].join('\n') + '\n';
        await sameFigures(ruleFile, dataset, dataPath, csv);
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});
