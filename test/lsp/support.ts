// Shared by the language-server tests: builds the server, starts it over stdio and speaks to it
// with the protocol's client side. Everything waits for the message it needs; nothing sleeps.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import {
  createProtocolConnection,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';

export const ROOT = join(__dirname, '..', '..');

let SERVER = join(ROOT, 'dist', 'server.js');

/**
 * Bundles the server as scripts/build.mjs does (same entry, same options), but into a folder of
 * its own, so test files that build dist/ at the same time never read a half-written bundle.
 */
export async function buildServer(): Promise<void> {
  // Inside the repository, so the engines' drivers (left out of the bundle) resolve from node_modules.
  const cache = join(ROOT, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const out = mkdtempSync(join(cache, 'hewitt-lsp-build-'));
  await build({
    entryPoints: [join(ROOT, 'server/src/lsp/main.ts')],
    outfile: join(out, 'server.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['@duckdb/node-api', 'pg'],
    logLevel: 'warning',
  });
  SERVER = join(out, 'server.js');
}

/** Runs the built server with arguments, to its end. */
export function runServer(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [SERVER, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary folder holding `files` (forward-slash paths), or a copy of the samples. */
export function tempWorkspace(files: Readonly<Record<string, string>>, withSamples = false): string {
  const root = mkdtempSync(join(tmpdir(), 'hewitt-lsp-'));
  if (withSamples) cpSync(join(ROOT, 'samples'), root, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    const full = join(root, ...path.split('/'));
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  return root;
}

export function uriOf(root: string, path: string): string {
  return pathToFileURL(join(root, ...path.split('/'))).href;
}

export interface Session {
  readonly connection: ProtocolConnection;
  readonly initialized: InitializeResult;
  readonly root: string;
  /** Resolves with the latest published diagnostics of `uri` when they satisfy `accept`, else the next that do. */
  diagnostics(uri: string, accept?: (diagnostics: Diagnostic[], version: number | undefined) => boolean): Promise<Diagnostic[]>;
  /** Resolves when the server has asked for a diagnostic refresh `count` times in all. */
  refreshes(count: number): Promise<void>;
  /** Server log lines (window/logMessage). */
  readonly logs: string[];
  /** Settings answered to workspace/configuration, per scope URI (default for all). */
  settings: Record<string, unknown>;
  open(path: string, text: string, version?: number): Promise<void>;
  stop(): Promise<number | null>;
  readonly child: ChildProcess;
}

export interface StartOptions {
  readonly pull: boolean;
  readonly root: string;
  readonly initializationOptions?: Record<string, unknown>;
}

export async function startSession(options: StartOptions): Promise<Session> {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { cwd: options.root, stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const published = new Map<string, { diagnostics: Diagnostic[]; version: number | undefined }[]>();
  const waiters: { uri: string; accept: (d: Diagnostic[], v: number | undefined) => boolean; resolve: (d: Diagnostic[]) => void }[] = [];
  const logs: string[] = [];
  let refreshCount = 0;
  const refreshWaiters: { count: number; resolve: () => void }[] = [];

  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    const list = published.get(params.uri) ?? [];
    list.push({ diagnostics: params.diagnostics, version: params.version });
    published.set(params.uri, list);
    for (const waiter of [...waiters]) {
      if (waiter.uri === params.uri && waiter.accept(params.diagnostics, params.version)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(params.diagnostics);
      }
    }
  });
  connection.onNotification('window/logMessage', (params: { message: string }) => void logs.push(params.message));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('workspace/codeLens/refresh', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => {
    refreshCount++;
    for (const waiter of [...refreshWaiters]) {
      if (refreshCount >= waiter.count) {
        refreshWaiters.splice(refreshWaiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
    return null;
  });
  const session: Session = {
    connection,
    initialized: undefined as unknown as InitializeResult,
    root: options.root,
    logs,
    settings: {},
    child,
    diagnostics(uri, accept = () => true) {
      const latest = published.get(uri)?.at(-1);
      if (latest !== undefined && accept(latest.diagnostics, latest.version)) return Promise.resolve(latest.diagnostics);
      return new Promise((resolve) => {
        waiters.push({ uri, accept, resolve });
      });
    },
    refreshes(count) {
      if (refreshCount >= count) return Promise.resolve();
      return new Promise((resolve) => void refreshWaiters.push({ count, resolve }));
    },
    async open(path, text, version = 1) {
      await connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri: uriOf(options.root, path), languageId: path.endsWith('.json') ? 'json' : 'hewitt', version, text },
      });
    },
    async stop() {
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      const code = await exited;
      connection.dispose();
      return code;
    },
  };
  connection.onRequest('workspace/configuration', (params: { items: { scopeUri?: string; section?: string }[] }) =>
    params.items.map((item) => session.settings[item.scopeUri ?? ''] ?? session.settings.default ?? { run: 'onType', validation: { enable: true } }),
  );
  connection.listen();
  const capabilities: ClientCapabilities = {
    workspace: {
      configuration: true,
      didChangeWatchedFiles: { dynamicRegistration: true },
      workspaceFolders: true,
      ...(options.pull ? { diagnostics: { refreshSupport: true } } : {}),
      codeLens: { refreshSupport: true },
    },
    window: { workDoneProgress: true },
    textDocument: {
      synchronization: { didSave: true },
      publishDiagnostics: { relatedInformation: true, versionSupport: true },
      ...(options.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
      semanticTokens: {
        requests: { full: true },
        tokenTypes: [],
        tokenModifiers: [],
        formats: ['relative'],
      },
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    },
  };
  const initialized = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(options.root).href,
    workspaceFolders: [{ uri: pathToFileURL(options.root).href, name: 'root' }],
    capabilities,
    initializationOptions: options.initializationOptions ?? { trusted: true },
  });
  (session as { initialized: InitializeResult }).initialized = initialized;
  await connection.sendNotification(InitializedNotification.type, {});
  return session;
}
