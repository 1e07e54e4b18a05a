// Diagnostics: the same check (checkModel, as checkFiles runs it), with the same configuration
// and options, as `hewitt check`.
// Each file's last result is kept with a result id, for pull diagnostics (`unchanged` when the
// client already has it) and for publishing only what changed in the push model. Files whose
// inputs changed are marked stale and re-checked together when the next result is needed.

import type * as lsp from 'vscode-languageserver';
import { checkModel } from '../core/check';
import { workspaceFindings } from '../core/rules/catalogue';
import type { Diagnostic } from '../core/diagnostics';
import type { ServerConfig } from './config';
import { indexed, toDiagnostic } from './convert';
import { checkOptions } from './rules';
import type { UriMap } from './uris';
import { isConfigFile, isRuleFile } from './uris';
import type { Workspace } from './workspace';

export interface FileDiagnostics {
  readonly resultId: string;
  readonly items: readonly lsp.Diagnostic[];
}

export interface DiagnosticsStore {
  /** Marks files whose diagnostics must be computed again. */
  markStale(paths: readonly string[]): void;
  isStale(path: string): boolean;
  /** The files marked stale and not yet checked again. */
  stalePaths(): string[];
  /** Checks the given stale (or never checked) files now; returns the paths whose result changed. */
  refresh(paths: readonly string[]): string[];
  /** The current result of a file (checked now when it is stale or new). */
  current(path: string): FileDiagnostics;
  /** Forgets a file (deleted, or an unsaved document closed); true when it had diagnostics. */
  forget(path: string): boolean;
  /** Paths with a result. */
  known(): string[];
  /** Called when a check found that files other than those asked for changed (workspace rules). */
  onOthersChanged(listener: (paths: readonly string[]) => void): void;
}

export function createDiagnosticsStore(workspace: Workspace, config: ServerConfig, uris: UriMap): DiagnosticsStore {
  const results = new Map<string, FileDiagnostics>();
  const stale = new Set<string>();
  let nextId = 1;

  const related = (path: string) => {
    const text = workspace.host.readFile(path);
    return text === undefined ? undefined : { uri: uris.uriOf(path), index: indexed(text).index };
  };

  const convert = (text: string, diagnostics: readonly Diagnostic[]): lsp.Diagnostic[] => {
    const { index } = indexed(text);
    return diagnostics.map((d) => toDiagnostic(index, d, related));
  };

  const store = (path: string, items: lsp.Diagnostic[]): boolean => {
    stale.delete(path);
    const old = results.get(path);
    if (old !== undefined && JSON.stringify(old.items) === JSON.stringify(items)) return false;
    results.set(path, { resultId: String(nextId++), items });
    return true;
  };

  let othersChanged = (_paths: readonly string[]): void => undefined;

  // The workspace rules' findings per file, as last seen, to notice which files an edit affects.
  let lastWorkspace = new Map<string, string>();
  const workspaceChanges = (): string[] => {
    const now = new Map<string, string>();
    for (const [path, found] of workspaceFindings(workspace.facts(), config.configFor)) {
      now.set(path, JSON.stringify(found.map((d) => [d.code, d.severity, d.message, d.span.start, d.span.end])));
    }
    const changed = [...new Set([...now.keys(), ...lastWorkspace.keys()])].filter((path) => now.get(path) !== lastWorkspace.get(path));
    lastWorkspace = now;
    return changed;
  };

  const refresh = (paths: readonly string[]): string[] => {
    const wanted = paths.filter((path) => stale.has(path) || !results.has(path));
    const changed: string[] = [];
    const rules = wanted.filter(isRuleFile);
    if (rules.length > 0) {
      // One file's model is kept for the requests that follow an edit; a model of many files (a
      // start-up batch, the files an edit to a shared file affects) is used once, then freed.
      const model = workspace.modelOf(rules, { keep: rules.length === 1 });
      const reports = checkModel(model, rules, checkOptions(config.configFor, workspace.facts()));
      for (const report of reports) if (store(report.path, convert(report.text, report.diagnostics))) changed.push(report.path);
      // The edit may move a workspace rule's finding to another file (the eleventh national
      // target, the metric that crosses the points budget): check those files again too.
      const others = workspaceChanges().filter((path) => results.has(path) && !rules.includes(path));
      if (others.length > 0) {
        const again = checkModel(workspace.modelOf(others, { keep: false }), others, checkOptions(config.configFor, workspace.facts()));
        const moved = again.filter((report) => store(report.path, convert(report.text, report.diagnostics))).map((report) => report.path);
        changed.push(...moved);
        if (moved.length > 0) othersChanged(moved);
      }
    }
    for (const path of wanted.filter(isConfigFile)) {
      const text = workspace.host.readFile(path) ?? '';
      if (store(path, convert(text, config.problemsOf(text, path)))) changed.push(path);
    }
    for (const path of wanted) if (!isRuleFile(path) && !isConfigFile(path) && store(path, [])) changed.push(path);
    return changed;
  };

  return {
    markStale: (paths) => paths.forEach((path) => stale.add(path)),
    isStale: (path) => stale.has(path) || !results.has(path),
    stalePaths: () => [...stale].sort(),
    refresh,
    current(path) {
      refresh([path]);
      return results.get(path) ?? { resultId: '0', items: [] };
    },
    forget(path) {
      stale.delete(path);
      const old = results.get(path);
      results.delete(path);
      return old !== undefined && old.items.length > 0;
    },
    known: () => [...results.keys()].sort(),
    onOthersChanged(listener) {
      othersChanged = listener;
    },
  };
}
