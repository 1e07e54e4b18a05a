// The commands run in-process on temporary folders, with a stand-in checker and formatter so the
// command line's own behaviour (paths, options, exit codes, output files) is tested on its own.
import { chmodSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCommandWith, type Checker } from '../../server/src/cli/commands/check';
import { fmtCommandWith, type Formatter } from '../../server/src/cli/commands/fmt';
import { runCommand } from '../../server/src/cli/run';
import type { CheckOptions } from '../../server/src/core/check';
import type { Severity } from '../../server/src/core/diagnostics';
import { memoryIo, tempFolder } from './support';

/** Each ERROR, WARNING or INFO in a file is a diagnostic of that severity. */
const standIn: Checker = (paths, host, options) => {
  seenOptions.push(options);
  return paths.map((path) => {
    const text = host.readFile(path) ?? '';
    const diagnostics = [...text.matchAll(/ERROR|WARNING|INFO/g)].map((m) => ({
      code: 'stand-in',
      severity: m[0].toLowerCase() as Severity,
      message: `Found ${m[0]}.`,
      span: { start: m.index ?? 0, end: (m.index ?? 0) + m[0].length },
    }));
    return { path, text, diagnostics };
  });
};
const seenOptions: unknown[] = [];
const check = checkCommandWith(standIn);

const FILES = {
  'rules/b.hewitt': 'WARNING\n',
  'rules/a.hewitt': 'clean\n',
  'rules/deep/c.hewitt': 'INFO\n',
  'rules/notes.txt': 'ERROR\n',
  'rules/node_modules/x.hewitt': 'ERROR\n',
  'rules/.hidden/y.hewitt': 'ERROR\n',
  'broken.hewitt': 'ERROR here\n',
};

async function runCheck(argv: string[], cwd = tempFolder(FILES), env: Record<string, string> = {}, isTTY = false) {
  const io = memoryIo(cwd, env, isTTY);
  const code = await runCommand(check, argv, io);
  return { code, out: io.out(), err: io.err(), cwd };
}

function pathsOf(jsonText: string): string[] {
  return JSON.parse(jsonText).files.map((f: { path: string }) => f.path);
}

describe('hewitt check: choosing files', () => {
  it('walks folders for *.hewitt, skipping node_modules and dot-folders, sorted', async () => {
    const { code, out } = await runCheck(['rules', '--format', 'json']);
    expect(code).toBe(0);
    expect(pathsOf(out)).toEqual(['rules/a.hewitt', 'rules/b.hewitt', 'rules/deep/c.hewitt']);
  });

  it('checks the current folder by default and removes duplicates', async () => {
    expect(pathsOf((await runCheck(['--format', 'json'])).out)).toEqual(['broken.hewitt', 'rules/a.hewitt', 'rules/b.hewitt', 'rules/deep/c.hewitt']);
    expect(pathsOf((await runCheck(['rules/a.hewitt', 'rules', './rules/a.hewitt', '--format', 'json'])).out)).toEqual([
      'rules/a.hewitt',
      'rules/b.hewitt',
      'rules/deep/c.hewitt',
    ]);
  });

  it('expands globs itself', async () => {
    expect(pathsOf((await runCheck(['rules/**/*.hewitt', '--format', 'json'])).out)).toEqual(['rules/a.hewitt', 'rules/b.hewitt', 'rules/deep/c.hewitt']);
    expect(pathsOf((await runCheck(['rules/*.{hewitt,txt}', '--format', 'json'])).out)).toEqual(['rules/a.hewitt', 'rules/b.hewitt', 'rules/notes.txt']);
  });

  it('shows paths relative to the working folder', async () => {
    const root = tempFolder(FILES);
    const { out } = await runCheck(['../broken.hewitt', '.', '--format', 'json'], join(root, 'rules'));
    expect(pathsOf(out)).toEqual(['../broken.hewitt', 'a.hewitt', 'b.hewitt', 'deep/c.hewitt']);
  });

  it.each([
    [['missing.hewitt'], 'hewitt: no such file or directory: missing.hewitt\n'],
    [['rules/**/*.csv'], 'hewitt: no files match: rules/**/*.csv\n'],
    [['--config', 'nope.json'], 'hewitt: no such file or directory: nope.json\n'],
    [['--format', 'xml'], "hewitt: option '--format' must be one of pretty, json, sarif, github, junit; got 'xml'\n"],
    [['--fail-level', 'hint'], "hewitt: option '--fail-level' must be one of error, warning, info; got 'hint'\n"],
    [['--colour'], "hewitt: unknown option '--colour' for hewitt check (see hewitt check --help)\n"],
  ])('stops with exit 2 and one line for %j', async (argv, message) => {
    const { code, out, err } = await runCheck(argv);
    expect({ code, out, err }).toEqual({ code: 2, out: '', err: message });
  });
});

describe('hewitt check: exit codes and options', () => {
  it.each([
    [['rules/a.hewitt'], 0],
    [['rules/b.hewitt'], 0],
    [['rules/b.hewitt', '--fail-level', 'warning'], 1],
    [['rules/deep/c.hewitt', '--fail-level', 'warning'], 0],
    [['rules/deep/c.hewitt', '--fail-level', 'info'], 1],
    [['broken.hewitt'], 1],
  ])('%j exits %i', async (argv, expected) => {
    expect((await runCheck(argv)).code).toBe(expected);
  });

  it('--quiet reports only what reaches the fail level, without a summary', async () => {
    expect((await runCheck(['rules', '--quiet'])).out).toBe('');
    const { out } = await runCheck(['rules', '--quiet', '--fail-level', 'warning']);
    expect(out).toBe('rules/b.hewitt:1:1 warning stand-in Found WARNING.\n  1 | WARNING\n    | ^~~~~~~\n');
  });

  it('colours on a terminal only, unless NO_COLOR or --no-color', async () => {
    expect((await runCheck(['rules/b.hewitt'], undefined, {}, true)).out).toContain('\u001b[33mwarning');
    expect((await runCheck(['rules/b.hewitt'], undefined, { NO_COLOR: '1' }, true)).out).not.toContain('\u001b[');
    expect((await runCheck(['rules/b.hewitt', '--no-color'], undefined, {}, true)).out).not.toContain('\u001b[');
    expect((await runCheck(['rules/b.hewitt'], undefined, {}, false)).out).not.toContain('\u001b[');
  });

  it('--output writes the report to a file instead of stdout', async () => {
    const { code, out, cwd } = await runCheck(['rules', '--format', 'sarif', '--output', 'out.sarif']);
    expect({ code, out }).toEqual({ code: 0, out: '' });
    expect(JSON.parse(readFileSync(join(cwd, 'out.sarif'), 'utf8')).version).toBe('2.1.0');
  });

  it('--config must name a readable file and reaches the checker', async () => {
    const cwd = tempFolder({ ...FILES, 'hewitt.config.json': '{}' });
    seenOptions.length = 0;
    expect((await runCheck(['rules', '--config', 'hewitt.config.json'], cwd)).code).toBe(0);
    expect(seenOptions).toHaveLength(1);
    const options = seenOptions[0] as CheckOptions;
    expect(options.configFor?.('rules/a.hewitt').path).toBe('hewitt.config.json');
  });

  it('appends a job summary when GITHUB_STEP_SUMMARY names a file', async () => {
    const cwd = tempFolder({ ...FILES, 'summary.md': '# Earlier step\n' });
    const { out } = await runCheck(['rules/b.hewitt', '--format', 'github'], cwd, { GITHUB_STEP_SUMMARY: join(cwd, 'summary.md') });
    expect(out).toBe('::warning file=rules/b.hewitt,line=1,col=1,endLine=1,endColumn=7,title=stand-in::Found WARNING.\n');
    const summary = readFileSync(join(cwd, 'summary.md'), 'utf8');
    expect(summary.startsWith('# Earlier step\n### Hewitt Rules check')).toBe(true);
    expect(summary).toContain('| warning | rules/b.hewitt:1:1 | stand-in | Found WARNING. |');
  });

  it('turns an unexpected failure into one line and exit 3, with the stack only under HEWITT_DEBUG=1', async () => {
    const failing = checkCommandWith(() => {
      throw new Error('boom');
    });
    const io = memoryIo(tempFolder(FILES));
    expect(await runCommand(failing, ['rules'], io)).toBe(3);
    expect(io.err()).toBe('hewitt: internal error: boom (set HEWITT_DEBUG=1 to see where)\n');
    const debug = memoryIo(tempFolder(FILES), { HEWITT_DEBUG: '1' });
    expect(await runCommand(failing, ['rules'], debug)).toBe(3);
    expect(debug.err()).toMatch(/^hewitt: internal error: boom\nError: boom\n\s+at /);
  });
});

/** Removes trailing spaces; a file containing SYNTAX is refused. */
const trimmer: Formatter = (text) =>
  text.includes('SYNTAX')
    ? { kind: 'not-formatted', reason: 'The file has a syntax error.' }
    : { kind: 'formatted', text: text.replace(/ +$/gm, ''), changed: / +$/m.test(text) };
const fmt = fmtCommandWith(trimmer);

const UNFORMATTED = { 'a.hewitt': 'tidy\n', 'b.hewitt': 'messy   \n', 'c/d.hewitt': 'also messy \n' };

async function runFmt(argv: string[], files: Record<string, string> = UNFORMATTED) {
  const cwd = tempFolder(files);
  const io = memoryIo(cwd);
  const code = await runCommand(fmt, argv, io);
  return { code, out: io.out(), err: io.err(), cwd };
}

describe('hewitt fmt', () => {
  it('writes only the files that change and names them', async () => {
    const { code, out, err, cwd } = await runFmt([]);
    expect({ code, out, err }).toEqual({ code: 0, out: 'b.hewitt\nc/d.hewitt\n', err: '2 files reformatted, 1 file already formatted.\n' });
    expect(readFileSync(join(cwd, 'b.hewitt'), 'utf8')).toBe('messy\n');
    expect(readFileSync(join(cwd, 'c/d.hewitt'), 'utf8')).toBe('also messy\n');
    expect(readdirSync(cwd).sort()).toEqual(['a.hewitt', 'b.hewitt', 'c']);
  });

  it('--check writes nothing, lists what would change and exits 1', async () => {
    const { code, out, cwd } = await runFmt(['--check']);
    expect({ code, out }).toEqual({ code: 1, out: 'b.hewitt\nc/d.hewitt\n' });
    expect(readFileSync(join(cwd, 'b.hewitt'), 'utf8')).toBe('messy   \n');
    expect((await runFmt(['--check', 'a.hewitt'])).code).toBe(0);
  });

  it('reports a file it cannot format and exits 1, leaving it as written', async () => {
    const { code, err, cwd } = await runFmt([], { 'bad.hewitt': 'SYNTAX   \n', 'ok.hewitt': 'ok\n' });
    expect(code).toBe(1);
    expect(err).toContain('bad.hewitt: not formatted: The file has a syntax error.\n');
    expect(readFileSync(join(cwd, 'bad.hewitt'), 'utf8')).toBe('SYNTAX   \n');
  });

  it('exits 2 for a path that does not exist', async () => {
    const { code, err } = await runFmt(['nowhere.hewitt']);
    expect({ code, err }).toEqual({ code: 2, err: 'hewitt: no such file or directory: nowhere.hewitt\n' });
  });

  it('keeps the file mode when it rewrites', async () => {
    const cwd = tempFolder({ 'x.hewitt': 'x  \n' });
    chmodSync(join(cwd, 'x.hewitt'), 0o640);
    expect(await runCommand(fmt, [], memoryIo(cwd))).toBe(0);
    expect(statSync(join(cwd, 'x.hewitt')).mode & 0o777).toBe(0o640);
  });
});
