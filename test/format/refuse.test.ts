// Files with syntax errors are refused with a reason that says what to do, and nothing changes.

import { describe, expect, it } from 'vitest';
import { formatEdits, formatRange, formatText } from '../../server/src/core/format';
import { syntaxErrorsOf } from './support';

const broken = [
  'dataset ledger "L" {\n  source: "x.csv"\n',
  'measure m "M" {\n  value: sum(amount where)\n}\n',
  'dataset ledger "L" {\n  source "x.csv"\n}\n',
  'measure m "M" {\n  value: (1 + 2\n}\n',
  'funding f "F" {\n  amount: £250k\n  period: 2024/25 ..\n}\n',
];

describe('a file with syntax errors', () => {
  it.each(broken)('is refused: %j', (text) => {
    expect(syntaxErrorsOf(text)).toBeGreaterThan(0);
    const result = formatText(text);
    expect(result.kind).toBe('not-formatted');
    if (result.kind === 'not-formatted') expect(result.reason).toMatch(/fix the syntax errors? first/);
  });

  it.each(broken)('gets no edits: %j', (text) => {
    expect(formatEdits(text)).toEqual([]);
    expect(formatRange(text, { start: 0, end: text.length })).toEqual([]);
  });
});
