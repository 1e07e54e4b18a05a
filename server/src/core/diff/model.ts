// The result model of `hewitt diff`: what changed in the definitions between two revisions and how
// the figures move because of it. Pure data; the renderers (report/diff/) format it. Money is
// bigint pence; groups, declarations and rows come sorted.

import type { Severity } from '../diagnostics';
import type { Group, TargetStatus, Value, ValueUnit } from '../eval/result';

export const DECLARATION_KINDS = ['dataset', 'classification', 'measure', 'target', 'metric', 'funding'] as const;
export type DeclarationKind = (typeof DECLARATION_KINDS)[number];

export type ChangeKind = 'added' | 'removed' | 'changed' | 'affected' | 'metadata';

/** One entry that differs: `thresholds`, `category screening.when`; null where it is absent. */
export interface PropertyChange {
  readonly path: string;
  readonly before: string | null;
  readonly after: string | null;
}

export interface DeclarationChange {
  readonly kind: DeclarationKind;
  readonly name: string;
  readonly change: ChangeKind;
  readonly properties: readonly PropertyChange[];
  /** For `affected`: the changed declarations it reads (by name). */
  readonly reads?: readonly string[];
  /** The file that declares it in each revision. */
  readonly basePath?: string;
  readonly headPath?: string;
}

/** Which side a declaration's figures exist on. */
export type Presence = 'both' | 'added' | 'removed';

export interface CategoryFigures {
  readonly name: string;
  readonly base: { readonly rows: number; readonly amount: bigint | null } | null;
  readonly head: { readonly rows: number; readonly amount: bigint | null } | null;
}

/** Rows that sit in `from` in the base and in `to` in the head (category names, or the two below). */
export interface Movement {
  readonly from: string;
  readonly to: string;
  readonly rows: number;
  /** The rows' money (unweighted pence), null when the dataset has no money column. */
  readonly amount: bigint | null;
}

export const UNCLASSIFIED = '(unclassified)';
export const EXCLUDED = '(excluded)';

export interface ClassificationDiff {
  readonly presence: Presence;
  /** Categories of the head in order, then those only in the base; `(unclassified)` last. */
  readonly categories: readonly CategoryFigures[];
  /** Row by row, when both revisions could classify the same rows; largest first. */
  readonly movements?: readonly Movement[];
  /** Why row movement could not be computed. */
  readonly movementNote?: string;
}

export interface GroupChange {
  readonly group: Group;
  readonly base: Value;
  readonly head: Value;
  /** head − base in the measure's unit (pp for percent), null when either side has no value. */
  readonly change: Value;
  readonly baseText?: string;
  readonly headText?: string;
}

export interface MeasureDiff {
  readonly presence: Presence;
  readonly unit: ValueUnit;
  readonly onlyBase: readonly Group[];
  readonly onlyHead: readonly Group[];
  /** Groups in both whose value changed. */
  readonly groupsChanged: number;
  /** The largest changes (at most `top`), largest first. */
  readonly top: readonly GroupChange[];
}

export interface StatusFlip {
  readonly group: Group;
  readonly before: TargetStatus | null;
  readonly after: TargetStatus | null;
}

export interface TargetDiff {
  readonly presence: Presence;
  readonly flips: readonly StatusFlip[];
}

export interface MetricGroupChange {
  readonly group: Group;
  readonly basePoints: number | null;
  readonly headPoints: number | null;
  readonly pointsChange: number;
  readonly basePayment: bigint | null;
  readonly headPayment: bigint | null;
  readonly paymentChange: bigint;
}

export interface MetricDiff {
  readonly presence: Presence;
  readonly groupsChanged: number;
  /** The largest payment (then points) changes, at most `top`. */
  readonly top: readonly MetricGroupChange[];
  readonly total: { readonly basePoints: number; readonly headPoints: number; readonly basePayment: bigint; readonly headPayment: bigint };
}

export interface ChecklistChange {
  readonly rule: string;
  readonly title: string;
  readonly before: string | null;
  readonly after: string | null;
}

export interface DiagnosticEntry {
  readonly path: string;
  /** 1-based line in its revision's text. */
  readonly line: number;
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
}

export interface RevisionInfo {
  /** The revision as named (`main`, `HEAD~1`, `work tree`). */
  readonly rev: string;
  /** The full commit, when it is one. */
  readonly commit?: string;
  readonly evaluated: boolean;
  /** Why the revision was not evaluated (or not fully), one sentence each. */
  readonly notes: readonly string[];
}

export interface DiffSummary {
  readonly declarations: Readonly<Record<ChangeKind, number>>;
  readonly rowsMoved: number;
  readonly amountMoved: bigint;
  readonly measuresChanged: number;
  readonly targetFlips: number;
  readonly pointsChange: number;
  readonly paymentChange: bigint;
  readonly checklistNewlyFailing: number;
  readonly checklistNewlyPassing: number;
  readonly newDiagnostics: number;
  readonly resolvedDiagnostics: number;
}

export interface DiffReport {
  readonly version: 1;
  readonly base: RevisionInfo;
  readonly head: RevisionInfo;
  readonly declarations: readonly DeclarationChange[];
  readonly classifications: Readonly<Record<string, ClassificationDiff>>;
  readonly measures: Readonly<Record<string, MeasureDiff>>;
  readonly targets: Readonly<Record<string, TargetDiff>>;
  readonly metrics: Readonly<Record<string, MetricDiff>>;
  readonly checklist: { readonly newlyFailing: readonly ChecklistChange[]; readonly newlyPassing: readonly ChecklistChange[] };
  readonly diagnostics: { readonly new: readonly DiagnosticEntry[]; readonly resolved: readonly DiagnosticEntry[] };
  readonly summary: DiffSummary;
}
