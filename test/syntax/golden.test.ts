// Golden tree dumps: each file in cases/valid parses without a diagnostic, and its tree matches
// the `.tree` file beside it (UPDATE_GOLDEN=1 rewrites them).

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dumpTree } from '../../server/src/core/syntax/dump';
import { parse } from '../../server/src/core/syntax/parse';
import { caseFiles, casesDir, errorLines, expectGolden, readCase } from './support';

describe('golden syntax trees', () => {
  it.each(caseFiles('valid'))('%s', (name) => {
    const text = readCase('valid', name);
    const { file, diagnostics } = parse(text);
    expect(errorLines(text, diagnostics)).toBe('');
    expectGolden(join(casesDir, 'valid', name.replace(/\.hewitt$/, '.tree')), dumpTree(file, text));
  });
});
