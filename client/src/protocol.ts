// The custom requests the client sends to the Hewitt language server. The server defines the
// same method names in server/src/lsp/protocol.ts; these types mirror its contract.

import { RequestType } from 'vscode-languageclient/node';
import type { DetailsJson, EvalJson } from '../webview/model';

export interface PreviewParams {
  /** The rule file to evaluate. */
  readonly uri: string;
}

export interface PreviewResponse {
  readonly uri: string;
  /** The document version the result was computed from. */
  readonly version: number;
  /** The `hewitt eval --format json` document. */
  readonly result: EvalJson;
  /** Titles, target and metric facts from the rule files, when the server sends them. */
  readonly details?: DetailsJson;
}

export const PREVIEW_METHOD = 'hewitt/preview';
export const previewRequest = new RequestType<PreviewParams, PreviewResponse | null, void>(PREVIEW_METHOD);

/** What the client tells the server when it starts it. */
export interface HewittInitializationOptions {
  /** False in an untrusted folder: check rule files, but read no data files. */
  readonly trusted: boolean;
  readonly run: 'onType' | 'onSave';
  readonly validation: boolean;
}
