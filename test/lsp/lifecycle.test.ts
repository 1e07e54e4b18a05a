// The server's life: arguments, open/change/close with incremental edits, dependent files
// re-checked, watched files, settings, a failing handler, shutdown and exit.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentDiagnosticRequest, type Diagnostic } from 'vscode-languageserver-protocol';
import { buildServer, runServer, startSession, tempWorkspace, uriOf, type Session } from './support';

const DATA = 'dataset ledger "Ledger" {\n  source: "ledger.csv"\n  columns {\n    amount: money\n  }\n}\n';
const MEASURE = 'import "data.hewitt"\n\nmeasure spend "Spend" {\n  from ledger\n  value: sum(amount)\n}\n';

const codes = (diagnostics: readonly Diagnostic[]): string[] => diagnostics.map((d) => String(d.code));

beforeAll(async () => {
  await buildServer();
});

describe('command line', () => {
  it('prints its version and help, and refuses to start without a transport', () => {
    expect(runServer(['--version'])).toMatchObject({ status: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/) });
    expect(runServer(['--help'])).toMatchObject({ status: 0, stdout: expect.stringContaining('--stdio') });
    expect(runServer([])).toMatchObject({ status: 2, stderr: expect.stringContaining('--stdio or --node-ipc') });
  });
});

describe('pushed diagnostics follow the documents', () => {
  let session: Session;
  let root: string;
  beforeAll(async () => {
    root = tempWorkspace({ 'data.hewitt': DATA, 'measure.hewitt': MEASURE });
    session = await startSession({ pull: false, root });
  });
  afterAll(async () => {
    await session.stop();
  });

  it('re-checks an open document after incremental edits, with its version', async () => {
    const uri = uriOf(root, 'measure.hewitt');
    await session.open('measure.hewitt', MEASURE, 1);
    expect(await session.diagnostics(uri, (d) => d.length === 0)).toEqual([]);
    // `from ledger` → `from ledgr`, then a second edit in the same burst.
    await session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 3, character: 10 }, end: { line: 3, character: 11 } }, text: '' }],
    });
    await session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: { start: { line: 2, character: 8 }, end: { line: 2, character: 13 } }, text: 'total' }],
    });
    const published = await session.diagnostics(uri, (d, version) => version === 3);
    expect(codes(published)).toContain('unknown-name');
  });

  it('re-checks the files that import an edited file', async () => {
    const dataUri = uriOf(root, 'data.hewitt');
    const measureUri = uriOf(root, 'measure.hewitt');
    await session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: measureUri, version: 4 },
      contentChanges: [{ text: MEASURE }],
    });
    await session.diagnostics(measureUri, (d, version) => version === 4 && d.length === 0);
    await session.open('data.hewitt', DATA, 1);
    await session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: dataUri, version: 2 },
      contentChanges: [{ text: DATA.replace('ledger', 'books') }],
    });
    const published = await session.diagnostics(measureUri, (d) => d.length > 0);
    expect(codes(published)).toContain('unknown-name');
  });

  it('goes back to the disk text when a document is closed', async () => {
    await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri: uriOf(root, 'data.hewitt') } });
    expect(await session.diagnostics(uriOf(root, 'measure.hewitt'), (d) => d.length === 0)).toEqual([]);
  });

  it('notices a rule file created on disk', async () => {
    writeFileSync(join(root, 'extra.hewitt'), 'measure broken "B" {\n  from nowhere\n  value: count()\n}\n');
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(root, 'extra.hewitt'), type: 1 }] });
    expect(codes(await session.diagnostics(uriOf(root, 'extra.hewitt'), (d) => d.length > 0))).toContain('unknown-name');
  });

  it('answers a failing request with an error and goes on serving', async () => {
    const uri = uriOf(root, 'measure.hewitt');
    await expect(session.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: null })).rejects.toMatchObject({
      message: expect.stringContaining('textDocument/hover failed'),
    });
    const hover = await session.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 9 } });
    expect(hover).not.toBeNull();
  });
});

describe('pulled diagnostics and settings', () => {
  it('asks for a refresh when a configuration file changes, and honours validation.enable', async () => {
    const root = tempWorkspace({ 'data.hewitt': DATA, 'broken.hewitt': 'measure m "M" {\n  from nowhere\n}\n' });
    const session = await startSession({ pull: true, root });
    const uri = uriOf(root, 'broken.hewitt');
    await session.refreshes(1);
    const report = await session.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
    expect(report.kind === 'full' && report.items.length > 0).toBe(true);

    writeFileSync(join(root, 'hewitt.config.json'), '{ "rules": {} }\n');
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(root, 'hewitt.config.json'), type: 1 }] });
    await session.refreshes(2);

    session.settings = { default: { run: 'onType', validation: { enable: false } } };
    await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await session.refreshes(3);
    expect(await session.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })).toEqual({ kind: 'full', items: [] });
    expect(await session.stop()).toBe(0);
  });
});
