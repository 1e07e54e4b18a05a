/// <reference types="mocha" />
// Rule tests in a real VS Code: the Testing view runs a sample test (it passes) and a broken one
// (it fails with a message at the `expect`, expected and actual side by side); a CodeLens sits
// above each test.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { HewittApi } from '../../../client/src/extension';
import { openFile, until, workspaceUri } from './helpers';

async function hewitt(): Promise<HewittApi> {
  const extension = vscode.extensions.getExtension<HewittApi>('hewitt-rules.hewitt-rules');
  assert.ok(extension, 'the extension is installed');
  const api = await extension.activate();
  await api.ready();
  return api;
}

/**
 * Runs the current file's tests from the Testing view until the test `key` has an outcome. A test
 * file's items reach the Testing view a moment after the file opens (an ignored file, such as a
 * broken sample, is listed only once opened), and a run asked for before then runs nothing; so
 * the run is asked for again while no outcome has come.
 */
async function runCurrentFileUntil(api: HewittApi, key: string, what: string) {
  return until(what, async () => {
    const found = api.testOutcomes().get(key);
    if (found === undefined) await vscode.commands.executeCommand('testing.runCurrentFile');
    return found;
  });
}

describe('Rule tests in the Testing view', function () {
  this.timeout(120_000);

  it('runs a sample test from the Testing view, and it passes', async () => {
    const api = await hewitt();
    await until('the server to run', () => (api.status().server === 'running' ? true : undefined));
    const editor = await openFile('samples', 'tests', 'screening.test.hewitt');
    const key = `${editor.document.uri.toString()}::uptake_average`;
    editor.selection = new vscode.Selection(6, 0, 6, 0);
    const outcome = await runCurrentFileUntil(api, key, 'the sample test to finish');
    assert.equal(outcome.status, 'pass', JSON.stringify(outcome));
  });

  it('shows the failed expectation of a broken test with expected and actual values', async () => {
    const api = await hewitt();
    const editor = await openFile('samples', 'broken', 'tests', 'wrong-value.test.hewitt');
    const key = `${editor.document.uri.toString()}::share_is_ten`;
    const outcome = await runCurrentFileUntil(api, key, 'the broken test to finish');
    assert.equal(outcome.status, 'fail');
    assert.ok(outcome.messages.some((m) => m.includes('expected 10%, actual 12.5%')), JSON.stringify(outcome.messages));
  });

  it('puts a CodeLens that runs the test above each test', async () => {
    const uri = workspaceUri('samples', 'tests', 'gp-contract.test.hewitt');
    await openFile('samples', 'tests', 'gp-contract.test.hewitt');
    const lenses = await until('the CodeLenses', async () => {
      const found = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
      const runs = (found ?? []).filter((lens) => lens.command?.command === 'hewitt.runTest');
      return runs.length >= 3 ? runs : undefined;
    });
    assert.deepEqual(lenses.map((l) => l.command?.arguments?.[1]), ['dm020_sliding_scale', 'thresholds', 'dm020_from_csv']);
  });
});
