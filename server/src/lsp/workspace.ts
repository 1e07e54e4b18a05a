// The server's view of the workspace: the rule files it knows (found on disk or open), the
// import graph learned from each analysis (and its reverse, so an edit re-checks only the files
// it affects), and analysed models cached until the next change.

import { analyzeWorkspace } from '../core/semantics';
import type { FileModel, SemanticModel } from '../core/semantics';
import { factsOf, type FileFacts } from '../core/rules/facts';
import type { ServerHost } from './host';
import { isRuleFile } from './uris';

export interface Workspace {
  readonly host: ServerHost;
  /** The known rule files, sorted. */
  files(): string[];
  addFile(path: string): void;
  removeFile(path: string): void;
  /** Something changed (a text, a file on disk): cached models are stale. */
  touch(): void;
  /**
   * The model of `paths` and everything they import, analysed once per change. With `keep: false`
   * it is analysed without being kept (a one-off check of many files), so its memory is freed.
   */
  modelOf(paths: readonly string[], options?: { readonly keep?: boolean }): SemanticModel;
  /** The model of one file with its imports, and the file's own part of it. */
  fileModel(path: string): { readonly model: SemanticModel; readonly file: FileModel } | undefined;
  /** The model of every known file (for references, rename and workspace symbols). */
  wholeModel(): SemanticModel;
  /** `paths` and every known file that imports one of them, directly or not, sorted. */
  affectedBy(paths: readonly string[]): string[];
  /** Learns the imports (and the facts the workspace rules judge) of every file of a model. */
  learnImports(model: SemanticModel): void;
  /** The facts of every rule file analysed so far, from its latest analysis (see core/rules/facts.ts). */
  facts(): ReadonlyMap<string, FileFacts>;
}

const CACHE_SIZE = 8;

export function createWorkspace(host: ServerHost): Workspace {
  const known = new Set<string>();
  const imports = new Map<string, readonly string[]>();
  let generation = 0;
  let cache: { key: string; generation: number; model: SemanticModel }[] = [];

  const facts = new Map<string, FileFacts>();

  const learnImports = (model: SemanticModel): void => {
    for (const [path, file] of model.files) {
      imports.set(path, file.imports.map((link) => link.target));
      facts.set(path, factsOf(model, file));
    }
  };

  const modelOf = (paths: readonly string[], options: { readonly keep?: boolean } = {}): SemanticModel => {
    const sorted = [...new Set(paths)].sort();
    const key = sorted.join('\n');
    const hit = cache.find((entry) => entry.key === key && entry.generation === generation);
    if (hit !== undefined) return hit.model;
    const model = analyzeWorkspace(sorted, host);
    learnImports(model);
    if (options.keep === false) return model;
    cache = [{ key, generation, model }, ...cache.filter((entry) => entry.generation === generation)].slice(0, CACHE_SIZE);
    return model;
  };

  return {
    host,
    files: () => [...new Set([...known, ...host.openPaths().filter(isRuleFile)])].sort(),
    addFile: (path) => void known.add(path),
    removeFile(path) {
      known.delete(path);
      imports.delete(path);
      facts.delete(path);
    },
    facts: () => facts,
    touch() {
      generation++;
      cache = [];
    },
    modelOf,
    fileModel(path) {
      const model = modelOf([path]);
      const file = model.files.get(path);
      return file === undefined ? undefined : { model, file };
    },
    wholeModel() {
      return modelOf([...new Set([...known, ...host.openPaths().filter(isRuleFile)])]);
    },
    affectedBy(paths) {
      const importers = new Map<string, string[]>();
      for (const [from, targets] of imports) {
        for (const target of targets) {
          const list = importers.get(target);
          if (list === undefined) importers.set(target, [from]);
          else list.push(from);
        }
      }
      const out = new Set<string>();
      const pending = [...paths];
      while (pending.length > 0) {
        const path = pending.pop() as string;
        if (out.has(path)) continue;
        out.add(path);
        pending.push(...(importers.get(path) ?? []));
      }
      const all = new Set([...known, ...host.openPaths()]);
      return [...out].filter((path) => all.has(path) && isRuleFile(path)).sort();
    },
    learnImports,
  };
}
