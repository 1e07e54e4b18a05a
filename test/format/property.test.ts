// For generated valid files with random layout and comments, formatting is idempotent, keeps
// every comment and keeps the meaning.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatText } from '../../server/src/core/format';
import { messyFile } from './generate';
import { commentsOf, meaningOf, syntaxErrorsOf } from './support';

describe('formatting generated files', () => {
  it('generates files without syntax errors', () => {
    fc.assert(
      fc.property(messyFile, (text) => {
        expect(syntaxErrorsOf(text), text).toBe(0);
      }),
      { seed: 20240601, numRuns: 200 },
    );
  });

  it('is idempotent and keeps meaning and comments', () => {
    fc.assert(
      fc.property(messyFile, (text) => {
        const once = formatText(text);
        if (once.kind !== 'formatted') throw new Error(`${once.reason}\n${text}`);
        expect(formatText(once.text)).toEqual({ kind: 'formatted', text: once.text, changed: false });
        expect(commentsOf(once.text)).toEqual(commentsOf(text));
        expect(meaningOf(once.text)).toEqual(meaningOf(text));
      }),
      { seed: 20240601, numRuns: 200 },
    );
  });
});
