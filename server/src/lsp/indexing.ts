// Start-up: find every rule file of the workspace folders and check them, in batches so the
// server keeps answering, with work-done progress when there are many files.

import type { Connection } from 'vscode-languageserver';
import type { DiagnosticsStore } from './diagnostics';
import type { Log } from './guard';
import { findRuleFiles } from './scan';
import type { Sync } from './sync';
import type { UriMap } from './uris';
import type { Workspace } from './workspace';

export interface IndexParts {
  readonly connection: Connection;
  readonly workspace: Workspace;
  readonly store: DiagnosticsStore;
  readonly sync: Sync;
  readonly folders: readonly string[];
  readonly uris: UriMap;
  /** Whether the client shows server-initiated work-done progress. */
  readonly progress: boolean;
  readonly log: Log;
}

/** Files checked between two yields to the message loop. */
const BATCH = 25;
/** From this many files on, progress is reported. */
const PROGRESS_FROM = 50;

export async function indexWorkspace(parts: IndexParts): Promise<void> {
  const { connection, workspace, store, sync } = parts;
  const files = (await findRuleFiles(parts.folders)).map(parts.uris.fromFileSystem).sort();
  for (const path of files) workspace.addFile(path);
  workspace.touch();
  store.markStale(files);
  const progress = parts.progress && files.length >= PROGRESS_FROM ? await connection.window.createWorkDoneProgress() : undefined;
  progress?.begin('Checking rule files', 0, `0 of ${files.length}`, false);
  try {
    for (let i = 0; i < files.length; i += BATCH) {
      const batch = files.slice(i, i + BATCH).filter((path) => store.isStale(path));
      sync.publish(store.refresh(batch));
      const done = Math.min(files.length, i + BATCH);
      progress?.report(Math.floor((done / files.length) * 100), `${done} of ${files.length}`);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  } finally {
    progress?.done();
  }
  sync.refreshClient();
}
