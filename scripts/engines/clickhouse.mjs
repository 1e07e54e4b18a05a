// A throwaway two-shard ClickHouse cluster for the engine tests: installs Debian's
// clickhouse-server (18.16) when it is missing, starts two server processes on free local ports,
// each with its own folder, both naming the same `hewitt` cluster of two shards, and stops them
// (and removes the folders) afterwards. Idempotent: `start` reuses servers that still answer.
//
//   node scripts/engines/clickhouse.mjs start   # prints the first shard's HTTP URL last
//   node scripts/engines/clickhouse.mjs stop
//
// Tests import startClickHouse/stopClickHouse; every step prints one progress line on stderr.

import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePorts } from '../vscode/process.mjs';

const SERVER = '/usr/sbin/clickhouse-server';
const STATE = join(tmpdir(), 'hewitt-clickhouse.json');
export const CLUSTER = 'hewitt';

function progress(message) {
  process.stderr.write(`clickhouse: ${message}\n`);
}

function install() {
  if (existsSync(SERVER)) return;
  progress('clickhouse-server is not installed; installing it with apt-get (about a minute)');
  const options = { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
  execFileSync('apt-get', ['update'], options);
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'clickhouse-server'], options);
  if (!existsSync(SERVER)) throw new Error(`clickhouse-server installed, but ${SERVER} is missing`);
}

/** The answer of `SELECT 1` on an HTTP port, or undefined when nothing answers. */
function ping(port) {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: '/?query=SELECT%201', timeout: 2000 }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve(res.statusCode === 200 ? body.trim() : undefined));
    });
    req.on('error', () => resolve(undefined));
    req.on('timeout', () => req.destroy());
    req.end();
  });
}

function configOf(dir, shard, tcpPorts) {
  const replica = (port) => `<shard><replica><host>127.0.0.1</host><port>${port}</port></replica></shard>`;
  return `<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>${dir}/server.log</log><errorlog>${dir}/error.log</errorlog></logger>
  <http_port>${shard.http}</http_port>
  <tcp_port>${shard.tcp}</tcp_port>
  <listen_host>127.0.0.1</listen_host>
  <path>${dir}/data/</path>
  <tmp_path>${dir}/tmp/</tmp_path>
  <user_files_path>${dir}/user_files/</user_files_path>
  <users_config>/etc/clickhouse-server/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <mark_cache_size>53687091</mark_cache_size>
  <max_concurrent_queries>20</max_concurrent_queries>
  <remote_servers><${CLUSTER}>${tcpPorts.map(replica).join('')}</${CLUSTER}></remote_servers>
</yandex>
`;
}

async function waitUntilReady(ports, pids) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const answers = await Promise.all(ports.map(ping));
    if (answers.every((a) => a === '1')) return;
    for (const pid of pids) {
      try {
        process.kill(pid, 0);
      } catch {
        throw new Error(`a ClickHouse server (process ${pid}) exited while starting`);
      }
    }
    if (Date.now() > deadline) throw new Error('the ClickHouse servers did not answer within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Starts two shards (or reuses running ones) and returns `{ url, urls, shards, root }`. */
export async function startClickHouse({ stateFile = STATE } = {}) {
  if (existsSync(stateFile)) {
    const state = JSON.parse(readFileSync(stateFile, 'utf8'));
    if ((await Promise.all(state.shards.map((s) => ping(s.http)))).every((a) => a === '1')) {
      progress(`reusing the two shards on ports ${state.shards.map((s) => s.http).join(' and ')}`);
      return state;
    }
  }
  const started = Date.now();
  install();
  const root = mkdtempSync(join(tmpdir(), 'hewitt-ch-'));
  const shards = [];
  // Four different ports: two shards taking the same one would look like two shards answering.
  const ports = await freePorts(4);
  for (let i = 0; i < 2; i++) shards.push({ http: ports[2 * i], tcp: ports[2 * i + 1], dir: join(root, `shard${i + 1}`) });
  const pids = [];
  for (const shard of shards) {
    for (const sub of ['data', 'tmp', 'user_files']) mkdirSync(join(shard.dir, sub), { recursive: true });
    const config = join(shard.dir, 'config.xml');
    writeFileSync(config, configOf(shard.dir, shard, shards.map((s) => s.tcp)));
    progress(`starting a shard on 127.0.0.1:${shard.http} (HTTP) and :${shard.tcp} (native) in ${shard.dir}`);
    const child = spawn(SERVER, [`--config-file=${config}`], { detached: true, stdio: 'ignore', cwd: shard.dir });
    child.unref();
    shard.pid = child.pid;
    pids.push(child.pid);
  }
  await waitUntilReady(shards.map((s) => s.http), pids);
  const urls = shards.map((s) => `http://127.0.0.1:${s.http}/`);
  const state = { url: urls[0], urls, shards, root, cluster: CLUSTER };
  writeFileSync(stateFile, JSON.stringify(state));
  progress(`two shards ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return state;
}

/** Stops the servers of the state file and removes their folders. */
export async function stopClickHouse({ stateFile = STATE } = {}) {
  if (!existsSync(stateFile)) return;
  const state = JSON.parse(readFileSync(stateFile, 'utf8'));
  progress(`stopping the shards on ports ${state.shards.map((s) => s.http).join(' and ')}`);
  for (const shard of state.shards) {
    try {
      process.kill(shard.pid, 'SIGTERM');
    } catch {
      progress(`the shard on port ${shard.http} was not running`);
    }
  }
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline && state.shards.some((s) => alive(s.pid))) await new Promise((resolve) => setTimeout(resolve, 100));
  for (const shard of state.shards) if (alive(shard.pid)) process.kill(shard.pid, 'SIGKILL');
  rmSync(state.root, { recursive: true, force: true });
  rmSync(stateFile, { force: true });
  progress('stopped and removed');
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const command = process.argv[2];
  if (command === 'start') process.stdout.write(`${(await startClickHouse()).url}\n`);
  else if (command === 'stop') await stopClickHouse();
  else {
    process.stderr.write('usage: node scripts/engines/clickhouse.mjs start|stop\n');
    process.exit(2);
  }
}
