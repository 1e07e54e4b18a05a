// Keeping the workspace in step with the editor and the disk: open documents, edits (debounced
// per document, so a burst of keystrokes is checked once), saves, closes and watched-file events.
// Each change marks only the affected files stale (the file and those that import it); in the
// push model they are re-checked and published, in the pull model the client asks for them.

import type { Connection, FileEvent } from 'vscode-languageserver';
import { CodeLensRefreshRequest, FileChangeType } from 'vscode-languageserver';
import type { ServerConfig } from './config';
import type { DiagnosticsStore } from './diagnostics';
import type { Evaluations } from './evaluation';
import type { Log } from './guard';
import type { Settings } from './settings';
import { isConfigFile, isDataFile, isRuleFile, uriToPath, type UriMap } from './uris';
import type { Workspace } from './workspace';

export interface SyncOptions {
  /** True when the client pulls diagnostics; false to publish them. */
  readonly pull: boolean;
  readonly canRefreshDiagnostics: boolean;
  readonly canRefreshCodeLens: boolean;
  /** How long a document must be quiet before it is checked. */
  readonly debounceMs: number;
}

export interface Sync {
  changed(uri: string, text: string, version: number): void;
  saved(uri: string): void;
  closed(uri: string): void;
  watched(changes: readonly FileEvent[]): void;
  settingsChanged(): void;
  /** Checks the stale files now and publishes what changed (push model). */
  flush(): void;
  /** Asks the client to pull diagnostics again (pull model). */
  refreshClient(): void;
  /** Publishes the current diagnostics of these files (push model). */
  publish(paths: readonly string[]): void;
  /** A background evaluation finished. */
  evaluated(path: string): void;
}

export interface SyncParts {
  readonly connection: Connection;
  readonly workspace: Workspace;
  readonly store: DiagnosticsStore;
  readonly settings: Settings;
  readonly config: ServerConfig;
  readonly evaluations: Evaluations;
  readonly uris: UriMap;
  readonly log: Log;
}

export function createSync(parts: SyncParts, options: SyncOptions): Sync {
  const { connection, workspace, store, settings, config, evaluations, uris, log } = parts;
  const host = workspace.host;
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  const publish = (paths: readonly string[]): void => {
    if (options.pull) return;
    for (const path of paths) {
      const uri = uris.uriOf(path);
      const version = host.open(path)?.version;
      const items = store.current(path).items;
      void settings.of(uri).then(
        (s) => connection.sendDiagnostics({ uri, version, diagnostics: s.validation.enable ? [...items] : [] }),
        (error: unknown) => log(`Publishing diagnostics for ${uri} failed: ${String(error)}`),
      );
    }
  };

  const refreshClient = (): void => {
    if (options.pull && options.canRefreshDiagnostics) connection.languages.diagnostics.refresh();
  };

  const flush = (): void => {
    const stale = store.stalePaths();
    if (!options.pull) publish(store.refresh(stale));
    for (const path of stale) if (host.open(path) !== undefined && isRuleFile(path)) evaluations.start(path);
  };

  const schedule = (path: string): void => {
    clearTimeout(timers.get(path));
    timers.set(
      path,
      setTimeout(() => {
        timers.delete(path);
        try {
          flush();
        } catch (error) {
          log(`Checking after an edit failed: ${String(error)}`);
        }
      }, options.debounceMs),
    );
  };

  const onSaveOnly = (uri: string): boolean => settings.known(uri)?.run === 'onSave';

  const markAffected = (path: string): void => {
    store.markStale(isRuleFile(path) ? workspace.affectedBy([path]) : [path]);
  };

  const everything = (): string[] => [...workspace.files(), ...host.openPaths().filter(isConfigFile)];

  return {
    changed(uri, text, version) {
      const path = uris.pathOf(uri);
      const open = host.open(path);
      if (open !== undefined && open.version === version && open.text === text) return;
      host.setOpen(path, { text, version });
      workspace.touch();
      evaluations.cancel(path);
      if (open !== undefined && onSaveOnly(uri)) return;
      markAffected(path);
      if (open === undefined) flush();
      else schedule(path);
    },
    saved(uri) {
      const path = uris.pathOf(uri);
      if (isConfigFile(path)) {
        config.reset();
        store.markStale(everything());
      } else if (onSaveOnly(uri)) markAffected(path);
      else return;
      flush();
      refreshClient();
    },
    closed(uri) {
      const path = uris.pathOf(uri);
      clearTimeout(timers.get(path));
      timers.delete(path);
      evaluations.cancel(path);
      host.close(path);
      workspace.touch();
      if (host.isFile(path) && !isConfigFile(path)) markAffected(path);
      else {
        const affected = workspace.affectedBy([path]).filter((p) => p !== path);
        if (store.forget(path) && !options.pull) connection.sendDiagnostics({ uri, diagnostics: [] });
        store.markStale(affected);
      }
      flush();
    },
    watched(changes) {
      let ruleOrConfig = false;
      for (const change of changes) {
        const path = uris.pathOf(change.uri);
        if (isDataFile(uriToPath(change.uri))) continue;
        ruleOrConfig = true;
        host.forget(path);
        if (isConfigFile(path)) {
          config.reset();
          store.markStale(everything());
        } else if (isRuleFile(path)) {
          const affected = workspace.affectedBy([path]);
          if (change.type === FileChangeType.Deleted && host.open(path) === undefined) {
            workspace.removeFile(path);
            if (store.forget(path) && !options.pull) connection.sendDiagnostics({ uri: change.uri, diagnostics: [] });
            store.markStale(affected.filter((p) => p !== path));
          } else {
            workspace.addFile(path);
            store.markStale(affected.includes(path) ? affected : [...affected, path]);
          }
        }
      }
      if (ruleOrConfig) workspace.touch();
      // A data file that changed is noticed by the data cache (size and modification time); the
      // open rule files are evaluated again either way.
      for (const path of host.openPaths()) if (isRuleFile(path)) evaluations.start(path);
      flush();
      refreshClient();
    },
    settingsChanged() {
      if (options.pull) refreshClient();
      else publish(store.known());
    },
    flush,
    refreshClient,
    publish,
    evaluated() {
      if (options.canRefreshCodeLens) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
    },
  };
}
