// Formatting a range reformats the top-level declarations it touches; other text is untouched.
// Also: options, whole-file edits and applying edits.

import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../server/src/core/edits';
import { formatEdits, formatRange, formatText } from '../../server/src/core/format';

const messy = [
  'dataset   ledger "L" {',
  'source:"x.csv" // why',
  '}',
  'measure  m "M" {',
  '   from ledger',
  '}',
  '',
  'funding f "F"{amount:£1}',
  '',
].join('\n');

describe('formatRange', () => {
  it('reformats only the declaration the range touches', () => {
    const at = messy.indexOf('from ledger');
    const edits = formatRange(messy, { start: at, end: at });
    expect(edits).toHaveLength(1);
    expect(applyEdits(messy, edits)).toBe(messy.replace('measure  m "M" {\n   from ledger\n}', 'measure m "M" {\n  from ledger\n}'));
  });

  it('reformats every declaration a wide range touches', () => {
    const edits = formatRange(messy, { start: messy.indexOf('source'), end: messy.indexOf('funding') + 3 });
    expect(edits).toHaveLength(3);
    const result = formatText(messy);
    expect(result.kind).toBe('formatted');
    if (result.kind === 'formatted') expect(formatText(applyEdits(messy, edits))).toEqual({ ...result, changed: true });
  });

  it('gives no edits for text that is already formatted', () => {
    const formatted = formatText(messy);
    if (formatted.kind !== 'formatted') throw new Error(formatted.reason);
    expect(formatRange(formatted.text, { start: 0, end: formatted.text.length })).toEqual([]);
  });
});

describe('formatEdits', () => {
  it('replaces the whole text when it changes, and gives nothing otherwise', () => {
    const edits = formatEdits(messy);
    expect(edits).toHaveLength(1);
    const once = applyEdits(messy, edits);
    expect(formatEdits(once)).toEqual([]);
  });
});

describe('options', () => {
  it('indents by the number of spaces asked for', () => {
    const result = formatText('dataset d "D" { columns { a: text } }', { indent: 4 });
    expect(result).toEqual({ kind: 'formatted', text: 'dataset d "D" {\n    columns {\n        a: text\n    }\n}\n', changed: true });
  });

  it('falls back to two spaces for an unusable indent', () => {
    const result = formatText('dataset d "D" { source: "x" }', { indent: -3 });
    expect(result).toEqual({ kind: 'formatted', text: 'dataset d "D" {\n  source: "x"\n}\n', changed: true });
  });

  it('formats an empty file to an empty file', () => {
    expect(formatText('')).toEqual({ kind: 'formatted', text: '', changed: false });
    expect(formatText('\n\n  \n')).toEqual({ kind: 'formatted', text: '', changed: true });
  });
});

describe('applyEdits', () => {
  it('applies edits back to front, whatever their order', () => {
    const edits = [
      { span: { start: 0, end: 1 }, newText: 'A' },
      { span: { start: 4, end: 6 }, newText: '' },
      { span: { start: 2, end: 2 }, newText: '+' },
    ];
    expect(applyEdits('abcdefg', edits)).toBe('Ab+cdg');
  });
});
