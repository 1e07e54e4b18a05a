// The custom requests the client sends to the Hewitt language server. The server defines the
// same method names in server/src/lsp/protocol.ts; these types mirror its contract.

import { RequestType, RequestType0 } from 'vscode-languageclient/node';
import type { DetailsJson, EngineJson, EngineFailureJson, EvalJson } from '../webview/model';

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
  /** The engine that computed `result` (the `hewitt.engine` setting). */
  readonly engine?: EngineJson;
  /** The engine of the setting failed; `result` is the last one computed, if any. */
  readonly engineFailure?: EngineFailureJson;
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

/** One test of `hewitt test --format json` (server/src/core/tests/report.ts). */
export interface TestReportTest {
  readonly file: string;
  readonly line: number;
  readonly name: string;
  readonly title?: string;
  readonly status: 'pass' | 'fail' | 'error';
  readonly durationMs: number;
  readonly failures: readonly { readonly line: number; readonly expectation: string; readonly expected: string; readonly actual: string; readonly groups?: readonly string[] }[];
  readonly error?: { readonly code: string; readonly message: string; readonly file: string; readonly range: { readonly start: { readonly line: number; readonly column: number } } };
}

export interface TestReportJson {
  readonly version: 1;
  readonly tests: readonly TestReportTest[];
  readonly summary: { readonly passed: number; readonly failed: number; readonly errors: number };
}

export interface RunTestsParams {
  readonly uri: string;
  readonly names?: readonly string[];
}

/** Runs tests of a test file on their fixtures (see server/src/lsp/protocol.ts). */
export const runTestsRequest = new RequestType<RunTestsParams, { readonly uri: string; readonly report: TestReportJson } | null, void>('hewitt/runTests');

/** The test files `hewitt test` finds in the workspace folders (the configuration's `ignore` applied). */
export const testFilesRequest = new RequestType0<{ readonly uris: readonly string[] }, void>('hewitt/testFiles');
