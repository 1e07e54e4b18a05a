// Waiting helpers for the suite: every wait is for an event or a condition, with a bound.

import * as vscode from 'vscode';

export const WAIT_MS = 30_000;

export function workspaceUri(...parts: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (folder === undefined) throw new Error('the suite needs a workspace folder (a copy of samples/ and the fixtures)');
  return vscode.Uri.joinPath(folder.uri, ...parts);
}

export async function openFile(...parts: string[]): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(...parts));
  return vscode.window.showTextDocument(document, { preview: false });
}

/** Resolves with the file's diagnostics once `accept` holds for them; rejects after `timeoutMs`. */
export function diagnosticsWhen(uri: vscode.Uri, accept: (list: readonly vscode.Diagnostic[]) => boolean, timeoutMs = WAIT_MS): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const current = (): vscode.Diagnostic[] => vscode.languages.getDiagnostics(uri);
    if (accept(current())) return resolve(current());
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`diagnostics of ${uri.path} did not settle within ${timeoutMs} ms; last: ${JSON.stringify(current().map((d) => [d.code, d.message]))}`));
    }, timeoutMs);
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((changed) => changed.toString() === uri.toString())) return;
      if (!accept(current())) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(current());
    });
  });
}

/** Checks `condition` until it returns a value (not undefined), at most `timeoutMs`. */
export async function until<T>(what: string, condition: () => T | undefined | Promise<T | undefined>, timeoutMs = WAIT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The code of a diagnostic as text (it may be a {value, target} pair when it links to help). */
export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  if (code === undefined) return '';
  return typeof code === 'object' ? String(code.value) : String(code);
}
