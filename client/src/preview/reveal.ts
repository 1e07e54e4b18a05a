// Opening what the preview points at: a declaration by name (through the language server's
// symbols) or a place in a rule file.

import * as path from 'node:path';
import * as vscode from 'vscode';

/** Finds a declaration, column or category by name: first in the previewed file, then the workspace. */
export async function revealDeclaration(document: vscode.TextDocument, name: string, column: vscode.ViewColumn | undefined): Promise<boolean> {
  const symbols = await vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[] | undefined>('vscode.executeDocumentSymbolProvider', document.uri);
  const local = findSymbol(symbols ?? [], name);
  if (local !== undefined) {
    await showRange(document.uri, local, column);
    return true;
  }
  const found = await vscode.commands.executeCommand<vscode.SymbolInformation[] | undefined>('vscode.executeWorkspaceSymbolProvider', name);
  const exact = (found ?? []).find((symbol) => symbol.name === name);
  if (exact === undefined) {
    void vscode.window.showInformationMessage(`Hewitt: no declaration named "${name}" was found.`);
    return false;
  }
  await showRange(exact.location.uri, exact.location.range, column);
  return true;
}

function findSymbol(symbols: readonly (vscode.DocumentSymbol | vscode.SymbolInformation)[], name: string): vscode.Range | undefined {
  for (const symbol of symbols) {
    if ('selectionRange' in symbol) {
      if (symbol.name === name) return symbol.selectionRange;
      const inner = findSymbol(symbol.children, name);
      if (inner !== undefined) return inner;
    } else if (symbol.name === name) return symbol.location.range;
  }
  return undefined;
}

/** A path from the results (absolute, a file URI, or relative to the previewed file) as a URI. */
export function resolveResultPath(document: vscode.Uri, written: string): vscode.Uri {
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(written)) return vscode.Uri.parse(written);
  if (path.isAbsolute(written)) return vscode.Uri.file(written);
  const folder = vscode.workspace.getWorkspaceFolder(document);
  const fromFile = vscode.Uri.joinPath(document, '..', written);
  return folder !== undefined && written.includes('/') && !written.startsWith('.') ? vscode.Uri.joinPath(folder.uri, written) : fromFile;
}

export async function revealLocation(document: vscode.Uri, written: string, line: number, character: number, column: vscode.ViewColumn | undefined): Promise<void> {
  const position = new vscode.Position(line, character);
  await showRange(resolveResultPath(document, written), new vscode.Range(position, position), column);
}

async function showRange(uri: vscode.Uri, range: vscode.Range, column: vscode.ViewColumn | undefined): Promise<void> {
  const editor = await vscode.window.showTextDocument(uri, { viewColumn: column ?? vscode.ViewColumn.One, selection: range, preserveFocus: false });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
