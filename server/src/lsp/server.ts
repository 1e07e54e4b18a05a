// The language server: capabilities, the document and file events, diagnostics (pulled or
// published) and the feature handlers, all over the pure core.

import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TOOL } from '../node/tool-info';
import { createServerConfig } from './config';
import { createDiagnosticsStore } from './diagnostics';
import { createEvaluations } from './evaluation';
import { registerExplore } from './explore';
import { consoleLog, guardNotification, guardRequest } from './guard';
import { featureCapabilities, registerFeatures } from './handlers';
import { createServerHost } from './host';
import { registerCompare } from './compare';
import { indexWorkspace } from './indexing';
import { previewRequest, rulesRequest, type HewittInitializationOptions } from './protocol';
import { documentDiagnostics, workspaceDiagnostics } from './pull';
import { RULES, ruleInfos } from './rules';
import { createSettings } from './settings';
import { createSync } from './sync';
import { createUriMap, uriToPath } from './uris';
import { createWorkspace } from './workspace';
import { registerTests } from './tests';
import { isTestFile } from '../core/syntax/test-ast';

export interface ServerOptions {
  /** Quiet time after an edit before checking (default 150 ms). */
  readonly debounceMs?: number;
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const log = consoleLog(connection);
  const documents = new TextDocuments(TextDocument);
  let folders: string[] = [];
  let watchDynamically = false;
  let progressSupported = false;
  let afterInit: () => Promise<void> = async () => undefined;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    const init = (params.initializationOptions ?? {}) as HewittInitializationOptions;
    const pull = caps.textDocument?.diagnostic !== undefined;
    watchDynamically = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    progressSupported = caps.window?.workDoneProgress === true;
    folders = (params.workspaceFolders ?? []).map((folder) => uriToPath(folder.uri));
    if (folders.length === 0 && params.rootUri) folders = [uriToPath(params.rootUri)];

    const uris = createUriMap(folders[0]);
    const host = createServerHost(uris.toFileSystem);
    const workspace = createWorkspace(host);
    const config = createServerConfig(RULES, uris.base ?? '/');
    const store = createDiagnosticsStore(workspace, config, uris);
    const settings = createSettings(connection, caps.workspace?.configuration === true, init);
    let onEvaluated = (_path: string): void => undefined;
    const evaluations = createEvaluations(workspace, { trusted: init.trusted !== false, done: (path) => onEvaluated(path), log, base: uris.base ?? '/', configFor: (path) => config.configFor(path), engineFor: async (uri) => (await settings.fresh(uri)).engine, env: process.env });
    const current = createSync(
      { connection, workspace, store, settings, config, evaluations, uris, log },
      {
        pull,
        canRefreshDiagnostics: caps.workspace?.diagnostics?.refreshSupport === true,
        canRefreshCodeLens: caps.workspace?.codeLens?.refreshSupport === true,
        debounceMs: options.debounceMs ?? 150,
      },
    );
    onEvaluated = (path) => current.evaluated(path);
    // A pulling client learns that other files' diagnostics changed (a workspace rule's finding moved).
    if (pull) store.onOthersChanged(() => current.refreshClient());

    documents.onDidChangeContent(guardNotification(log, 'didChange', (e) => current.changed(e.document.uri, e.document.getText(), e.document.version)));
    documents.onDidSave(guardNotification(log, 'didSave', (e) => current.saved(e.document.uri)));
    documents.onDidClose(guardNotification(log, 'didClose', (e) => current.closed(e.document.uri)));
    connection.onDidChangeWatchedFiles(guardNotification(log, 'didChangeWatchedFiles', (params) => current.watched(params.changes)));
    connection.onDidChangeConfiguration(
      guardNotification(log, 'didChangeConfiguration', (params) => {
        settings.changed(params);
        current.settingsChanged();
      }),
    );

    const parts = { workspace, store, settings, uris };
    if (pull) {
      connection.languages.diagnostics.on(guardRequest(log, 'textDocument/diagnostic', (params) => documentDiagnostics(parts, params)));
      connection.languages.diagnostics.onWorkspace(guardRequest(log, 'workspace/diagnostic', (params) => workspaceDiagnostics(parts, params)));
    }
    connection.onRequest(
      previewRequest,
      guardRequest(log, previewRequest.method, async (params) => {
        const path = uris.pathOf(params.uri);
        if (!path.endsWith('.hewitt') || isTestFile(path)) return null;
        return evaluations.preview(path, params.uri, host.open(path)?.version ?? 0);
      }),
    );
    connection.onRequest(rulesRequest, guardRequest(log, rulesRequest.method, () => ruleInfos(RULES)));
    registerFeatures(connection, { workspace, uris, evaluations, config }, log);
    registerCompare(connection, { folder: () => folders[0], trusted: init.trusted !== false }, log);
    registerTests(connection, { workspace, uris, folders: () => folders }, log);
    registerExplore(connection, { workspace, uris, evaluations, config }, log);

    afterInit = () =>
      indexWorkspace({ connection, workspace, store, sync: current, folders, uris, progress: progressSupported, log });

    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        ...featureCapabilities(),
        ...(pull ? { diagnosticProvider: { identifier: 'hewitt', interFileDependencies: true, workspaceDiagnostics: true } } : {}),
      },
      serverInfo: { name: 'hewitt-language-server', version: TOOL.version },
    };
  });

  connection.onInitialized(
    guardNotification(log, 'initialized', async () => {
      if (watchDynamically) {
        await connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: '**/*.hewitt' }, { globPattern: '**/*.csv' }, { globPattern: '**/*.xlsx' }, { globPattern: '**/*.parquet' }, { globPattern: '**/hewitt.config.json' }],
        });
      }
      await afterInit();
    }),
  );

  documents.listen(connection);
  connection.listen();
}
