// The explorer views' requests, answered through the language server: the unclassified values,
// the rows behind a figure, and a category skeleton, applied as a workspace edit so that Undo
// takes it back.

import * as vscode from 'vscode';
import { RequestType, type LanguageClient } from 'vscode-languageclient/node';
import type { WorkspaceEdit } from 'vscode-languageserver-protocol';
import type { ExploreFromWebview, ExploreToWebview, ExplainResponse, UnclassifiedResponse } from '../../webview/explore-model';

const unclassifiedRequest = new RequestType<{ uri: string; top?: number }, UnclassifiedResponse | null, void>('hewitt/unclassified');
const explainRequest = new RequestType<{ uri: string; figure: string; limit?: number }, ExplainResponse | null, void>('hewitt/explain');
const skeletonRequest = new RequestType<{ uri: string; classification: string; column: string; value: string }, { edit: WorkspaceEdit; category: string } | { error: string } | null, void>(
  'hewitt/categorySkeleton',
);

/** How many values of each column, and rows behind a figure, the views show. */
const TOP_VALUES = 5;
const ROWS_SHOWN = 20;

export interface ExploreContext {
  readonly client: LanguageClient | undefined;
  readonly document: vscode.TextDocument | undefined;
  readonly post: (message: ExploreToWebview) => void;
}

export async function answerExplore(message: ExploreFromWebview, ctx: ExploreContext): Promise<void> {
  const { client, document } = ctx;
  if (client === undefined || document === undefined) {
    // The view waits for these answers; without a language server the answer is "none".
    if (message.kind === 'explain') ctx.post({ kind: 'explained', figure: message.figure, response: null });
    return;
  }
  const uri = document.uri.toString();
  switch (message.kind) {
    case 'explore-unclassified':
      ctx.post({ kind: 'unclassified', response: await client.sendRequest(unclassifiedRequest, { uri, top: TOP_VALUES }) });
      return;
    case 'explain':
      ctx.post({ kind: 'explained', figure: message.figure, response: await client.sendRequest(explainRequest, { uri, figure: message.figure, limit: ROWS_SHOWN }).catch(() => null) });
      return;
    case 'add-category': {
      const answer = await client.sendRequest(skeletonRequest, { uri, classification: message.classification, column: message.column, value: message.value });
      if (answer === null) return;
      if ('error' in answer) {
        void vscode.window.showWarningMessage(`Hewitt: no category added: ${answer.error}.`);
        return;
      }
      const edit = await client.protocol2CodeConverter.asWorkspaceEdit(answer.edit);
      if (!(await vscode.workspace.applyEdit(edit))) return;
      const [target] = edit.entries();
      if (target !== undefined) await revealInserted(target[0], answer.category);
      void vscode.window.showInformationMessage(`Hewitt: added category ${answer.category} to ${message.classification}; set its level or function.`);
      return;
    }
  }
}

/** Shows the new category in its editor, selected. */
async function revealInserted(uri: vscode.Uri, category: string): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  const offset = document.getText().indexOf(`category ${category} `);
  if (offset < 0) return;
  const start = document.positionAt(offset);
  const editor = await vscode.window.showTextDocument(document, { preview: false, viewColumn: vscode.ViewColumn.One });
  editor.selection = new vscode.Selection(start, start.translate(0, `category ${category}`.length));
  editor.revealRange(new vscode.Range(start, start), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
