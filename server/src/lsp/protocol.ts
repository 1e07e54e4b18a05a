// The Hewitt-specific part of the protocol between an editor and the language server: custom
// requests, the initialization options and the `hewitt.*` settings. Typed once here; a client
// imports these definitions rather than repeating the method names.

import { RequestType, RequestType0 } from 'vscode-languageserver-protocol';

/** The `hewitt eval --format json` document (see server/src/report/json.ts). */
export type EvalJsonDocument = { readonly [key: string]: unknown };

/** Facts from the rule files that the result does not carry (see server/src/report/model.ts). */
export interface PreviewDetails {
  readonly titles?: Readonly<Record<string, string>>;
  readonly targets?: Readonly<Record<string, { readonly measure: string; readonly baseline: string; readonly horizon: string; readonly change: string; readonly requiredChange?: number }>>;
  readonly metrics?: Readonly<Record<string, { readonly lower?: number; readonly upper?: number; readonly points?: number }>>;
  /** Measure → the measure of the same value over all groups by year (its chart's national line). */
  readonly references?: Readonly<Record<string, string>>;
}

export interface PreviewParams {
  /** The rule file to evaluate. */
  readonly uri: string;
}

export interface PreviewResponse {
  readonly uri: string;
  /** The document version the result was computed from (0 for a file that is not open). */
  readonly version: number;
  /** The same JSON `hewitt eval --format json` prints for the file. */
  readonly result: EvalJsonDocument;
  /** Titles, target and metric facts from the rule files. */
  readonly details?: PreviewDetails;
  /** False when the folder is not trusted, so no data file was read. */
  readonly evaluated: boolean;
  /** The engine that computed `result` (absent when nothing was computed). */
  readonly engine?: PreviewEngine;
  /** The engine of the `hewitt.engine` setting failed; `result` is then the last one computed, if any. */
  readonly engineFailure?: PreviewEngineFailure;
}

/** An engine by its name (`embedded`, `duckdb` or a name from hewitt.config.json) and its dialect. */
export interface PreviewEngine {
  readonly name: string;
  readonly dialect: string;
}

export interface PreviewEngineFailure extends PreviewEngine {
  /** What failed, as `hewitt eval --engine` says it. */
  readonly message: string;
}

export const PREVIEW_METHOD = 'hewitt/preview';
/** Evaluates a rule file (open or on disk) against its data; null for a file that is not a rule file. */
export const previewRequest = new RequestType<PreviewParams, PreviewResponse | null, void>(PREVIEW_METHOD);

/** One rule of the catalogue, as `hewitt/rules` lists it. */
export interface RuleInfo {
  readonly id: string;
  readonly title: string;
  readonly defaultSeverity: 'error' | 'warning' | 'info' | 'hint';
  /** The Hewitt Review recommendation the rule encodes. */
  readonly recommendation: { readonly id: string; readonly summary: string };
  /** The documentation page, relative to the repository root. */
  readonly docs: string;
  readonly options: readonly { readonly name: string; readonly type: string; readonly description: string }[];
}

export const RULES_METHOD = 'hewitt/rules';
/** The rules of the catalogue (empty while the server has none). */
export const rulesRequest = new RequestType0<RuleInfo[], void>(RULES_METHOD);

/** What a client may tell the server when it starts it. Every field is optional. */
export interface HewittInitializationOptions {
  /** False in an untrusted folder: check rule files, but read no data files and evaluate nothing. */
  readonly trusted?: boolean;
  /** Defaults for the settings, for clients that cannot answer `workspace/configuration`. */
  readonly run?: RunMode;
  readonly validation?: boolean;
}

export type RunMode = 'onType' | 'onSave';

/** The `hewitt` settings section, as the server reads it for each resource. */
export interface HewittSettings {
  readonly run: RunMode;
  readonly validation: { readonly enable: boolean };
  /** Where the preview computes: `embedded`, `duckdb` or an engine named in hewitt.config.json. */
  readonly engine: string;
}

export const DEFAULT_SETTINGS: HewittSettings = { run: 'onType', validation: { enable: true }, engine: 'embedded' };

export interface RunTestsParams {
  /** The test file (`*.test.hewitt`). */
  readonly uri: string;
  /** The tests to run, by name; every test of the file when absent. */
  readonly names?: readonly string[];
}

export interface RunTestsResponse {
  readonly uri: string;
  /** The same JSON `hewitt test --format json` prints for the file (lines are 1-based). */
  readonly report: { readonly [key: string]: unknown };
}

export const RUN_TESTS_METHOD = 'hewitt/runTests';
/** The test files of the workspace folders, as `hewitt test DIR` finds them (passing over the configuration's `ignore`). */
export const testFilesRequest = new RequestType0<{ readonly uris: readonly string[] }, void>('hewitt/testFiles');
/** Runs tests of a test file (open or on disk) on their fixtures; null for a file that is not a test file. */
export const runTestsRequest = new RequestType<RunTestsParams, RunTestsResponse | null, void>(RUN_TESTS_METHOD);
