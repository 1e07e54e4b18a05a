// `hewitt diff` and the editor's comparison share this: read two revisions of a repository with
// git, analyse and evaluate each through the same path as `hewitt eval` (buildEvalReport), on
// the same data, and diff them. A rule file with errors in one revision is left out of that
// revision's evaluation (with a note), so the diff still shows everything else.

import { realpathSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { checkModel } from '../core/check';
import { createDataCache } from '../core/data/cache';
import type { DataHost } from '../core/data/data-host';
import type { DataCache } from '../core/data/load-dataset';
import { diffRevisions, type DiffSide } from '../core/diff';
import type { DiffReport } from '../core/diff/model';
import { evaluate } from '../core/eval/evaluate';
import { filesInScope } from '../core/eval/run';
import { CATALOGUE } from '../core/rules/catalogue';
import { analyzeWorkspace } from '../core/semantics';
import type { SemanticModel } from '../core/semantics/model';
import type { ResolvedConfig } from '../core/config/config';
import { buildEvalReport, emptyResult } from '../report/build';
import { configLookup } from './config';
import { defaultBase, GitProblem, readBlobs, repositoryRoot, resolveRevision, revisionDataHost, revisionHost, ruleFiles, WORK_TREE } from './git';

export interface RevisionDiffRequest {
  /** The folder the command runs in; paths are relative to it. */
  readonly cwd: string;
  /** The base revision; default: the merge base of HEAD and the remote's default branch, or HEAD. */
  readonly base?: string;
  /** The head revision; default: the work tree. */
  readonly head?: string;
  /** Rule files or folders to compare (default all). */
  readonly paths: readonly string[];
  /** Whose data files both revisions read. */
  readonly data: 'head' | 'base';
  readonly top: number;
  readonly signal?: AbortSignal;
}

export interface RevisionDiffOutcome {
  readonly report: DiffReport;
  readonly root: string;
  /** The rule-file texts of each revision, by repository-relative path. */
  readonly baseTexts: ReadonlyMap<string, string>;
  readonly headTexts: ReadonlyMap<string, string>;
}

/** Rejects with a GitProblem for a problem the user can fix (not a repository, a bad revision…). */
export async function diffRepository(request: RevisionDiffRequest): Promise<RevisionDiffOutcome> {
  const root = repositoryRoot(request.cwd);
  const here = realpathSync(request.cwd);
  const pathspecs = request.paths.map((path) => relative(root, resolve(here, path)).split('\\').join('/') || '.');
  const outside = pathspecs.find((path) => path.startsWith('../'));
  if (outside !== undefined) throw new GitProblem(`not inside the repository: ${outside}`);
  const base = request.base === undefined ? defaultBase(root) : { rev: request.base, commit: resolveRevision(root, request.base) };
  const head = request.head === undefined ? { rev: 'work tree', commit: WORK_TREE } : { rev: request.head, commit: resolveRevision(root, request.head) };
  const baseFiles = ruleFiles(root, base.commit, pathspecs);
  const headFiles = ruleFiles(root, head.commit, pathspecs);
  if (baseFiles.length === 0 && headFiles.length === 0) {
    throw new GitProblem(request.paths.length === 0 ? 'no rule files (*.hewitt) in either revision' : `no rule files (*.hewitt) under ${request.paths.join(', ')} in either revision`);
  }
  const configs = configLookup(root, CATALOGUE);
  const cache = createDataCache();
  const data = revisionDataHost(root, request.data === 'head' ? head.commit : base.commit);
  const context: SideContext = { root, data, cache, configFor: configs.configFor, ...(request.signal ? { signal: request.signal } : {}) };
  const baseSide = await readSide(context, base, baseFiles);
  const headSide = await readSide(context, head, headFiles);
  const report = await diffRevisions(baseSide.side, headSide.side, { top: request.top, data, cache, ...(request.signal ? { signal: request.signal } : {}) });
  return { report, root, baseTexts: baseSide.texts, headTexts: headSide.texts };
}

interface SideContext {
  readonly root: string;
  readonly data: DataHost;
  readonly cache: DataCache;
  readonly configFor: (path: string) => ResolvedConfig;
  readonly signal?: AbortSignal;
}

async function readSide(context: SideContext, revision: { rev: string; commit: string }, files: readonly string[]): Promise<{ side: DiffSide; texts: Map<string, string> }> {
  const preloaded = revision.commit === WORK_TREE ? new Map<string, string>() : readBlobs(context.root, revision.commit, files);
  const host = revisionHost(context.root, revision.commit, preloaded);
  const model = analyzeWorkspace(files, host);
  const texts = new Map([...model.files].map(([path, file]) => [path, file.text]));
  // Files with a syntax or name error cannot be evaluated; they and the files that import them are
  // left out of this revision's evaluation (the catalogue's own errors stop it in buildEvalReport).
  const broken = new Set([...model.files.values()].filter((file) => [...file.parseDiagnostics, ...file.semanticDiagnostics].some((d) => d.severity === 'error')).map((file) => file.path));
  const clean = files.filter((path) => filesInScope(model, [path]).every((file) => !broken.has(file)));
  const notes = [...broken].sort().map((path) => `${path} has errors, so it was not evaluated (see hewitt check ${path}).`);
  const commit = revision.commit === WORK_TREE ? {} : { commit: revision.commit };
  const brokenReports = () => checkModel(model, [...broken], { configFor: context.configFor, catalogue: CATALOGUE });
  if (clean.length === 0) {
    const diagnostics = new Map(brokenReports().filter((r) => r.diagnostics.length > 0).map((r) => [r.path, r.diagnostics]));
    const figures = { result: emptyResult(diagnostics), sources: texts, checklist: [] };
    return { side: { rev: revision.rev, ...commit, model, figures, evaluated: false, notes }, texts };
  }
  const cleanModel: SemanticModel = broken.size === 0 ? model : analyzeWorkspace(clean, host);
  const built = await buildEvalReport(cleanModel, clean[0], {
    configFor: context.configFor,
    evaluate: (m) => evaluate(m, clean, context.data, { cache: context.cache, ...(context.signal ? { signal: context.signal } : {}) }),
  });
  // The broken files' own diagnostics still count (new and resolved problems).
  const diagnostics = new Map(built.report.result.diagnostics);
  if (broken.size > 0) for (const report of brokenReports()) diagnostics.set(report.path, report.diagnostics);
  if (built.hasErrors) notes.push(...[...built.report.result.diagnostics].filter(([, list]) => list.some((d) => d.severity === 'error')).map(([path]) => `${path} has errors, so it was not evaluated (see hewitt check ${path}).`));
  const figures = { result: { ...built.report.result, diagnostics }, sources: texts, checklist: built.report.checklist ?? [] };
  return { side: { rev: revision.rev, ...commit, model, figures, evaluated: built.evaluated, notes }, texts };
}
