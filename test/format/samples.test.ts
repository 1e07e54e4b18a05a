// Every sample file (except the deliberately broken ones) survives formatting unchanged in
// meaning and comments, and formatting it twice changes nothing more.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatText } from '../../server/src/core/format';
import { commentsOf, meaningOf, syntaxErrorsOf } from './support';

const root = join(__dirname, '..', '..');
const samplesDir = join(root, 'samples');

function hewittFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === 'broken' && dir === samplesDir ? [] : hewittFiles(path);
    return path.endsWith('.hewitt') ? [path] : [];
  });
}

const samples = hewittFiles(samplesDir)
  .map((path) => relative(root, path))
  .sort();

describe('formatting the samples', () => {
  it('leaves out the deliberately broken samples', () => {
    expect(samples.filter((path) => path.split(/[\\/]/).includes('broken'))).toEqual([]);
  });

  it.each(samples)('%s', (path) => {
    const input = readFileSync(join(root, path), 'utf8');
    if (syntaxErrorsOf(input) > 0) {
      expect(formatText(input).kind).toBe('not-formatted');
      return;
    }
    const once = formatText(input);
    if (once.kind !== 'formatted') throw new Error(once.reason);
    expect(formatText(once.text)).toEqual({ kind: 'formatted', text: once.text, changed: false });
    expect(commentsOf(once.text)).toEqual(commentsOf(input));
    expect(meaningOf(once.text)).toEqual(meaningOf(input));
  });
});
