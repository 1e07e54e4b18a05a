// The recommendation checklist: for each rule of the catalogue, whether the rule files pass it,
// fail it, silence it with a suppression (and why), or have it turned off. Reviewers read this
// first, in the HTML report and in the editor's preview. Pure.

import type { Severity } from '../core/diagnostics';
import type { RuleSeverity } from '../core/rules/meta';
import type { RuleMeta } from '../core/rules/meta';

export type ChecklistState = 'failed' | 'suppressed' | 'passed' | 'off';

export interface ChecklistFinding {
  readonly path: string;
  /** Offset into the rule file, for locating the finding. */
  readonly start: number;
  readonly severity: Severity;
  readonly message: string;
}

export interface ChecklistSuppression {
  readonly path: string;
  readonly start: number;
  readonly reason: string;
}

export interface ChecklistItem {
  readonly rule: string;
  readonly title: string;
  readonly recommendation: { readonly id: string; readonly summary: string };
  readonly severity: RuleSeverity;
  readonly state: ChecklistState;
  readonly findings: readonly ChecklistFinding[];
  readonly suppressions: readonly ChecklistSuppression[];
  /** The rule's documentation page, relative to the repository root. */
  readonly docs: string;
}

/** What the checklist is built from: every diagnostic and every suppressed one, with their files. */
export interface ChecklistInput {
  readonly catalogue: readonly RuleMeta[];
  /** The effective severity of each rule; rules not listed keep their default. */
  readonly severityOf?: (rule: string) => RuleSeverity | undefined;
  readonly diagnostics: ReadonlyMap<string, readonly { readonly code: string; readonly severity: Severity; readonly message: string; readonly span: { readonly start: number } }[]>;
  readonly suppressed?: ReadonlyMap<string, readonly { readonly rule: string; readonly reason: string; readonly comment: { readonly start: number } }[]>;
}

const STATE_ORDER: Readonly<Record<ChecklistState, number>> = { failed: 0, suppressed: 1, passed: 2, off: 3 };

/** One item per catalogue rule: failures first, then suppressed, passed and off; by rule id within each. */
export function buildChecklist(input: ChecklistInput): ChecklistItem[] {
  const items = input.catalogue.map((meta): ChecklistItem => {
    const severity = input.severityOf?.(meta.id) ?? meta.defaultSeverity;
    const findings: ChecklistFinding[] = [];
    for (const [path, list] of input.diagnostics) {
      for (const d of list) if (d.code === meta.id) findings.push({ path, start: d.span.start, severity: d.severity, message: d.message });
    }
    const suppressions: ChecklistSuppression[] = [];
    for (const [path, list] of input.suppressed ?? new Map()) {
      for (const s of list) if (s.rule === meta.id) suppressions.push({ path, start: s.comment.start, reason: s.reason });
    }
    const state: ChecklistState = severity === 'off' ? 'off' : findings.length > 0 ? 'failed' : suppressions.length > 0 ? 'suppressed' : 'passed';
    return { rule: meta.id, title: meta.title, recommendation: meta.recommendation, severity, state, findings: byPlace(findings), suppressions: byPlace(suppressions), docs: meta.docs };
  });
  return items.sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}

function byPlace<T extends { readonly path: string; readonly start: number }>(list: T[]): T[] {
  return list.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.start - b.start));
}

/** `3 failed, 1 suppressed, 6 passed, 1 off`, leaving out states with none. */
export function checklistSummary(items: readonly ChecklistItem[]): string {
  const counts = new Map<ChecklistState, number>();
  for (const item of items) counts.set(item.state, (counts.get(item.state) ?? 0) + 1);
  return (['failed', 'suppressed', 'passed', 'off'] as const)
    .filter((state) => (counts.get(state) ?? 0) > 0)
    .map((state) => `${counts.get(state)} ${state}`)
    .join(', ');
}
