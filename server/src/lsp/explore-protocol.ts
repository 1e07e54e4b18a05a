// The requests behind the preview's explorer views: the unclassified values of each
// classification, the rows behind a figure, and the category skeleton for a value. Money is
// text in pounds with two decimals, as in the JSON report.

import { RequestType } from 'vscode-languageserver-protocol';
import type { WorkspaceEdit } from 'vscode-languageserver-protocol';

export interface ValueTallyJson {
  readonly value: string;
  readonly rows: number;
  readonly amount: string | null;
}

export interface UnclassifiedJson {
  readonly classification: string;
  readonly title?: string;
  readonly dataset: string;
  readonly rowsRead: number;
  readonly unclassifiedRows: number;
  readonly unclassifiedAmount: string | null;
  readonly columns: readonly { readonly column: string; readonly byAmount: readonly ValueTallyJson[]; readonly byRows: readonly ValueTallyJson[]; readonly complete: boolean }[];
}

export interface UnclassifiedParams {
  readonly uri: string;
  readonly top?: number;
}

export interface UnclassifiedResponse {
  /** False in an untrusted folder or for a rule file with errors: nothing was read. */
  readonly evaluated: boolean;
  readonly classifications: readonly UnclassifiedJson[];
}

export const UNCLASSIFIED_METHOD = 'hewitt/unclassified';
export const unclassifiedRequest = new RequestType<UnclassifiedParams, UnclassifiedResponse | null, void>(UNCLASSIFIED_METHOD);

export interface ExplainParams {
  readonly uri: string;
  /** `NAME`, `NAME[column = value, …]`, `CLASSIFICATION.category[…]`. */
  readonly figure: string;
  readonly limit?: number;
}

/** The explanation as `hewitt eval --explain --format json` writes it, or why there is none. */
export type ExplainResponse = { readonly explanation: { readonly [key: string]: unknown } } | { readonly error: string };

export const EXPLAIN_METHOD = 'hewitt/explain';
export const explainRequest = new RequestType<ExplainParams, ExplainResponse | null, void>(EXPLAIN_METHOD);

export interface SkeletonParams {
  readonly uri: string;
  readonly classification: string;
  readonly column: string;
  readonly value: string;
}

/** The edit to apply (the client applies it, so it can be undone), or why there is none. */
export type SkeletonResponse = { readonly edit: WorkspaceEdit; readonly category: string } | { readonly error: string };

export const SKELETON_METHOD = 'hewitt/categorySkeleton';
export const skeletonRequest = new RequestType<SkeletonParams, SkeletonResponse | null, void>(SKELETON_METHOD);
