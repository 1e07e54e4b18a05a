// "Hewitt: Compare Results with…": pick HEAD, a branch, a tag or a commit; the language server
// diffs it against the work tree (as `hewitt diff` does) and the results preview shows the
// comparison; a declaration's button there opens its text diff, the base side served from the
// texts the server sent (scheme `hewitt-base`).

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { compareRequest, revisionsRequest, type CompareResponse, type RevisionChoice } from './compare-protocol';
import type { Preview } from './preview/panel';

export const BASE_SCHEME = 'hewitt-base';

export interface CompareDeps {
  readonly client: () => LanguageClient | undefined;
  readonly preview: Preview;
}

export interface Compare {
  readonly register: () => vscode.Disposable[];
  /** Messages from the preview that belong to a comparison. */
  readonly handle: (message: { readonly kind: string }) => void;
}

type Shown = Extract<CompareResponse, { kind: 'diff' }> & { readonly base: string };

export function createCompare(deps: CompareDeps): Compare {
  let shown: Shown | undefined;
  const provider: vscode.TextDocumentContentProvider = { provideTextDocumentContent: (uri) => shown?.baseTexts[uri.path.replace(/^\//, '')] ?? '' };

  async function run(requested?: string): Promise<CompareResponse | undefined> {
    const client = deps.client();
    if (client === undefined) return void vscode.window.showErrorMessage('Hewitt: the language server is not running (see Hewitt: Show Output).');
    const uri = vscode.window.activeTextEditor?.document.uri;
    const params = uri?.scheme === 'file' ? { uri: uri.toString() } : {};
    const base = requested ?? (await pick(client, params));
    if (base === undefined) return undefined;
    const response = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Hewitt: comparing results with ${base}` }, () =>
      client.sendRequest(compareRequest, { ...params, base }),
    );
    if (response.kind === 'error') {
      void vscode.window.showErrorMessage(`Hewitt: ${response.message}`);
      return response;
    }
    shown = { ...response, base };
    deps.preview.show({ kind: 'diff', diff: response.diff });
    return response;
  }

  async function pick(client: LanguageClient, params: { uri?: string }): Promise<string | undefined> {
    const answer = await client.sendRequest(revisionsRequest, params);
    if (answer.kind === 'error') return void vscode.window.showErrorMessage(`Hewitt: ${answer.message}`);
    const items = answer.choices.map((choice: RevisionChoice) => ({
      label: choice.kind === 'commit' ? choice.rev.slice(0, 10) : choice.rev,
      description: choice.kind,
      detail: choice.detail,
      rev: choice.rev,
    }));
    const chosen = await vscode.window.showQuickPick(items, { title: 'Hewitt: Compare Results with…', placeHolder: 'HEAD, a branch, a tag or a commit', matchOnDescription: true, matchOnDetail: true });
    return chosen?.rev;
  }

  async function openTextDiff(kind: string, name: string): Promise<void> {
    const declaration = shown?.diff.declarations.find((d) => d.kind === kind && d.name === name);
    if (shown === undefined || declaration === undefined) return;
    const path = declaration.headPath ?? declaration.basePath ?? '';
    const left = vscode.Uri.from({ scheme: BASE_SCHEME, path: `/${declaration.basePath ?? path}`, query: shown.base });
    const right = declaration.headPath === null ? left : vscode.Uri.joinPath(vscode.Uri.file(shown.root), declaration.headPath);
    const text = (await vscode.workspace.openTextDocument(right)).getText();
    const line = Math.max(0, text.split('\n').findIndex((l) => new RegExp(`^\\s*${kind}\\s+${name}\\b`).test(l)));
    await vscode.commands.executeCommand('vscode.diff', left, right, `${kind} ${name}: ${shown.base} ↔ work tree`, { selection: new vscode.Range(line, 0, line, 0), preview: true });
  }

  return {
    register: () => [
      vscode.workspace.registerTextDocumentContentProvider(BASE_SCHEME, provider),
      vscode.commands.registerCommand('hewitt.compareResults', (rev?: string) => run(typeof rev === 'string' ? rev : undefined)),
    ],
    handle: (message) => {
      const m = message as { kind: string; declarationKind?: unknown; name?: unknown };
      if (m.kind === 'open-declaration-diff' && typeof m.declarationKind === 'string' && typeof m.name === 'string') void openTextDiff(m.declarationKind, m.name);
    },
  };
}
