// The `hewitt` command's entry point (dist/cli.js): runs the command line's bundle
// (dist/cli-main.js) through V8's code cache, kept in the user's cache folder, so that a command
// does not compile the bundle anew each time it starts. The cache only saves time: a missing,
// stale, damaged or unwritable cache is passed over (and written afresh where it can be), and
// HEWITT_COMPILE_CACHE=0 turns it off. Nothing but Node's own modules is loaded here.

import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

const BUNDLE = join(__dirname, 'cli-main.js');
const PREFIX = 'cli-main-';

/** The cache file for this bundle and this Node; undefined when the cache is off. */
function cacheFile(): string | undefined {
  if (process.env.HEWITT_COMPILE_CACHE === '0') return undefined;
  try {
    const folder = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'hewitt');
    const { size, mtimeMs } = statSync(BUNDLE);
    return join(folder, `${PREFIX}${process.version}-${process.arch}-${size}-${Math.round(mtimeMs)}.v8`);
  } catch {
    return undefined;
  }
}

function readCache(file: string | undefined): Buffer | undefined {
  try {
    return file === undefined ? undefined : readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes the cache whole or not at all, and removes the caches of other bundles and Nodes. */
function writeCache(file: string, data: Buffer): void {
  try {
    const folder = dirname(file);
    mkdirSync(folder, { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, data);
    renameSync(partial, file);
    for (const name of readdirSync(folder)) {
      if (name.startsWith(PREFIX) && join(folder, name) !== file) rmSync(join(folder, name), { force: true });
    }
  } catch {
    // A cache that cannot be written costs the next command its compile time, nothing more.
  }
}

const file = cacheFile();
const cached = readCache(file);
const source = readFileSync(BUNDLE, 'utf8');
// Node 20 serves no import() from a vm.Script: the bundle require()s what it loads on demand.
const script = new Script(Module.wrap(source), { filename: BUNDLE, cachedData: cached });
const stale = cached === undefined || script.cachedDataRejected === true;
// A cache written by a short command (--version) holds few functions: a longer one may add to it.
const thin = cached !== undefined && cached.length < source.length / 2;
if (file !== undefined && (stale || thin)) {
  // Written on the way out, so that it holds the functions this command compiled too.
  process.once('exit', () => {
    const data = script.createCachedData();
    if (stale || data.length > (cached?.length ?? 0)) writeCache(file, data);
  });
}
const bundleModule = { exports: {}, filename: BUNDLE, id: BUNDLE, loaded: false, children: [], paths: [] };
(script.runInThisContext() as (...args: unknown[]) => void).call(bundleModule.exports, bundleModule.exports, createRequire(BUNDLE), bundleModule, BUNDLE, dirname(BUNDLE));
