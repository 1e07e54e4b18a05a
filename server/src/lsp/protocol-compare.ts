// The requests behind "Hewitt: Compare Results with…" (the client mirrors them in
// client/src/compare-protocol.ts): the revisions to choose from, and the diff of one against the
// work tree as `hewitt diff --format json` gives it, with the base texts of the files that declare
// the changed declarations (for the editor's text diff).

import { RequestType } from 'vscode-languageserver/node';
import type { RevisionChoice } from '../node/git';

export interface RevisionsParams {
  /** A document of the folder to compare (else the first workspace folder). */
  readonly uri?: string;
}

export type RevisionsResponse = { readonly kind: 'revisions'; readonly choices: readonly RevisionChoice[] } | { readonly kind: 'error'; readonly message: string };

export interface CompareParams {
  readonly uri?: string;
  /** The revision to compare the work tree with. */
  readonly base: string;
}

export type CompareResponse =
  | {
      readonly kind: 'diff';
      /** The repository's top folder; the diff's paths are relative to it. */
      readonly root: string;
      readonly diff: { readonly [key: string]: unknown };
      readonly baseTexts: Readonly<Record<string, string>>;
    }
  | { readonly kind: 'error'; readonly message: string };

export const revisionsRequest = new RequestType<RevisionsParams, RevisionsResponse, void>('hewitt/revisions');
export const compareRequest = new RequestType<CompareParams, CompareResponse, void>('hewitt/compare');
