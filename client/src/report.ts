// "Hewitt: Export HTML Report": runs the bundled command line (dist/cli.js, `hewitt report`) on the
// rule file, which writes the same self-contained page as on the command line.

import { execFile } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';

export interface ReportRun {
  readonly code: number;
  readonly stderr: string;
}

export function runReport(cli: string, file: string, output: string): Promise<ReportRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cli, 'report', file, '--output', output],
      { cwd: path.dirname(file), env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, timeout: 5 * 60 * 1000, maxBuffer: 8 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 2;
        resolve({ code, stderr: String(stderr) });
      },
    );
  });
}

export async function exportReport(context: vscode.ExtensionContext, output: vscode.OutputChannel, document: vscode.TextDocument | undefined, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  if (document === undefined || document.languageId !== 'hewitt' || document.uri.scheme !== 'file') {
    void vscode.window.showWarningMessage('Hewitt: open a saved .hewitt rule file to export its report.');
    return undefined;
  }
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage('Hewitt: the report reads data files, so it is only written in a trusted folder.');
    return undefined;
  }
  if (document.isDirty) await document.save();
  const file = document.uri.fsPath;
  const destination =
    target ??
    (await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.file(file.replace(/\.hewitt$/, '') + '.report.html'),
      filters: { 'HTML page': ['html'] },
      title: 'Export Hewitt report',
    }));
  if (destination === undefined) return undefined;
  const run = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Hewitt: writing the report…' }, () =>
    runReport(context.asAbsolutePath('dist/cli.js'), file, destination.fsPath),
  );
  if (run.stderr.trim() !== '') output.appendLine(run.stderr.trim());
  if (run.code > 1) {
    void vscode.window.showErrorMessage(`Hewitt: the report could not be written. ${run.stderr.trim().split('\n').pop() ?? ''}`);
    return undefined;
  }
  const choice = await (target === undefined ? vscode.window.showInformationMessage(`Hewitt: report written to ${path.basename(destination.fsPath)}.`, 'Open in Browser') : Promise.resolve(undefined));
  if (choice === 'Open in Browser') await vscode.env.openExternal(destination);
  return destination;
}
