// Small process helpers for the real-VS-Code harness: run a command to completion, find a free
// port, wait for a URL or a file with a bound. Every wait checks a condition; none is a bare sleep.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

export function run(command, args, { cwd, env, quiet = false, stderr = 'pipe' } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, env: env ?? process.env, stdio: quiet ? ['ignore', 'pipe', stderr] : 'inherit' });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolvePromise(output) : reject(new Error(`${command} ${args.join(' ')} exited with ${code}\n${output}`))));
  });
}

export function freePort() {
  return freePorts(1).then(([port]) => port);
}

/**
 * `count` different free ports: all are held open together before any is released, so none is
 * handed out twice (a port just released is often the next one the system gives).
 */
export async function freePorts(count) {
  const servers = [];
  try {
    for (let i = 0; i < count; i++) {
      const server = createServer();
      servers.push(server);
      await new Promise((resolvePromise, reject) => {
        server.on('error', reject);
        server.listen(0, '127.0.0.1', resolvePromise);
      });
    }
    return servers.map((server) => server.address().port);
  } finally {
    await Promise.all(servers.map((server) => new Promise((resolvePromise) => server.close(() => resolvePromise()))));
  }
}

/** Checks `condition` every `everyMs` until it returns a value other than undefined; throws after `timeoutMs`. */
export async function until(what, condition, { timeoutMs, everyMs = 250, alive = () => true }) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value !== undefined) return value;
    if (!alive()) throw new Error(`gave up waiting for ${what}: the VS Code server exited`);
    if (Date.now() > deadline) throw new Error(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

export async function httpOk(url) {
  try {
    const response = await fetch(url);
    return response.ok ? true : undefined;
  } catch {
    return undefined;
  }
}

export const fileExists = (path) => (existsSync(path) ? true : undefined);
