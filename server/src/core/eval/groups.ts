// Per-group accumulators: rows are folded into one set of aggregates per distinct combination of
// the grouping cells, so memory grows with the number of groups, not rows. Groups come out
// sorted column by column: numbers and money numerically, fiscal years chronologically, dates
// and text by code point, empty cells first.

import type { Row } from '../data/load';
import { accumulate, finish, newAccumulator, type Accumulator, type CompiledAggregate } from './aggregate';
import type { RowState } from './expr';
import type { Group } from './result';
import { cellText, compareValues, type RuntimeValue } from './values';

/** One group: its grouping cells and one accumulator per aggregate. */
export interface GroupEntry {
  readonly cells: RuntimeValue[];
  readonly accs: Accumulator[];
}

/** The lookup of groups: one level of maps per grouping column, keyed by the cell itself. */
type Level = Map<RuntimeValue, Level | GroupEntry>;

export interface GroupTable {
  readonly columns: readonly { readonly name: string; readonly index: number }[];
  readonly aggregates: readonly CompiledAggregate[];
  /** Every group, in the order first seen. */
  readonly groups: GroupEntry[];
  readonly lookup: Level;
}

export function newGroupTable(columns: GroupTable['columns'], aggregates: readonly CompiledAggregate[]): GroupTable {
  return { columns, aggregates, groups: [], lookup: new Map() };
}

function newGroup(table: GroupTable, row: Row): GroupEntry {
  const group = { cells: table.columns.map(({ index }) => row[index] ?? null), accs: table.aggregates.map(newAccumulator) };
  table.groups.push(group);
  return group;
}

/**
 * The row's group: one map lookup per grouping column, keyed by the typed cell (maps compare
 * keys by value, so equal cells share a group whatever string object holds them).
 */
function groupOf(table: GroupTable, row: Row): GroupEntry {
  const columns = table.columns;
  const last = columns.length - 1;
  if (last < 0) return table.groups.length > 0 ? table.groups[0] : newGroup(table, row);
  let level = table.lookup;
  for (let c = 0; c < last; c++) {
    const cell = row[columns[c].index] ?? null;
    let next = level.get(cell) as Level | undefined;
    if (next === undefined) {
      next = new Map();
      level.set(cell, next);
    }
    level = next;
  }
  const cell = row[columns[last].index] ?? null;
  let group = level.get(cell) as GroupEntry | undefined;
  if (group === undefined) {
    group = newGroup(table, row);
    level.set(cell, group);
  }
  return group;
}

export function addRow(table: GroupTable, state: RowState): void {
  const group = groupOf(table, state.row);
  const aggregates = table.aggregates;
  for (let i = 0; i < aggregates.length; i++) accumulate(aggregates[i], group.accs[i], state);
}

export function compareCells(a: readonly RuntimeValue[], b: readonly RuntimeValue[]): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i] === null || b[i] === null) {
      if (a[i] !== b[i]) return a[i] === null ? -1 : 1;
      continue;
    }
    const order = compareValues(a[i], b[i]);
    if (order) return order;
  }
  return 0;
}

export interface FinishedGroup {
  readonly group: Group;
  readonly cells: readonly RuntimeValue[];
  /** The finished aggregates, in the table's order. */
  readonly values: readonly RuntimeValue[];
}

/** Every group in order with its finished aggregates. */
export function finishGroups(table: GroupTable): FinishedGroup[] {
  return finishEntries(table.columns, table.aggregates, table.groups);
}

/**
 * Groups of any engine, sorted, with their finished aggregates: the accumulators are what an
 * engine computes per group (counts, exact sums, extremes); finishing them is the same everywhere.
 */
export function finishEntries(
  columns: readonly { readonly name: string }[],
  aggregates: readonly Pick<CompiledAggregate, 'fn' | 'money'>[],
  entries: readonly GroupEntry[],
): FinishedGroup[] {
  const groups = [...entries].sort((a, b) => compareCells(a.cells, b.cells));
  // An ungrouped table has its one group even without rows (a count of none is 0).
  if (columns.length === 0 && groups.length === 0) groups.push({ cells: [], accs: aggregates.map(newAccumulator) });
  return groups.map(({ cells, accs }) => {
    const group: Record<string, string> = {};
    columns.forEach(({ name }, i) => (group[name] = cellText(cells[i])));
    return { group, cells, values: aggregates.map((aggregate, i) => finish(aggregate, accs[i])) };
  });
}
