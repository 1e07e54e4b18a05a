// The language reference lists every structural code, and its examples highlight cleanly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STRUCTURAL_CODES } from '../../server/src/core/diagnostics';
import { tokenize } from './support';

const reference = readFileSync(join(__dirname, '..', '..', 'docs', 'language.md'), 'utf8');
const examples = [...reference.matchAll(/```hewitt\n([\s\S]*?)```/g)].map((match) => match[1]);

describe('the language reference', () => {
  it.each(Object.keys(STRUCTURAL_CODES))('describes the code %s', (code) => {
    expect(reference).toContain(`| \`${code}\` |`);
  });

  it('has an example of every declaration', () => {
    for (const keyword of ['import', 'dataset', 'classification', 'measure', 'target', 'metric', 'funding']) {
      expect(examples.some((example) => new RegExp(`^${keyword} `, 'm').test(example))).toBe(true);
    }
  });

  it('has examples that highlight without invalid tokens', async () => {
    const invalid: string[] = [];
    for (const example of examples) {
      for (const line of await tokenize(example)) {
        for (const token of line) if (token.scopes.some((scope) => scope.startsWith('invalid'))) invalid.push(token.text);
      }
    }
    expect(invalid).toEqual([]);
  });
});
