// Diagnostics: the same check (checkModel, as checkFiles runs it), with the same configuration
// and options, as `hewitt check`.
// Each file's last result is kept with a result id, for pull diagnostics (`unchanged` when the
// client already has it) and for publishing only what changed in the push model. Files whose
// inputs changed are marked stale and re-checked together when the next result is needed.

import type * as lsp from 'vscode-languageserver';
import { checkModel } from '../core/check';
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

  const refresh = (paths: readonly string[]): string[] => {
    const wanted = paths.filter((path) => stale.has(path) || !results.has(path));
    const changed: string[] = [];
    const rules = wanted.filter(isRuleFile);
    if (rules.length > 0) {
      // One file's model is kept for the requests that follow an edit; a model of many files (a
      // start-up batch, the files an edit to a shared file affects) is used once, then freed.
      const model = workspace.modelOf(rules, { keep: rules.length === 1 });
      const reports = checkModel(model, rules, checkOptions(config.configFor));
      for (const report of reports) if (store(report.path, convert(report.text, report.diagnostics))) changed.push(report.path);
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
  };
}
