// Deep nesting: absurdly nested or chained input gives one `nesting-too-deep` error at the first
// place past the limit, never a stack overflow, and the declarations after it are still parsed.

import { describe, expect, it } from 'vitest';
import { dumpTree } from '../../server/src/core/syntax/dump';
import { parse } from '../../server/src/core/syntax/parse';

const AFTER = '\n\nmeasure after "Still parsed" {\n  from ledger\n}\n';

function deep(value: string): string {
  return `measure deep {\n  value: ${value}\n}${AFTER}`;
}

const CASES: readonly { name: string; value: string; culprit: string }[] = [
  { name: '10,000 brackets', value: '('.repeat(10_000) + 'a' + ')'.repeat(10_000), culprit: '(' },
  { name: '10,000 list brackets', value: '['.repeat(10_000) + ']'.repeat(10_000), culprit: '[' },
  { name: '10,000 nots', value: 'not '.repeat(10_000) + 'a', culprit: 'not' },
  { name: '10,000 minus signs', value: '- '.repeat(10_000) + 'a', culprit: '-' },
  { name: 'a 100,000-term sum', value: Array.from({ length: 100_000 }, () => 'a').join(' + '), culprit: '+' },
];

describe('deep nesting', () => {
  it.each(CASES)('$name', ({ value, culprit }) => {
    const text = deep(value);
    const { file, diagnostics } = parse(text);
    expect(diagnostics.map((d) => d.code)).toEqual(['nesting-too-deep']);
    const [d] = diagnostics;
    expect(text.slice(d!.span.start, d!.span.end)).toBe(culprit);
    const valueStart = text.indexOf('value: ') + 'value: '.length;
    expect(d!.span.start).toBeGreaterThan(valueStart);
    expect(file.declarations.map((x) => x.kind === 'Import' ? x.kind : `${x.kind} ${x.name?.text}`)).toEqual(['Measure after']);
    expect(() => dumpTree(file, text)).not.toThrow();
  });

  it('points at the first bracket past the limit', () => {
    const text = deep('('.repeat(100) + 'a' + ')'.repeat(100));
    const [d] = parse(text).diagnostics;
    expect(d?.message).toMatchInlineSnapshot(`"This is nested more than 64 levels deep; split the expression into simpler parts."`);
    const valueStart = text.indexOf('(');
    expect(d?.span).toEqual({ start: valueStart + 63, end: valueStart + 64 });
  });

  it('accepts nesting up to the limit', () => {
    const text = deep('('.repeat(60) + 'a' + ')'.repeat(60));
    expect(parse(text).diagnostics).toEqual([]);
  });
});
