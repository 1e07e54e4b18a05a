// Typed rows held compactly, column by column, for the data cache: numbers in a Float64Array
// (NaN for an empty cell), money in a BigInt64Array with a null mask, yes/no in bytes, and text,
// dates and fiscal years as indexes into a table of distinct strings. A million ledger rows take a
// few tens of megabytes instead of the hundreds that arrays of row arrays would.

import type { ColumnType } from './cells';
import type { Cell, Row, RowSink } from './load';

/** One column's cells (exported so a part read elsewhere can be handed over; see ColumnarData). */
export type Store =
  | { kind: 'float'; values: Float64Array }
  | { kind: 'money'; values: BigInt64Array; nulls: Uint8Array }
  | { kind: 'bool'; values: Uint8Array }
  | { kind: 'strings'; codes: Uint32Array; table: string[]; index: Map<string, number> }
  | { kind: 'cells'; values: Cell[] };

export interface ColumnarRows {
  readonly count: number;
  /** Approximate bytes held, for the cache's accounting. */
  readonly bytes: number;
  /** Hands every row to the sink in the order it was read; `check` runs between batches. */
  replay(sink: RowSink, check?: () => void): void;
}

export interface ColumnarBuilder {
  add(row: Row): void;
  finish(): ColumnarRows;
  /** Like `finish`, as plain data that can cross to another thread (see columnarRows). */
  finishData(): ColumnarData;
}

/** Finished rows as plain data: typed arrays and string tables, structured-clone safe. */
export interface ColumnarData {
  readonly count: number;
  readonly stores: readonly Store[];
}

const MIN_INT64 = -(2n ** 63n);
const MAX_INT64 = 2n ** 63n - 1n;
const BATCH = 65_536;

function newStore(type: ColumnType, capacity: number): Store {
  switch (type) {
    case 'number':
    case 'percent':
      return { kind: 'float', values: new Float64Array(capacity) };
    case 'money':
      return { kind: 'money', values: new BigInt64Array(capacity), nulls: new Uint8Array(capacity) };
    case 'bool':
      return { kind: 'bool', values: new Uint8Array(capacity) };
    case 'text':
    case 'date':
    case 'fiscal_year':
      return { kind: 'strings', codes: new Uint32Array(capacity), table: [''], index: new Map() };
  }
}

function grow<T extends Float64Array | BigInt64Array | Uint8Array | Uint32Array>(array: T, capacity: number): T {
  const next = new (array.constructor as new (n: number) => T)(capacity);
  next.set(array.subarray(0, Math.min(array.length, capacity)) as never);
  return next;
}

function growStore(store: Store, capacity: number): void {
  switch (store.kind) {
    case 'float':
      store.values = grow(store.values, capacity);
      return;
    case 'money':
      store.values = grow(store.values, capacity);
      store.nulls = grow(store.nulls, capacity);
      return;
    case 'bool':
      store.values = grow(store.values, capacity);
      return;
    case 'strings':
      store.codes = grow(store.codes, capacity);
      return;
    case 'cells':
      return;
  }
}

function read(store: Store, i: number): Cell {
  switch (store.kind) {
    case 'float': {
      const v = store.values[i];
      return Number.isNaN(v) ? null : v;
    }
    case 'money':
      return store.nulls[i] === 1 ? null : store.values[i];
    case 'bool': {
      const v = store.values[i];
      return v === 2 ? null : v === 1;
    }
    case 'strings': {
      const code = store.codes[i];
      return code === 0 ? null : store.table[code];
    }
    case 'cells':
      return store.values[i];
  }
}

/** Copies the first `count` cells of a store into a plain array store (for a value it cannot hold). */
function widen(store: Store, count: number): Store {
  const values: Cell[] = [];
  for (let i = 0; i < count; i++) values.push(read(store, i));
  return { kind: 'cells', values };
}

function write(store: Store, i: number, cell: Cell): boolean {
  switch (store.kind) {
    case 'float':
      if (cell !== null && typeof cell !== 'number') return false;
      store.values[i] = cell === null ? NaN : cell;
      return true;
    case 'money':
      if (cell === null) {
        store.nulls[i] = 1;
        return true;
      }
      if (typeof cell !== 'bigint' || cell < MIN_INT64 || cell > MAX_INT64) return false;
      store.values[i] = cell;
      return true;
    case 'bool':
      if (cell !== null && typeof cell !== 'boolean') return false;
      store.values[i] = cell === null ? 2 : cell ? 1 : 0;
      return true;
    case 'strings': {
      if (cell === null) {
        store.codes[i] = 0;
        return true;
      }
      if (typeof cell !== 'string') return false;
      let code = store.index.get(cell);
      if (code === undefined) {
        code = store.table.length;
        store.table.push(cell);
        store.index.set(cell, code);
      }
      store.codes[i] = code;
      return true;
    }
    case 'cells':
      store.values[i] = cell;
      return true;
  }
}

function storeBytes(store: Store, count: number): number {
  switch (store.kind) {
    case 'float':
      return count * 8;
    case 'money':
      return count * 9;
    case 'bool':
      return count;
    case 'strings':
      return count * 4 + store.table.reduce((sum, s) => sum + 40 + s.length * 2, 0);
    case 'cells':
      return count * 16;
  }
}

export function columnarBuilder(types: readonly ColumnType[]): ColumnarBuilder {
  let capacity = 1024;
  let count = 0;
  const stores = types.map((type) => newStore(type, capacity));
  const finishData = (): ColumnarData => {
    // Release the spare capacity and the lookup index: the rows are complete.
    for (const store of stores) growStore(store, count);
    for (const store of stores) {
      if (store.kind === 'strings') store.index.clear();
    }
    return { count, stores };
  };
  return {
    add(row: Row): void {
      if (count === capacity) {
        capacity *= 2;
        for (const store of stores) growStore(store, capacity);
      }
      for (let c = 0; c < stores.length; c++) {
        const cell = c < row.length ? row[c] : null;
        if (!write(stores[c], count, cell)) {
          stores[c] = widen(stores[c], count);
          write(stores[c], count, cell);
        }
      }
      count++;
    },
    finish: () => columnarRows(finishData()),
    finishData,
  };
}

/** Rows to replay from finished data (made here or received from another thread). */
export function columnarRows(data: ColumnarData): ColumnarRows {
  const { count, stores } = data;
  const bytes = stores.reduce((sum, store) => sum + storeBytes(store, count), 0);
  return {
    count,
    bytes,
    replay(sink: RowSink, check?: () => void): void {
      for (let i = 0; i < count; i++) {
        if (check && i % BATCH === 0) check();
        const row: Cell[] = new Array(stores.length);
        for (let c = 0; c < stores.length; c++) row[c] = read(stores[c], i);
        sink(row);
      }
    },
  };
}

/** The buffers of finished data, to transfer (not copy) them to another thread. */
export function columnarBuffers(data: ColumnarData): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = [];
  const add = (array: Float64Array | BigInt64Array | Uint8Array | Uint32Array): void => {
    if (array.buffer instanceof ArrayBuffer && array.byteLength > 0) buffers.push(array.buffer);
  };
  for (const store of data.stores) {
    switch (store.kind) {
      case 'float':
      case 'bool':
        add(store.values);
        break;
      case 'money':
        add(store.values);
        add(store.nulls);
        break;
      case 'strings':
        add(store.codes);
        break;
      case 'cells':
        break;
    }
  }
  return buffers;
}
