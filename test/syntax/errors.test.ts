// Error lists: each file in cases/invalid gives the diagnostics listed in the `.errors` file
// beside it, one a line as `line:col-line:col code message` (UPDATE_GOLDEN=1 rewrites them).

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../server/src/core/syntax/parse';
import { caseFiles, casesDir, errorLines, expectGolden, readCase } from './support';

/** Words that belong to the parser's insides and must never reach a message. */
const INTERNAL = /RCurly|LCurly|RParen|LParen|RBracket|LBracket|NameToken|Identifier|Keyword_|EOF|Stray|\bWord\b|Colon|Comma|token/;

describe('syntax error lists', () => {
  it.each(caseFiles('invalid'))('%s', (name) => {
    const text = readCase('invalid', name);
    const { diagnostics } = parse(text);
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const d of diagnostics) expect(d.message).not.toMatch(INTERNAL);
    expectGolden(join(casesDir, 'invalid', name.replace(/\.hewitt$/, '.errors')), errorLines(text, diagnostics));
  });
});
