// The extension's commands. Each is a small function of what it needs.

import * as vscode from 'vscode';
import type { Preview } from './preview/panel';
import { exportReport } from './report';
import { registerExportCommands } from './export-commands';

export interface CommandDeps {
  readonly context: vscode.ExtensionContext;
  readonly output: vscode.OutputChannel;
  readonly preview: Preview;
  readonly restart: () => Promise<void>;
}

const MAX_FILES_CHECKED = 1000;

export function registerCommands(deps: CommandDeps): vscode.Disposable[] {
  const { context, output, preview } = deps;
  return [
    vscode.commands.registerCommand('hewitt.openPreview', (uri?: vscode.Uri) => openPreview(preview, uri)),
    vscode.commands.registerCommand('hewitt.checkWorkspace', () => checkWorkspace()),
    vscode.commands.registerCommand('hewitt.exportReport', (uri?: vscode.Uri, target?: vscode.Uri) => exportFor(context, output, uri, target)),
    vscode.commands.registerCommand('hewitt.restartServer', () => deps.restart()),
    vscode.commands.registerCommand('hewitt.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('hewitt.openSample', () => openSample(context, preview)),
    ...registerExportCommands(context, output),
  ];
}

async function openPreview(preview: Preview, uri: vscode.Uri | undefined): Promise<void> {
  const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : undefined;
  preview.open(document);
}

/** Opens every rule file of the folder so the server checks it, then shows the Problems view. */
async function checkWorkspace(): Promise<number> {
  const files = await vscode.workspace.findFiles('**/*.hewitt', '**/node_modules/**', MAX_FILES_CHECKED);
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Hewitt: checking rule files' }, async () => {
    for (const file of files) await vscode.workspace.openTextDocument(file);
  });
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  void vscode.window.setStatusBarMessage(`Hewitt: checked ${files.length} rule ${files.length === 1 ? 'file' : 'files'}`, 5000);
  return files.length;
}

async function exportFor(context: vscode.ExtensionContext, output: vscode.OutputChannel, uri: vscode.Uri | undefined, target: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
  const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  return exportReport(context, output, document, target instanceof vscode.Uri ? target : undefined);
}

/** The walkthrough's first step: a sample rule file from the folder if it has one, else the bundled one. */
async function openSample(context: vscode.ExtensionContext, preview: Preview): Promise<void> {
  const inFolder = await vscode.workspace.findFiles('**/prevention.hewitt', '**/node_modules/**', 1);
  const uri = inFolder[0] ?? vscode.Uri.joinPath(context.extensionUri, 'samples', 'prevention.hewitt');
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document, { preview: false });
  preview.open(document);
}
