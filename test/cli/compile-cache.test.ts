// The command line's code cache (cli/launch.ts): written on the first run, used afterwards, and
// never a reason for a command to fail or to answer differently.

import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runBuilt } from './support';

const SAMPLE = join(ROOT, 'samples', 'prevention.hewitt');

function cacheHome(): { home: string; folder: string; files: () => string[] } {
  const home = mkdtempSync(join(tmpdir(), 'hewitt-compile-cache-'));
  const folder = join(home, 'hewitt');
  return { home, folder, files: () => (existsSync(folder) ? readdirSync(folder).sort() : []) };
}

describe('the code cache', () => {
  const plain = runBuilt(['check', SAMPLE, '--format', 'json'], ROOT, { HEWITT_COMPILE_CACHE: '0' });

  it('is written by the first command and read by the next, which answer alike', () => {
    const cache = cacheHome();
    const first = runBuilt(['check', SAMPLE, '--format', 'json'], ROOT, { XDG_CACHE_HOME: cache.home });
    expect(cache.files()).toEqual([expect.stringMatching(/^cli-main-v\d+\.\d+\.\d+-\w+-\d+-\d+\.v8$/)]);
    const second = runBuilt(['check', SAMPLE, '--format', 'json'], ROOT, { XDG_CACHE_HOME: cache.home });
    expect([first, second]).toEqual([plain, plain]);
    expect(plain.status).toBe(0);
  });

  it('is written afresh when damaged, and the caches of other builds are removed', () => {
    const cache = cacheHome();
    runBuilt(['--version'], ROOT, { XDG_CACHE_HOME: cache.home });
    const [name] = cache.files();
    writeFileSync(join(cache.folder, name), 'not a code cache');
    writeFileSync(join(cache.folder, 'cli-main-v0.0.0-x64-1-1.v8'), 'an older build');
    expect(runBuilt(['check', SAMPLE, '--format', 'json'], ROOT, { XDG_CACHE_HOME: cache.home })).toEqual(plain);
    expect(cache.files()).toEqual([name]);
    expect(readFileSync(join(cache.folder, name), 'utf8')).not.toBe('not a code cache');
  });

  it('is passed over where it cannot be written, and not used at all when turned off', () => {
    const blocked = mkdtempSync(join(tmpdir(), 'hewitt-compile-cache-'));
    writeFileSync(join(blocked, 'hewitt'), 'a file where the folder would be');
    expect(runBuilt(['check', SAMPLE, '--format', 'json'], ROOT, { XDG_CACHE_HOME: blocked })).toEqual(plain);
    const off = cacheHome();
    expect(runBuilt(['check', SAMPLE, '--format', 'json'], ROOT, { XDG_CACHE_HOME: off.home, HEWITT_COMPILE_CACHE: '0' })).toEqual(plain);
    expect(off.files()).toEqual([]);
  });
});
