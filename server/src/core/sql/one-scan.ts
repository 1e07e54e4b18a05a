// Every answer about a dataset from one scan, for engines with GROUP BY GROUPING SETS: the rows
// read and rejected, each grouping's aggregates and each classification's tally become grouping
// sets of a single SELECT, so the typed rows are neither materialised nor read again. Every set
// also groups by the rejected flag: the counts are the sum over the first set's rows, and the rows
// of rejected rows are dropped. `split` hands each consumer the rows its own SELECT
// (compile.ts) would have returned, under the same names.
//
// Key-only columns left as written (DatasetSql.deferred) are grouped by in every set and typed
// here, once per distinct cell, by the embedded reader's own rules: a cell that does not fit
// rejects its rows, and groups whose cells type alike (`2023/24`, `2023-24`) are added together.

import { typeCell, type CellOutcome } from '../data/cells';
import type { ScanColumn } from '../plan/plan';
import type { AggregatePart } from './aggregate-sql';
import type { DatasetSql, GroupingSql, OutputColumn, TallySql } from './compile';
import type { Dialect } from './dialect';
import { exactOf, isTrueValue, numberOf, type SqlRow } from './read';
import { REJECTED } from './scan';

export interface OneScan {
  readonly select: string;
  split(rows: readonly SqlRow[]): OneScanAnswers;
}

export interface OneScanAnswers {
  readonly read: number;
  readonly rejected: number;
  readonly groupings: ReadonlyMap<GroupingSql, SqlRow[]>;
  readonly tallies: ReadonlyMap<TallySql, SqlRow[]>;
}

/**
 * How two groups' values add up when their keys type alike: exact integers, counts or
 * floating-point sums; a smallest or largest value never does (no column is deferred then).
 */
type Addition = 'exact' | 'count' | 'float' | 'never';

interface ConsumerValue {
  /** The name in the scan's output, and in the consumer's rows. */
  readonly output: string;
  readonly name: string;
  readonly sql: string;
  readonly addition: Addition;
}

interface Consumer {
  readonly keys: readonly OutputColumn[];
  readonly values: readonly ConsumerValue[];
}

const indent = (text: string): string => text.split('\n').map((line) => `  ${line}`).join('\n');

function add(addition: Addition, a: unknown, b: unknown): unknown {
  if (addition === 'never') throw new Error('two groups with a smallest or largest value were to be added together');
  if (a === null || a === undefined) return b;
  if (b === null || b === undefined) return a;
  return addition === 'exact' ? exactOf(a) + exactOf(b) : numberOf(a) + numberOf(b);
}

function additionOf(part: AggregatePart['part']): Addition {
  return part === 'count' ? 'count' : part === 'number' ? 'float' : part === 'extreme' ? 'never' : 'exact';
}

/** A key tuple as a map key that keeps 1, 1n, '1' and true apart. */
const tupleKey = (values: readonly unknown[]): string => values.map((v) => `${typeof v}:${String(v)}`).join('\u0001');

export function oneScan(d: Dialect, dataset: DatasetSql, relation: string): OneScan {
  const grouping = (g: GroupingSql, i: number): Consumer => ({
    keys: g.keys,
    values: g.aggregates.flatMap((a) =>
      a.parts.map((p) => ({ output: `g${i}:${p.name}`, name: p.name, sql: p.sql, addition: additionOf(p.part) })),
    ),
  });
  const tally = (t: TallySql, i: number): Consumer => ({
    keys: t.keys,
    values: t.values.map((v) => ({ output: `t${i}:${v.name}`, name: v.name, sql: v.sql, addition: v.name === 'pence' ? 'exact' : 'count' })),
  });
  const consumers = [...dataset.groupings.map(grouping), ...dataset.tallies.map(tally)];

  // Each distinct key expression once, as k0, k1, …, with a flag saying whether a row is grouped by it.
  const keyIndex = new Map<string, number>();
  for (const consumer of consumers) for (const key of consumer.keys) if (!keyIndex.has(key.sql)) keyIndex.set(key.sql, keyIndex.size);
  // A deferred column is a key of every grouping (plan/column-use.ts): its expression is theirs.
  const deferred = dataset.deferred.map((column) => ({ column, sql: dataset.groupings[0]?.keys.find((k) => k.name === column.name)?.sql ?? d.quote(column.name) }));
  for (const { sql } of deferred) if (!keyIndex.has(sql)) keyIndex.set(sql, keyIndex.size);
  const keysOf = (consumer: Consumer): string[] => [...new Set([...consumer.keys.map((k) => k.sql), ...deferred.map((k) => k.sql)])];
  const setOf = (consumer: Consumer): string => keysOf(consumer).map((sql) => keyIndex.get(sql) as number).sort((a, b) => a - b).join(',');
  // Every set groups by the rejected flag, so any one set gives the counts; the set of the flag
  // alone is needed only when nothing else is asked.
  const sets = new Map<string, readonly string[]>(consumers.length === 0 ? [['', []]] : []);
  for (const consumer of consumers) sets.set(setOf(consumer), keysOf(consumer));
  const countedSet = sets.keys().next().value as string;

  const rejected = d.quote(REJECTED);
  const allKeys = [...keyIndex.keys()];
  const list = [
    `${rejected} AS ${d.quote('rejected')}`,
    ...allKeys.flatMap((sql, i) => [`${sql} AS ${d.quote(`k${i}`)}`, `GROUPING(${sql}) AS ${d.quote(`grouped:k${i}`)}`]),
    `COUNT(*) AS ${d.quote('count')}`,
    ...consumers.flatMap((c) => c.values.map((v) => `${v.sql} AS ${d.quote(v.output)}`)),
  ];
  const groupingSets = [...sets.values()].map((keys) => `(${[rejected, ...keys].join(', ')})`);
  const select = `SELECT\n${indent(list.join(',\n'))}\nFROM ${relation}\nGROUP BY GROUPING SETS (\n${indent(groupingSets.join(',\n'))}\n)`;

  const split = (rows: readonly SqlRow[]): OneScanAnswers => {
    const typeDeferred = deferredTyper(deferred.map((k) => k.column));
    const bySet = new Map<string, SqlRow[]>();
    let read = 0;
    let rejectedRows = 0;
    for (const row of rows) {
      const set = allKeys.flatMap((_, i) => (numberOf(row[`grouped:k${i}`]) === 0 ? [i] : [])).join(',');
      const cells = deferred.map(({ sql }, i) => typeDeferred(i, row[`k${keyIndex.get(sql)}`]));
      const isRejected = isTrueValue(row.rejected) || cells.some((cell) => cell.kind === 'rejected');
      if (set === countedSet) {
        read += numberOf(row.count);
        if (isRejected) rejectedRows += numberOf(row.count);
      }
      if (isRejected) continue;
      let typed = row;
      if (deferred.length > 0) {
        const copy: Record<string, unknown> = { ...row };
        deferred.forEach(({ sql }, i) => (copy[`k${keyIndex.get(sql)}`] = (cells[i] as CellOutcome & { kind: 'accepted' }).value));
        typed = copy;
      }
      const list = bySet.get(set) ?? [];
      list.push(typed);
      bySet.set(set, list);
    }
    const rowsOf = (consumer: Consumer): SqlRow[] => {
      const found = bySet.get(setOf(consumer)) ?? [];
      // With no keys the consumer's own SELECT returns one row even when no row is accepted.
      if (found.length === 0 && consumer.keys.length === 0) return [{}];
      // Rows apart only in a deferred column the consumer does not group by, or in cells that type alike, add up.
      const merged = new Map<string, Record<string, unknown>>();
      for (const row of found) {
        const keys = consumer.keys.map((key) => row[`k${keyIndex.get(key.sql)}`]);
        const id = tupleKey(keys);
        const out = merged.get(id);
        if (out === undefined) {
          const fresh: Record<string, unknown> = {};
          consumer.keys.forEach((key, i) => (fresh[key.name] = keys[i]));
          for (const value of consumer.values) fresh[value.name] = row[value.output];
          merged.set(id, fresh);
        } else {
          for (const value of consumer.values) out[value.name] = add(value.addition, out[value.name], row[value.output]);
        }
      }
      return [...merged.values()];
    };
    return {
      read,
      rejected: rejectedRows,
      groupings: new Map(dataset.groupings.map((g, i) => [g, rowsOf(consumers[i])])),
      tallies: new Map(dataset.tallies.map((t, i) => [t, rowsOf(consumers[dataset.groupings.length + i])])),
    };
  };
  return { select, split };
}

/** Types the cells of the deferred columns, each distinct cell once (a missing cell is empty). */
function deferredTyper(columns: readonly ScanColumn[]): (index: number, value: unknown) => CellOutcome {
  const seen = columns.map(() => new Map<string, CellOutcome>());
  return (index, value) => {
    const raw = value === null || value === undefined ? '' : String(value);
    let outcome = seen[index].get(raw);
    if (outcome === undefined) {
      outcome = typeCell(columns[index].type, raw);
      seen[index].set(raw, outcome);
    }
    return outcome;
  };
}
