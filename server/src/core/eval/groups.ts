// Per-group accumulators: rows are folded into one set of aggregates per distinct combination of
// the grouping cells, so memory grows with the number of groups, not rows. Groups come out
// sorted column by column: numbers and money numerically, fiscal years chronologically, dates
// and text by code point, empty cells first.

import type { Row } from '../data/load';
import { accumulate, finish, newAccumulator, type Accumulator, type CompiledAggregate } from './aggregate';
import type { RowState } from './expr';
import type { Group } from './result';
import { cellText, compareValues, type RuntimeValue } from './values';

export interface GroupTable {
  readonly columns: readonly { readonly name: string; readonly index: number }[];
  readonly aggregates: readonly CompiledAggregate[];
  readonly groups: Map<string, { readonly cells: RuntimeValue[]; readonly accs: Accumulator[] }>;
}

export function newGroupTable(columns: GroupTable['columns'], aggregates: readonly CompiledAggregate[]): GroupTable {
  return { columns, aggregates, groups: new Map() };
}

function keyOf(row: Row, columns: GroupTable['columns']): string {
  let key = '';
  for (const { index } of columns) {
    const cell = row[index] ?? null;
    key += `${cell === null ? 'null' : typeof cell}:${String(cell)}\u0001`;
  }
  return key;
}

export function addRow(table: GroupTable, state: RowState): void {
  const key = keyOf(state.row, table.columns);
  let group = table.groups.get(key);
  if (group === undefined) {
    group = { cells: table.columns.map(({ index }) => state.row[index] ?? null), accs: table.aggregates.map(newAccumulator) };
    table.groups.set(key, group);
  }
  for (let i = 0; i < table.aggregates.length; i++) accumulate(table.aggregates[i], group.accs[i], state);
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
  const groups = [...table.groups.values()].sort((a, b) => compareCells(a.cells, b.cells));
  // An ungrouped table has its one group even without rows (a count of none is 0).
  if (table.columns.length === 0 && groups.length === 0) groups.push({ cells: [], accs: table.aggregates.map(newAccumulator) });
  return groups.map(({ cells, accs }) => {
    const group: Record<string, string> = {};
    table.columns.forEach(({ name }, i) => (group[name] = cellText(cells[i])));
    return { group, cells, values: table.aggregates.map((aggregate, i) => finish(aggregate, accs[i])) };
  });
}
