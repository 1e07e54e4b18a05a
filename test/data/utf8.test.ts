import { describe, expect, it } from 'vitest';
import { createUtf8Stream, type DecodeStep } from '../../server/src/core/data/utf8';

/** Decodes `bytes` in chunks of `size`; the text, or the offset of the first invalid byte. */
function decode(bytes: number[], size: number): string | number {
  const stream = createUtf8Stream();
  let text = '';
  const take = (step: DecodeStep): number | undefined => {
    if (step.kind === 'invalid') return step.offset;
    text += step.text;
    return undefined;
  };
  for (let i = 0; i < bytes.length; i += size) {
    const bad = take(stream.push(new Uint8Array(bytes.slice(i, i + size))));
    if (bad !== undefined) return bad;
  }
  return take(stream.end()) ?? text;
}

const utf8 = (text: string): number[] => [...new TextEncoder().encode(text)];

// [name, bytes, text or offset of the first bad byte]
const CASES: [string, number[], string | number][] = [
  ['ascii', utf8('a,b\n'), 'a,b\n'],
  ['multi-byte characters', utf8('£1 café – 😀'), '£1 café – 😀'],
  ['byte-order mark dropped', [0xef, 0xbb, 0xbf, ...utf8('x')], 'x'],
  ['a Latin-1 pound sign', [...utf8('ab'), 0xa3, ...utf8('12')], 2],
  ['a lone continuation byte', [...utf8('abc'), 0x80], 3],
  ['an overlong encoding', [...utf8('a'), 0xc0, 0xaf], 1],
  ['a surrogate', [...utf8('ab'), 0xed, 0xa0, 0x80], 2],
  ['a broken sequence', [...utf8('£'), 0xe2, 0x41, 0x41], 2],
  ['cut short at the end', [...utf8('£'), 0xe2, 0x82], 2],
];

describe('strict UTF-8 decoding in chunks', () => {
  it.each(CASES)('%s', (_name, bytes, expected) => {
    for (const size of [1, 2, 3, 5, 64]) expect(decode(bytes, size), `chunks of ${size}`).toBe(expected);
  });
});
