// The editor's "Compare Results with…": the revisions a comparison can start from, and the diff of
// one of them against the work tree, through the same path as `hewitt diff` (node/revision-diff).
// A problem the user can fix (not a repository, a shallow clone…) is an answer, not a failure.

import type { Connection } from 'vscode-languageserver/node';
import { DEFAULT_TOP } from '../core/diff';
import { GitProblem, listRevisions, repositoryRoot } from '../node/git';
import { diffRepository } from '../node/revision-diff';
import { toDiffJson } from '../report/diff/json';
import { guardRequest } from './guard';
import { compareRequest, revisionsRequest, type CompareResponse, type RevisionsResponse } from './protocol-compare';
import { uriToPath } from './uris';

type Log = Parameters<typeof guardRequest>[0];

export interface CompareContext {
  /** The workspace folder the comparison runs in. */
  readonly folder: () => string | undefined;
  /** Whether data files may be read (a trusted folder). */
  readonly trusted: boolean;
}

export function registerCompare(connection: Connection, context: CompareContext, log: Log): void {
  connection.onRequest(revisionsRequest, guardRequest(log, revisionsRequest.method, (params) => revisions(folderOf(context, params.uri))));
  connection.onRequest(compareRequest, guardRequest(log, compareRequest.method, (params) => compare(folderOf(context, params.uri), params.base, context.trusted)));
}

function folderOf(context: CompareContext, uri: string | undefined): string | undefined {
  if (uri !== undefined && uri.startsWith('file:')) return uriToPath(uri).replace(/\/[^/]*$/, '') || '/';
  return context.folder();
}

export function revisions(folder: string | undefined): RevisionsResponse {
  if (folder === undefined) return { kind: 'error', message: 'Open a folder to compare its rule files with a revision.' };
  try {
    return { kind: 'revisions', choices: listRevisions(repositoryRoot(folder)) };
  } catch (error) {
    if (error instanceof GitProblem) return { kind: 'error', message: error.message };
    throw error;
  }
}

export async function compare(folder: string | undefined, base: string, trusted: boolean): Promise<CompareResponse> {
  if (folder === undefined) return { kind: 'error', message: 'Open a folder to compare its rule files with a revision.' };
  if (!trusted) return { kind: 'error', message: 'This folder is not trusted, so data files are not read: trust the folder to compare results.' };
  try {
    const outcome = await diffRepository({ cwd: folder, base, paths: [], data: 'head', top: DEFAULT_TOP });
    const paths = new Set(outcome.report.declarations.flatMap((d) => (d.basePath === undefined ? [] : [d.basePath])));
    const baseTexts = Object.fromEntries([...paths].sort().map((path) => [path, outcome.baseTexts.get(path) ?? '']));
    return { kind: 'diff', root: outcome.root, diff: toDiffJson(outcome.report), baseTexts };
  } catch (error) {
    if (error instanceof GitProblem) return { kind: 'error', message: error.message };
    throw error;
  }
}
