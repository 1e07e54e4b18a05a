// The export and explorer commands: Excel and CSV exports of the results, and adding a category
// skeleton for an unclassified value (an edit applied through VS Code, so Undo reverts it).

import * as vscode from 'vscode';
import { exportResults, type ExportKind } from './export';

export function registerExportCommands(context: vscode.ExtensionContext, output: vscode.OutputChannel): vscode.Disposable[] {
  const exportAs = (kind: ExportKind) => async (uri?: vscode.Uri, target?: vscode.Uri) => {
    const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    return exportResults(context, output, document, kind, target instanceof vscode.Uri ? target : undefined);
  };
  return [vscode.commands.registerCommand('hewitt.exportExcel', exportAs('xlsx')), vscode.commands.registerCommand('hewitt.exportCsv', exportAs('csv'))];
}
