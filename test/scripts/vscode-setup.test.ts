// The real-VS-Code set-up installs Node 24 and the VS Code server with nested `npm install`s. Run
// from `npm test`, those inherit the outer npm's variables; npm reads each `npm_config_*` one as its
// own setting, and code-server's install script refused Node 24 because the inherited user agent
// named the outer Node. A warm cache hides that, so this test runs the nested-install step itself,
// in the context README's `npm test` gives it, on a local probe package whose install script makes
// the same check: it fails if it sees the outer npm's user agent or lifecycle variables.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../cli/support';

const repo = join(__dirname, '..', '..');
const isolated = join(repo, 'scripts/vscode/npm-isolated.sh');
const setup = join(repo, 'scripts/vscode/setup.sh');

/** An outer npm as `npm test` on another Node version would leave it in the environment. */
const OUTER_NPM = {
  npm_config_user_agent: 'npm/10.0.0 node/v18.0.0 linux x64 workspaces/false ci/outer',
  npm_lifecycle_event: 'test',
  npm_config_local_prefix: repo,
  npm_config_prefix: repo,
  npm_package_name: 'hewitt-rules',
  INIT_CWD: repo,
  NODE: '/outer/node',
};

const PROBE = `
const { writeFileSync } = require('node:fs');
const seen = {};
for (const key of Object.keys(process.env)) if (/^npm_config_(user_agent|local_prefix)$|^npm_lifecycle_event$|^npm_package_name$|^INIT_CWD$|^NODE$/.test(key)) seen[key] = process.env[key];
writeFileSync(process.env.PROBE_OUT, JSON.stringify({ node: process.version, seen }));
const agent = /node\\/v(\\d+)/.exec(process.env.npm_config_user_agent || '');
if (!agent || Number(agent[1]) !== Number(process.versions.node.split('.')[0])) {
  console.error('probe: npm says node v' + (agent && agent[1]) + ' but this is ' + process.version);
  process.exit(1);
}
`;

function probeTarball(folder: string): string {
  const pkg = join(folder, 'package');
  mkdirSync(pkg, { recursive: true });
  writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'hewitt-setup-probe', version: '1.0.0', scripts: { postinstall: 'node probe.js' } }));
  writeFileSync(join(pkg, 'probe.js'), PROBE);
  const tar = spawnSync('tar', ['czf', 'probe.tgz', 'package'], { cwd: folder, encoding: 'utf8' });
  expect(tar.status, tar.stderr).toBe(0);
  return join(folder, 'probe.tgz');
}

describe('the real-VS-Code set-up', () => {
  it('runs nested npm installs without the outer npm’s variables', () => {
    const folder = tempFolder({});
    const tarball = probeTarball(folder);
    const out = join(folder, 'seen.json');
    const prefix = join(folder, 'prefix');
    const result = spawnSync('bash', [isolated, `PROBE_OUT=${out}`, '--', 'install', '--prefix', prefix, tarball, '--no-audit', '--no-fund', '--foreground-scripts', '--ignore-scripts=false'], {
      cwd: folder,
      env: { ...process.env, ...OUTER_NPM },
      encoding: 'utf8',
    });
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    const { node, seen } = JSON.parse(readFileSync(out, 'utf8')) as { node: string; seen: Record<string, string> };
    expect(seen.npm_config_user_agent).toContain(`node/${node}`);
    expect(seen.npm_lifecycle_event).toBe('postinstall');
    expect(seen.npm_package_name).toBe('hewitt-setup-probe');
    expect(seen.npm_config_local_prefix).toBe(prefix);
    expect(seen.INIT_CWD).toBe(folder);
    expect(seen.NODE).not.toBe('/outer/node');
  });

  it('sends every npm command of the set-up through npm-isolated.sh', () => {
    const lines = readFileSync(setup, 'utf8').split('\n').filter((line) => !line.trim().startsWith('#'));
    const unquoted = lines.map((line) => line.replace(/"[^"]*"/g, '""'));
    const direct = unquoted.filter((line) => /(^|[\s;&|(])npm\s/.test(line) && !line.includes('npm-isolated.sh'));
    expect(direct).toEqual([]);
    expect(lines.filter((line) => line.includes('npm-isolated.sh')).length).toBe(2);
  });
});
