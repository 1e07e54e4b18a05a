// Starts the bundled language server (dist/server.js) over Node IPC for rule files and
// hewitt.config.json. Tells the server whether the folder is trusted and how to run; restarts it
// after a crash, but gives up (and says so) after repeated crashes.

import * as vscode from 'vscode';
import {
  CloseAction,
  vsdiag,
  ErrorAction,
  LanguageClient,
  RevealOutputChannelOn,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import type { CrashLog } from './crashes';
import type { HewittInitializationOptions } from './protocol';

export const CLIENT_ID = 'hewitt';
export const CLIENT_NAME = 'Hewitt Rules';

export const DOCUMENT_SELECTOR = [
  { scheme: 'file', language: 'hewitt' },
  { scheme: 'untitled', language: 'hewitt' },
  { scheme: 'file', pattern: '**/hewitt.config.json' },
];

export interface ClientHooks {
  readonly output: vscode.OutputChannel;
  readonly crashes: CrashLog;
  /** Called once when the client gives up restarting the server. */
  readonly onGiveUp: (crashes: number) => void;
}

export function initializationOptions(): HewittInitializationOptions {
  const config = vscode.workspace.getConfiguration('hewitt');
  return {
    trusted: vscode.workspace.isTrusted,
    run: config.get<'onType' | 'onSave'>('run', 'onType') === 'onSave' ? 'onSave' : 'onType',
    validation: config.get<boolean>('validation.enable', true),
  };
}

function validationEnabled(uri: vscode.Uri): boolean {
  return vscode.workspace.getConfiguration('hewitt', uri).get<boolean>('validation.enable', true);
}

export function createClient(context: vscode.ExtensionContext, hooks: ClientHooks): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    outputChannel: hooks.output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    initializationOptions: initializationOptions(),
    synchronize: {
      configurationSection: 'hewitt',
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/*.hewitt'),
        vscode.workspace.createFileSystemWatcher('**/hewitt.config.json'),
        vscode.workspace.createFileSystemWatcher('**/*.csv'),
        vscode.workspace.createFileSystemWatcher('**/*.xlsx'),
        vscode.workspace.createFileSystemWatcher('**/*.parquet'),
      ],
    },
    middleware: {
      handleDiagnostics: (uri, diagnostics, next) => next(uri, validationEnabled(uri) ? diagnostics : []),
      provideDiagnostics: (document, previousResultId, token, next) => {
        const uri = document instanceof vscode.Uri ? document : document.uri;
        return validationEnabled(uri) ? next(document, previousResultId, token) : { kind: vsdiag.DocumentDiagnosticReportKind.full, items: [] };
      },
    },
    errorHandler: {
      error: () => ({ action: ErrorAction.Continue }),
      closed: () => {
        const decision = hooks.crashes.crashed(Date.now());
        if (decision.kind === 'restart') {
          hooks.output.appendLine('The Hewitt language server stopped unexpectedly; restarting it.');
          return { action: CloseAction.Restart, handled: true };
        }
        hooks.onGiveUp(decision.crashes);
        return { action: CloseAction.DoNotRestart, handled: true };
      },
    },
  };
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}
