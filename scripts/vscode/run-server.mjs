// Runs the integration suite in a real VS Code (the VS Code server from npm, in headless Chromium):
// setup → build and package the extension → package the suite as a test extension → install both →
// start the server on a free port with a copy of samples/ → open it in Chromium → wait for the
// suite's results file → check the rendered preview → screenshot → stop the server.
// Usage: node scripts/vscode/run-server.mjs   (npm run test:vscode)
import { spawn } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkPreview, clickTab, openWorkbench, previewFrame, showFirstChart } from './browser.mjs';
import { checkScale, checkTables, writeScaleFixture } from './check-tables.mjs';
import { fileExists, freePort, httpOk, run, until } from './process.mjs';
import { packageTestExtension } from './test-extension.mjs';
import { checkExplore } from './check-explore.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const out = join(repo, 'test-results/vscode');
const SUITE_TIMEOUT_MS = Number(process.env.HEWITT_VSCODE_TIMEOUT_MS ?? 10 * 60_000);
const log = (message) => console.log(`vscode-test: ${message}`);
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

async function setup() {
  const started = Date.now();
  // The set-up's progress lines (standard error) show as they come; its answers are on standard output.
  const text = await run('bash', [join(repo, 'scripts/vscode/setup.sh')], { quiet: true, stderr: 'inherit' });
  const values = Object.fromEntries(text.split('\n').filter((line) => /^[A-Z0-9]+=/.test(line)).map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
  for (const key of ['NODE24', 'VSCODE', 'CHROMIUM']) if (!values[key]) throw new Error(`setup.sh did not print ${key}\n${text}`);
  log(`setup took ${seconds(started)}`);
  return values;
}

function workspaceCopy(root) {
  const folder = join(root, 'workspace');
  cpSync(join(repo, 'samples'), join(folder, 'samples'), { recursive: true });
  cpSync(join(repo, 'test/vscode/fixtures/workspace'), join(folder, 'fixtures'), { recursive: true });
  return folder;
}

function userSettings(dataDir) {
  const user = join(dataDir, 'data', 'User');
  mkdirSync(user, { recursive: true });
  const settings = {
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'chat.disableAIFeatures': true,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'update.mode': 'none',
    'security.workspace.trust.enabled': false,
  };
  writeFileSync(join(user, 'settings.json'), JSON.stringify(settings, null, 2));
}

function startServer(env, vscode, port, dataDir, extDir, logFile) {
  const logStream = createWriteStream(logFile);
  const args = [join(vscode, 'out/server-main.js'), '--host', '127.0.0.1', '--port', String(port), '--without-connection-token', '--accept-server-license-terms', '--disable-workspace-trust', '--server-data-dir', dataDir, '--extensions-dir', extDir];
  const child = spawn(env.NODE24, args, { env: { ...process.env, PATH: `${dirname(env.NODE24)}:${process.env.PATH}` }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(logStream);
  child.stderr.pipe(logStream);
  let exited = false;
  child.on('exit', () => (exited = true));
  return { child, alive: () => !exited };
}

async function main() {
  const started = Date.now();
  if (!existsSync(join(repo, 'server/src/lsp/main.ts')) && process.env.HEWITT_VSCODE_FORCE !== '1') {
    log('the language server (server/src/lsp/main.ts) is not in this tree yet: nothing to test in VS Code');
    return 0;
  }
  const env = await setup();
  const runStarted = Date.now();
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const root = mkdtempSync(join(tmpdir(), 'hewitt-vscode-'));
  const resultsFile = join(root, 'results.json');
  let server;
  let browser;
  let page;
  try {
    log('building and packaging the extension');
    await run(process.execPath, [join(repo, 'scripts/build.mjs')], { cwd: repo });
    const vsix = join(root, 'hewitt-rules.vsix');
    await run(process.execPath, [join(repo, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--out', vsix], { cwd: repo, quiet: true });
    const testVsix = await packageTestExtension(repo, join(root, 'test-extension'), resultsFile);

    const dataDir = join(root, 'data');
    const extDir = join(root, 'extensions');
    log('installing both extensions into the VS Code server');
    const nodeEnv = { ...process.env, PATH: `${dirname(env.NODE24)}:${process.env.PATH}` };
    await run(env.NODE24, [join(env.VSCODE, 'out/server-main.js'), '--accept-server-license-terms', '--server-data-dir', dataDir, '--extensions-dir', extDir, '--install-extension', vsix, '--install-extension', testVsix], { env: nodeEnv, quiet: true });
    userSettings(dataDir);
    const workspace = workspaceCopy(root);
    writeScaleFixture(workspace);

    const port = await freePort();
    log(`starting the VS Code server on port ${port}`);
    server = startServer(env, env.VSCODE, port, dataDir, extDir, join(out, 'server.log'));
    const base = `http://127.0.0.1:${port}`;
    await until('the VS Code server to answer', () => httpOk(`${base}/version`).then((ok) => ok ?? httpOk(base)), { timeoutMs: 60_000, alive: server.alive });

    log('opening the workspace in Chromium');
    const opened = await openWorkbench(env.CHROMIUM, `${base}/?folder=${encodeURIComponent(workspace)}`, log);
    browser = opened.browser;
    page = opened.page;
    log(`running the suite (at most ${Math.round(SUITE_TIMEOUT_MS / 1000)} s)`);
    await until('the suite results file', () => fileExists(resultsFile), { timeoutMs: SUITE_TIMEOUT_MS, alive: server.alive });
    const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
    writeFileSync(join(out, 'results.json'), JSON.stringify(results, null, 2));
    for (const test of results.tests) {
      log(`${test.state === 'passed' ? 'ok  ' : 'FAIL'} ${test.title} (${test.durationMs} ms)`);
      if (test.error) console.log(test.error.split('\n').slice(0, 8).map((line) => `      ${line}`).join('\n'));
    }

    log('checking the rendered preview');
    const frame = await previewFrame(opened.page, 'hostile.hewitt', server.alive);
    const failures = await checkPreview(frame, ['£2,100.75', '<img src=x onerror=alert(1)>']);
    for (const failure of failures) log(`FAIL ${failure}`);
    if (failures.length === 0) log('ok   the preview shows the fixture\'s numbers, and its hostile value as text');
    await opened.page.screenshot({ path: join(out, 'hostile.png') });

    log('opening samples/prevention.hewitt: the preview follows the editor');
    await clickTab(opened.page, 'prevention.hewitt');
    const sampleFrame = await previewFrame(opened.page, 'prevention.hewitt', server.alive);
    log('ok   the preview follows the active rule file');
    await opened.page.screenshot({ path: join(out, 'preview.png') });
    log(`screenshot: ${join(out, 'preview.png')}`);
    if (await showFirstChart(sampleFrame)) {
      log('ok   the preview draws the measures as line charts');
      await opened.page.screenshot({ path: join(out, 'preview-chart.png') });
      log(`screenshot: ${join(out, 'preview-chart.png')}`);
    } else {
      failures.push('the preview of samples/prevention.hewitt draws no chart');
      log('FAIL the preview of samples/prevention.hewitt draws no chart');
    }
    failures.push(...(await checkTables({ page: opened.page, frame: sampleFrame, out, log, alive: server.alive })));
    failures.push(...(await checkExplore(opened.page, sampleFrame, out, log)));
    // Last: it opens another rule file, which the preview then follows.
    failures.push(...(await checkScale({ page: opened.page, out, log, alive: server.alive, from: 'prevention.hewitt' })));

    const failed = results.failed + failures.length;
    log(`${results.passed} passed, ${failed} failed; the run took ${seconds(runStarted)} (with setup ${seconds(started)})`);
    return failed === 0 && results.passed > 0 ? 0 : 1;
  } catch (error) {
    log(`FAIL ${error instanceof Error ? error.message : String(error)}`);
    log(`the server's log is in ${join(out, 'server.log')}`);
    await page?.screenshot({ path: join(out, 'failure.png') }).catch(() => undefined);
    return 1;
  } finally {
    await browser?.close().catch(() => undefined);
    if (server?.alive()) server.child.kill('SIGTERM');
    if (process.env.HEWITT_VSCODE_KEEP !== '1') rmSync(root, { recursive: true, force: true });
    else log(`kept ${root}`);
  }
}

process.exitCode = await main();
