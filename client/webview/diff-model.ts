// What the preview shows for "Hewitt: Compare Results with…": the `hewitt diff --format json`
// document (money as pounds text, no data as null), as the language server sends it.

import type { Group, JsonValue, TargetStatus, Unit } from './model';

export interface DiffJson {
  readonly version: number;
  readonly base: RevisionJson;
  readonly head: RevisionJson;
  readonly declarations: readonly DeclarationJson[];
  readonly classifications: Readonly<Record<string, { readonly categories: readonly CategoryJson[]; readonly movements: readonly MovementJson[] | null; readonly movementNote?: string }>>;
  readonly measures: Readonly<Record<string, MeasureDiffJson>>;
  readonly targets: Readonly<Record<string, { readonly flips: readonly { readonly group: Group; readonly before: TargetStatus | null; readonly after: TargetStatus | null }[] }>>;
  readonly metrics: Readonly<Record<string, MetricDiffJson>>;
  readonly checklist: { readonly newlyFailing: readonly ChecklistChangeJson[]; readonly newlyPassing: readonly ChecklistChangeJson[] };
  readonly diagnostics: { readonly new: readonly DiagnosticEntryJson[]; readonly resolved: readonly DiagnosticEntryJson[] };
}

export interface RevisionJson {
  readonly rev: string;
  readonly commit: string | null;
  readonly evaluated: boolean;
  readonly notes: readonly string[];
}

export interface DeclarationJson {
  readonly kind: string;
  readonly name: string;
  readonly change: 'added' | 'removed' | 'changed' | 'affected' | 'metadata';
  readonly properties: readonly { readonly path: string; readonly before: string | null; readonly after: string | null }[];
  readonly reads?: readonly string[];
  readonly basePath: string | null;
  readonly headPath: string | null;
}

export interface CategoryJson {
  readonly name: string;
  readonly base: { readonly rows: number; readonly amount: string | null } | null;
  readonly head: { readonly rows: number; readonly amount: string | null } | null;
}

export interface MovementJson {
  readonly from: string;
  readonly to: string;
  readonly rows: number;
  readonly amount: string | null;
}

export interface MeasureDiffJson {
  readonly unit: Unit;
  readonly groupsChanged: number;
  readonly onlyBase: readonly Group[];
  readonly onlyHead: readonly Group[];
  readonly top: readonly { readonly group: Group; readonly base: JsonValue; readonly head: JsonValue; readonly change: JsonValue }[];
}

export interface MetricDiffJson {
  readonly groupsChanged: number;
  readonly top: readonly { readonly group: Group; readonly basePoints: number | null; readonly headPoints: number | null; readonly pointsChange: number; readonly basePayment: string | null; readonly headPayment: string | null; readonly paymentChange: string }[];
  readonly total: { readonly basePoints: number; readonly headPoints: number; readonly basePayment: string; readonly headPayment: string; readonly paymentChange: string };
}

export interface ChecklistChangeJson {
  readonly rule: string;
  readonly title: string;
  readonly before: string | null;
  readonly after: string | null;
}

export interface DiagnosticEntryJson {
  readonly path: string;
  readonly line: number;
  readonly code: string;
  readonly severity: string;
  readonly message: string;
}

/** What the extension posts to show a comparison. */
export interface DiffMessage {
  readonly kind: 'diff';
  readonly diff: DiffJson;
}

export function isDiffMessage(message: unknown): message is DiffMessage {
  return typeof message === 'object' && message !== null && (message as { kind?: unknown }).kind === 'diff';
}
