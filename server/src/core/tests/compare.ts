// Comparing an expected value with a computed one. Money and counts compare exactly; a percent,
// pp or number compares to the precision it is written with (`10%` holds for 9.5% ≤ v < 10.5%),
// unless `within` gives a tolerance. No data is `no-data`.

import type { LiteralValue, TestValue } from '../syntax/test-ast';
import { keyText } from './values';

/** A computed value: a number in its unit, money in pence, text (fiscal years), a word, or no data. */
export type Computed =
  | { readonly kind: 'number'; readonly value: number | null }
  | { readonly kind: 'money'; readonly value: bigint | null }
  | { readonly kind: 'text'; readonly value: string | null }
  | { readonly kind: 'word'; readonly value: string };

/** The value of a numeric literal in its unit (percent and pp in percent units), sign applied. */
export function literalNumber(value: LiteralValue): number | undefined {
  const l = value.literal;
  const n = l.kind === 'Number' || l.kind === 'Percent' || l.kind === 'Pp' ? l.value : undefined;
  return n === undefined ? undefined : value.negative ? -n : n;
}

export function literalPence(value: LiteralValue): bigint | undefined {
  return value.literal.kind === 'Money' ? (value.negative ? -value.literal.pence : value.literal.pence) : undefined;
}

/** Half a unit in the last place written: `10%` → 0.5, `10.0%` → 0.05. */
export function halfUnit(raw: string): number {
  const digits = raw.replace(/[^0-9.]/g, '');
  const point = digits.indexOf('.');
  const places = point < 0 ? 0 : digits.length - point - 1;
  return 0.5 / 10 ** places;
}

const EPSILON = 1e-9;

export interface CompareOptions {
  /** Compare exactly (counts). */
  readonly exact?: boolean;
  readonly tolerance?: TestValue;
}

export function matches(expected: TestValue, actual: Computed, options: CompareOptions = {}): boolean {
  if (expected.kind === 'WordValue') {
    if (actual.kind === 'word') return actual.value === expected.text;
    if (expected.text === 'no-data') return actual.value === null;
    return false;
  }
  if (expected.kind === 'EmptyValue') return actual.kind === 'text' && (actual.value === null || actual.value === '');
  const tolerance = options.tolerance?.kind === 'LiteralValue' ? options.tolerance : undefined;
  switch (actual.kind) {
    case 'word':
      return false;
    case 'text':
      return actual.value !== null && actual.value === keyText(expected);
    case 'money': {
      const pence = literalPence(expected);
      if (pence === undefined || actual.value === null) return false;
      const allowed = tolerance ? (literalPence(tolerance) ?? 0n) : 0n;
      const diff = actual.value - pence;
      return (diff < 0n ? -diff : diff) <= (allowed < 0n ? -allowed : allowed);
    }
    case 'number': {
      const n = literalNumber(expected);
      if (n === undefined || actual.value === null) return false;
      if (tolerance) {
        const t = Math.abs(literalNumber(tolerance) ?? 0);
        return Math.abs(actual.value - n) <= t + EPSILON;
      }
      if (options.exact) return actual.value === n;
      const half = halfUnit(expected.raw);
      return actual.value >= n - half - EPSILON && actual.value < n + half - EPSILON;
    }
  }
}
