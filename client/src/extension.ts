// The Hewitt Rules extension: starts the language server, keeps the status bar up to date, hosts
// the results preview and registers the commands. Everything it shows comes from the server.

import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { CLIENT_NAME, createClient } from './client';
import { registerCommands } from './commands';
import { createCompare } from './compare';
import { createCrashLog } from './crashes';
import { createPreview, PREVIEW_VIEW_TYPE } from './preview/panel';
import type { ToWebview } from '../webview/model';
import { createStatusBar } from './status';
import type { StatusView } from './status-text';
import { debounce } from './preview/refresh';
import { dataState, problemCount } from './observe';
import { createRuleTests, type TestOutcomeView } from './tests';

/** What the extension returns from activate, for its integration tests. */
export interface HewittApi {
  /** Resolves when the language server has started (or failed to). */
  readonly ready: () => Promise<void>;
  readonly lastPreview: () => ToWebview;
  readonly status: () => StatusView;
  /** The last outcome of each rule test run in the Testing view, by `uri::name`. */
  readonly testOutcomes: () => ReadonlyMap<string, TestOutcomeView>;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<HewittApi> {
  const output = vscode.window.createOutputChannel(CLIENT_NAME);
  const status = createStatusBar({ server: 'starting', checking: false, problems: 0, data: vscode.workspace.isTrusted ? { kind: 'unknown' } : { kind: 'untrusted' } });
  const crashes = createCrashLog();
  let starting: Promise<void> = Promise.resolve();

  const start = (): Promise<void> => {
    const created = createClient(context, {
      output,
      crashes,
      onGiveUp: (count) => {
        status.update({ server: 'stopped' });
        void vscode.window.showErrorMessage(`Hewitt: the language server crashed ${count} times in a few minutes and was not restarted.`, 'Restart', 'Show Output').then((choice) => {
          if (choice === 'Restart') void vscode.commands.executeCommand('hewitt.restartServer');
          if (choice === 'Show Output') output.show(true);
        });
      },
    });
    client = created;
    created.onDidChangeState((event) => {
      status.update({ server: event.newState === State.Running ? 'running' : event.newState === State.Starting ? 'starting' : 'stopped' });
      if (event.newState === State.Running) void ruleTests.discover().catch(() => undefined);
    });
    starting = created.start().catch((error: unknown) => {
      output.appendLine(`The Hewitt language server could not start: ${error instanceof Error ? error.message : String(error)}`);
      status.update({ server: 'stopped' });
    });
    return starting;
  };

  const restart = async (): Promise<void> => {
    crashes.reset();
    const old = client;
    client = undefined;
    status.update({ server: 'starting' });
    if (old !== undefined) await old.stop().catch(() => undefined);
    await start();
    preview.refresh();
  };

  const preview = createPreview({
    context,
    client: () => (client?.state === State.Running ? client : undefined),
    onResult: (response) => status.update({ data: vscode.workspace.isTrusted ? dataState(response.result) : { kind: 'untrusted' } }),
    onError: (message) => status.update({ data: { kind: 'error', message } }),
    onMessage: (message) => compare.handle(message),
  });
  const compare = createCompare({ client: () => (client?.state === State.Running ? client : undefined), preview });

  const ruleTests = createRuleTests(() => (client?.state === State.Running ? client : undefined));
  const settle = debounce(() => status.update({ checking: false }), 3000);
  context.subscriptions.push(
    output,
    status,
    ruleTests,
    { dispose: () => preview.dispose() },
    ...registerCommands({ context, output, preview, restart }),
    ...compare.register(),
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, { deserializeWebviewPanel: async (panel) => preview.restore(panel) }),
    vscode.languages.onDidChangeDiagnostics(() => {
      settle.cancel();
      status.update({ checking: false, problems: problemCount(vscode.languages.getDiagnostics()) });
    }),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document.languageId !== 'hewitt' || event.contentChanges.length === 0) return;
      status.update({ checking: true });
      settle.schedule();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      output.appendLine('The folder is now trusted: restarting the language server so that it reads data files.');
      status.update({ data: { kind: 'unknown' } });
      void restart();
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('hewitt.run')) void restart();
      else if (event.affectsConfiguration('hewitt.engine')) preview.refresh();
    }),
    { dispose: () => settle.cancel() },
  );

  void start();
  return { ready: () => starting, lastPreview: () => preview.lastMessage(), status: () => status.current(), testOutcomes: () => ruleTests.outcomes() };
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  if (running !== undefined) await running.stop().catch(() => undefined);
}
