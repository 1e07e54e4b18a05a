// Every answer about a dataset from one scan, for engines with GROUP BY GROUPING SETS: the rows
// read and rejected, each grouping's aggregates and each classification's tally become grouping
// sets of a single SELECT, so the typed rows are neither materialised nor read again. Every set
// also groups by the rejected flag: the counts are the sum over the first set's rows, and the rows
// of rejected rows are dropped. `split` hands each consumer the rows its own SELECT
// (compile.ts) would have returned, under the same names.

import type { DatasetSql, GroupingSql, OutputColumn, TallySql } from './compile';
import type { Dialect } from './dialect';
import { isTrueValue, numberOf, type SqlRow } from './read';
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

interface Consumer {
  readonly keys: readonly OutputColumn[];
  /** The consumer's own columns: their name in the scan's output, and in the consumer's rows. */
  readonly values: readonly { readonly output: string; readonly name: string; readonly sql: string }[];
}

const indent = (text: string): string => text.split('\n').map((line) => `  ${line}`).join('\n');

export function oneScan(d: Dialect, dataset: DatasetSql, relation: string): OneScan {
  const grouping = (g: GroupingSql, i: number): Consumer => ({
    keys: g.keys,
    values: g.aggregates.flatMap((a) => a.parts.map((p) => ({ output: `g${i}:${p.name}`, name: p.name, sql: p.sql }))),
  });
  const tally = (t: TallySql, i: number): Consumer => ({ keys: t.keys, values: t.values.map((v) => ({ output: `t${i}:${v.name}`, name: v.name, sql: v.sql })) });
  const consumers = [...dataset.groupings.map(grouping), ...dataset.tallies.map(tally)];

  // Each distinct key expression once, as k0, k1, …, with a flag saying whether a row is grouped by it.
  const keyIndex = new Map<string, number>();
  for (const consumer of consumers) for (const key of consumer.keys) if (!keyIndex.has(key.sql)) keyIndex.set(key.sql, keyIndex.size);
  const keyExprs = [...keyIndex.keys()];
  const setOf = (consumer: Consumer): string => [...new Set(consumer.keys.map((k) => keyIndex.get(k.sql) as number))].sort((a, b) => a - b).join(',');
  // Every set groups by the rejected flag, so any one set gives the counts; the set of the flag
  // alone is needed only when nothing else is asked.
  const sets = new Map<string, readonly string[]>(consumers.length === 0 ? [['', []]] : []);
  for (const consumer of consumers) sets.set(setOf(consumer), [...new Set(consumer.keys.map((k) => k.sql))]);
  const countedSet = sets.keys().next().value as string;

  const rejected = d.quote(REJECTED);
  const list = [
    `${rejected} AS ${d.quote('rejected')}`,
    ...keyExprs.flatMap((sql, i) => [`${sql} AS ${d.quote(`k${i}`)}`, `GROUPING(${sql}) AS ${d.quote(`grouped:k${i}`)}`]),
    `COUNT(*) AS ${d.quote('count')}`,
    ...consumers.flatMap((c) => c.values.map((v) => `${v.sql} AS ${d.quote(v.output)}`)),
  ];
  const groupingSets = [...sets.values()].map((keys) => `(${[rejected, ...keys].join(', ')})`);
  const select = `SELECT\n${indent(list.join(',\n'))}\nFROM ${relation}\nGROUP BY GROUPING SETS (\n${indent(groupingSets.join(',\n'))}\n)`;

  const split = (rows: readonly SqlRow[]): OneScanAnswers => {
    const bySet = new Map<string, SqlRow[]>();
    let read = 0;
    let rejectedRows = 0;
    for (const row of rows) {
      const set = keyExprs.flatMap((_, i) => (numberOf(row[`grouped:k${i}`]) === 0 ? [i] : [])).join(',');
      const isRejected = isTrueValue(row.rejected);
      if (set === countedSet) {
        read += numberOf(row.count);
        if (isRejected) rejectedRows += numberOf(row.count);
      }
      if (isRejected) continue;
      const list = bySet.get(set) ?? [];
      list.push(row);
      bySet.set(set, list);
    }
    const rowsOf = (consumer: Consumer): SqlRow[] => {
      const found = bySet.get(setOf(consumer)) ?? [];
      // With no keys the consumer's own SELECT returns one row even when no row is accepted.
      const answered = found.length === 0 && consumer.keys.length === 0 ? [{}] : found;
      return answered.map((row) => {
        const out: Record<string, unknown> = {};
        for (const key of consumer.keys) out[key.name] = row[`k${keyIndex.get(key.sql)}`];
        for (const value of consumer.values) out[value.name] = row[value.output];
        return out;
      });
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
