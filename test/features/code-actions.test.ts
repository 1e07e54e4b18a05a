import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../server/src/core/diagnostics';
import { applyEdits } from '../../server/src/core/edits';
import { codeActionsFor } from '../../server/src/core/features';
import { parse } from '../../server/src/core/syntax/parse';

const TEXT = `funding pilot {
  amount: £250k
  recurrent: no
}
classification c on ledger {
  category x {
    level: primary
  }
}
`;

const at = (word: string): { start: number; end: number } => ({ start: TEXT.indexOf(word), end: TEXT.indexOf(word) + word.length });

const RULE: Diagnostic = { code: 'hewitt/recurrent-funding', severity: 'warning', message: 'Pilot money is not recurrent.', span: at('recurrent: no') };
const FIXABLE: Diagnostic = {
  code: 'ambiguous-percent-change',
  severity: 'error',
  message: 'Say whether +1% means points or relative.',
  span: at('amount'),
  fixes: [
    { title: 'Use points', edits: [{ span: at('£250k'), newText: '£300k' }], preferred: true },
    { title: 'Use relative', edits: [{ span: at('£250k'), newText: '£200k' }] },
  ],
};
const NESTED: Diagnostic = { code: 'hewitt/category-level', severity: 'info', message: 'Say why.', span: at('level: primary') };

describe('codeActionsFor', () => {
  const file = parse(TEXT).file;

  it('offers every fix a diagnostic carries', () => {
    const actions = codeActionsFor(file, TEXT, [FIXABLE], at('amount'));
    expect(actions.map((a) => `${a.title}${a.preferred ? ' (preferred)' : ''}`)).toEqual(['Use points (preferred)', 'Use relative']);
  });

  it('suppresses a catalogue rule above its declaration', () => {
    const [action] = codeActionsFor(file, TEXT, [RULE], at('recurrent'));
    expect(action.title).toBe('Suppress hewitt/recurrent-funding here…');
    expect(applyEdits(TEXT, action.edits).split('\n').slice(0, 2)).toEqual([
      '// hewitt-ignore hewitt/recurrent-funding: explain why this is acceptable',
      'funding pilot {',
    ]);
  });

  it('suppresses above a category with its indentation', () => {
    const [action] = codeActionsFor(file, TEXT, [NESTED], at('level'));
    expect(applyEdits(TEXT, action.edits)).toContain('\n  // hewitt-ignore hewitt/category-level: explain why this is acceptable\n  category x {');
  });

  it('skips diagnostics outside the range and offers no suppression for structural codes', () => {
    expect(codeActionsFor(file, TEXT, [RULE], at('category x'))).toEqual([]);
    expect(codeActionsFor(file, TEXT, [{ ...FIXABLE, fixes: [] }], at('amount'))).toEqual([]);
  });
});
