// The requests behind "Hewitt: Compare Results with…", mirroring server/src/lsp/protocol-compare.ts.

import { RequestType } from 'vscode-languageclient/node';
import type { DiffJson } from '../webview/diff-model';

export interface RevisionChoice {
  readonly rev: string;
  readonly kind: 'head' | 'branch' | 'tag' | 'commit';
  readonly detail: string;
}

export type RevisionsResponse = { readonly kind: 'revisions'; readonly choices: readonly RevisionChoice[] } | { readonly kind: 'error'; readonly message: string };

export type CompareResponse =
  | { readonly kind: 'diff'; readonly root: string; readonly diff: DiffJson; readonly baseTexts: Readonly<Record<string, string>> }
  | { readonly kind: 'error'; readonly message: string };

export const revisionsRequest = new RequestType<{ readonly uri?: string }, RevisionsResponse, void>('hewitt/revisions');
export const compareRequest = new RequestType<{ readonly uri?: string; readonly base: string }, CompareResponse, void>('hewitt/compare');
