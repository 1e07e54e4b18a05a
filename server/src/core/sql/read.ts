// An engine's answers read back into the plan's outputs: per-group accumulators and
// classification tallies, the same structures the embedded evaluator fills row by row. Drivers
// hand numbers back in different shapes (bigint, number, decimal text), so every cell is read by
// what it should hold: exact sums and money through text to bigint, never through a float.

import { newTally, type ClassificationTally } from '../eval/classify';
import { newAccumulator } from '../eval/aggregate';
import type { GroupEntry } from '../eval/groups';
import { addPence } from '../eval/pence-sum';
import type { RuntimeValue } from '../eval/values';
import type { ScanColumn } from '../plan/plan';
import type { SqlKind } from './expr-sql';
import { ALSO_BITS, alsoColumn, type GroupingSql, type TallySql } from './compile';

export type SqlRow = Readonly<Record<string, unknown>>;

/** An exact integer from a driver's value (bigint, safe number, or integer text). */
export function exactOf(value: unknown): bigint {
  if (value === null || value === undefined) return 0n;
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') return BigInt(Math.round(value));
  const text = String(value).trim();
  const match = /^(-?\d+)(?:\.0*)?$/.exec(text);
  if (match === null) throw new Error(`not an exact integer: ${text}`);
  return BigInt(match[1]);
}

/** A flag as drivers return it: a boolean, or 1 where the engine has no boolean type. */
export function isTrueValue(value: unknown): boolean {
  return value === true || value === 1 || value === 1n || value === '1';
}

export function numberOf(value: unknown): number {
  if (value === null || value === undefined) return 0;
  return typeof value === 'number' ? value : Number(value);
}

function valueOf(kind: SqlKind, value: unknown): RuntimeValue {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'money':
      return exactOf(value);
    case 'number':
      return numberOf(value);
    case 'bool':
      return typeof value === 'boolean' ? value : numberOf(value) !== 0;
    case 'text':
      return String(value);
    case 'null':
      return null;
  }
}

export function cellOf(column: ScanColumn, value: unknown): RuntimeValue {
  switch (column.type) {
    case 'money':
      return valueOf('money', value);
    case 'number':
    case 'percent':
      return valueOf('number', value);
    case 'bool':
      return valueOf('bool', value);
    default:
      return valueOf('text', value);
  }
}

/** A grouping's result rows as group entries with their accumulators. */
export function groupEntries(sql: GroupingSql, rows: readonly SqlRow[]): GroupEntry[] {
  return rows.map((row) => ({
    cells: sql.grouping.columns.map((c) => cellOf(c, row[c.name])),
    accs: sql.aggregates.map((aggregate) => {
      const acc = newAccumulator();
      for (const part of aggregate.parts) {
        const value = row[part.name];
        switch (part.part) {
          case 'count':
            acc.count = numberOf(value);
            break;
          case 'pence':
            addPence(acc.pence, exactOf(value));
            break;
          case 'fine':
            acc.money = exactOf(value);
            break;
          case 'number':
            acc.number = numberOf(value);
            break;
          case 'extreme':
            acc.extreme = valueOf(aggregate.kind, value);
            break;
        }
      }
      return acc;
    }),
  }));
}

/**
 * A classification's tally from its rows grouped by category (the first that holds) and by the
 * masks of later categories that also hold for them (compile.ts). Only later categories can also
 * hold for a row (an earlier one would have been its category).
 */
export function tallyOf(sql: TallySql, rows: readonly SqlRow[]): ClassificationTally {
  const tally = newTally(sql.classification);
  const n = sql.classification.categories.length;
  for (const row of rows) {
    const count = numberOf(row.rows);
    const pence = exactOf(row.pence);
    const first = numberOf(row.category);
    if (first === -2) {
      tally.excludedRows += count;
      continue;
    }
    if (first < 0) {
      tally.unclassifiedRows += count;
      addPence(tally.unclassifiedPence, pence);
      continue;
    }
    tally.rows[first] += count;
    addPence(tally.pence[first], pence);
    let several = false;
    for (let later = first + 1; later < n; later++) {
      const mask = numberOf(row[alsoColumn(Math.floor((later - 1) / ALSO_BITS))]);
      if (Math.floor(mask / 2 ** ((later - 1) % ALSO_BITS)) % 2 === 0) continue;
      several = true;
      tally.overlapRows[later] += count;
      tally.overlapWith[later].set(first, (tally.overlapWith[later].get(first) ?? 0) + count);
    }
    if (several) tally.overlapTotal += count;
  }
  return tally;
}
