/// <reference types="mocha" />
// The extension in a real VS Code: activation, diagnostics, completion, hover, quick fixes,
// formatting, CodeLens and the results preview, all through the `vscode` API.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { HewittApi } from '../../../client/src/extension';
import { codeOf, diagnosticsWhen, openFile, until, workspaceUri } from './helpers';
import './tests.suite';

const EXTENSION_ID = 'hewitt-rules.hewitt-rules';

async function api(): Promise<HewittApi> {
  const extension = vscode.extensions.getExtension<HewittApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  const exports = await extension.activate();
  await exports.ready();
  return exports;
}

function offsetOf(document: vscode.TextDocument, text: string, delta = 0): vscode.Position {
  const index = document.getText().indexOf(text);
  assert.ok(index >= 0, `"${text}" is in ${document.fileName}`);
  return document.positionAt(index + delta);
}

describe('Hewitt Rules in VS Code', function () {
  this.timeout(120_000);

  it('activates on a rule file and starts the language server', async () => {
    await openFile('samples', 'prevention.hewitt');
    const hewitt = await api();
    assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
    await until('the server to run', () => (hewitt.status().server === 'running' ? true : undefined));
  });

  it('reports the expected problems of each broken sample', async () => {
    const expectedFiles = await vscode.workspace.findFiles('samples/broken/*.expected');
    assert.ok(expectedFiles.length >= 5, 'broken samples are in the workspace');
    for (const expectedFile of expectedFiles) {
      const expected = new TextDecoder().decode(await vscode.workspace.fs.readFile(expectedFile));
      const wanted = expected
        .split('\n')
        .filter((line) => /^\d+:\d+ \S+/.test(line))
        .map((line) => {
          const [place, code] = line.split(' ');
          const [lineNo, column] = place.split(':').map(Number);
          return `${lineNo}:${column} ${code}`;
        })
        .sort();
      const ruleFile = vscode.Uri.file(expectedFile.fsPath.replace(/\.expected$/, '.hewitt'));
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(ruleFile), { preview: false });
      const shown = (list: readonly vscode.Diagnostic[]): string[] => list.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${codeOf(d)}`).sort();
      const found = await diagnosticsWhen(ruleFile, (list) => wanted.every((w) => shown(list).includes(w)));
      for (const w of wanted) assert.ok(shown(found).includes(w), `${ruleFile.path}: ${w}`);
    }
  });

  it('completes dataset names after `from` and shows hover on a measure', async () => {
    const editor = await openFile('samples', 'prevention.hewitt');
    const afterFrom = offsetOf(editor.document, 'from ledger', 'from '.length);
    const completions = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, afterFrom);
    const labels = completions.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    assert.ok(labels.includes('ledger'), `completion offers ledger: ${labels.slice(0, 20).join(", ")}…`);

    const onMeasure = offsetOf(editor.document, 'measure: prevention_share', 'measure: '.length + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, onMeasure);
    const text = hovers.flatMap((hover) => hover.contents.map((part) => (typeof part === 'string' ? part : 'value' in part ? part.value : ''))).join('\n');
    assert.match(text, /Share of ICB spend on prevention/);
  });

  it('applies the quick fix for a misspelt column', async () => {
    const editor = await openFile('samples', 'broken', 'unknown-name.hewitt');
    const uri = editor.document.uri;
    const [problem] = await diagnosticsWhen(uri, (list) => list.some((d) => codeOf(d) === 'unknown-name'));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, problem.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((action) => action.edit !== undefined && /programme/.test(action.title));
    assert.ok(fix?.edit, `a fix to programme is offered: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
    assert.match(editor.document.getText(), /programme = "FLU"/);
    await diagnosticsWhen(uri, (list) => !list.some((d) => codeOf(d) === 'unknown-name'));
  });

  it('formats a rule file as the command line does', async () => {
    const editor = await openFile('fixtures', 'unformatted.hewitt');
    const options: vscode.FormattingOptions = { tabSize: 2, insertSpaces: true };
    const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', editor.document.uri, options);
    assert.ok(edits.length > 0, 'the formatter changes the file');
    const edit = new vscode.WorkspaceEdit();
    edit.set(editor.document.uri, edits);
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    const expected = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri('fixtures', 'formatted.expected')));
    assert.equal(editor.document.getText(), expected);
    const again = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', editor.document.uri, options);
    assert.equal(again?.length ?? 0, 0, 'formatting is stable');
  });

  it('shows CodeLens titles above measures and targets', async () => {
    const editor = await openFile('samples', 'prevention.hewitt');
    const lenses = await until('CodeLens titles', async () => {
      const found = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri, 100);
      return found.length > 0 && found.every((lens) => (lens.command?.title ?? '') !== '') ? found : undefined;
    });
    const measureLine = offsetOf(editor.document, 'measure prevention_share').line;
    assert.ok(lenses.some((lens) => lens.range.start.line === measureLine), 'a lens sits above measure prevention_share');
  });

  it('offers on a classification header to add a category for its largest unclassified value, as one undoable edit', async () => {
    const editor = await openFile('samples', 'prevention.hewitt');
    const header = offsetOf(editor.document, 'classification prevention', 'classification '.length + 2);
    const adds = await until('the Add a category actions', async () => {
      const found = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, new vscode.Range(header, header), vscode.CodeActionKind.Refactor.value);
      const offered = (found ?? []).filter((action) => action.title.startsWith('Add a category for'));
      return offered.length > 0 ? offered : undefined;
    });
    const acute = adds.find((action) => action.title === 'Add a category for programme = "ACUTE"');
    assert.ok(acute?.edit, `offered: ${adds.map((a) => a.title).join('; ')}`);
    const before = editor.document.getText();
    assert.equal(await vscode.workspace.applyEdit(acute.edit), true);
    assert.ok(editor.document.getText().includes('when programme = "ACUTE"'), 'the skeleton is inserted');
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('undo');
    await until('the edit to be undone', () => (editor.document.getText() === before ? true : undefined));
  });

  it('opens the results preview beside the editor and receives results', async () => {
    const hewitt = await api();
    await openFile('fixtures', 'hostile.hewitt');
    await vscode.commands.executeCommand('hewitt.openPreview');
    const message = await until('preview results', () => {
      const last = hewitt.lastPreview();
      return last.kind === 'result' && last.file.endsWith('hostile.hewitt') && Object.keys(last.result.measures).length > 0 ? last : undefined;
    });
    assert.equal(message.kind, 'result');
    if (message.kind !== 'result') return;
    const values = message.result.measures.spend?.rows.map((row) => `${row.group.icb} ${row.group.year} ${String(row.value)}`);
    assert.ok(values?.includes('QOP 2023/24 2100.75'), `the preview has the fixture's values: ${JSON.stringify(values)}`);
    assert.equal(hewitt.status().data.kind, 'loaded');
  });
});
