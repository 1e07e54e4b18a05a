// Per-column cell typing for the reading loop. Same outcomes as `typeCell`, faster: accepted cells
// come back as the typed value itself (no outcome object), the common money shape is read
// straight to pence, and columns whose cells repeat (fiscal years, yes/no, dates, codes held as
// numbers) remember the outcome of each distinct text, up to a bound, so repeated cells are typed
// once.

import { plainPence, typeCell, type ColumnType } from './cells';
import type { Cell } from './load';

/** A cell that does not fit its column: what it should have looked like. */
export interface Misfit {
  readonly kind: 'misfit';
  readonly expected: string;
}

/** Types one raw cell: the typed value, or a misfit. */
export type CellTyper = (raw: string) => Cell | Misfit;

/** The most distinct texts a column remembers; past it, new texts are typed every time. */
const MEMO_LIMIT = 4096;

export function isMisfit(value: Cell | Misfit): value is Misfit {
  return typeof value === 'object' && value !== null;
}

function typeOnce(type: ColumnType, raw: string): Cell | Misfit {
  const outcome = typeCell(type, raw);
  return outcome.kind === 'accepted' ? outcome.value : { kind: 'misfit', expected: outcome.expected };
}

export function cellTyper(type: ColumnType): CellTyper {
  switch (type) {
    case 'text':
      return (raw) => (raw === '' ? null : raw);
    case 'money':
      return (raw) => (raw === '' ? null : plainPence(raw) ?? typeOnce('money', raw));
    case 'fiscal_year': {
      const other = memoised(type);
      // One string per canonical year, so grouping by year hashes a string it has seen before.
      const interned = new Map<number, string>();
      return (raw) => {
        const year = canonicalYear(raw);
        if (year < 0) return other(raw);
        const known = interned.get(year);
        if (known !== undefined) return known;
        interned.set(year, raw);
        return raw;
      };
    }
    case 'bool': {
      const other = memoised(type);
      return (raw) => {
        switch (raw) {
          case 'yes':
          case 'true':
            return true;
          case 'no':
          case 'false':
            return false;
          default:
            return other(raw);
        }
      };
    }
    case 'number':
    case 'percent':
    case 'date':
      return memoised(type);
  }
}

function memoised(type: ColumnType): CellTyper {
  const memo = new Map<string, Cell | Misfit>();
  return (raw) => {
    const known = memo.get(raw);
    if (known !== undefined) return known;
    const typed = typeOnce(type, raw);
    if (memo.size < MEMO_LIMIT) memo.set(raw, typed);
    return typed;
  };
}

function digit(text: string, i: number): number {
  const d = text.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -1;
}

/**
 * The first year of `2023/24` written exactly so (the second year following the first), whose
 * text is then already its typed value; -1 for any other text.
 */
function canonicalYear(raw: string): number {
  if (raw.length !== 7 || raw.charCodeAt(4) !== 47) return -1;
  const y1 = digit(raw, 0);
  const y2 = digit(raw, 1);
  const y3 = digit(raw, 2);
  const y4 = digit(raw, 3);
  const n1 = digit(raw, 5);
  const n2 = digit(raw, 6);
  if (y1 < 0 || y2 < 0 || y3 < 0 || y4 < 0 || n1 < 0 || n2 < 0) return -1;
  if ((y3 * 10 + y4 + 1) % 100 !== n1 * 10 + n2) return -1;
  return y1 * 1000 + y2 * 100 + y3 * 10 + y4;
}
