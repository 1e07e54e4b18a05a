// The results preview panel beside the editor: follows the active rule file, refreshes as you type
// (debounced) or on save, shows only the newest answer, and reveals what its rows point at.

import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { FromWebview, ToWebview } from '../../webview/model';
import { previewRequest, type PreviewResponse } from '../protocol';
import { previewHtml } from './html';
import { createLatestGate, debounce } from './refresh';
import { revealDeclaration, revealLocation } from './reveal';
import { answerExplore } from './explore';

export const PREVIEW_VIEW_TYPE = 'hewitt.preview';
const TYPING_DELAY_MS = 300;

export interface PreviewHost {
  readonly context: vscode.ExtensionContext;
  /** The running client, or undefined while it is (re)starting. */
  readonly client: () => LanguageClient | undefined;
  readonly onResult: (response: PreviewResponse) => void;
  readonly onError: (message: string) => void;
  /** Messages from the webview the panel does not handle itself (a comparison's). */
  readonly onMessage?: (message: FromWebview) => void;
}

export interface Preview {
  /** Opens the panel beside the editor (or shows it), for the given or the active rule file. */
  readonly open: (document?: vscode.TextDocument) => void;
  /** Restores a panel VS Code kept from an earlier session. */
  readonly restore: (panel: vscode.WebviewPanel) => void;
  /** Asks for fresh results now. */
  readonly refresh: () => void;
  readonly isOpen: () => boolean;
  /** Shows another view (a comparison) until the rule file is edited, saved or switched. */
  readonly show: (message: { readonly kind: string; readonly [key: string]: unknown }) => void;
  /** The last message the panel was sent (for tests and the status bar). */
  readonly lastMessage: () => ToWebview;
  readonly dispose: () => void;
}

export function isRuleFile(document: vscode.TextDocument): boolean {
  return document.languageId === 'hewitt';
}

export function createPreview(host: PreviewHost): Preview {
  let panel: vscode.WebviewPanel | undefined;
  let document: vscode.TextDocument | undefined;
  let sourceColumn: vscode.ViewColumn | undefined;
  let last: ToWebview = { kind: 'no-file' };
  let shown: { readonly kind: string; readonly [key: string]: unknown } | undefined;
  const gate = createLatestGate();
  const typing = debounce(() => void refresh(), TYPING_DELAY_MS);
  const subscriptions: vscode.Disposable[] = [];

  const post = (message: ToWebview): void => {
    last = message;
    void panel?.webview.postMessage(message);
  };

  async function refresh(): Promise<void> {
    typing.cancel();
    if (panel === undefined || shown !== undefined) return;
    if (document === undefined) return post({ kind: 'no-file' });
    const client = host.client();
    if (client === undefined) return post({ kind: 'error', file: document.uri.fsPath, message: 'the Hewitt language server is not running (see Hewitt: Show Output)' });
    const target = document;
    const ticket = gate.next();
    try {
      const response = await client.sendRequest(previewRequest, { uri: target.uri.toString() });
      if (response === null) {
        if (gate.accept(ticket, target.uri.toString(), target.version)) post({ kind: 'error', file: target.uri.fsPath, message: 'the language server has no results for this file' });
        return;
      }
      if (!gate.accept(ticket, response.uri, response.version)) return;
      host.onResult(response);
      post({ kind: 'result', file: target.uri.fsPath, version: response.version, result: response.result, ...(response.details === undefined ? {} : { details: response.details }), trusted: vscode.workspace.isTrusted, ...engineOf(response) });
    } catch (error) {
      if (!gate.accept(ticket, target.uri.toString(), target.version)) return;
      const message = error instanceof Error ? error.message : String(error);
      host.onError(message);
      post({ kind: 'error', file: target.uri.fsPath, message });
    }
  }

  const follow = (editor: vscode.TextEditor | undefined): void => {
    if (editor === undefined || !isRuleFile(editor.document)) return;
    if (document?.uri.toString() === editor.document.uri.toString()) return;
    shown = undefined;
    document = editor.document;
    sourceColumn = editor.viewColumn;
    if (panel !== undefined) panel.title = `Results: ${baseName(document.uri)}`;
    void refresh();
  };

  const onMessage = async (message: FromWebview): Promise<void> => {
    switch (message.kind) {
      case 'ready':
        void panel?.webview.postMessage(shown ?? last);
        return;
      case 'reveal-declaration':
        if (document !== undefined) await revealDeclaration(document, message.name, sourceColumn);
        return;
      case 'reveal-location':
        if (document !== undefined) await revealLocation(document.uri, message.path, message.line, message.character, sourceColumn);
        return;
      case 'explore-unclassified':
      case 'explain':
      case 'add-category':
        return answerExplore(message, { client: host.client(), document, post: (answer) => void panel?.webview.postMessage(answer) });
      default:
        host.onMessage?.(message);
    }
  };

  const adopt = (created: vscode.WebviewPanel): void => {
    panel = created;
    const distUri = vscode.Uri.joinPath(host.context.extensionUri, 'dist');
    created.webview.options = { enableScripts: true, localResourceRoots: [distUri] };
    created.webview.html = previewHtml({
      cspSource: created.webview.cspSource,
      scriptUri: created.webview.asWebviewUri(vscode.Uri.joinPath(distUri, 'webview.js')).toString(),
      nonce: randomBytes(16).toString('base64'),
    });
    created.iconPath = vscode.Uri.joinPath(host.context.extensionUri, 'images', 'icon.png');
    created.onDidDispose(() => {
      panel = undefined;
      typing.cancel();
    });
    created.webview.onDidReceiveMessage((message: FromWebview) => void onMessage(message));
    follow(vscode.window.activeTextEditor);
    void refresh();
  };

  subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(follow),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (panel === undefined || event.document !== document || event.contentChanges.length === 0) return;
      shown = undefined;
      if (vscode.workspace.getConfiguration('hewitt', event.document.uri).get<boolean>('preview.autoRefresh', true)) typing.schedule();
    }),
    vscode.workspace.onDidSaveTextDocument((saved) => {
      if (panel === undefined || !(saved === document || saved.fileName.endsWith('.csv') || saved.fileName.endsWith('.hewitt'))) return;
      shown = undefined;
      void refresh();
    }),
    vscode.workspace.onDidCloseTextDocument((closed) => {
      if (closed === document) {
        document = undefined;
        void refresh();
      }
    }),
  );

  return {
    open: (requested) => {
      const editor = vscode.window.activeTextEditor;
      const chosen = requested ?? (editor !== undefined && isRuleFile(editor.document) ? editor.document : document);
      if (chosen !== undefined) {
        document = chosen;
        sourceColumn = vscode.window.visibleTextEditors.find((e) => e.document === chosen)?.viewColumn ?? sourceColumn;
      }
      if (panel !== undefined) {
        panel.reveal(vscode.ViewColumn.Beside, true);
        void refresh();
        return;
      }
      const title = document === undefined ? 'Hewitt Results' : `Results: ${baseName(document.uri)}`;
      adopt(vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, retainContextWhenHidden: false }));
    },
    restore: adopt,
    refresh: () => void refresh(),
    isOpen: () => panel !== undefined,
    show: (message) => {
      shown = message;
      if (panel === undefined) adopt(vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, 'Hewitt Results', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, retainContextWhenHidden: false }));
      else panel.reveal(vscode.ViewColumn.Beside, true);
      void panel?.webview.postMessage(message);
    },
    lastMessage: () => last,
    dispose: () => {
      typing.cancel();
      panel?.dispose();
      for (const s of subscriptions) s.dispose();
    },
  };
}

function baseName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() ?? uri.path;
}

/** The engine that computed the figures, and a failure of the configured one, as the server told them. */
function engineOf(response: PreviewResponse): Pick<ToWebview & { kind: 'result' }, 'engine' | 'engineFailure'> {
  return { ...(response.engine === undefined ? {} : { engine: response.engine }), ...(response.engineFailure === undefined ? {} : { engineFailure: response.engineFailure }) };
}
