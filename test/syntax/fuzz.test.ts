// Property tests: whatever the text, the parser never throws, every diagnostic lies inside the
// text, and every node of the tree lies inside the text. Runs are bounded by numRuns and a fixed
// seed, so the test is deterministic.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Span } from '../../server/src/core/syntax/ast';
import { parse } from '../../server/src/core/syntax/parse';

const samplesDir = join(__dirname, '..', '..', 'samples');
const samples = readdirSync(samplesDir)
  .filter((name) => name.endsWith('.hewitt'))
  .sort()
  .map((name) => readFileSync(join(samplesDir, name), 'utf8'));

function inside(span: Span, length: number): boolean {
  return Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= length;
}

/** Every object in the tree that has a span (nodes, names, key spans). */
function spansOf(value: unknown, out: Span[] = []): Span[] {
  if (Array.isArray(value)) {
    for (const item of value) spansOf(item, out);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record['start'] === 'number' && typeof record['end'] === 'number') out.push(record as unknown as Span);
    for (const key of Object.keys(record)) spansOf(record[key], out);
  }
  return out;
}

/** Words of the parser's insides, which must never reach a message. */
const INTERNAL = /RCurly|LCurly|RParen|LParen|RBracket|LBracket|NameToken|Identifier|Keyword_|EOF|Stray|\bWord\b|\bColon\b|\bComma\b|undefined|NaN/;

function checkText(text: string): void {
  const { file, diagnostics } = parse(text);
  for (const d of diagnostics) {
    expect(inside(d.span, text.length), `${d.code} ${JSON.stringify(d.span)} in a text of ${text.length}`).toBe(true);
    expect(d.message.length).toBeGreaterThan(0);
    expect(d.message).not.toMatch(INTERNAL);
  }
  for (const span of spansOf(file)) expect(inside(span, text.length), JSON.stringify(span)).toBe(true);
}

const PIECES = [
  'dataset', 'classification', 'measure', 'target', 'metric', 'funding', 'import', 'category', 'columns',
  'from', 'by', 'stratify', 'when', 'exclude', 'where', 'not', 'in', 'and', 'or', 'starts', 'with',
  'at least', 'exactly', 'relative', 'sum(', 'count()', '{', '}', '(', ')', '[', ']', ':', ',', '.', '..',
  '=', '!=', '<=', '>', '+', '-', '*', '/', '£1.2m', '£', '40%', '1pp', '2023/24', 'HC.6.2', '"text', '"t"',
  '///', '//', '/*', '*/', '\n', ' ', 'x', '§', '\\', '\u00e9', '\ud83d\ude00', '\r\n', '1_000',
];

const piecesText = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(' '));

type Mutation =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; piece: string }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'swap'; at: number; other: number; length: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 40 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), piece: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 5 })) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.nat({ max: 80 }) }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), other: fc.nat(), length: fc.nat({ max: 30 }) }),
);

function mutate(text: string, m: Mutation): string {
  const at = text.length === 0 ? 0 : m.at % (text.length + 1);
  switch (m.kind) {
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'insert':
      return text.slice(0, at) + m.piece + text.slice(at);
    case 'duplicate':
      return text.slice(0, at) + text.slice(at, at + m.length) + text.slice(at);
    case 'swap': {
      const other = text.length === 0 ? 0 : m.other % (text.length + 1);
      const [a, b] = at <= other ? [at, other] : [other, at];
      const length = Math.min(m.length, b - a);
      return text.slice(0, a) + text.slice(b, b + length) + text.slice(a + length, b) + text.slice(a, a + length) + text.slice(b + length);
    }
  }
}

const SEED = 20240401;

describe('parser robustness', () => {
  it('never throws on random strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200, unit: 'binary' }), checkText), { seed: SEED, numRuns: 300 });
  });

  it('never throws on random sequences of the language pieces', () => {
    fc.assert(fc.property(piecesText, checkText), { seed: SEED, numRuns: 300 });
  });

  it('never throws on mutated samples', () => {
    const mutated = fc
      .tuple(fc.nat({ max: samples.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 }))
      .map(([index, mutations]) => mutations.reduce(mutate, samples[index] ?? ''));
    fc.assert(fc.property(mutated, checkText), { seed: SEED, numRuns: 200 });
  });

  it('parses the samples without a syntax error', () => {
    for (const text of samples) expect(parse(text).diagnostics).toEqual([]);
  });
});
