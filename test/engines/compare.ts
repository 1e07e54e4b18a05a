// Comparing two evaluation results as the engines contract asks: money to the penny, numbers to a
// relative 1e-9, the same groups, no-data values and statuses. Returns the differences found.

import type { EvalResult } from '../../server/src/core/eval/result';

const TOLERANCE = 1e-9;

function close(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

function walk(path: string, a: unknown, b: unknown, out: string[]): void {
  if (out.length > 20) return;
  if (typeof a === 'number' && typeof b === 'number') {
    if (!close(a, b)) out.push(`${path}: ${a} ≠ ${b}`);
    return;
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
    if (a !== b) out.push(`${path}: ${String(a)} ≠ ${String(b)}`);
    return;
  }
  if (Array.isArray(a) !== Array.isArray(b)) {
    out.push(`${path}: array and object`);
    return;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) walk(`${path}.${key}`, (a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], out);
}

/** Every difference between two results, ignoring diagnostics (their wording is per engine). */
export function differences(expected: EvalResult, actual: EvalResult): string[] {
  const out: string[] = [];
  const strip = ({ diagnostics: _, ...rest }: EvalResult) => rest;
  walk('result', strip(expected), strip(actual), out);
  return out;
}
