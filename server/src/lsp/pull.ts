// LSP 3.17 pull diagnostics: one document, or the whole workspace, each file with a result id so
// an unchanged file is answered `unchanged`.

import { DocumentDiagnosticReportKind } from 'vscode-languageserver';
import type * as lsp from 'vscode-languageserver';
import type { DiagnosticsStore } from './diagnostics';
import type { Settings } from './settings';
import { isConfigFile, type UriMap } from './uris';
import type { Workspace } from './workspace';

export interface PullParts {
  readonly workspace: Workspace;
  readonly store: DiagnosticsStore;
  readonly settings: Settings;
  readonly uris: UriMap;
}

export async function documentDiagnostics(parts: PullParts, params: lsp.DocumentDiagnosticParams): Promise<lsp.DocumentDiagnosticReport> {
  const { uri } = params.textDocument;
  const settings = await parts.settings.of(uri);
  if (!settings.validation.enable) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
  const result = parts.store.current(parts.uris.pathOf(uri));
  if (params.previousResultId === result.resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: result.resultId };
  return { kind: DocumentDiagnosticReportKind.Full, resultId: result.resultId, items: [...result.items] };
}

export async function workspaceDiagnostics(parts: PullParts, params: lsp.WorkspaceDiagnosticParams): Promise<lsp.WorkspaceDiagnosticReport> {
  const { workspace, store, uris } = parts;
  const host = workspace.host;
  const paths = [...workspace.files(), ...host.openPaths().filter(isConfigFile)];
  store.refresh(paths);
  const previous = new Map(params.previousResultIds.map((p) => [p.uri, p.value]));
  const items: lsp.WorkspaceDocumentDiagnosticReport[] = [];
  for (const path of paths) {
    const uri = uris.uriOf(path);
    const version = host.open(path)?.version ?? null;
    const settings = parts.settings.known(uri);
    if (settings !== undefined && !settings.validation.enable) {
      items.push({ kind: DocumentDiagnosticReportKind.Full, uri, version, items: [] });
      continue;
    }
    const result = store.current(path);
    if (previous.get(uri) === result.resultId) items.push({ kind: DocumentDiagnosticReportKind.Unchanged, uri, version, resultId: result.resultId });
    else items.push({ kind: DocumentDiagnosticReportKind.Full, uri, version, resultId: result.resultId, items: [...result.items] });
  }
  return { items };
}
