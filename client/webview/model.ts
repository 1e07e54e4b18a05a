// The data the results preview shows: the `hewitt eval --format json` document (money as pounds
// text, no data as null), plus optional facts from the rule files that the result does not carry.
// Shared by the extension (which receives it from the language server) and the webview.

import type { ExploreFromWebview } from './explore-model';

export type Unit = 'number' | 'money' | 'percent' | 'pp';
export type Group = Readonly<Record<string, string>>;
/** Money is a decimal string in pounds; other units are numbers; null is no data. */
export type JsonValue = number | string | null;
export type TargetStatus = 'met' | 'missed' | 'on-track' | 'off-track' | 'no-data';

export interface EvalJson {
  readonly version: number;
  readonly datasets: Readonly<Record<string, { readonly path: string; readonly rowsRead: number; readonly rowsRejected: number }>>;
  readonly classifications: Readonly<Record<string, ClassificationJson>>;
  readonly measures: Readonly<Record<string, { readonly unit: Unit; readonly rows: readonly { readonly group: Group; readonly value: JsonValue }[] }>>;
  readonly targets: Readonly<Record<string, { readonly rows: readonly TargetRowJson[] }>>;
  readonly metrics: Readonly<Record<string, MetricJson>>;
  readonly funding: Readonly<Record<string, FundingJson>>;
  readonly fundingSummary?: { readonly total: string; readonly byYear: readonly YearAmountJson[]; readonly recurrentShare: number | null };
  readonly diagnostics: readonly DiagnosticJson[];
  readonly checklist?: readonly ChecklistJson[];
}

export interface YearAmountJson {
  readonly year: string;
  readonly amount: string;
}

export interface FundingJson {
  readonly total: string | null;
  readonly recurrent: boolean | null;
  readonly years: readonly string[];
  /** The total split over the years of the period (older results may lack it). */
  readonly perYear?: readonly YearAmountJson[];
}

export interface ClassificationJson {
  readonly categories: readonly { readonly name: string; readonly rows: number; readonly amount: string | null; readonly overlapRows: number }[];
  readonly excludedRows: number;
  readonly overlapRows: number;
  readonly unclassifiedRows: number;
  readonly unclassifiedAmount: string | null;
}

export interface TargetRowJson {
  readonly group: Group;
  readonly baseline: JsonValue;
  readonly horizon: JsonValue;
  readonly change: JsonValue;
  readonly projected: boolean;
  readonly status: TargetStatus;
}

export interface MetricJson {
  readonly rows: readonly { readonly group: Group; readonly numerator: number | null; readonly denominator: number | null; readonly achievement: number | null; readonly points: number | null; readonly payment: string | null }[];
  readonly strata: readonly { readonly stratum: string; readonly achievement: number | null; readonly numerator: number; readonly denominator: number }[];
  readonly gap: number | null;
}

export interface DiagnosticJson {
  readonly path: string;
  readonly code: string;
  readonly severity: 'error' | 'warning' | 'info' | 'hint';
  readonly message: string;
  readonly range: { readonly start: { readonly line: number; readonly character: number }; readonly end: { readonly line: number; readonly character: number } };
}

export interface ChecklistJson {
  readonly rule: string;
  readonly title: string;
  readonly recommendation: { readonly id: string; readonly summary: string };
  readonly severity: string;
  readonly state: 'failed' | 'suppressed' | 'passed' | 'off';
  readonly findings: readonly { readonly path: string; readonly line: number; readonly character: number; readonly severity: string; readonly message: string }[];
  readonly suppressions: readonly { readonly path: string; readonly line: number; readonly character: number; readonly reason: string }[];
}

/** Optional facts from the rule files (titles, what a target asks, metric thresholds). */
export interface DetailsJson {
  readonly titles?: Readonly<Record<string, string>>;
  readonly targets?: Readonly<Record<string, { readonly measure: string; readonly baseline: string; readonly horizon: string; readonly change: string; readonly requiredChange?: number }>>;
  readonly metrics?: Readonly<Record<string, { readonly lower?: number; readonly upper?: number; readonly points?: number }>>;
  /** Measure → the measure of the same value over all groups by year (its chart's national line). */
  readonly references?: Readonly<Record<string, string>>;
}

/** The engine that computed the figures: `embedded`, `duckdb` or a configured name, with its dialect. */
export interface EngineJson {
  readonly name: string;
  readonly dialect: string;
}

/** An engine that could not compute the figures, and why. */
export interface EngineFailureJson extends EngineJson {
  readonly message: string;
}

/** What the extension posts to the webview. */
export type ToWebview =
  | { readonly kind: 'result'; readonly file: string; readonly version: number; readonly result: EvalJson; readonly details?: DetailsJson; readonly trusted: boolean; readonly engine?: EngineJson; readonly engineFailure?: EngineFailureJson }
  | { readonly kind: 'no-file' }
  | { readonly kind: 'error'; readonly file: string; readonly message: string };

/** What the webview posts back (the explorer views' requests too, see explore-model.ts). */
export type FromWebview =
  | ExploreFromWebview
  | { readonly kind: 'ready' }
  | { readonly kind: 'reveal-declaration'; readonly name: string }
  | { readonly kind: 'reveal-location'; readonly path: string; readonly line: number; readonly character: number }
  | { readonly kind: 'open-declaration-diff'; readonly declarationKind: string; readonly name: string };
