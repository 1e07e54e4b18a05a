// A throwaway PostgreSQL 15 cluster for the engine tests: installs Debian's postgresql-15 when it
// is missing, creates a cluster in a temporary folder owned by the unprivileged `postgres` user,
// starts it on a free local port and stops it (and removes the folder) afterwards. Idempotent:
// `start` reuses a cluster that is already running from the same state file.
//
//   node scripts/engines/postgres.mjs start   # prints the connection URL last
//   node scripts/engines/postgres.mjs stop
//
// Tests import startPostgres/stopPostgres; every step prints one progress line on stderr.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../vscode/process.mjs';

const BIN = '/usr/lib/postgresql/15/bin';
const STATE = join(tmpdir(), 'hewitt-postgres.json');

function progress(message) {
  process.stderr.write(`postgres: ${message}\n`);
}

function run(command, args, options = {}) {
  return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
}

/** Runs as the unprivileged postgres user when this process is root (initdb refuses root). */
function asPostgres(command, args) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return isRoot ? run('runuser', ['-u', 'postgres', '--', command, ...args]) : run(command, args);
}

function install() {
  if (existsSync(join(BIN, 'initdb'))) return;
  progress('postgresql-15 is not installed; installing it with apt-get (about a minute)');
  run('apt-get', ['update'], { stdio: 'inherit' });
  run('apt-get', ['install', '-y', '--no-install-recommends', 'postgresql-15'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (!existsSync(join(BIN, 'initdb'))) throw new Error(`postgresql-15 installed, but ${BIN}/initdb is missing`);
}

function running(state) {
  try {
    asPostgres(join(BIN, 'pg_ctl'), ['-D', state.dir, 'status']);
    return true;
  } catch {
    return false;
  }
}

/** Starts a cluster (or reuses the running one) and returns `{ url, dir, port }`. */
export async function startPostgres({ stateFile = STATE } = {}) {
  if (existsSync(stateFile)) {
    const state = JSON.parse(readFileSync(stateFile, 'utf8'));
    if (running(state)) {
      progress(`reusing the cluster on port ${state.port} (${state.dir})`);
      return state;
    }
  }
  const started = Date.now();
  install();
  const dir = mkdtempSync(join(tmpdir(), 'hewitt-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  run('install', ['-d', '-o', 'postgres', '-g', 'postgres', '-m', '700', data]);
  progress(`creating a cluster in ${data}`);
  // ICU English collation: text order differs from code-point order, as in most warehouses.
  asPostgres(join(BIN, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8', '--locale-provider=icu', '--icu-locale=en-GB']);
  const port = await freePort();
  progress(`starting it on 127.0.0.1:${port}`);
  asPostgres(join(BIN, 'pg_ctl'), ['-D', data, '-o', `-p ${port} -k ${data} -c listen_addresses=127.0.0.1`, '-l', join(dir, 'server.log'), '-w', 'start']);
  const state = { url: `postgres://postgres@127.0.0.1:${port}/postgres`, dir: data, root: dir, port };
  writeFileSync(stateFile, JSON.stringify(state));
  progress(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return state;
}

/** Stops the cluster of the state file and removes its folder. */
export function stopPostgres({ stateFile = STATE } = {}) {
  if (!existsSync(stateFile)) return;
  const state = JSON.parse(readFileSync(stateFile, 'utf8'));
  progress(`stopping the cluster on port ${state.port}`);
  try {
    asPostgres(join(BIN, 'pg_ctl'), ['-D', state.dir, '-m', 'fast', '-w', 'stop']);
  } catch (error) {
    progress(`it was not running (${String(error.message).split('\n')[0]})`);
  }
  rmSync(state.root, { recursive: true, force: true });
  rmSync(stateFile, { force: true });
  progress('stopped and removed');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const command = process.argv[2];
  if (command === 'start') process.stdout.write(`${(await startPostgres()).url}\n`);
  else if (command === 'stop') stopPostgres();
  else {
    process.stderr.write('usage: node scripts/engines/postgres.mjs start|stop\n');
    process.exit(2);
  }
}
