// Parsing options, globs and the help text (in-process).
import { describe, expect, it } from 'vitest';
import { parseArgs, type OptionSpec } from '../../server/src/cli/args';
import { globToRegExp, splitGlob } from '../../server/src/core/text/glob';
import { wrap } from '../../server/src/cli/help';

const SPECS: OptionSpec[] = [
  { kind: 'value', name: 'format', short: 'f', valueName: 'FORMAT', choices: ['pretty', 'json'], defaultValue: 'pretty', description: '' },
  { kind: 'value', name: 'output', valueName: 'FILE', description: '' },
  { kind: 'flag', name: 'quiet', short: 'q', description: '' },
];

describe('parseArgs', () => {
  it.each([
    [['a.hewitt', '--format', 'json'], { format: 'json' }, [], ['a.hewitt']],
    [['--format=json', '-q', 'b'], { format: 'json' }, ['quiet'], ['b']],
    [['-f', 'json', '--output', 'out.txt'], { format: 'json', output: 'out.txt' }, [], []],
    [[], { format: 'pretty' }, [], []],
    [['--', '--quiet'], { format: 'pretty' }, [], ['--quiet']],
  ])('reads %j', (argv, values, flags, positionals) => {
    const result = parseArgs(argv, SPECS, 'hewitt check');
    expect(result).toEqual({ kind: 'parsed', args: { values: new Map(Object.entries(values)), flags: new Set(flags), positionals } });
  });

  it.each([
    [['--bogus'], "unknown option '--bogus' for hewitt check (see hewitt check --help)"],
    [['-x'], "unknown option '-x' for hewitt check (see hewitt check --help)"],
    [['--format', 'xml'], "option '--format' must be one of pretty, json; got 'xml'"],
    [['--output'], "option '--output' needs a value (FILE)"],
    [['--quiet=yes'], "option '--quiet' takes no value"],
  ])('refuses %j', (argv, message) => {
    expect(parseArgs(argv, SPECS, 'hewitt check')).toEqual({ kind: 'invalid', message });
  });
});

describe('globs', () => {
  it.each([
    ['**/*.hewitt', 'a.hewitt', true],
    ['**/*.hewitt', 'x/y/a.hewitt', true],
    ['**/*.hewitt', 'a.csv', false],
    ['*.hewitt', 'x/a.hewitt', false],
    ['a?.hewitt', 'ab.hewitt', true],
    ['[ab].hewitt', 'b.hewitt', true],
    ['[!ab].hewitt', 'b.hewitt', false],
    ['{one,two}/*.hewitt', 'two/z.hewitt', true],
    ['{one,two}/*.hewitt', 'three/z.hewitt', false],
    ['a.b+c.hewitt', 'a.b+c.hewitt', true],
    ['a.b+c.hewitt', 'aXb+c.hewitt', false],
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(globToRegExp(pattern).test(path)).toBe(expected);
  });

  it.each([
    ['samples/**/*.hewitt', { base: 'samples', rest: '**/*.hewitt' }],
    ['*.hewitt', { base: '', rest: '*.hewitt' }],
    ['/abs/x/*.hewitt', { base: '/abs/x', rest: '*.hewitt' }],
  ])('splits %s into a folder to walk and a pattern', (pattern, split) => {
    expect(splitGlob(pattern)).toEqual(split);
  });
});

describe('help text', () => {
  it('wraps paragraphs at spaces', () => {
    expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four']);
  });
});
