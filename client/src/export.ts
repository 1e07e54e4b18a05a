// "Hewitt: Export Results to Excel" and "Export Results as CSV": run the bundled command line
// (`hewitt eval --format xlsx|csv --output FILE`) on the saved rule file, so the file holds what
// `hewitt eval` writes.

import { execFile } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';

export type ExportKind = 'xlsx' | 'csv';

const KINDS: Readonly<Record<ExportKind, { readonly suffix: string; readonly filter: string; readonly noun: string }>> = {
  xlsx: { suffix: '.results.xlsx', filter: 'Excel workbook', noun: 'workbook' },
  csv: { suffix: '.results.csv', filter: 'CSV (comma-separated values)', noun: 'CSV file' },
};

function runEval(cli: string, file: string, kind: ExportKind, output: string): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cli, 'eval', file, '--format', kind, '--output', output],
      { cwd: path.dirname(file), env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, timeout: 5 * 60 * 1000, maxBuffer: 8 * 1024 * 1024 },
      (error, _stdout, stderr) => resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : 2, stderr: String(stderr) }),
    );
  });
}

export async function exportResults(
  context: vscode.ExtensionContext,
  output: vscode.OutputChannel,
  document: vscode.TextDocument | undefined,
  kind: ExportKind,
  target?: vscode.Uri,
): Promise<vscode.Uri | undefined> {
  const { suffix, filter, noun } = KINDS[kind];
  if (document === undefined || document.languageId !== 'hewitt' || document.uri.scheme !== 'file') {
    void vscode.window.showWarningMessage('Hewitt: open a saved .hewitt rule file to export its results.');
    return undefined;
  }
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage('Hewitt: the results read data files, so they are only exported in a trusted folder.');
    return undefined;
  }
  if (document.isDirty) await document.save();
  const file = document.uri.fsPath;
  const destination =
    target ??
    (await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.file(file.replace(/\.hewitt$/, '') + suffix), filters: { [filter]: [kind] }, title: `Export Hewitt results as a ${noun}` }));
  if (destination === undefined) return undefined;
  const run = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Hewitt: writing the ${noun}…` }, () =>
    runEval(context.asAbsolutePath('dist/cli.js'), file, kind, destination.fsPath),
  );
  if (run.stderr.trim() !== '') output.appendLine(run.stderr.trim());
  if (run.code > 1) {
    void vscode.window.showErrorMessage(`Hewitt: the ${noun} could not be written. ${run.stderr.trim().split('\n').pop() ?? ''}`);
    return undefined;
  }
  if (target === undefined) void vscode.window.showInformationMessage(`Hewitt: results written to ${path.basename(destination.fsPath)}.`);
  return destination;
}
