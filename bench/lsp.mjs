// The language-server benchmark (after a build): the built server (`dist/server.js --stdio`) in a
// child process, spoken to over the real protocol, on the 200-file generated workspace whose
// members include one 2,000-line file importing the shared datasets file. Not a test: it prints a
// table of figures against their targets.
//
//   1. start-up indexing: from sending `initialize` to the end of the server's work-done progress
//      ("Checking rule files"), which it ends once every file of the workspace is checked;
//   2. edit to diagnostics: small edits to the 2,000-line file (a funding amount or a title,
//      changed then changed back, so the file stays valid), each followed by a pull of its
//      diagnostics (`textDocument/diagnostic`); the time from sending the change to the answer;
//   3. completion, hover and semantic tokens (full), each request sent straight after an edit, at
//      positions an analyst would use (after `from `, after a classification's dot, on a name);
//   4. the server's peak memory (VmHWM of the child, Linux).
//
// Options: --edits N (edits and requests of each kind, default 200), --keep (leave the workspace),
// --cpu-prof DIR (write the server's CPU profile into DIR, to see where the time goes),
// --server FILE (another build of the server than dist/server.js).

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node.js';
import { DATASETS, generateWorkspace, standaloneFile } from './generate.mjs';
import { machineLine, median, percentile, ROOT, row } from './measure.mjs';

const FILES = 200;
const MIN_LINES = 100_000;
const BIG_LINES = 2_000;
const BIG = 'placed-2000.hewitt';
const WARM_UP = 10;
const TARGETS = { indexMs: 2000, diagnosticsP95: 100, completionP95: 30, hoverP95: 30, rssMb: 300 };

const args = process.argv.slice(2);
const edits = Number(args[args.indexOf('--edits') + 1]) || 200;
const keep = args.includes('--keep');
const profile = args.includes('--cpu-prof') ? args[args.indexOf('--cpu-prof') + 1] : undefined;
const SERVER = args.includes('--server') ? args[args.indexOf('--server') + 1] : join(ROOT, 'dist', 'server.js');

/** The 2,000-line member of the workspace: the generated blocks, importing the shared datasets. */
function bigFile() {
  const header = `// Rules of one large place, checked by the language-server benchmark.\nimport "datasets.hewitt"\n`;
  const datasetLines = DATASETS.split('\n').length - 1;
  const body = standaloneFile(BIG_LINES - 2 + datasetLines).slice(DATASETS.length);
  return header + body;
}

/** Line and UTF-16 character of an offset. */
function positionAt(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** Offsets of every occurrence of `needle`, shifted by `delta`. */
function offsetsOf(text, needle, delta = 0) {
  const out = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) out.push(at + delta);
  if (out.length === 0) throw new Error(`the benchmark file has no '${needle}'`);
  return out;
}

/** Starts the built server on `root` as an editor would (pull diagnostics, progress, settings). */
async function startServer(root) {
  const node = profile === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${profile}`];
  const child = spawn(process.execPath, [...node, SERVER, '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const progressEnded = new Map();
  let onProgressEnd = () => undefined;
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.onRequest('workspace/codeLens/refresh', () => null);
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({ run: 'onType', validation: { enable: true } })));
  connection.onNotification('window/logMessage', () => undefined);
  connection.onNotification('$/progress', (params) => {
    if (params.value?.kind === 'end') {
      progressEnded.set(params.token, performance.now());
      onProgressEnd();
    }
  });
  connection.listen();
  const indexed = new Promise((resolve) => (onProgressEnd = () => resolve(performance.now())));
  const started = performance.now();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'bench' }],
    capabilities: {
      workspace: { configuration: true, workspaceFolders: true, diagnostics: { refreshSupport: true } },
      window: { workDoneProgress: true },
      textDocument: {
        synchronization: { didSave: true },
        diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
        semanticTokens: { requests: { full: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
        completion: { completionItem: { snippetSupport: true } },
        hover: { contentFormat: ['markdown'] },
      },
    },
    initializationOptions: { trusted: true },
  });
  await connection.sendNotification('initialized', {});
  const indexMs = (await indexed) - started;
  return { child, connection, indexMs };
}

/** The document as the editor holds it, and the edits the benchmark makes to it. */
function editor(text) {
  let current = text;
  let version = 1;
  let count = 0;
  const amounts = offsetsOf(text, '£4.2m', 1);
  const titles = offsetsOf(text, 'Tobacco dependence treatment services');
  /** The next edit: pairs change then restore one funding amount or one title, so the file stays valid. */
  const next = () => {
    const i = count++;
    const pair = Math.floor(i / 2);
    const numbers = pair % 2 === 0;
    const sites = numbers ? amounts : titles;
    const at = sites[Math.floor(pair / 2) % sites.length];
    const [from, to] = numbers ? ['4.2', '4.7'] : ['Tobacco dependence treatment services', 'Tobacco dependence services'];
    const [old, replacement] = i % 2 === 0 ? [from, to] : [to, from];
    if (current.slice(at, at + old.length) !== old) throw new Error(`edit ${i}: the text at ${at} is not '${old}'`);
    const range = { start: positionAt(current, at), end: positionAt(current, at + old.length) };
    current = current.slice(0, at) + replacement + current.slice(at + old.length);
    version++;
    return { version, contentChanges: [{ range, text: replacement }] };
  };
  return { next, text: () => current };
}

/** Times `count` runs of `once(i)` (ms each), after a few untimed runs. */
async function timed(count, once) {
  for (let i = 0; i < WARM_UP; i++) await once(i, () => undefined);
  const times = [];
  for (let i = WARM_UP; i < WARM_UP + count; i++) {
    let started = 0;
    await once(i, () => (started = performance.now()));
    times.push(performance.now() - started);
  }
  return times;
}

function peakMemoryMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1]);
  return kb / 1024;
}

async function main() {
  if (!existsSync(SERVER)) throw new Error('dist/server.js is missing: run `node scripts/build.mjs` first.');
  const dir = mkdtempSync(join(tmpdir(), 'hewitt-bench-lsp-'));
  let server;
  try {
    const files = generateWorkspace(dir, FILES - 1, MIN_LINES);
    const big = bigFile();
    writeFileSync(join(dir, BIG), big, 'utf8');
    const lines = files.reduce((sum, f) => sum + f.lines, 0) + big.split('\n').length - 1;

    server = await startServer(dir);
    const { connection } = server;
    const uri = pathToFileURL(join(dir, BIG)).href;
    const textDocument = { uri };
    const doc = editor(big);
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'hewitt', version: 1, text: big } });
    const first = await connection.sendRequest('textDocument/diagnostic', { textDocument });
    const edit = async () => {
      const { version, contentChanges } = doc.next();
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
    };

    const diagnostics = await timed(edits, async (i, start) => {
      start();
      await edit();
      const report = await connection.sendRequest('textDocument/diagnostic', { textDocument });
      if (report.kind !== 'full' && report.kind !== 'unchanged') throw new Error(`unexpected diagnostic report ${JSON.stringify(report)}`);
    });

    // Realistic positions, rotated: after `from `, after a classification's dot, after `when `.
    const completionAt = (i) => {
      const text = doc.text();
      const choices = [offsetsOf(text, 'from ledger', 5), offsetsOf(text, '.screening)', 1), offsetsOf(text, 'when programme', 5)];
      const offsets = choices[i % choices.length];
      return positionAt(text, offsets[Math.floor(i / choices.length) % offsets.length]);
    };
    const hoverAt = (i) => {
      const text = doc.text();
      const choices = [offsetsOf(text, 'on ledger', 3), offsetsOf(text, 'sum(amount', 5), offsetsOf(text, 'measure: share_', 10)];
      const offsets = choices[i % choices.length];
      return positionAt(text, offsets[Math.floor(i / choices.length) % offsets.length]);
    };
    const sizes = { completion: 0, hover: 0, tokens: 0 };
    const completion = await timed(edits, async (i, start) => {
      await edit();
      const position = completionAt(i);
      start();
      const items = await connection.sendRequest('textDocument/completion', { textDocument, position });
      sizes.completion = Math.max(sizes.completion, items.length);
    });
    const hover = await timed(edits, async (i, start) => {
      await edit();
      const position = hoverAt(i);
      start();
      const found = await connection.sendRequest('textDocument/hover', { textDocument, position });
      if (found !== null && i >= WARM_UP) sizes.hover++;
    });
    const tokens = await timed(edits, async (i, start) => {
      await edit();
      start();
      const found = await connection.sendRequest('textDocument/semanticTokens/full', { textDocument });
      sizes.tokens = found.data.length / 5;
    });
    const rssMb = peakMemoryMb(server.child.pid);

    const pair = (name, times, limit) => [
      row(`${name}, median`, median(times), 'ms'),
      row(`${name}, p95`, percentile(times, 0.95), 'ms', limit === undefined ? undefined : { limit }),
    ];
    const out = [
      machineLine(),
      `Workspace: ${files.length + 1} files, ${lines.toLocaleString('en-GB')} lines; the edited file: ${big.split('\n').length - 1} lines, ` +
        `${first.items?.length ?? 0} diagnostics; ${edits} timed runs of each kind after ${WARM_UP} untimed ones`,
      `Answers: up to ${sizes.completion} completion items, ${sizes.hover} of ${edits} hovers found a name, ${sizes.tokens} semantic tokens`,
      '',
      '| measurement | value | target |',
      '|---|---|---|',
      row(`start-up indexing of ${files.length + 1} files (initialize → progress end)`, server.indexMs, 'ms', { limit: TARGETS.indexMs }),
      ...pair('edit → pulled diagnostics', diagnostics, TARGETS.diagnosticsP95),
      ...pair('completion after an edit', completion, TARGETS.completionP95),
      ...pair('hover after an edit', hover, TARGETS.hoverP95),
      ...pair('semantic tokens (full) after an edit', tokens),
      row('server peak memory (VmHWM)', rssMb, 'MB', { limit: TARGETS.rssMb }),
    ];
    console.log(out.join('\n'));
    if (keep) console.log(`\nThe workspace is kept in ${dir}`);
    const exited = new Promise((resolve) => server.child.once('exit', resolve));
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    await exited;
    connection.dispose();
    server = undefined;
  } finally {
    if (server !== undefined) server.child.kill();
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
