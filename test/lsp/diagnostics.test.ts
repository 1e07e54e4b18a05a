// Diagnostics from the running server equal those of `hewitt check --format json` on the same
// files, pushed (publishDiagnostics) or pulled (textDocument/diagnostic, workspace/diagnostic).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentDiagnosticReportKind, DocumentDiagnosticRequest, WorkspaceDiagnosticRequest, type Diagnostic, type WorkspaceDocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { findCommand } from '../../server/src/cli/commands';
import { runCommand } from '../../server/src/cli/run';
import type { JsonReport } from '../../server/src/cli/report/json';
import { memoryIo } from '../cli/support';
import { buildServer, startSession, tempWorkspace, uriOf, type Session } from './support';

const SEVERITY = ['', 'error', 'warning', 'info', 'hint'];

interface Comparable {
  code: string;
  severity: string;
  message: string;
  range: Diagnostic['range'];
}

function fromLsp(diagnostics: readonly Diagnostic[]): Comparable[] {
  return diagnostics.map((d) => ({ code: String(d.code), severity: SEVERITY[d.severity ?? 1], message: d.message, range: d.range }));
}

async function checkJson(root: string): Promise<JsonReport> {
  const io = memoryIo(root);
  await runCommand(findCommand('check')!, ['--format', 'json', '.'], io);
  return JSON.parse(io.out()) as JsonReport;
}

let root: string;
let expected: JsonReport;

beforeAll(async () => {
  await buildServer();
  // The broken samples too: the copy's configuration drops the samples' `ignore: ["broken"]`.
  root = tempWorkspace({ 'hewitt.config.json': '{}' }, true);
  expected = await checkJson(root);
});

describe('pushed diagnostics', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession({ pull: false, root });
  });
  afterAll(async () => {
    await session.stop();
  });

  it('publishes for every rule file what hewitt check reports', async () => {
    expect(expected.files.length).toBeGreaterThan(5);
    expect(expected.files.some((file) => file.diagnostics.length > 0)).toBe(true);
    for (const file of expected.files) {
      const published = await session.diagnostics(uriOf(root, file.path));
      expect({ path: file.path, diagnostics: fromLsp(published) }).toEqual({ path: file.path, diagnostics: file.diagnostics });
    }
  });

  it('carries related locations and the source', async () => {
    const file = expected.files.find((f) => f.diagnostics.some((d) => d.code === 'duplicate-name'));
    expect(file).toBeDefined();
    const published = await session.diagnostics(uriOf(root, file!.path));
    const duplicate = published.find((d) => d.code === 'duplicate-name')!;
    expect(duplicate.source).toBe('hewitt');
    expect(duplicate.relatedInformation?.[0]?.location.uri).toBe(uriOf(root, file!.path));
  });
});

describe('pulled diagnostics', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession({ pull: true, root });
  });
  afterAll(async () => {
    await session.stop();
  });

  it('declares a diagnostic provider with workspace diagnostics', () => {
    expect(session.initialized.capabilities.diagnosticProvider).toEqual({ identifier: 'hewitt', interFileDependencies: true, workspaceDiagnostics: true });
  });

  it('answers textDocument/diagnostic as hewitt check, then unchanged for the same result id', async () => {
    for (const file of expected.files) {
      const uri = uriOf(root, file.path);
      const report = await session.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
      expect(report.kind).toBe(DocumentDiagnosticReportKind.Full);
      if (report.kind !== DocumentDiagnosticReportKind.Full) continue;
      expect({ path: file.path, diagnostics: fromLsp(report.items) }).toEqual({ path: file.path, diagnostics: file.diagnostics });
      const again = await session.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId: report.resultId });
      expect(again).toEqual({ kind: DocumentDiagnosticReportKind.Unchanged, resultId: report.resultId });
    }
  });

  it('answers workspace/diagnostic for every rule file', async () => {
    const report = await session.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
    const byUri = new Map(report.items.map((item: WorkspaceDocumentDiagnosticReport) => [item.uri, item]));
    for (const file of expected.files) {
      const item = byUri.get(uriOf(root, file.path));
      expect(item?.kind).toBe(DocumentDiagnosticReportKind.Full);
      if (item?.kind !== DocumentDiagnosticReportKind.Full) continue;
      expect(fromLsp(item.items)).toEqual(file.diagnostics);
    }
    const previousResultIds = report.items.flatMap((item: WorkspaceDocumentDiagnosticReport) => (item.resultId ? [{ uri: item.uri, value: item.resultId }] : []));
    const again = await session.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds });
    expect(again.items.every((item: WorkspaceDocumentDiagnosticReport) => item.kind === DocumentDiagnosticReportKind.Unchanged)).toBe(true);
  });
});
