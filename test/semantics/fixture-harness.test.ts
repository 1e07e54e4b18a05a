// The fixture format itself: markers, files and cursors.
import { describe, expect, it } from 'vitest';
import { parseFixture, withCursor } from '../support/fixture';

describe('parseFixture', () => {
  it('reads caret markers against the code line above and removes them', () => {
    const fixture = parseFixture(`
      measure m { value: sum(icb) }
      //                     ^^^ type-mismatch sum needs
    `);
    const text = fixture.files.get('/main.hewitt')!;
    expect(text).toBe('measure m { value: sum(icb) }\n');
    expect(fixture.expected).toEqual([{ path: '/main.hewitt', start: 23, end: 26, code: 'type-mismatch', messagePart: 'sum needs' }]);
    expect(text.slice(23, 26)).toBe('icb');
  });

  it('accepts markers without the comment slashes and stacks several under one line', () => {
    const fixture = parseFixture(`
      a b c
        ^ unknown-name
      ^ syntax
    `);
    expect(fixture.expected.map((e) => [e.start, e.end, e.code])).toEqual([
      [2, 3, 'unknown-name'],
      [0, 1, 'syntax'],
    ]);
  });

  it('splits files at //- headers', () => {
    const fixture = parseFixture(`
      //- /a.hewitt
      import "b.hewitt"
      //- /b.hewitt
      dataset d { }
      //          ^ missing-property
    `);
    expect([...fixture.files.keys()]).toEqual(['/a.hewitt', '/b.hewitt']);
    expect(fixture.files.get('/b.hewitt')).toBe('dataset d { }\n');
    expect(fixture.expected[0]).toMatchObject({ path: '/b.hewitt', start: 12, end: 13 });
  });

  it('finds the $0 cursor', () => {
    const cursor = withCursor(`
      measure m {
        from led$0ger
      }
    `);
    expect(cursor.text).toBe('measure m {\n  from ledger\n}\n');
    expect(cursor.text.slice(cursor.offset)).toMatch(/^ger/);
  });
});
